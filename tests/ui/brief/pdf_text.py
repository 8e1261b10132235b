"""The text on each page of a PDF that Qt wrote (QPdfWriter), for tests: no PDF library is needed.

Qt writes each page's content as one Flate stream, text as glyph numbers (`<0001> Tj`) in
Identity-H fonts, each with a ToUnicode map. That is all this reads: enough to tell on which page
a sentence landed. Spaces are not reliable in such text, so `page_texts` leaves all white space out.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _objects(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    """Each object: its dictionary text and its stream, inflated (b"" when it has none)."""
    found: dict[int, tuple[bytes, bytes]] = {}
    for match in _OBJECT.finditer(data):
        body = match.group(2)
        stream = _STREAM.search(body)
        content = b""
        if stream is not None:
            raw = stream.group(1)
            try:
                content = zlib.decompress(raw)
            except zlib.error:
                content = raw
            body = body[:stream.start()]
        found[int(match.group(1))] = (body, content)
    return found


def _ref(text: bytes, key: bytes) -> int | None:
    match = re.search(rb"/" + key + rb"\s+(\d+) 0 R", text)
    return int(match.group(1)) if match else None


def _to_unicode(cmap: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, end, target in re.findall(_RANGE, block):
            low, high = int(start, 16), int(end, 16)
            if target.startswith(b"["):
                for offset, code in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", target)):
                    mapping[low + offset] = bytes.fromhex(code.decode()).decode("utf-16-be")
            else:
                first = int(target[1:-1], 16)
                for offset in range(high - low + 1):
                    mapping[low + offset] = chr(first + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(source, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    return mapping


def page_texts(path: Path) -> list[str]:
    """The text of each page, in order, with all white space left out."""
    objects = _objects(path.read_bytes())
    pages = [number for number, (body, _s) in sorted(objects.items()) if re.search(rb"/Type\s*/Page\b", body)]
    texts: list[str] = []
    for number in pages:
        body = objects[number][0]
        contents, resources = _ref(body, b"Contents"), _ref(body, b"Resources")
        fonts: dict[bytes, dict[int, str]] = {}
        if resources is not None:
            font_list = re.search(rb"/Font\s*<<(.*?)>>", objects[resources][0], re.S)
            for name, font in re.findall(rb"/(\w+)\s+(\d+) 0 R", font_list.group(1) if font_list else b""):
                to_unicode = _ref(objects[int(font)][0], b"ToUnicode")
                fonts[name] = _to_unicode(objects[to_unicode][1]) if to_unicode is not None else {}
        content = objects[contents][1] if contents is not None else b""
        chars: list[str] = []
        current: dict[int, str] = {}
        for font, glyphs in re.findall(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>\s*Tj", content):
            if font:
                current = fonts.get(font, {})
                continue
            for at in range(0, len(glyphs), 4):
                chars.append(current.get(int(glyphs[at:at + 4], 16), ""))
        texts.append(re.sub(r"\s+", "", "".join(chars)))
    return texts
