"""A clickable summary card: a heading, a value, a line of detail and an optional progress bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.ui.widgets.form_fields import restyle


class Tile(QPushButton):
    """Layout only; whoever fills it decides what the click leads to."""

    def __init__(self, heading: str, parent: QWidget | None = None, *, with_bar: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("stageCard")
        self.heading_label = QLabel(heading)
        self.heading_label.setObjectName("cardHeading")
        self.value_label = QLabel()
        self.value_label.setObjectName("tileValue")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("muted")
        self.bar = QProgressBar() if with_bar else None
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        widgets: list[QWidget] = [self.heading_label, self.value_label]
        if self.bar is not None:
            self.bar.setTextVisible(False)
            widgets.append(self.bar)
        widgets.append(self.detail_label)
        for widget in widgets:
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            layout.addWidget(widget)
        layout.addStretch(1)  # tiles in a row line their text up at the top
        # The grid shares the width equally; the tile only says how tall it needs to be for it.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_content(self, value: str, detail: str = "", *, progress: tuple[int, int] | None = None,
                    highlight: bool = False) -> None:
        self.value_label.setText(value)
        self.value_label.setVisible(bool(value))
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        if self.bar is not None:
            self.bar.setVisible(progress is not None)
            if progress is not None:
                done, total = progress
                self.bar.setRange(0, max(total, 1))
                self.bar.setValue(min(done, max(total, 1)))
        self.setAccessibleName(f"{self.heading_label.text()}: {value}")
        self.setAccessibleDescription(detail)
        restyle(self, current="true" if highlight else "false")
        self.updateGeometry()

    def text(self) -> str:
        """What the tile says, for tests and screen readers that read button text."""
        parts = [self.heading_label.text(), self.value_label.text(), self.detail_label.text()]
        return "\n".join(part for part in parts if part)

    def sizeHint(self) -> QSize:
        hint = self._layout.sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._layout.minimumSize().width(), self.heightForWidth(self.width()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Tall enough for the wrapped text at this width, however large the text is."""
        return self._layout.totalHeightForWidth(width)
