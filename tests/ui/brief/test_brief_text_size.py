"""The brief window at double text size: every choice keeps the room its words need, none covers
another, and with the choices above the preview all of them are in view at once (they wrap into
columns rather than run down out of sight)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from app.domain.brief import BriefSection
from app.ui.brief.brief_dialog import BriefDialog
from app.ui.data.journal_events import ObservedJournal
from tests.domain.test_brief import material


def _problems(dialog: BriefDialog, *, all_in_view: bool) -> list[str]:
    viewport = dialog.choices_scroll.viewport()
    found: list[str] = []
    rects: list[tuple[str, QRect]] = []
    for section, box in dialog.section_boxes.items():
        hint = box.sizeHint()
        if box.width() < hint.width() or box.height() < hint.height():
            found.append(f"{section.label}: {box.size().toTuple()} < {hint.toTuple()}")
        at = QRect(box.mapTo(viewport, QPoint(0, 0)), box.size())
        if at.right() > viewport.width():
            found.append(f"{section.label} runs past the right edge")
        if all_in_view and not viewport.rect().contains(at):
            found.append(f"{section.label} is out of view")
        found += [f"{section.label} covers {name}" for name, other in rects if other.intersects(at)]
        rects.append((section.label, at))
    note = dialog.private_note
    if note.height() < note.heightForWidth(note.width()):
        found.append("the note about feelings is cut short")
    return found


@pytest.mark.parametrize(("size", "all_in_view"), [((1000, 680), True), ((760, 680), True),
                                                    ((1700, 900), False), ((560, 460), False)])
def test_every_choice_is_readable_at_double_text_size(
    qtbot: QtBot, observed: ObservedJournal, size: tuple[int, int], all_in_view: bool
) -> None:
    dialog = BriefDialog(observed)
    qtbot.addWidget(dialog)
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)
    dialog.show()
    dialog.show_material(material())
    dialog.resize(*size)
    qtbot.waitUntil(lambda: _problems(dialog, all_in_view=all_in_view) == [], timeout=3000)
    assert all(box.isEnabled() for box in dialog.section_boxes.values())
    assert [s for s, box in dialog.section_boxes.items() if box.isChecked()] == [
        s for s in BriefSection if not s.is_feelings]
