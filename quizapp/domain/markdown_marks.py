"""The inline Markdown marks a reader takes as meaning rather than as characters.

Sources are quoted verbatim, so a quoted passage from a Markdown policy holds "**48 hours**",
"__40__" and "[the policy](https://...)". The generator reads its sentences without these
marks and the feedback page shows its passages without them; both hide the same marks, found
here, and keep every other character where it stands.
"""

from __future__ import annotations

import re

# A link keeps its words and loses its target: "[Float](https://...)", "[text][ref]".
_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
# A shortcut reference link ("the [Steering Group]'s repository", defined elsewhere as
# "[Steering Group]: ./agreement.md"): its words, without the brackets. Not a checkbox ("[x]")
# or a citation ("[1]").
_SHORTCUT_LINK = re.compile(r"\[([A-Za-z][^\]\n]+)\](?![(\[:])")
# Emphasis keeps its words: a mark at a word's edge, never one inside it ("snake_case").
_EMPHASIS = re.compile(r"\*\*\*|___|\*\*|__|~~|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")
# A backslash that escapes punctuation ("## 4\. Subscriptions", so that Markdown reads no
# numbered list): the reader sees the punctuation alone.
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def inline_marks(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that are marks, not words: emphasis, escapes, and a link's
    brackets and target."""
    spans = [m.span() for pattern in (_EMPHASIS, _ESCAPE) for m in pattern.finditer(text)]
    for pattern in (_LINK, _SHORTCUT_LINK):
        for match in pattern.finditer(text):
            spans += [(match.start(), match.start(1)), (match.end(1), match.end())]
    return spans
