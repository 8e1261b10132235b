"""Settings → Reminders: which gentle reminders come and when, the tray, and starting at login.

Only saved here (each the moment it changes); the reminders, the tray and the login start act on
them when the session says its settings changed (preferences_applied).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QTimeEdit, QWidget

from app.store.preferences import Preferences
from app.ui.privacy.settings_page import PreferencesPage, note, quietly, settings_card, wrapping_check
from app.ui.widgets import desktop_abilities
from app.ui.widgets.flow_layout import WrappingRow
from app.ui.widgets.form_fields import field_label, name_parts

TIME_FORMAT = "HH:mm"  # how Qt writes the settings' "HH:MM"


def time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat(TIME_FORMAT)
    edit.setKeyboardTracking(False)  # saved when typing is done, not at every digit
    name_parts(edit, name)
    return edit


class RemindersPage(PreferencesPage):
    """The evening reminder, the two reminders of a day ahead, and how Trustbridge stays around."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self._rows: dict[QCheckBox, QWidget] = {}  # each check box's row, words wrapped beside it
        section, layout = settings_card(self.tr("Reminders"))
        layout.addWidget(note(self.tr("Trustbridge can remind you gently, with a note from your desktop. "
                                      "A reminder never shows what you wrote.")))
        self.evening_check = self._check(self.tr("&Evening reminder, for tonight's entry"),
                                         self.tr("Evening reminder"))
        self.checkin_check = self._check(self.tr("The evening before a &check-in, to prepare your brief"),
                                         self.tr("The evening before a check-in"))
        self.evening_time = time_edit(self.tr("Evening reminder time"))
        evening_label = field_label(self.tr("E&venings at"), self.evening_time)
        evening_label.setWordWrap(False)  # two words beside their box
        self.statement_check = self._check(self.tr("The &morning of the day you'll say your statement"),
                                           self.tr("The morning of the day you'll say your statement"))
        self.morning_time = time_edit(self.tr("Morning reminder time"))
        morning_label = field_label(self.tr("M&ornings at"), self.morning_time)
        morning_label.setWordWrap(False)
        layout.addWidget(self._rows[self.evening_check])
        layout.addWidget(self._rows[self.checkin_check])
        layout.addWidget(WrappingRow([evening_label, self.evening_time]))
        layout.addWidget(note(self.tr("The reminder before a check-in comes at the evening time too.")))
        layout.addWidget(self._rows[self.statement_check])
        layout.addWidget(WrappingRow([morning_label, self.morning_time]))
        if not desktop_abilities.can_remind():  # saved all the same, for a desktop that can show them
            layout.addWidget(note(QCoreApplication.translate("DesktopAbilities",
                                                             desktop_abilities.NO_NOTIFICATIONS)))
        self.column.addWidget(section)

        section, layout = settings_card(self.tr("When the window closes"))
        self.tray_check = self._check(self.tr("&Keep Trustbridge in the tray when the window closes"),
                                      self.tr("Keep Trustbridge in the tray when the window closes"))
        self.login_check = self._check(self.tr("&Start Trustbridge when I log in"),
                                       self.tr("Start Trustbridge when I log in"))
        layout.addWidget(self._rows[self.tray_check])
        layout.addWidget(note(self.tr("Reminders come only while Trustbridge is running. The tray is the "
                                      "row of small icons on your desktop's panel; not every desktop has "
                                      "one.")))
        if not desktop_abilities.tray_available():  # the window then closes as usual (desktop_presence)
            layout.addWidget(note(QCoreApplication.translate("DesktopAbilities", desktop_abilities.NO_TRAY)))
        layout.addWidget(self._rows[self.login_check])
        if not desktop_abilities.AUTOSTART_SUPPORTED:
            self.login_check.setEnabled(False)
            layout.addWidget(note(QCoreApplication.translate("DesktopAbilities",
                                                             desktop_abilities.AUTOSTART_ELSEWHERE)))
        self.column.addWidget(section)
        self.finish()
        self._wire()

    def _check(self, text: str, name: str) -> QCheckBox:
        check, self._rows[check] = wrapping_check(text, name)
        return check

    def _wire(self) -> None:
        for check, setting in ((self.evening_check, "reminder_evening"),
                               (self.checkin_check, "reminder_checkin_eve"),
                               (self.statement_check, "reminder_statement_morning"),
                               (self.tray_check, "keep_in_tray"),
                               (self.login_check, "start_at_login")):
            check.toggled.connect(lambda on, setting=setting: self.ask(
                lambda saved: saved.with_changes(**{setting: on})))
        for edit, setting in ((self.evening_time, "reminder_evening_at"),
                              (self.morning_time, "reminder_morning_at")):
            edit.timeChanged.connect(lambda at, setting=setting: self.ask(
                lambda saved: saved.with_changes(**{setting: at.toString(TIME_FORMAT)})))

    def show_preferences(self, preferences: Preferences) -> None:
        def show() -> None:
            self.evening_check.setChecked(preferences.reminder_evening)
            self.checkin_check.setChecked(preferences.reminder_checkin_eve)
            self.statement_check.setChecked(preferences.reminder_statement_morning)
            self.evening_time.setTime(QTime.fromString(preferences.reminder_evening_at, TIME_FORMAT))
            self.morning_time.setTime(QTime.fromString(preferences.reminder_morning_at, TIME_FORMAT))
            self.tray_check.setChecked(preferences.keep_in_tray)
            self.login_check.setChecked(preferences.start_at_login)

        quietly([self.evening_check, self.checkin_check, self.statement_check, self.evening_time,
                 self.morning_time, self.tray_check, self.login_check], show)
