"""The check-in brief window's layout: what goes in on one side, the page as it prints on the other,
the ways to take it along below. Widgets only; brief_dialog.py wires them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QDialog,
    QFrame,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.brief import BriefSection
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.brief.brief_chart import BriefPreview
from app.ui.widgets.flow_layout import WrapGrid, WrappingRow
from app.ui.widgets.form_fields import wrapped_label
from app.ui.widgets.notice import InlineNotice

_SIDE_BY_SIDE_CHARS = 110  # narrower than this many average characters: the choices go above the preview

# Each feelings choice's tooltip.
_PRIVATE_NOTE = QT_TRANSLATE_NOOP("BriefLayout", "About your feelings: left out unless you tick it.")


class BriefLayout(QDialog):
    """The brief window's widgets and how they sit; BriefDialog (brief_dialog.py) wires them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BriefLayout", "Check-in brief"))
        self.setAccessibleName(translate("BriefLayout", "Check-in brief"))
        self.setSizeGripEnabled(True)

        self.title_label = wrapped_label(translate("BriefLayout", "Check-in brief"), "promptText")
        self.period_label = wrapped_label(translate(
            "BriefLayout", "Gathering everything since your last check-in…"), "muted")
        self.period_label.setAccessibleName(translate("BriefLayout", "What the brief covers"))
        self.notice = InlineNotice(translate("BriefLayout", "Brief notice"))

        # -- what goes in
        sections_heading = wrapped_label(translate("BriefLayout", "What goes in"), "cardHeading")
        self.section_boxes: dict[BriefSection, QCheckBox] = {}
        choices = QVBoxLayout()
        choices.setContentsMargins(0, 0, 8, 0)
        choices.setSpacing(6)
        choices.addWidget(sections_heading)
        # as many columns as the width holds, each choice at its full width: one column beside the
        # preview, more above it; large text gives fewer columns, never squeezed or clipped choices
        self.section_grid = WrapGrid(spacing=6, max_columns=4)
        for section in BriefSection:
            box = QCheckBox(section.label)
            box.setAccessibleName(translate("BriefLayout", "Include: {label}").format(label=section.label))
            if section.is_feelings:
                box.setToolTip(translate("BriefLayout", _PRIVATE_NOTE))
            self.section_boxes[section] = box
            self.section_grid.add(box)
        choices.addWidget(self.section_grid)
        quoted = translate("BriefLayout", "“{label}”")
        feelings = translate("BriefLayout", " and ").join(
            quoted.format(label=s.label) for s in BriefSection if s.is_feelings)
        self.private_note = wrapped_label(
            translate("BriefLayout", "{feelings} are about your feelings: left out unless you "
                                     "tick them.").format(feelings=feelings), "muted")
        choices.addWidget(self.private_note)
        choices.addSpacing(8)
        entries_heading = wrapped_label(translate("BriefLayout", "Entries to bring"), "cardHeading")
        self.entries_hint = wrapped_label(
            translate("BriefLayout", "Entries you marked “Bring to next check-in” come first, ticked if "
                                     "you marked them since your last check-in. Tick any other entry from "
                                     "this period to bring it too. Entries from the Feelings stage stay "
                                     "out unless you tick them."), "muted")
        self.entries_list = QListWidget()
        self.entries_list.setAccessibleName(translate("BriefLayout",
                                                      "Entries to bring: tick the ones to include"))
        # Two lines per entry (heading, then when and what); a long heading is cut short with an ellipsis
        # and shown whole in its tooltip: Qt under-measures wrapped rows that carry a tick box.
        self.entries_list.setWordWrap(False)
        self.entries_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries_list.setMinimumHeight(self.entries_list.fontMetrics().lineSpacing() * 8)
        self.more_label = wrapped_label("", "muted")
        self.more_label.hide()
        choices.addWidget(entries_heading)
        choices.addWidget(self.entries_hint)
        choices.addWidget(self.entries_list, 1)
        choices.addWidget(self.more_label)
        choices_body = QWidget()
        choices_body.setLayout(choices)
        self.choices_scroll = QScrollArea()
        self.choices_scroll.setWidgetResizable(True)
        self.choices_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.choices_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices_scroll.setWidget(choices_body)
        self.choices_scroll.setAccessibleName(translate("BriefLayout", "Choose what goes in the brief"))

        self.preview = BriefPreview()
        self.preview.setHtml(translate("BriefLayout",
                                       "<p>Gathering everything since your last check-in…</p>"))

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(16)
        self.columns.addWidget(self.choices_scroll, 2)
        self.columns.addWidget(self.preview, 3)

        # -- taking it along
        self.print_button = self._button(translate("BriefLayout", "&Print…"), translate(
            "BriefLayout", "Print the brief"), translate("BriefLayout",
                                                         "Choose a printer and print the brief"))
        self.print_button.setObjectName("primary")
        self.pdf_button = self._button(translate("BriefLayout", "Save as P&DF…"),
                                       translate("BriefLayout", "Save the brief as a PDF file"),
                                       translate("BriefLayout", "A PDF to print later or take along"))
        self.markdown_button = self._button(translate("BriefLayout", "Save as &Markdown…"),
                                            translate("BriefLayout", "Save the brief as a Markdown file"),
                                            translate("BriefLayout", "Plain text you can edit anywhere"))
        self.copy_button = self._button(translate("BriefLayout", "&Copy"),
                                        translate("BriefLayout", "Copy the brief"),
                                        translate("BriefLayout",
                                                  "Copy the brief to paste into an email or a note"))
        self.close_button = self._button(translate("BriefLayout", "Close"), translate(
            "BriefLayout", "Close the brief"), translate("BriefLayout", "Close this window (Esc)"))
        self.outputs = (self.print_button, self.pdf_button, self.markdown_button, self.copy_button)
        buttons = WrappingRow([*self.outputs, self.close_button])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.period_label)
        layout.addWidget(self.notice)
        layout.addLayout(self.columns, 1)
        layout.addWidget(buttons)
        self._set_ready(False)
        self._fit_to_screen()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1000, 680
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 40)
        self.resize(max(width, 480), max(height, 360))

    def _set_ready(self, ready: bool) -> None:
        for button in self.outputs:
            button.setEnabled(ready)
        for box in self.section_boxes.values():
            box.setEnabled(ready)
        self.entries_list.setEnabled(ready)

    # -- layout ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Choices beside the preview when there is room; above it when the text is large."""
        super().resizeEvent(event)
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * _SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.columns.setStretch(0, 2 if wide else 1)
            self.columns.setStretch(1, 3 if wide else 1)
            self.title_label.setVisible(wide)  # the page's own title says it when room is short
