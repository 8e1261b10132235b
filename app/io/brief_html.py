"""The check-in brief as one self-contained HTML page: for the preview, printing and the PDF.

Everything is inline: the stylesheet sits in the page and the mood chart, when there is one, is a
`data:` PNG the UI paints and passes in as bytes. Nothing refers to anything outside the file, so
it opens the same anywhere, offline, and reveals nothing to a server when it is opened. The
person's own Markdown (entry bodies) goes through the same sanitiser as the journal reader.

On paper each section stays together, and each part of one too long for a page: the page says so
in CSS for any browser (`break-inside: avoid`), and marks where each section and part starts for
Qt, whose rich-text engine ignores that rule (a block's user state, SECTION_START and PART_START;
app/ui/brief/brief_pages.py reads them to put page breaks where they are needed).
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

SECTION_START = 2  # the user state of a section's heading in Qt's document
PART_START = 3  # a part of a section (a goal, an entry, a stay-or-go sitting): its heading

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
div.section, div.part {{ page-break-inside: avoid; break-inside: avoid; }}
h1, h2, h3 {{ page-break-after: avoid; break-after: avoid; }}
"""


def chart_data_url(png: bytes) -> str:
    """The `data:` URL the chart is embedded under (the preview registers its image under it too)."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _text(text: str) -> str:
    """Escaped, with the person's line breaks kept."""
    return "<br>".join(html.escape(line) for line in text.strip("\n").split("\n"))


def _block_html(block: Block, chart_png: bytes | None) -> str:
    if isinstance(block, Heading):
        state = {2: SECTION_START, 3: PART_START}.get(block.level)
        mark = f" style=\"-qt-user-state: {state}\"" if state else ""
        return f"<h{block.level}{mark}>{html.escape(block.text)}</h{block.level}>"
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


def _body(blocks: list[Block], chart_png: bytes | None) -> str:
    """The blocks, each section in a <div class="section"> and each part of one in a <div class="part">."""
    out: list[str] = []
    open_levels: list[int] = []  # the headings whose <div> is still open, outermost first
    for block in blocks:
        if isinstance(block, Heading) and block.level in (2, 3):
            while open_levels and open_levels[-1] >= block.level:
                open_levels.pop()
                out.append("</div>")
            out.append("<div class=\"section\">" if block.level == 2 else "<div class=\"part\">")
            open_levels.append(block.level)
        part = _block_html(block, chart_png)
        if part:
            out.append(part)
    out += ["</div>"] * len(open_levels)
    return "\n".join(out)


def brief_html(material: BriefMaterial, choice: BriefChoice, chart_png: bytes | None = None,
               base_pt: float = BASE_PT, *, guidance: bool = False) -> str:
    """A complete HTML document of the brief; `chart_png` is the mood chart, if the UI drew one.
    With `guidance` (the window's preview) empty sections say what is missing; on paper they are left out."""
    body = _body(brief_blocks(material, choice, guidance=guidance), chart_png)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{html.escape(brief_title(material))}</title>\n"
        f"<style>{brief_css(base_pt)}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
