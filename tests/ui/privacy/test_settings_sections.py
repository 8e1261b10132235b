"""Settings' sections and the settings they hold beside privacy and backups: appearance, language
and spelling, reminders. Each is reached and changed from the keyboard, saved at once, shown again
when the dialog and the session open anew; the theme and the editors change while the app runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.store.preferences import Preferences, load_preferences, settings_path
from app.ui.privacy.settings_dialog import SettingsDialog, open_settings
from app.ui.privacy.settings_layout import SECTIONS
from app.ui.shell.appearance import apply_appearance
from app.ui.shell.application import make_application
from app.ui.shell.main_window import MainWindow
from app.ui.widgets import editor_style, theme
from app.ui.writing.editor import MarkdownEditor
from tests.ui.conftest import SessionFactory
from tests.ui.privacy.test_settings_text_size import clipped, double_text
from tests.ui.widgets.appearance_state import appearance

pytestmark = pytest.mark.usefixtures(appearance.__name__)

INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QTabBar)


def settings(qtbot: QtBot, window: MainWindow, session: object) -> SettingsDialog:
    dialog = open_settings(session, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def go_to(qtbot: QtBot, dialog: SettingsDialog, section: str) -> None:
    """From the section tabs, with the arrow keys, as a person moves between them."""
    bar = dialog.sections.tabBar()
    bar.setFocus()
    assert bar.hasFocus()
    while dialog.current_section() != section:
        before = dialog.current_section()
        qtbot.keyClick(bar, Qt.Key.Key_Right)
        assert dialog.current_section() != before, f"the arrow keys never reach {section}"


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    widget.setFocus()
    assert widget.hasFocus(), f"{widget.accessibleName()} takes the keyboard"
    qtbot.keyClick(widget, key)


def test_every_new_setting_is_saved_from_the_keyboard_and_shown_again(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, qapp: QApplication
) -> None:
    window, session = open_session()
    dialog = settings(qtbot, window, session)
    assert dialog.current_section() == "privacy"

    go_to(qtbot, dialog, "appearance")
    page = dialog.appearance_page
    press(qtbot, page.theme_combo, Qt.Key.Key_End)
    press(qtbot, page.font_combo, Qt.Key.Key_Down)  # the first of the computer's fonts
    family = page.font_combo.currentData()
    press(qtbot, page.size_spin, Qt.Key.Key_Up)  # from "Default" to the smallest size
    assert load_preferences(data_dir).editor_font_size == 8
    page.size_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.size_spin, "20")
    qtbot.keyClick(page.size_spin, Qt.Key.Key_Return)
    press(qtbot, page.preview_check)

    go_to(qtbot, dialog, "language")
    press(qtbot, dialog.language_page.language_combo, Qt.Key.Key_End)
    press(qtbot, dialog.language_page.spelling_check)

    go_to(qtbot, dialog, "reminders")
    reminders = dialog.reminders_page
    for check in (reminders.evening_check, reminders.checkin_check, reminders.statement_check,
                  reminders.tray_check, reminders.login_check):
        press(qtbot, check)
    press(qtbot, reminders.evening_time, Qt.Key.Key_Up)  # the hour, one later
    reminders.morning_time.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab brings it: the hour selected
    qtbot.keyClicks(reminders.morning_time, "0745")
    qtbot.keyClick(reminders.morning_time, Qt.Key.Key_Return)

    expected = Preferences().with_changes(
        theme="dark", editor_font=family, editor_font_size=20, preview=False, language="de",
        spelling=False, reminder_evening=True, reminder_checkin_eve=True,
        reminder_statement_morning=True, reminder_evening_at="22:00", reminder_morning_at="07:45",
        keep_in_tray=True, start_at_login=True)
    saved = load_preferences(data_dir)
    assert saved == expected.with_changes(welcome_pending=saved.welcome_pending)
    assert session.preferences == saved
    assert not any(page.message.isVisible() for page in dialog.preference_pages)

    dialog.close()
    window.close()
    window, session = open_session()  # the next start: a new window and session on the same folder
    again = settings(qtbot, window, session)
    assert again.appearance_page.theme_combo.currentData() == "dark"
    assert again.appearance_page.font_combo.currentData() == family
    assert again.appearance_page.size_spin.value() == 20
    assert not again.appearance_page.preview_check.isChecked()
    assert again.language_page.language_combo.currentText() == "Deutsch"
    assert not again.language_page.spelling_check.isChecked()
    shown = again.reminders_page
    checks = (shown.evening_check, shown.checkin_check, shown.statement_check, shown.tray_check,
              shown.login_check)
    assert all(check.isChecked() for check in checks)
    assert shown.evening_time.time().toString("HH:mm") == "22:00"
    assert shown.morning_time.time().toString("HH:mm") == "07:45"
    press(qtbot, again.appearance_page.size_spin, Qt.Key.Key_PageDown)
    qtbot.keyClick(again.appearance_page.size_spin, Qt.Key.Key_PageDown)  # back to "Default"
    assert again.appearance_page.size_spin.text() == "Default"
    assert load_preferences(data_dir).editor_font_size == 0


def test_the_theme_and_the_editors_change_at_once_in_the_open_window(
    qtbot: QtBot, open_session: SessionFactory, qapp: QApplication
) -> None:
    window, session = open_session()
    window.show_page("today")
    editors = window.page("today").findChildren(MarkdownEditor)
    assert editors, "Today's entry is an editor"
    editor = editors[0]
    assert window.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT.window)
    dialog = settings(qtbot, window, session)
    go_to(qtbot, dialog, "appearance")
    page = dialog.appearance_page

    press(qtbot, page.theme_combo, Qt.Key.Key_End)  # Dark
    assert theme.current_palette() is theme.DARK
    assert window.palette().color(QPalette.ColorRole.Window) == QColor(theme.DARK.window)
    assert dialog.palette().color(QPalette.ColorRole.Base) == QColor(theme.DARK.surface)
    press(qtbot, page.theme_combo, Qt.Key.Key_Up)  # Light, whatever the computer says
    assert window.palette().color(QPalette.ColorRole.Window) == QColor(theme.LIGHT.window)

    page.size_spin.setFocus()
    page.size_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.size_spin, "24")
    qtbot.keyClick(page.size_spin, Qt.Key.Key_Return)
    assert editor.text_edit.font().pointSize() == 24
    assert page.sample.font().pointSize() == 24, "the sample under the choices shows it too"
    press(qtbot, page.preview_check)
    assert editor.preview_button.isHidden()


def test_the_saved_appearance_is_applied_at_start_before_any_window(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path, qapp: QApplication
) -> None:
    window, session = open_session()
    session.set_preferences(session.preferences.with_changes(theme="dark", editor_font_size=17,
                                                             preview=False))
    window.close()
    theme.use_theme(qapp, "light")  # as a fresh process would be, before reading the settings
    editor_style.set_style(editor_style.EditorStyle())

    saved = load_preferences(data_dir)  # what run_gui does before it builds the window
    quits = qapp.quitOnLastWindowClosed()
    try:
        make_application(["trustbridge"], saved.theme)
    finally:
        qapp.setQuitOnLastWindowClosed(quits)
    apply_appearance(saved)
    assert theme.current_palette() is theme.DARK
    editor = MarkdownEditor("Tonight's entry")
    qtbot.addWidget(editor)
    assert editor.text_edit.font().pointSize() == 17 and editor.preview_button.isHidden()


def test_every_section_is_reached_by_tab_and_every_control_is_named(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    window, session = open_session()
    dialog = settings(qtbot, window, session)
    unnamed = [f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
               for widget in dialog.findChildren(QWidget)
               if isinstance(widget, INTERACTIVE) and not widget.accessibleName().strip()]
    assert unnamed == []

    for section in SECTIONS[1:4]:
        go_to(qtbot, dialog, section)
        page = dialog.sections.currentWidget()
        wanted = {widget for widget in page.findChildren(QWidget)
                  if isinstance(widget, INTERACTIVE) and widget.isVisible()}
        reached: set[QWidget] = set()
        for _ in range(3 * len(wanted) + 4):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            while focused is not None and focused not in wanted and focused is not dialog:
                focused = focused.parentWidget()  # a spin box's or combo box's own line edit
            if focused is not None:
                reached.add(focused)
        assert wanted <= reached, f"{section}: {[w.accessibleName() for w in wanted - reached]}"


def test_a_new_setting_that_cannot_be_saved_goes_back_and_says_why(
    qtbot: QtBot, open_session: SessionFactory, data_dir: Path
) -> None:
    window, session = open_session()
    dialog = settings(qtbot, window, session)
    blocker = settings_path(data_dir)
    blocker.unlink(missing_ok=True)
    blocker.mkdir()  # a folder where the settings file goes: the rename over it fails
    (blocker / "keep").write_text("x")
    go_to(qtbot, dialog, "language")
    page = dialog.language_page
    press(qtbot, page.spelling_check)
    assert page.message.isVisible() and "could not be saved" in page.message.text()
    assert page.spelling_check.isChecked() and session.preferences.spelling


def test_a_section_can_be_opened_directly(qtbot: QtBot, open_session: SessionFactory) -> None:
    window, session = open_session()
    dialog = open_settings(session, window, section="reminders")
    qtbot.addWidget(dialog)
    assert dialog.current_section() == "reminders" and dialog.reminders_page.isVisible()


@pytest.mark.usefixtures(double_text.__name__)
@pytest.mark.parametrize("section", SECTIONS[1:])
def test_no_section_is_clipped_or_scrolls_sideways_at_double_text_size(
    qtbot: QtBot, open_session: SessionFactory, section: str
) -> None:
    window, session = open_session()
    dialog = settings(qtbot, window, session)
    dialog.resize(560, 460)
    go_to(qtbot, dialog, section)
    page = dialog.sections.currentWidget()
    assert isinstance(page, QScrollArea)
    qtbot.waitUntil(lambda: clipped(dialog) == [], timeout=2000)
    assert page.widget().width() <= page.viewport().width(), "nothing scrolls sideways: the text wraps"


def test_other_settings_leave_the_apps_look_alone(
    qtbot: QtBot, open_session: SessionFactory, qapp: QApplication
) -> None:
    _window, session = open_session()
    qapp.setStyleSheet(qapp.styleSheet() + "\n/* as it was */")
    session.set_preferences(session.preferences.with_changes(backups_kept=12, spelling=False))
    assert qapp.styleSheet().endswith("/* as it was */"), "no re-styling of every window for a backup count"
    session.set_preferences(session.preferences.with_changes(theme="dark"))
    assert theme.current_palette() is theme.DARK
