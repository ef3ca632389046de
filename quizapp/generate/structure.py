"""A document's layout: title, sections, paragraphs and list items, with their offsets.

Plain text and Markdown are read by one set of rules, because training documents mix them:
Markdown headings and list markers are taken as they are, and a plain-text heading is a short
paragraph of its own that either opens with an ordinal ("First, ...") or has no closing
punctuation. Numbered items accept the separators real documents use ("1.", "2,", "3)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Literal

from quizapp.generate.lexicon import FUNCTION_WORDS, is_base_verb, is_only_a_verb
from quizapp.generate.plain import visible
from quizapp.generate.sentences import Sentence, split_sentences
from quizapp.generate.text import FINITE_VERBS, OPEN_ENDINGS, ORDINALS, word_count, words

BlockKind = Literal["title", "heading", "item", "paragraph"]

# Some writers leave out the space after the marks ("#Benefits", "###Air and rail"), which
# their site still shows as a heading: a capital straight after the marks is a heading's.
_MD_HEADING = re.compile(r"^(#{1,6})(?:\s+|(?=[A-Z][a-z]))(.*?)\s*#*\s*$")
# A wiki's or AsciiDoc's heading, marked with equals signs: "=== I. Make sure it works",
# "=== For all subsequent pre-releases ===".
_WIKI_HEADING = re.compile(r"^(={2,6})\s+(.*?)\s*=*\s*$")
# "1." "2)" "(3)", and reStructuredText's "#." that numbers itself.
_NUMBERED = re.compile(r"^(\s*)(?:(\d{1,2})\s?[.,)、:]|\((\d{1,2})\)|#\.)\s+(?=\S)")
# A bullet escaped by a converter ("\* Inform your insurer ...") is still the writer's bullet,
# and so is the small "o" that plain texts typed on a terminal bullet with ("o to open the hall
# before dances"): no line of English prose opens with that letter alone. A task list's box
# ("- [ ] Fix the dates") is part of the bullet, not a word of the item (round 209's release
# checklist).
_BULLET = re.compile(r"^(\s*)(?:[-*+•]|\\\*|o(?=\s+[A-Za-z]))\s+(?:\[[ xX]\]\s+)?(?=\S)")
# "A. The Steering Group must ...", "(b) Anyone may ...": a paragraph lettered as a list's
# item, whose letter is no word of its first sentence.
# The letter may stand in bold, on a line of its own paragraph: "**b)** Exclusion, ...";
# a roman number in brackets letters too ("(VIII) all research data will be stored ...").
_LETTERED = re.compile(
    r"^(\s*)(\*\*|__)?(?:(?:[A-Za-z]|[ivx]{2,4})[.)]|\((?:[A-Za-z]|[ivx]{2,5}|[IVX]{2,5})\))(?(2)\2)"
    r"\s+(?=[A-Za-z\[\"“])"
)
# A label in bold before its value: "**Provided to:** Members only", "**Membership**: The
# committee will have 5 members". A line so made is a field, not a heading, and the label is
# no word of the rule after it.
BOLD_LABEL = re.compile(r"^\s*(?:\*\*|__)[^*_\n]{1,40}(?::(?:\*\*|__)|(?:\*\*|__):)\s+(?=\S)")
# Markdown that writes its lists and headings in HTML, one element a line: "<li><span
# class="fa-li"></span>Players should give notice ...</li>", "<h3>C) PROCEDURE</h3>". The
# words start past the opening tag and any empty inline element, and end at the closing tag.
_HTML_ITEM = re.compile(r"^(\s*)<li\b[^>]*>(?:\s*<(\w+)\b[^>]*>\s*</\2>)*\s*(?=[^<\s])")
_HTML_BLOCK = re.compile(r"^\s*<(?P<tag>h[1-6]|p)\b[^>]*>\s*(?P<text>[^<]+?)\s*</(?P=tag)>\s*$")
_HTML_CLOSE = re.compile(r"\s*</li>\s*$")
# A thematic break, or a plain text's rule of equals signs between its parts ("=====").
# A line that only holds a non-breaking space or a break ("&nbsp;", "<br>"): the editor's way
# of leaving a blank line, which parts two paragraphs as one (round 171's constitution ran
# a penalty into the amendments after it).
_EMPTY_MARKUP = re.compile(r"(?:&nbsp;|\u00a0|<br\s*/?>)+", re.IGNORECASE)
_RULE = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
# reStructuredText underlines a title with any of its adornment characters, at least as long
# as the title: "Elected TSC Members" over "+++++++++++++++++++".
_RST_UNDERLINE = re.compile(r"^\s*(([~^\"'`#*+:_<>])\2{2,})\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# Lines that are not prose a trainee learns from: a block quote (someone else's words), an
# HTML line or comment, a link reference, a table row, a mail header. A line that opens with
# an inline element ('<span style="color: black;">**Section 1:**</span> The name of the club
# shall be ...') is a paragraph, as Markdown shows it.
_NOT_PROSE = re.compile(
    r"^\s*(?:>|<(?!(?:span|a|b|i|em|strong|font|u|small|mark|abbr|cite|q|s|sup|sub)\b)|\||"
    r"\[[^\]]+\]:\s|(?:From|To|Cc|Date|Subject|Reply-To|Message-I[dD]):\s)"
)
# A row of a pipe table written without its outer pipes ("One (1) | Four-hundred | $500"),
# and the row of dashes under its header.
_PIPE_ROW = re.compile(r"^(?:[^|\n]*[^|\\\n]\|){2,}[^|\n]*$|^\s*:?-{3,}:?\s*\|")
_RST_EXPLICIT = re.compile(r"^\s*\.\.(?:\s|$)")
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n.*?\n\1[ \t]*(?:\n|\Z)", re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Metadata lines that open a document without front-matter fences ("Title: ...", "license:
# ..."), up to the first blank line; a title among them is the document's.
_METADATA = re.compile(r"\A(?:title:[^\n]*\n)(?:[A-Za-z][\w-]*:[^\n]*\n)*", re.IGNORECASE)
# A reStructuredText title's over- or underline ("=====" above and below it).
_OVERLINED = re.compile(r"^[ \t]*([=\-~^\"'`#*+])\1{2,}[ \t]*$\n?", re.MULTILINE)
# A template tag on a line of its own ("{% include draft-notice.html %}"): the site's, not prose.
_LIQUID = re.compile(r"^[ \t]*\{%.*?%\}[ \t]*$", re.MULTILINE)
# An admonition's fence in Docusaurus or MkDocs (":::note", ":::tip Remember", ":::"): the
# site's markup around a note, whose words stand on the lines between.
_ADMONITION = re.compile(r"^[ \t]*:{3,}[^:\n]*$", re.MULTILINE)
_LINK_ONLY = re.compile(r"^\[[^\]]+\]\([^)]*\)\s*$")
_MD_MARKERS = re.compile(r"^(?:#{1,6}(?:\s|[A-Z][a-z])|```|~~~)", re.MULTILINE)
_ORDINAL_HEADING = re.compile(
    r"^(?:(?:" + "|".join(ORDINALS) + r")(?:ly)?,|(?:part|chapter|section|step)\s+\w+\b"
    r"|[IVX]+\.)\s",
    re.IGNORECASE,
)
_HEADING_MAX_WORDS = 14


@dataclass
class Block:
    """A paragraph, heading or list item; `start` is where its words begin, after any marker."""

    kind: BlockKind
    start: int
    end: int
    indent: int = 0
    number: int | None = None
    bullet: bool = False
    level: int = 0
    sentences: list[Sentence] = field(default_factory=list, repr=False)
    section: Section | None = field(default=None, repr=False)


@dataclass
class Section:
    """A top-level part of the document; questions are filed under its `title`."""

    title: str
    start: int
    end: int
    blocks: list[Block] = field(default_factory=list, repr=False)


@dataclass
class Document:
    text: str
    title: str
    blocks: list[Block]
    sections: list[Section]


def read_structure(text: str) -> Document:
    blocks = _blocks(text)
    for block in blocks:
        if block.kind in ("item", "paragraph"):
            block.sentences = split_sentences(text, block.start, block.end)
    title = _declared_title(text)
    if not title and blocks and _is_title(text, blocks[0]):
        blocks[0].kind = "title"
        title = heading_text(text[blocks[0].start : blocks[0].end])
    _mark_outline_headings(text, blocks)
    _mark_plain_headings(text, blocks)
    return Document(text, title, blocks, _sections(text, title, blocks))


def _declared_title(text: str) -> str:
    """The title a document declares in its front matter or metadata lines ("title: Travel
    Policy", 'title = "RRRA Bylaws"', "Title: ASF Project Security for Committers"), else
    ""."""
    front = _FRONT_MATTER.match(text) or _METADATA.match(text)
    if front is None:
        return ""
    # YAML's "title: ..." or TOML's 'title = "..."' (Hugo's "+++" fences)
    declared = re.search(r"^title[ \t]*[:=][ \t]*(.+?)[ \t]*$", front.group(0), re.MULTILINE | re.I)
    return visible(declared.group(1).strip("'\"")) if declared else ""


# How a document numbers its parts: "Section 4", "Article IV", "Clause 3.1", "§ 2".
PART_NUMBER = (
    r"(?:section|sec\.|article|part|chapter|clause|rule|schedule|appendix|annex|§)\s*"
    r"(?:\d+[a-z]?(?:\.\d+)*|[IVXLC]+)"
)
_NUMBERED_PART = re.compile(PART_NUMBER + r"\b", re.IGNORECASE)
# A clause's number of two levels or more before its rule, on a line of its own: "4.1.3 The
# quorum of the Committee shall be three" (round 143's constitution), not "4.5 hours".
_CLAUSE_NUMBER = r"\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s+[A-Z])"
# A paragraph that opens with its part's number, perhaps in bold or in an inline element
# ("**Section 1:** The name ...", '<span style="color: black;">**Section 7:**</span>Elections
# shall ...'): the number is no word of its rule, and a sentence read with it asks "How often
# shall section 7:Elections take place?". Its words start after it.
_PART_LABEL = re.compile(
    r"(?:<[a-z]+\b[^>]*>)*(\*\*|__)?(?:"
    + PART_NUMBER
    + r"|(?-i:"
    + _CLAUSE_NUMBER
    + r"))\s*[.:)]?(?(1)\1)(?:</[a-z]+>)*\s*",
    re.IGNORECASE,
)
# The words after such a number make a rule, not the part's title ("**Article V. Officers &
# The Board**"): a sentence's end closes the line.
_CLOSES_SENTENCE = re.compile(r"[.!?;:][\"”’)]?\s*$")
_LEAST_RULE_WORDS = 4
# What sets a part's title off from its number: "Section 4 -- Sui Generis Database Rights."
_TITLE_DASHES = ("-", "–", "—")
# A plain text wrapped by hand, with no blank line between its parts, still starts each on a
# line of its own after a sentence's end: "Article II. Officers", "Sec. 2. If the position of
# President ...". Such a line opens a heading or a paragraph, not the sentence before's next.
_PART_LINE = re.compile(
    r"\s*(?:" + PART_NUMBER + r"|(?-i:" + _CLAUSE_NUMBER + r"))\s*[.:)]?\s+", re.IGNORECASE
)
_TITLE_MAX_WORDS = 8


def _is_title(text: str, block: Block) -> bool:
    """Whether the first block reads as the document's title: a heading, or a line short
    enough for one that does not end as a sentence ("How to run a good depot"), not a
    paragraph that opens the text."""
    if block.kind == "heading":
        # "# ARTICLE I. NAME OF ORGANIZATION": the first of the document's numbered parts,
        # not its title (round 68's judge saw "Which statement about article I. NAME of
        # organization is true?" over rules on meetings)
        return not _NUMBERED_PART.match(heading_text(text[block.start : block.end]))
    raw = _OVERLINED.sub("", text[block.start : block.end]).strip()
    return (
        block.kind == "paragraph"
        and "\n" not in raw
        and word_count(raw) <= _HEADING_MAX_WORDS
        and not raw.endswith((".", "!", "?", ";", ","))
    )


def heading_text(raw: str) -> str:
    """A heading as shown: no Markdown marks, no reStructuredText over- or underline, no
    closing full stop, and a colon for the bar or the typed dash some set between a part's
    number and its title ("Article 7 | Voting Procedures", "ARTICLE VIII --- FIELD RULES"),
    which a question would show as markup."""
    raw = _OVERLINED.sub("", raw).strip()
    match = _MD_HEADING.match(raw) or _WIKI_HEADING.match(raw)
    shown = match.group(2) if match else raw
    shown = _BACK_TO_TOP.sub("", visible(shown))
    return re.sub(r"\s+(?:\||-{2,3})\s+", ": ", shown).rstrip(".:")


# The link back to the contents some headings end with: "## Charters [↑](#index)".
_BACK_TO_TOP = re.compile(r"\s*(?:[↑⬆▲⇧]+|\(?back to top\)?)\s*$", re.IGNORECASE)


_CODE_INDENT = 4


def _announced(current: Block | None, text: str) -> bool:
    """Whether the line before goes on into a list: a sentence announcing it ("Membership
    shall terminate by:") or an item of it, so that "(a) Death" on the next line is an item
    and not a lettered heading (round 173's bye-law had read "Death Permanent insanity
    Expulsion by ..." as one sentence)."""
    return current is not None and (
        current.kind == "item" or text[current.start : current.end].rstrip().endswith(":")
    )


def _hangs(line: str, following: str) -> bool:
    """Whether `following` goes on with `line` under a hanging indent, as a wrapped item's
    words do ("  a. Adapted Material means ...", "     Rights that ...")."""
    indent = len(line) - len(line.lstrip())
    return bool(following.strip()) and len(following) - len(following.lstrip()) > indent


def _line_at(text: str, start: int) -> str:
    """The line that begins at `start` (the last one has no newline after it)."""
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    in_fence = False
    markdown = _MD_MARKERS.search(text) is not None
    skipped = _skipped_regions(text)
    offset = 0
    previous_blank = True
    styles: dict[str, int] = {}  # reStructuredText's underline characters, in order of use
    # Where the words of the last list item start: a line after a blank one, indented under
    # an item, goes on with that item ("    1. Name" under "1. NAME", bylaws numbered to
    # three depths), and only indented four columns past its words is it code.
    list_content: int | None = None
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        line_end = line_start + len(line.rstrip())
        empty = not line.strip() or _EMPTY_MARKUP.fullmatch(line.strip()) is not None
        blank, previous_blank = previous_blank, empty
        if _FENCE.match(line):
            in_fence, current = not in_fence, None
            continue
        setext = _SETEXT.match(line) or (None if markdown else _RST_UNDERLINE.match(line))
        if setext and current is not None and current.kind == "paragraph" and not blank:
            title = text[current.start : current.end]
            if "\n" not in title and (
                setext.group(1)[0] in "=-" or len(line.strip()) >= len(title.strip())
            ):
                style = setext.group(1)[0]
                if markdown:
                    level = 1 if style == "=" else 2
                else:  # reStructuredText: levels in the order the styles first appear
                    styles.setdefault(style, len(styles) + 1)
                    level = styles[style]
                current.kind, current.level = "heading", level
            current = None
            continue
        indent = len(line) - len(line.lstrip(" "))
        indented_code = (
            markdown
            and blank
            and indent >= _CODE_INDENT + (list_content if list_content is not None else 0)
            and current is None
        )
        html = None if in_fence else (_HTML_ITEM.match(line) or _HTML_BLOCK.match(line))
        if html is not None and not any(a <= line_start < b for a, b in skipped):
            current = _html_block(html, line, line_start)
            blocks.append(current)
            if current.kind != "item":
                current = None
            continue
        if (
            in_fence
            or indented_code
            or any(a <= line_start < b for a, b in skipped)
            or empty
            or _RULE.match(line)
            or _NOT_PROSE.match(line)
            or _PIPE_ROW.match(line)
        ):
            current = None
            if indented_code:
                previous_blank = True  # a code block runs on to the next blank line
            continue
        heading = _MD_HEADING.match(line)
        wiki = None if heading else _WIKI_HEADING.match(line)
        numbered = _NUMBERED.match(line)
        bullet = _BULLET.match(line)
        lettered = _LETTERED.match(line)
        if (
            lettered
            and not line.rstrip().endswith((".", "!", "?", ":", ";"))
            and not _hangs(line, _line_at(text, offset))
            and not _announced(current, text)
        ):
            lettered = None  # "A. Standard Resolution Procedure": a lettered heading
        marker = numbered or bullet or lettered
        if marker is not None and _LINK_ONLY.match(line[marker.end() :]):
            current = None  # a table of contents: links, not statements
            continue
        if marker is not None:
            list_content = marker.end()
        elif heading is not None or wiki is not None or indent == 0:
            list_content = None  # the list has ended: a line indented from here on is code
        if heading is not None:
            current = None
            blocks.append(Block("heading", line_start, line_end, level=len(heading.group(1))))
        elif wiki is not None:  # "== Title ==" is a wiki's first level
            current = None
            blocks.append(Block("heading", line_start, line_end, level=len(wiki.group(1)) - 1))
        elif marker is not None and _run_in_title(line[marker.end() :], _line_at(text, offset)):
            current = None  # the item's words go on in a paragraph of their own
            blocks.append(Block("paragraph", line_start + marker.end(), line_end))
        elif marker is not None:
            number = numbered and (numbered.group(2) or numbered.group(3))
            current = Block(
                "item",
                line_start + marker.end(),
                line_end,
                indent=len(marker.group(1)),
                number=int(number) if number else None,
                bullet=bullet is not None and numbered is None,
            )
            blocks.append(current)
        elif (
            current is not None
            and current.kind == "paragraph"
            and _title_line(line, text[current.start : current.end], _line_at(text, offset))
        ):
            current = None  # the words under it are a paragraph of their own
            blocks.append(Block("paragraph", line_start + indent, line_end))
        elif (
            current is not None
            and current.kind == "paragraph"
            and _defines(text, current, line, indent)
        ):
            current = None  # the term is a title over its definition, a paragraph of its own
            blocks.append(Block("paragraph", line_start + indent, line_end))
        elif current is not None and not _opens_a_part(line, text[current.start : current.end]):
            current.end = line_end
        elif current is not None and _part_title(line):
            current = None
            blocks.append(Block("heading", line_start + indent, line_end, level=1))
        else:
            start = line_start + len(line) - len(line.lstrip())
            label = _PART_LABEL.match(line, len(line) - len(line.lstrip()))
            rest = line[label.end() :] if label is not None else ""
            if (
                len(rest.split()) >= _LEAST_RULE_WORDS
                # or wrapped onto the next line: longer than a title
                and (_CLOSES_SENTENCE.search(rest) or len(rest.split()) > _TITLE_MAX_WORDS)
                and not rest.startswith(_TITLE_DASHES)  # "Section 4 -- Sui Generis Rights."
            ):
                start = line_start + len(line) - len(rest)
            current = Block("paragraph", start, line_end)
            blocks.append(current)
            if _run_in_title(line, _line_at(text, offset)):
                current = None
    return blocks


# A title in bold on a line of its own, over the words it heads: " 3. **Show up for two team
# rides a week**", then "Each rider must ride at least two of the four team rides each week."
_BOLD_LINE = re.compile(r"\s*(\*\*|__)[^*_\n]+\1\s*")


def _run_in_title(line: str, following: str) -> bool:
    """Whether a line is a title in bold that the next line's words go on under, as a
    Markdown hard break sets it (round 145's rules for riders): not the first words of their
    sentence, which had read "Show up for two team rides a week Each rider must ...", with
    its figure asked in the title's place."""
    return (
        _BOLD_LINE.fullmatch(line) is not None
        and word_count(visible(line)) <= _HEADING_MAX_WORDS
        and bool(following.strip())
        and not (_NUMBERED.match(following) or _BULLET.match(following))
    )


def _defines(text: str, term: Block, line: str, indent: int) -> bool:
    """Whether a line indented under a one-line title defines it, as a reStructuredText
    definition list sets a term over its words ("Hours" then "    The expectation is a 40h
    work week, ..."): round 209's lab expectations had read "Hours The expectation is ...",
    and every rule of it under the term run in."""
    title = text[term.start : term.end]
    tokens = title.split()
    term_indent = term.start - (text.rfind("\n", 0, term.start) + 1)
    return (
        "\n" not in title
        and 0 < len(tokens) <= _TITLE_MAX_WORDS
        and all(t[:1].isupper() or t.lower() in _TITLE_SMALL_WORDS for t in tokens)
        and not _CLOSES_SENTENCE.search(title)
        and not title.rstrip().endswith(",")
        and indent > term_indent
        and line.lstrip()[:1].isupper()
    )


def _title_line(line: str, before: str, following: str) -> bool:
    """Whether a line of a plain text is the title of the part under it, with no blank line
    around it: a few capitalised words after a sentence's end and before one that starts
    ("... sign contracts." then "Vice President" then "The Vice President shall ...", round
    199's fire company bylaws, whose questions had read "Duties President The President")."""
    tokens = line.split()
    return (
        0 < len(tokens) <= _TITLE_LINE_WORDS
        and all(t[:1].isupper() or t.lower() in _TITLE_SMALL_WORDS for t in tokens)
        # after a sentence's end, or under a title of its own ("Subsection B: Duties")
        and (
            _CLOSES_SENTENCE.search(before) is not None
            or ("\n" not in before.strip() and len(before.split()) <= _TITLE_MAX_WORDS)
        )
        and not _CLOSES_SENTENCE.search(line)
        and following.strip()[:1].isupper()
    )


_TITLE_LINE_WORDS = 4
_TITLE_SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "&"})


def _opens_a_part(line: str, before: str) -> bool:
    """Whether a line of a paragraph starts a numbered part of its own (see `_PART_LINE`): a
    title, or a rule of a sentence at least, after a line that ends a sentence; not "Article
    II of the Constitution ..." wrapped onto a line in the middle of a sentence."""
    match = _PART_LINE.match(line)
    if match is None or not _CLOSES_SENTENCE.search(before):
        return False
    rest = line[match.end() :]
    return rest[:1].isupper() and (_part_title(line) or len(rest.split()) >= _LEAST_RULE_WORDS)


def _part_title(line: str) -> bool:
    """ "Article II. Officers": a part's number and a title of a few words, no sentence."""
    match = _PART_LINE.match(line)
    rest = line[match.end() :].strip() if match else ""
    return (
        bool(rest)
        and rest[:1].isupper()
        and len(rest.split()) <= _TITLE_MAX_WORDS
        and not _CLOSES_SENTENCE.search(rest)
        and not rest.startswith(_TITLE_DASHES)
    )


def _html_block(match: re.Match[str], line: str, line_start: int) -> Block:
    """A list item, heading or paragraph written as one line of HTML, its offsets those of
    its words, so that a quote taken from it holds no tag."""
    if match.re is _HTML_ITEM:
        close = _HTML_CLOSE.search(line)
        end = close.start() if close else len(line.rstrip())
        return Block("item", line_start + match.end(), line_start + end, bullet=True)
    tag = match.group("tag")
    start, end = line_start + match.start("text"), line_start + match.end("text")
    if tag == "p":
        return Block("paragraph", start, end)
    return Block("heading", start, end, level=int(tag[1]))


def _skipped_regions(text: str) -> list[tuple[int, int]]:
    """Front matter, HTML comments (a table of contents, an editor's note), template tags,
    admonition fences, and reStructuredText's markup and literal blocks, by offset."""
    regions = [(m.start(), m.end()) for m in _HTML_COMMENT.finditer(text)]
    front = _FRONT_MATTER.match(text) or _METADATA.match(text)
    if front:
        regions.append((front.start(), front.end()))
    regions += [(m.start(), m.end()) for m in _LIQUID.finditer(text)]
    regions += [(m.start(), m.end()) for m in _ADMONITION.finditer(text)]
    return regions + _rst_regions(text)


def _rst_regions(text: str) -> list[tuple[int, int]]:
    """reStructuredText's explicit markup (".. code-block:: python", ".. _target:", a
    comment) with the lines indented under it, and the literal block that a line ending in
    "::" introduces: code and markup, never prose a trainee learns from."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    regions: list[tuple[int, int]] = []
    literal_after: int | None = None  # the indent of a line ending in "::"
    index = 0
    while index < len(lines):
        line = lines[index]
        indent = len(line) - len(line.lstrip())
        if _RST_EXPLICIT.match(line):
            first, depth = index, indent
        elif literal_after is not None and line.strip() and indent > literal_after:
            first, depth = index, literal_after
        else:
            if line.strip():
                literal_after = indent if line.rstrip().endswith("::") else None
            index += 1
            continue
        index += 1
        while index < len(lines) and (
            not lines[index].strip() or len(lines[index]) - len(lines[index].lstrip()) > depth
        ):
            index += 1
        regions.append((starts[first], starts[index] - 1))
        literal_after = None
    return regions


# A remark to the reader, which no heading opens with.
_ASIDE_OPENING = re.compile(r"^(?:please\s+)?note\b", re.IGNORECASE)
# A line that dates the page: "Last updated 2019", "Revised: March 2021", "Version 3".
_DATE_STAMP = re.compile(
    r"^(?:last\s+)?(?:updated|edited|modified|revised|reviewed|amended|adopted|approved|"
    r"effective|version|date)\b",
    re.IGNORECASE,
)


def _mark_plain_headings(text: str, blocks: list[Block]) -> None:
    """Short one-line paragraphs that read as headings become headings: of level 1 in a plain
    text, one level below the marked heading above them where the document marks its own
    ("**1. Assess the report**" under "## Triage"), so that they never outrank it."""
    marked = [b.level for b in blocks if b.kind == "heading"]
    above = min(marked, default=0)
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            above = block.level
            continue
        if block.kind != "paragraph" or index + 1 >= len(blocks):
            continue
        raw = text[block.start : block.end]
        if "\n" in raw or word_count(raw) > _HEADING_MAX_WORDS:
            continue
        if _part_title(raw):  # "Article II.  Officers", which the splitter reads as two
            # sentences after the numeral (round 145's bylaws ran Article XI on under X)
            block.kind, block.level = "heading", above + 1 if marked else 1
            continue
        if len(block.sentences) != 1:
            continue
        unpunctuated = visible(raw).rstrip()[-1:] not in '.!?:;,"”)'
        last = raw.split()[-1].lower() if raw.split() else ""
        if last in OPEN_ENDINGS:
            continue  # "An individual Developer may": a sentence its list goes on to finish
        if BOLD_LABEL.match(raw):
            continue  # "**Provided to:** Members only": a field and its value
        if _under_item(text, blocks, index):
            continue  # "   Make stuff very terse", indented under a step: the step's words
        if _DATE_STAMP.match(visible(raw)):
            continue  # "Last updated 2019 (for updates missed ...)": when, not what about
        if _ASIDE_OPENING.match(visible(raw)):
            continue  # "Please note the fees shown are for July 2019 to June 2020": a remark
            # on what follows, not its title (round 91's judge read it spliced onto a question)
        if _ORDINAL_HEADING.match(raw) or unpunctuated:
            block.kind, block.level = "heading", above + 1 if marked else 1


def _mark_outline_headings(text: str, blocks: list[Block]) -> None:
    """Numbered items that name a part, with the part's words indented under them, become
    headings, one level deeper per depth of indent: bylaws written as an outline ("1.
    MEMBERSHIP", "    2. Fees and Dues", "        1. Membership Dues shall be due monthly")
    have their articles as sections, so their questions are not all under one title. Not a
    step with its notes ("1. Install the tools", "2. Check the oil")."""
    marked = [b.level for b in blocks if b.kind == "heading"]
    if len(marked) > 1:
        return  # the document marks its parts: an item there is one of a part's list, and
        # what follows its list belongs to the part again ("Board motions shall ...")
    above = min(marked, default=0)
    named: dict[int, Block] = {}  # by id: blocks compare by their fields
    for block, after in reversed(list(pairwise(blocks))):
        if (
            block.kind == "item"
            and block.number is not None
            and _indent(text, after) > block.indent
            and (id(after) in named or _is_prose(text, after))
            and _names_a_part(visible(text[block.start : block.end]).strip())
        ):
            named[id(block)] = block  # its part opens with a sentence, or with a part of
            # its own: not an officer's title over the titles under it ("Vice-president",
            # "    Pledge Trainer(s)")
    depths = sorted({block.indent for block in named.values()})
    for block in named.values():
        block.kind, block.level = "heading", above + 1 + depths.index(block.indent)


def _names_a_part(shown: str) -> bool:
    """ "MEMBERSHIP", "Fees and Dues", "Expectations of members": a part's name, short and
    unpunctuated, not an order ("Install the tools")."""
    names = words(shown)
    named = shown.endswith(":") and bool(names) and not _says_something(names)
    if named:
        shown = shown[:-1]  # "Committee Meeting Details:", "Board meetings:": a name over its
        # part's items, not the start of a sentence they finish ("Members must:")
    shown = _SPELT_AS.sub("", shown)  # "ANNUAL GENERAL MEETING (AGM)": the name, then its
    # letters
    most = _OUTLINE_MAX_SHOUTED if shown.isupper() else _OUTLINE_MAX_WORDS
    if not names or len(names) > most or shown[-1:] in ".!?:;,)":
        return False
    if not shown[:1].isupper() or is_only_a_verb(names[0]):
        return False
    titled = all(w[:1].isupper() for w in names if w.lower() not in FUNCTION_WORDS)
    return named or shown.isupper() or not is_base_verb(names[0]) or titled


_OUTLINE_MAX_WORDS = 6
_OUTLINE_MAX_SHOUTED = 8  # a name in capitals is no sentence: "EFFECT OF CEASING TO BE A MEMBER"
_SPELT_AS = re.compile(r"\s+\([A-Z]{2,6}\)$")


def _says_something(names: list[str]) -> bool:
    """Whether words before a colon hold a verb, so they open a sentence its items finish."""
    return any(w.lower() in FINITE_VERBS for w in names) or is_only_a_verb(names[-1])


def _is_prose(text: str, block: Block) -> bool:
    shown = visible(text[block.start : block.end]).strip()
    return shown[-1:] in ".:;" or word_count(shown) > _OUTLINE_MAX_WORDS


def _indent(text: str, block: Block) -> int:
    """How far in a block's line starts: for an item, its marker's indent."""
    if block.kind == "item":
        return block.indent
    return block.start - (text.rfind("\n", 0, block.start) + 1)


def _under_item(text: str, blocks: list[Block], index: int) -> bool:
    """Whether the paragraph at `index` is indented under the list item before it, and so
    goes on with that item rather than opening a part of its own."""
    block = blocks[index]
    indent = _indent(text, block)
    before = next((b for b in reversed(blocks[:index]) if b.kind != "paragraph"), None)
    return indent > 0 and before is not None and before.kind == "item"


def _sections(text: str, title: str, blocks: list[Block]) -> list[Section]:
    levels = [b.level for b in blocks if b.kind == "heading"]
    top = min(levels, default=0)
    sections: list[Section] = []
    current: Section | None = None
    for block in blocks:
        if block.kind == "title":
            continue
        if block.kind == "heading" and block.level == top:
            current = Section(heading_text(text[block.start : block.end]), block.start, block.end)
            sections.append(current)
        elif current is None:
            current = Section("Introduction" if levels else title, block.start, block.end)
            sections.append(current)
        current.blocks.append(block)
        current.end = block.end
        block.section = current
    return sections
