"""The text on each page of a PDF that Qt wrote, for tests: enough of a reader to check what a
person would see, with no PDF library (Qt writes each glyph as a hex code of an embedded font,
mapped back to Unicode by the font's ToUnicode table)."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)
_TEXT_OPERATOR = re.compile(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[(.*?)\]\s*TJ", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(number): body for number, body in _OBJECT.findall(data)}


def _stream(body: bytes) -> bytes:
    found = _STREAM.search(body)
    if found is None:
        return b""
    raw = found.group(1)
    if b"/FlateDecode" in body.split(b"stream", 1)[0]:
        return zlib.decompressobj().decompress(raw)
    return raw


def _hex_code(text: bytes) -> int:
    return int(text, 16)


def _to_unicode(cmap: bytes) -> dict[int, str]:
    table: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[_hex_code(source)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        ranges = re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block)
        for low, high, target in ranges:
            if target.startswith(b"["):  # one target for each code
                targets = re.findall(rb"<([0-9A-Fa-f]+)>", target)
                for offset, each in enumerate(targets):
                    table[_hex_code(low) + offset] = bytes.fromhex(each.decode()).decode("utf-16-be")
                continue
            first = bytes.fromhex(target[1:-1].decode()).decode("utf-16-be")
            for offset in range(_hex_code(high) - _hex_code(low) + 1):
                table[_hex_code(low) + offset] = chr(ord(first[-1]) + offset)
    return table


def _ref(body: bytes, key: bytes) -> int | None:
    found = re.search(key + rb"\s+(\d+) 0 R", body)
    return int(found.group(1)) if found else None


def page_texts(path: Path) -> list[str]:
    """The glyphs drawn on each page, in drawing order (spaces are not drawn, so there are none)."""
    objects = _objects(path.read_bytes())
    pages_root = next(body for body in objects.values() if re.search(rb"/Type\s*/Pages\b", body))
    kids = [int(n) for n in re.findall(rb"(\d+) 0 R", pages_root.split(b"/Kids", 1)[1].split(b"]", 1)[0])]
    texts = []
    for page_number in kids:
        page = objects[page_number]
        resources_ref = _ref(page, rb"/Resources")
        resources = objects[resources_ref] if resources_ref is not None else page
        fonts_part = resources.split(b"/Font", 1)[1].split(b">>", 1)[0] if b"/Font" in resources else b""
        fonts: dict[bytes, dict[int, str]] = {}
        for name, number in re.findall(rb"/(\w+)\s+(\d+) 0 R", fonts_part):
            unicode_ref = _ref(objects[int(number)], rb"/ToUnicode")
            fonts[name] = _to_unicode(_stream(objects[unicode_ref])) if unicode_ref is not None else {}
        contents_ref = _ref(page, rb"/Contents")
        content = _stream(objects[contents_ref]) if contents_ref is not None else b""
        font: dict[int, str] = {}
        out: list[str] = []
        for token in _TEXT_OPERATOR.finditer(content):
            if token.group(1) is not None:
                font = fonts.get(token.group(1), {})
                continue
            codes = token.group(2) if token.group(2) is not None else b"".join(
                re.findall(rb"<([0-9A-Fa-f]*)>", token.group(3)))
            for at in range(0, len(codes), 4):
                out.append(font.get(_hex_code(codes[at:at + 4]), "?"))
        texts.append("".join(out))
    return texts


def squashed(text: str) -> str:
    """`text` without white space, to find it in a page's glyphs."""
    return re.sub(r"\s+", "", text)
