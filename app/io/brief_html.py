"""The check-in brief as one self-contained HTML page: for the preview, printing and the PDF.

Everything is inline: the stylesheet sits in the page and the mood chart, when there is one, is a
`data:` PNG the UI paints and passes in as bytes. Nothing refers to anything outside the file, so
it opens the same anywhere, offline, and reveals nothing to a server when it is opened. The
person's own Markdown (entry bodies) goes through the same sanitiser as the journal reader.
"""

from __future__ import annotations

import base64
import html

from app.domain.brief import (
    Block,
    BriefChoice,
    BriefMaterial,
    Chart,
    Heading,
    Items,
    Paragraph,
    Quoted,
    brief_blocks,
    brief_title,
)
from app.io.markdown_render import render_markdown

CHART_WIDTH = 560  # CSS pixels the chart takes on the page; the PNG may hold more for sharpness
CHART_HEIGHT = 150

BASE_PT = 11.0  # the body text size on paper; the preview passes its own, so it follows the app's text size


def brief_css(base_pt: float = BASE_PT) -> str:
    """The page's stylesheet, every size derived from the body's.

    Kept to what both browsers and Qt's rich-text engine understand, so preview and PDF match.
    """
    def pt(delta: float) -> str:
        return f"{base_pt + delta:g}pt"

    return f"""
body {{ font-family: 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; font-size: {pt(0)}; color: #1d2125;
       line-height: 140%; }}
h1 {{ font-size: {pt(7)}; font-weight: 600; margin-top: 0; margin-bottom: 4px; }}
h2 {{ font-size: {pt(3)}; font-weight: 600; margin-top: 20px; margin-bottom: 6px; color: #23496b; }}
h3 {{ font-size: {pt(0.5)}; font-weight: 600; margin-top: 12px; margin-bottom: 4px; }}
p {{ margin-top: 0; margin-bottom: 8px; }}
p.note {{ color: #5b6168; font-size: {pt(-1)}; }}
p.hint {{ color: #5b6168; font-style: italic; }}
ul {{ margin-top: 0; margin-bottom: 8px; }}
li {{ margin-bottom: 3px; }}
blockquote {{ margin-left: 14px; margin-right: 0; margin-top: 0; margin-bottom: 10px; color: #2b3036; }}
blockquote h1, blockquote h2, blockquote h3 {{ font-size: {pt(0)}; color: #2b3036; }}
div.chart {{ margin-top: 4px; margin-bottom: 6px; line-height: 100%; }}
"""


def chart_data_url(png: bytes) -> str:
    """The `data:` URL the chart is embedded under (the preview registers its image under it too)."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _text(text: str) -> str:
    """Escaped, with the person's line breaks kept."""
    return "<br>".join(html.escape(line) for line in text.strip("\n").split("\n"))


def _block_html(block: Block, chart_png: bytes | None) -> str:
    if isinstance(block, Heading):
        return f"<h{block.level}>{html.escape(block.text)}</h{block.level}>"
    if isinstance(block, Paragraph):
        style = f" class=\"{block.style}\"" if block.style != "plain" else ""
        return f"<p{style}>{_text(block.text)}</p>"
    if isinstance(block, Items):
        items = "".join(f"<li>{_text(item)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    if isinstance(block, Quoted):
        return f"<blockquote>{render_markdown(block.markdown)}</blockquote>"
    assert isinstance(block, Chart)
    if chart_png is None:
        return ""
    alt = html.escape(block.description, quote=True)
    return (f"<div class=\"chart\"><img src=\"{chart_data_url(chart_png)}\" width=\"{CHART_WIDTH}\" "
            f"height=\"{CHART_HEIGHT}\" alt=\"{alt}\"></div>")


def brief_html(material: BriefMaterial, choice: BriefChoice, chart_png: bytes | None = None,
               base_pt: float = BASE_PT) -> str:
    """A complete HTML document of the brief; `chart_png` is the mood chart, if the UI drew one."""
    body = "\n".join(
        part for part in (_block_html(b, chart_png) for b in brief_blocks(material, choice)) if part
    )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(brief_title(material))}</title>\n"
        f"<style>{brief_css(base_pt)}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
