"""The check-in brief window, driven from the Check-ins tool: choose, preview, save, print, copy."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.brief import BriefSection
from app.store.journal import Journal
from app.ui.brief import brief_output
from app.ui.brief.brief_dialog import BriefDialog, open_brief
from app.ui.checkins.checkins_tool import CheckInsTool
from app.ui.data.journal_events import ObservedJournal
from app.workbench_catalogue import load_questions
from tests.store.test_brief_store import Seeded, seed

LOAD_MS = 5000


@pytest.fixture
def seeded(journal: Journal) -> Seeded:
    return seed(journal)


@pytest.fixture
def tool(qtbot: QtBot, observed: ObservedJournal, seeded: Seeded) -> Iterator[CheckInsTool]:
    built = CheckInsTool(observed, load_questions())
    qtbot.addWidget(built)
    built.resize(1000, 760)
    with qtbot.waitActive(built):
        built.show()
        built.activateWindow()
    yield built
    if built.brief_dialog is not None:
        built.brief_dialog.close()
    assert built.flush()


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    at = QPoint(6, button.height() // 2) if isinstance(button, QCheckBox) else button.rect().center()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at)


def open_loaded(qtbot: QtBot, tool: CheckInsTool, button: QAbstractButton) -> BriefDialog:
    """Click a brief button and wait for the material to arrive from the worker."""
    click(qtbot, button)
    dialog = tool.brief_dialog
    assert dialog is not None
    assert not dialog.pdf_button.isEnabled()  # "Gathering…" until the material arrives
    with qtbot.waitSignal(dialog.loaded, timeout=LOAD_MS):
        pass
    return dialog


def test_the_selected_checkins_brief_opens_with_the_default_choice(
        qtbot: QtBot, tool: CheckInsTool, seeded: Seeded) -> None:
    assert tool.show_checkin(seeded.upcoming.uuid)
    dialog = open_loaded(qtbot, tool, tool.brief_button)
    assert dialog.material is not None and dialog.material.checkin is not None
    assert dialog.material.checkin.uuid == seeded.upcoming.uuid
    assert dialog.section_boxes[BriefSection.PROGRESS].isChecked()
    assert not dialog.section_boxes[BriefSection.MOOD].isChecked()
    assert not dialog.section_boxes[BriefSection.STAY_OR_GO].isChecked()
    first = dialog.entries_list.item(0)
    assert first.checkState() == Qt.CheckState.Unchecked  # a feelings entry, though marked
    assert dialog.entries_list.item(1).checkState() == Qt.CheckState.Checked
    text = dialog.preview.toPlainText()
    assert "Sent the weekly report a day early" in text
    assert "I want to ask about the review process." in text
    assert all(button.isEnabled() for button in dialog.outputs)


def test_next_checkin_brief_from_the_header(qtbot: QtBot, tool: CheckInsTool, seeded: Seeded) -> None:
    dialog = open_loaded(qtbot, tool, tool.next_brief_button)
    assert dialog.material is not None and dialog.material.checkin is not None
    assert dialog.material.checkin.uuid == seeded.upcoming.uuid
    assert "Can we move the report review to Mondays?" in dialog.preview.toPlainText()


def test_toggling_sections_and_entries_changes_the_preview(
        qtbot: QtBot, tool: CheckInsTool, seeded: Seeded) -> None:
    dialog = open_loaded(qtbot, tool, tool.next_brief_button)
    assert "Mood trend" not in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.preview_updated, timeout=LOAD_MS):
        click(qtbot, dialog.section_boxes[BriefSection.MOOD])
    text = dialog.preview.toPlainText()
    assert "Mood trend" in text and "rose from 2 to 4" in text
    assert dialog.chart_png() is not None and "data:image/png;base64," in dialog.html()
    with qtbot.waitSignal(dialog.preview_updated, timeout=LOAD_MS):
        click(qtbot, dialog.section_boxes[BriefSection.ACTIONS])
    assert "Pair with Sam on the ticket backlog" not in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.preview_updated, timeout=LOAD_MS):
        dialog.entries_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert "I felt shaky after the meeting." in dialog.preview.toPlainText()
    assert "I felt shaky after the meeting." in dialog.markdown()


def test_save_as_pdf_and_markdown(qtbot: QtBot, tool: CheckInsTool, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_loaded(qtbot, tool, tool.next_brief_button)
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> Path:
        asked.append(suggested)
        return tmp_path / Path(suggested).stem  # no ending typed: the right one is added

    monkeypatch.setattr(brief_output, "choose_save_path", choose)
    click(qtbot, dialog.pdf_button)
    pdf = tmp_path / (Path(asked[0]).stem + ".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    click(qtbot, dialog.markdown_button)
    markdown = tmp_path / (Path(asked[1]).stem + ".md")
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# Brief for the check-in on ")
    assert "Sent the weekly report a day early" in text
    assert stat.S_IMODE(markdown.stat().st_mode) == 0o600
    assert "not encrypted" in dialog.notice.label.text()
    assert not list(tmp_path.glob("*.part"))


def test_the_brief_is_never_saved_into_the_journal_s_own_folder(
    qtbot: QtBot, tool: CheckInsTool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.files import snapshot

    dialog = open_loaded(qtbot, tool, tool.next_brief_button)
    journal_file = dialog._journal.service.path
    skip = {f"{journal_file.name}-wal", f"{journal_file.name}-shm"}
    before = snapshot(journal_file.parent, skip=skip)
    monkeypatch.setattr(brief_output, "choose_save_path", lambda *_args: journal_file.with_suffix(""))
    assert dialog.save_pdf() is False
    assert "inside the folder where Trustbridge keeps the journal" in dialog.notice.label.text()
    assert dialog.save_markdown() is False
    assert snapshot(journal_file.parent, skip=skip) == before


def test_cancelling_the_file_choice_writes_nothing(qtbot: QtBot, tool: CheckInsTool, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_loaded(qtbot, tool, tool.next_brief_button)
    monkeypatch.setattr(brief_output, "choose_save_path", lambda *_args: None)
    assert dialog.save_pdf() is False
    assert dialog.save_markdown() is False
    assert dialog.notice.isHidden()


def test_print_through_the_patched_print_function(qtbot: QtBot, tool: CheckInsTool, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_loaded(qtbot, tool, tool.next_brief_button)
    target = tmp_path / "printed.pdf"

    def to_pdf_printer(_parent: QWidget, document: QTextDocument) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        document.print_(printer)
        return True

    monkeypatch.setattr(brief_output, "print_document", to_pdf_printer)
    click(qtbot, dialog.print_button)
    assert target.read_bytes().startswith(b"%PDF")
    assert "printer" in dialog.notice.label.text()


def test_copy_puts_markdown_and_html_on_the_clipboard(qtbot: QtBot, tool: CheckInsTool) -> None:
    dialog = open_loaded(qtbot, tool, tool.next_brief_button)
    click(qtbot, dialog.copy_button)
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == dialog.markdown()
    assert "Sent the weekly report a day early" in data.html()


def test_open_brief_on_an_unknown_checkin_says_so_inline(qtbot: QtBot, observed: ObservedJournal) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_brief(observed, parent, "no-such-check-in")
    qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=LOAD_MS)
    assert "Couldn't gather the brief" in dialog.notice.label.text()
    assert not dialog.pdf_button.isEnabled()
    dialog.close()


def test_every_control_has_a_name(qtbot: QtBot, tool: CheckInsTool) -> None:
    dialog = open_loaded(qtbot, tool, tool.next_brief_button)
    for widget in dialog.findChildren(QAbstractButton):
        if widget.isVisibleTo(dialog):
            assert widget.accessibleName() or widget.text(), widget
    assert dialog.entries_list.accessibleName() and dialog.preview.accessibleName()


def test_the_open_brief_follows_a_change_made_elsewhere_and_keeps_the_choice(
        qtbot: QtBot, journal: Journal) -> None:
    import uuid

    from app.domain.changes import Area
    from app.domain.records import MEETING_TAG, EntryDraft, EntryKind

    observed = ObservedJournal(journal)
    dialog = BriefDialog(observed)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=LOAD_MS):
        dialog.load()
    assert dialog.material is not None and dialog.material.entries == ()
    dialog.set_section(BriefSection.PROGRESS, False)  # the person's own choice
    marked = EntryDraft(str(uuid.uuid4()), EntryKind.FREE, "Raise the deadline", tags=(MEETING_TAG,))
    with qtbot.waitSignal(dialog.loaded, timeout=LOAD_MS):  # gathered again: no reopening
        observed.act(Area.ENTRY, lambda j: j.save_entry(marked), origin=object())
    assert [entry.uuid for entry in dialog.material.entries] == [marked.uuid]
    assert dialog.entries_list.item(0).checkState() == Qt.CheckState.Checked
    assert not dialog.section_boxes[BriefSection.PROGRESS].isChecked()
    assert dialog.pdf_button.isEnabled()
    dialog.close()
