"""Moodle's text formats (html, moodle, plain, markdown) turned into the plain text we show.

The quiz shows plain text, so markup is read, not kept: paragraphs and line breaks become new
lines, tags go, entities are decoded, and an embedded image, sound or video becomes a visible
`[image: name]` / `[media: name]` marker, so that a question which refers to a picture says
so instead of silently losing it. Markdown is left as written: it reads well as plain text.

Regular expressions rather than an HTML parser: Moodle's "moodle" format mixes tags with
plain prose such as "x < y", and only things that look like real tags must be removed.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

_MEDIA_FILE = r"\.(?:mp3|wav|ogg|oga|m4a|aac|flac|mp4|m4v|webm|ogv|mov|avi|flv|swf)"
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HIDDEN = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_IMG = re.compile(r"<img\b([^<>]*)>", re.IGNORECASE)
_MEDIA = re.compile(
    r"<(?:a|audio|video|source|embed|object)\b([^<>]*?\b(?:href|src|data)\s*=\s*"
    rf"(?:\"[^\"]*{_MEDIA_FILE}\"|'[^']*{_MEDIA_FILE}')[^<>]*)>",
    re.IGNORECASE,
)
_ATTR = re.compile(
    r"\b(alt|src|href|data)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.IGNORECASE
)
_BREAK = re.compile(
    r"<br\s*/?>|</?(?:p|div|li|ul|ol|tr|table|h[1-6]|blockquote|pre|section|article)\b[^<>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_WHITESPACE = re.compile(r"\s+")


def to_text(text: str, fmt: str) -> str:
    """`text` written in Moodle format `fmt` as the plain text a trainee reads."""
    if fmt not in ("html", "moodle"):
        return text.strip()
    if fmt == "html":  # in HTML a line break in the source is just a space
        text = _WHITESPACE.sub(" ", text)
    if "<" in text:  # every tag rule needs one; most questions have none
        text = _COMMENT.sub("", text)
        text = _HIDDEN.sub("", text)
        text = _IMG.sub(_image_marker, text)
        text = _MEDIA.sub(_media_marker, text)
        text = _BREAK.sub("\n", text)
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    if "\n" not in text:
        return _SPACES.sub(" ", text).strip()
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def survives_as(text: str, fmt: str) -> bool:
    """Whether `text` reads back unchanged when written in `fmt`; writers fall back to plain."""
    return to_text(text, fmt) == text


def _image_marker(match: re.Match[str]) -> str:
    found = _attributes(match.group(1))
    alt = html.unescape(found.get("alt", "")).strip()
    return f" [image: {alt or _file_name(found)}] "


def _media_marker(match: re.Match[str]) -> str:
    return f" [media: {_file_name(_attributes(match.group(1)))}] "


def _attributes(text: str) -> dict[str, str]:
    found = {}
    for attr in _ATTR.finditer(text):
        found[attr.group(1).lower()] = next(g for g in attr.groups()[1:] if g is not None)
    return found


def _file_name(attributes: dict[str, str]) -> str:
    for name in ("src", "href", "data"):
        if attributes.get(name):
            path = html.unescape(attributes[name]).rstrip("/")
            return unquote(path.rsplit("/", 1)[-1]) or "unnamed"
    return "unnamed"
