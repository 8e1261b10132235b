"""The recovery code dialog: the code readable and printable, and no way past it without a tick or a yes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.store.keys import generate_recovery_code, normalise_recovery_code
from app.ui.privacy.recovery_code_dialog import RecoveryCodeDialog, spaced_code
from tests.ui.conftest import MessageLog


def shown(qtbot: QtBot, code: str) -> RecoveryCodeDialog:
    dialog = RecoveryCodeDialog(code)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_the_code_is_shown_in_groups_of_five_and_reads_back_as_the_same_code(qtbot: QtBot) -> None:
    code = generate_recovery_code()
    dialog = shown(qtbot, code)
    groups = dialog.code_label.text().split()
    assert len(groups) == 6 and all(len(group) == 5 for group in groups)
    assert normalise_recovery_code(dialog.code_label.text()) == normalise_recovery_code(code)
    assert dialog.code_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.code_label.font().fixedPitch() or dialog.code_label.font().styleHint() != 0
    assert spaced_code("ABCDE-FGHJK") == "ABCDE FGHJK"
    assert dialog.code_label.text().count("\n") == 1  # two lines of three groups


def test_done_waits_for_the_tick_and_then_closes_the_dialog(qtbot: QtBot, message_log: MessageLog) -> None:
    dialog = shown(qtbot, generate_recovery_code())
    assert not dialog.done_button.isEnabled()
    dialog.kept_box.setFocus()
    qtbot.keyClick(dialog.kept_box, Qt.Key.Key_Space)  # ticked from the keyboard
    assert dialog.kept_box.isChecked() and dialog.done_button.isEnabled()
    qtbot.keyClick(dialog.kept_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.done_button
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.done_button, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted and message_log.calls == []


def test_escape_before_the_tick_asks_and_stays_unless_the_person_says_close(
    qtbot: QtBot, message_log: MessageLog
) -> None:
    dialog = shown(qtbot, generate_recovery_code())
    dialog.copy_button.setFocus()
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Escape)
    assert message_log.names() == ["confirm"] and dialog.isVisible()
    assert "can't show this code again" in message_log.calls[0][1][3]

    message_log.confirm = True
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_after_the_tick_closes_without_asking(qtbot: QtBot, message_log: MessageLog) -> None:
    dialog = shown(qtbot, generate_recovery_code())
    dialog.kept_box.setChecked(True)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.kept_box, Qt.Key.Key_Escape)
    assert message_log.calls == []


def test_copy_puts_the_code_on_the_clipboard(qtbot: QtBot) -> None:
    code = generate_recovery_code()
    dialog = shown(qtbot, code)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    assert QGuiApplication.clipboard().mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert dialog.status_label.isVisible() and "Copied" in dialog.status_label.text()
    dialog.kept_box.setChecked(True)
    dialog.done(0)
    assert QGuiApplication.clipboard().text() == ""  # not left behind once the window closes


def test_closing_leaves_other_clipboard_text_alone(qtbot: QtBot) -> None:
    dialog = shown(qtbot, generate_recovery_code())
    QGuiApplication.clipboard().setText("something the person copied later")
    dialog.done(0)
    assert QGuiApplication.clipboard().text() == "something the person copied later"


def test_print_lays_the_code_out_on_a_page(qtbot: QtBot, tmp_path: Path) -> None:
    code = generate_recovery_code()
    dialog = shown(qtbot, code)
    pdf = tmp_path / "code.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    dialog.print_to(printer)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert spaced_code(code) in dialog.page_document().toPlainText()


def test_the_print_button_opens_the_print_dialog_and_prints_what_it_chooses(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = shown(qtbot, generate_recovery_code())
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QPrintDialog) is not None)
    chooser = dialog.findChild(QPrintDialog)
    assert isinstance(chooser, QPrintDialog) and chooser.isVisible()
    pdf = tmp_path / "printed.pdf"
    file_name = chooser.findChild(QLineEdit, "filename")  # this machine has no printer: print to a file
    assert isinstance(file_name, QLineEdit) and file_name.isVisible()
    file_name.setText(str(pdf))
    chooser.accept()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "printer" in dialog.status_label.text()


def test_every_control_is_named(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QAbstractButton

    dialog = shown(qtbot, generate_recovery_code())
    controls: list[QWidget] = [*dialog.findChildren(QAbstractButton), dialog.code_label]
    assert [c for c in controls if not c.accessibleName()] == []
