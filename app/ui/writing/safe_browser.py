"""A rendered-Markdown view that fetches nothing, and opens a link only when it is clicked and the
person has seen its whole address and said yes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.io.markdown_render import SAFE_SCHEMES, render_markdown
from app.ui.widgets import messages

PLAIN_TEXT_ABOVE = 100_000  # characters; Python-Markdown slows sharply on huge single pastes

_DOCUMENT_CSS = """
body { line-height: 150%; }
h1, h2, h3 { margin-top: 12px; margin-bottom: 6px; }
p { margin-top: 0; margin-bottom: 10px; }
blockquote { margin-left: 12px; padding-left: 8px; }
table { border-collapse: collapse; }
td, th { border: 1px solid #999; padding: 4px 8px; }
code { font-family: monospace; }
"""


class SafeMarkdownView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(_DOCUMENT_CSS)
        self.anchorClicked.connect(self._open_link)

    def show_markdown(self, text: str) -> None:
        """Render, or for very long text show it as it is: a 1 MB paste must not freeze the app."""
        scroll = self.verticalScrollBar().value()
        if len(text) > PLAIN_TEXT_ABOVE:
            self.setPlainText(text)
        else:
            self.setHtml(render_markdown(text))
        self.verticalScrollBar().setValue(scroll)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Nothing is ever loaded: no remote images, no local files."""
        return None

    def _open_link(self, url: QUrl) -> None:
        if not url.scheme() and url.hasFragment():  # footnotes and other links within the entry
            self.scrollToAnchor(url.fragment())
        elif url.scheme().lower() in SAFE_SCHEMES and messages.confirm_open_link(self, url.toString()):
            QDesktopServices.openUrl(url)
