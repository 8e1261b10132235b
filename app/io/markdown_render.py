"""Markdown to a safe HTML fragment for the preview and the journal reader.

The text is the person's own, but it may be pasted from anywhere, so the output must never run
script, load a remote resource or carry a link the viewer could follow somewhere unexpected:
raw HTML is escaped rather than passed through, images become their alt text (there are no local
attachments yet), and links keep only http, https, mailto and in-page `#` targets.

`markdown` is imported on first use, not at import time, to keep start-up fast.
"""

from __future__ import annotations

import html
import re
import threading
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

EXTENSIONS = ("tables", "footnotes", "fenced_code", "def_list", "abbr", "sane_lists")
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_STASHED_CHAR = re.compile("\x02(\\d+)\x03")  # Python-Markdown's placeholder for a backslash escape
_URL_NOISE = re.compile("[\t\n\r]")  # browsers drop these anywhere in a URL: "java\tscript:"
_C0_AND_SPACE = "".join(map(chr, range(0x21)))  # and these at either end
_lock = threading.Lock()  # one cached Markdown instance; it is not safe to share between threads


# Beyond these, Python-Markdown's time grows quadratically or its recursion runs out (4,000 "[" take
# ~3 s; 800 nested list levels overflow the stack): such text is shown as written, not rendered.
MAX_BRACKETS = 400
MAX_INDENT = 120
MAX_QUOTE_DEPTH = 40
_QUOTES = re.compile(r"^[ \t]*((?:>[ \t]*)+)", re.MULTILINE)


def render_markdown(text: str) -> str:
    """Render the person's Markdown as an HTML fragment that is safe to show in a rich-text view.

    Text too tangled to render quickly (see MAX_BRACKETS, MAX_INDENT, MAX_QUOTE_DEPTH) comes back as
    plain text.
    """
    if _too_tangled(text):
        return plain_html(text)
    converter = _converter()
    with _lock:
        converter.reset()
        try:
            result: str = converter.convert(text)
        except RecursionError:  # nesting deeper than the limits foresaw
            converter.reset()
            return plain_html(text)
    return result


def plain_html(text: str) -> str:
    """The text exactly as written, escaped, its paragraphs and line breaks kept."""
    paragraphs = [part for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    body = "".join(
        "<p>" + "<br>".join(html.escape(line) for line in part.split("\n")) + "</p>" for part in paragraphs
    )
    return f'<div class="plain">{body}</div>'


def _too_tangled(text: str) -> bool:
    if text.count("[") > MAX_BRACKETS:
        return True
    if any(run.group(1).count(">") > MAX_QUOTE_DEPTH for run in _QUOTES.finditer(text)):
        return True
    return any(len(line) - len(line.lstrip(" \t")) > MAX_INDENT for line in text.split("\n"))


def safe_href(href: str) -> str | None:
    """The link target to keep, decoded, or None when it must be dropped.

    Decodes character references first, because `jav&#x09;ascript:` is `javascript:` to a browser.
    """
    from markdown.util import AMP_SUBSTITUTE

    unstashed = _STASHED_CHAR.sub(lambda m: chr(int(m.group(1))), href.replace(AMP_SUBSTITUTE, "&"))
    decoded = _URL_NOISE.sub("", html.unescape(unstashed)).strip(_C0_AND_SPACE)
    if decoded.startswith("#"):
        return decoded
    scheme = _SCHEME.match(decoded)
    if scheme and scheme.group(1).lower() in SAFE_SCHEMES:
        return decoded
    return None


class _Sanitizer:
    """A tree processor (duck-typed: Markdown only calls `run`) applied after inline parsing."""

    def run(self, root: ET.Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "img":
                    parent[index] = _image_placeholder(child)
                elif child.tag == "a":
                    _clean_link(child)


def _image_placeholder(image: ET.Element) -> ET.Element:
    """Images would be fetched from wherever they point; show what they are instead."""
    alt = (image.get("alt") or "").strip()
    span = image.makeelement("span", {"class": "image"})
    span.text = f"[image: {alt}]" if alt else "[image]"
    span.tail = image.tail
    return span


def _clean_link(link: ET.Element) -> None:
    href = link.get("href")
    if href is None:
        return
    kept = safe_href(href)
    if kept is None:
        del link.attrib["href"]
    else:
        link.set("href", kept)


@cache
def _converter() -> Any:
    """Build the one configured Markdown instance on first use (import and set-up take ~50 ms)."""
    import markdown

    converter = markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    # After inline parsing and the footnote/abbr passes (>= 7); before 'unescape' (0).
    converter.treeprocessors.register(_Sanitizer(), "trustbridge_sanitize", 5)
    return converter
