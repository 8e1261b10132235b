"""The Settings dialog's layout: its texts, its sections (tabs) and their controls, no behaviour.

Five sections, each a page of cards: Privacy (encryption, locking), Appearance, Language and
spelling, Reminders (settings_appearance.py, settings_reminders.py) and Backups (backups, the
journal's check). SettingsDialog (settings_dialog.py) builds on this and wires each control to
the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.store.preferences import LOCK_AFTER_CHOICES, MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT
from app.ui.privacy.passphrase_form import PassphraseForm
from app.ui.privacy.settings_appearance import AppearancePage, LanguagePage
from app.ui.privacy.settings_page import PreferencesPage, page_column, scrolling
from app.ui.privacy.settings_page import left as _left
from app.ui.privacy.settings_page import settings_card as _card
from app.ui.privacy.settings_reminders import RemindersPage
from app.ui.widgets.flow_layout import WrapGrid, WrappingRow
from app.ui.widgets.form_fields import field_label, name_parts, push_button, wrapped_label

TITLE = "Settings"
DIALOG_WIDTH = 680
DIALOG_HEIGHT = 680
SECTIONS = ("privacy", "appearance", "language", "reminders", "backups")
PLAIN_STATUS = ("Your journal is not encrypted. Anyone who can use this computer's account, or gets a copy "
                "of its files, can read what you wrote.")
ENCRYPTED_STATUS = ("Your journal is encrypted. Without your passphrase or your recovery code, its files "
                    "and its backups can't be read.")
PLAIN_ABOUT = (
    "Encryption turns the journal file and its backups into unreadable data that only your passphrase "
    "opens. What it asks of you: you type the passphrase each time Trustbridge starts, and if you forget "
    "it, the only way back in is the recovery code you get when you turn it on. Exports stay plain files."
)
ENCRYPTED_ABOUT = (
    "You can change your passphrase at any time; it takes a moment, whatever the size of your journal. "
    "A new recovery code replaces the old one, which stops working."
)
LOCK_NEEDS_PASSPHRASE = ("Locking needs a passphrase to unlock with, so these settings work once your "
                         "journal is encrypted.")
TURN_OFF_DETAILS = ("After this, anyone with access to this computer's account can open the journal file "
                    "and its backups and read them. You can turn encryption on again later.")


def minutes_text(minutes: int) -> str:
    """How a lock-after choice reads in the list."""
    if minutes == 0:
        return "Never"
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


STILL_WORKING = "Still working on it. This window can close once it has finished."



class SettingsLayout(QDialog):
    """The settings' widgets, in sections (tabs) over a Close button. Layout only: SettingsDialog
    wires them to the session."""

    def __init__(self, backups_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opened_by: dict[PassphraseForm, QPushButton] = {}  # each form, and the button that opens it
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.resize(DIALOG_WIDTH, DIALOG_HEIGHT)

        privacy = QWidget()
        column = page_column(privacy)
        column.addWidget(self._privacy_card())
        column.addWidget(self._locking_card())
        column.addStretch(1)
        self.scroll_area = scrolling(QScrollArea(), privacy, "Privacy")  # the privacy section

        backups = QWidget()
        column = page_column(backups)
        column.addWidget(self._backups_card(backups_folder))
        self.check_card = self._check_card()
        column.addWidget(self.check_card)
        column.addStretch(1)
        self.backups_page = scrolling(QScrollArea(), backups, "Backups")

        self.appearance_page = AppearancePage()
        self.language_page = LanguagePage()
        self.reminders_page = RemindersPage()
        self.preference_pages: list[PreferencesPage] = [self.appearance_page, self.language_page,
                                                        self.reminders_page]
        self.sections = QTabWidget()
        self.sections.setObjectName("settingsSections")
        self.sections.setDocumentMode(True)
        # translated in this class's context: self.tr would use the subclass's name (SettingsDialog)
        translate = QCoreApplication.translate
        self.sections.tabBar().setAccessibleName(translate("SettingsLayout", "Settings sections"))
        self.sections.tabBar().setExpanding(False)
        self.sections.tabBar().setDrawBase(False)
        for page, title in ((self.scroll_area, translate("SettingsLayout", "Privacy")),
                            (self.appearance_page, translate("SettingsLayout", "Appearance")),
                            (self.language_page, translate("SettingsLayout", "Language and spelling")),
                            (self.reminders_page, translate("SettingsLayout", "Reminders")),
                            (self.backups_page, translate("SettingsLayout", "Backups"))):
            self.sections.addTab(page, title)

        self.close_button = push_button("Close", "Close settings")
        self.close_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(20, 8, 20, 16)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sections, 1)
        layout.addLayout(bottom)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter belongs to the field it is typed in, never to a button

    def show_section(self, section: str) -> None:
        """Bring a section forward by its key (SECTIONS): "privacy", "appearance", …"""
        if section in SECTIONS:
            self.sections.setCurrentIndex(SECTIONS.index(section))

    def current_section(self) -> str:
        return SECTIONS[self.sections.currentIndex()]

    def _privacy_card(self) -> QFrame:
        section, layout = _card("Privacy")
        self.privacy_status = wrapped_label("", "settingsStatus")
        self.privacy_status.setAccessibleName("Encryption status")
        layout.addWidget(self.privacy_status)

        self.plain_part = QWidget()
        plain = QVBoxLayout(self.plain_part)
        plain.setContentsMargins(0, 0, 0, 0)
        plain.setSpacing(10)
        plain.addWidget(wrapped_label(PLAIN_ABOUT, "muted"))
        self.turn_on_button = push_button("Turn on encryption…", "Turn on encryption")
        self.turn_on_form = PassphraseForm(
            name="Turn on encryption", action="Encrypt my journal", ask_current=False, ask_new=True,
            new_label="&Passphrase",
        )
        plain.addWidget(_left(self.turn_on_button))
        plain.addWidget(self.turn_on_form)
        layout.addWidget(self.plain_part)

        self.encrypted_part = QWidget()
        encrypted = QVBoxLayout(self.encrypted_part)
        encrypted.setContentsMargins(0, 0, 0, 0)
        encrypted.setSpacing(10)
        encrypted.addWidget(wrapped_label(ENCRYPTED_ABOUT, "muted"))
        self.change_button = push_button("Change passphrase…", "Change passphrase")
        self.recovery_button = push_button("New recovery code…", "Make a new recovery code")
        self.turn_off_button = push_button("Turn off encryption…", "Turn off encryption")
        actions = WrapGrid(spacing=10, max_columns=3)
        for button in (self.change_button, self.recovery_button, self.turn_off_button):
            actions.add(button)
        encrypted.addWidget(actions)
        self.change_form = PassphraseForm(
            name="Change passphrase", action="Change passphrase", ask_current=True, ask_new=True)
        self.recovery_form = PassphraseForm(
            name="New recovery code", action="Make a new code", ask_current=True, ask_new=False)
        self.turn_off_form = PassphraseForm(
            name="Turn off encryption", action="Turn off encryption", ask_current=True, ask_new=False)
        for form in (self.change_form, self.recovery_form, self.turn_off_form):
            encrypted.addWidget(form)
        layout.addWidget(self.encrypted_part)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: the session can't tell how far along it is
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName("Working")
        self.progress_bar.hide()
        self.progress_label = wrapped_label("", "muted")
        self.progress_label.setAccessibleName("Progress")
        self.progress_label.hide()
        self.result_label = wrapped_label("", "saveStatus")
        self.result_label.setAccessibleName("Privacy result")
        self.result_label.hide()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_label)

        for button, form in (
            (self.turn_on_button, self.turn_on_form),
            (self.change_button, self.change_form),
            (self.recovery_button, self.recovery_form),
            (self.turn_off_button, self.turn_off_form),
        ):
            self.opened_by[form] = button
            form.hide()
        return section

    def _locking_card(self) -> QFrame:
        section, layout = _card("Locking")
        self.lock_explain = wrapped_label(LOCK_NEEDS_PASSPHRASE, "muted")
        self.lock_explain.setAccessibleName("Why locking is off")
        self.lock_combo = QComboBox()
        for minutes in LOCK_AFTER_CHOICES:
            self.lock_combo.addItem(minutes_text(minutes), minutes)
        name_parts(self.lock_combo, "Lock after this long without typing or clicking")
        lock_label = field_label("&Lock after this long without typing or clicking", self.lock_combo)
        self.lock_with_computer = QCheckBox("Lock &when this computer locks")
        self.lock_with_computer.setAccessibleName("Lock when this computer locks")
        self.lock_message = wrapped_label("", "saveStatus")
        self.lock_message.setAccessibleName("Locking settings message")
        self.lock_message.hide()
        layout.addWidget(self.lock_explain)
        layout.addWidget(lock_label)
        layout.addWidget(_left(self.lock_combo))
        layout.addWidget(self.lock_with_computer)
        layout.addWidget(wrapped_label("Ctrl+L locks the journal at any time.", "muted"))
        layout.addWidget(self.lock_message)
        return section

    def _backups_card(self, backups_folder: Path) -> QFrame:
        section, layout = _card("Backups")
        layout.addWidget(wrapped_label(
            "Trustbridge backs your journal up when you close it, at most once a day, and checks each "
            "backup before older ones are let go.", "muted"))
        self.backups_spin = QSpinBox()
        self.backups_spin.setRange(MIN_BACKUPS_KEPT, MAX_BACKUPS_KEPT)
        self.backups_spin.setKeyboardTracking(False)  # saved when typing is done, not at every digit
        name_parts(self.backups_spin, "Keep the newest automatic backups, how many")
        keep_label = field_label("&Keep the newest", self.backups_spin)
        keep_label.setWordWrap(False)  # three words beside the box: wrapping only stacks them
        # one line where it fits; at large text in a narrow window, "automatic backups" goes under
        layout.addWidget(WrappingRow([keep_label, self.backups_spin, QLabel("automatic backups")]))
        where = backups_folder
        layout.addWidget(wrapped_label("They are kept in this folder:", "cardHeading"))
        self.backups_path = wrapped_label(str(where), "backupsPath")
        self.backups_path.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.backups_path.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.backups_path.setAccessibleName("Backups folder")
        layout.addWidget(self.backups_path)
        self.backups_message = wrapped_label("", "saveStatus")
        self.backups_message.setAccessibleName("Backups settings message")
        self.backups_message.hide()
        layout.addWidget(self.backups_message)
        self.backups_button = push_button("&Backups…", "See and restore backups")
        layout.addWidget(_left(self.backups_button))
        return section


    def _check_card(self) -> QFrame:
        section, layout = _card("Checking the journal")
        layout.addWidget(wrapped_label(
            "Once a week Trustbridge reads your whole journal file in the background to make sure "
            "every part of it can still be read. You can also check it now; nothing is changed.", "muted"))
        self.check_message = wrapped_label("", "saveStatus")
        self.check_message.setAccessibleName("What the check found")
        self.check_message.hide()
        layout.addWidget(self.check_message)
        self.check_button = push_button("C&heck the journal now", "Check the journal file now")
        layout.addWidget(_left(self.check_button))
        return section
