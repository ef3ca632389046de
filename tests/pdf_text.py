"""The text a PDF written by Qt shows, read back without a PDF library: enough for a test to
see that a report holds a name.

Qt embeds subset fonts and draws text as glyph codes (`<0001> Tj`); each font's ToUnicode
CMap says which characters the codes stand for. Table cells and lines follow one another
with nothing between them.
"""

from __future__ import annotations

import re
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _objects(pdf: bytes) -> dict[int, bytes]:
    return {int(number): body for number, body in _OBJECT.findall(pdf)}


def _stream(body: bytes) -> bytes:
    found = _STREAM.search(body)
    if found is None:
        return b""
    data = found.group(1)
    if b"/FlateDecode" not in body[: found.start()]:
        return data
    # A decompressor object, not zlib.decompress: the pattern cannot tell a last data byte
    # '\r' from the line end before 'endstream', and a binary font stream may end in one.
    return zlib.decompressobj().decompress(data)


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            mapping[int(src, 16)] = _utf16(dst)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, dst in re.findall(
            rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])", block
        ):
            codes = range(int(low, 16), int(high, 16) + 1)
            if dst.startswith(b"["):  # one destination per code
                targets = [_utf16(t) for t in re.findall(rb"<([0-9a-fA-F]+)>", dst)]
                mapping.update(zip(codes, targets, strict=False))
            else:  # consecutive characters from the first
                first = int(dst[1:-1], 16)
                mapping.update((code, chr(first + i)) for i, code in enumerate(codes))
    return mapping


def _utf16(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be")


def pdf_text(pdf: bytes) -> str:
    """Every string the pages draw, in drawing order."""
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:]:
        raise ValueError("not a complete PDF file")
    objects = _objects(pdf)
    fonts: dict[bytes, dict[int, str]] = {}
    for name, number in re.findall(rb"/(F\d+)\s+(\d+) 0 R", pdf):
        unicode_ref = re.search(rb"/ToUnicode\s+(\d+) 0 R", objects.get(int(number), b""))
        if unicode_ref:
            fonts[name] = _cmap(_stream(objects[int(unicode_ref.group(1))]))
    text = []
    for body in objects.values():
        if b"/Length" not in body or b"/Subtype" in body.split(b"stream", 1)[0]:
            continue
        content = _stream(body)
        font: dict[int, str] = {}
        for token in re.finditer(rb"/(F\d+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]+)>\s*Tj", content):
            if token.group(1):
                font = fonts.get(token.group(1), {})
            else:
                codes = token.group(2)
                text += [font.get(int(codes[i : i + 4], 16), "?") for i in range(0, len(codes), 4)]
    # Qt's CMaps give the space glyph a tab's code: read any blank as one space.
    return re.sub(r"\s+", " ", "".join(text))
