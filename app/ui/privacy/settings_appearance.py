"""Settings → Appearance (theme, the editors' font, size and preview) and Language & spelling.

Each control saves the moment it changes (PreferencesPage); what the saved settings do to the app
is app/ui/shell/appearance.py's part (the theme and the editors change at once), the language's
at the next start (app/i18n.py), the spelling's in the editors.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSpinBox, QWidget

from app.i18n import LANGUAGE_NAMES
from app.store.preferences import EDITOR_FONT_SIZES, Preferences
from app.ui.privacy.settings_page import PreferencesPage, left, note, quietly, settings_card, wrapping_check
from app.ui.widgets import editor_style
from app.ui.widgets.form_fields import field_label, name_parts

_DEFAULT_SIZE = min(EDITOR_FONT_SIZES) - 1  # the spin box's lowest step, shown as "Default" and saved as 0


def font_families() -> list[str]:
    """The computer's font families a person would pick (not the hidden ones a system keeps)."""
    return [family for family in QFontDatabase.families() if not family.startswith(".")]


class AppearancePage(PreferencesPage):
    """Light or dark, and how the writing looks in every editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appearance"), parent)
        self._theme_card()
        self._writing_card()
        self.finish()
        self.theme_combo.currentIndexChanged.connect(self._theme_chosen)
        self.font_combo.currentIndexChanged.connect(self._font_chosen)
        self.size_spin.valueChanged.connect(self._size_chosen)
        self.preview_check.toggled.connect(lambda on: self.ask(lambda saved: saved.with_changes(preview=on)))

    def _theme_card(self) -> None:
        section, layout = settings_card(self.tr("Theme"))
        self.theme_combo = QComboBox()
        for key, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                          ("dark", self.tr("Dark"))):
            self.theme_combo.addItem(text, key)
        name_parts(self.theme_combo, self.tr("Theme"))
        layout.addWidget(field_label(self.tr("&Light or dark"), self.theme_combo))
        layout.addWidget(left(self.theme_combo))
        layout.addWidget(note(self.tr("Follow the system turns light or dark with your computer.")))
        self.column.addWidget(section)

    def _writing_card(self) -> None:
        section, layout = settings_card(self.tr("Writing"))
        self.font_combo = QComboBox()
        self.font_combo.addItem(self.tr("Trustbridge's own"), "")
        for family in font_families():
            self.font_combo.addItem(family, family)
        self.font_combo.setMaxVisibleItems(16)
        name_parts(self.font_combo, self.tr("Font in the editors"))
        layout.addWidget(field_label(self.tr("&Font in the editors"), self.font_combo))
        layout.addWidget(left(self.font_combo))

        self.size_spin = QSpinBox()
        self.size_spin.setRange(_DEFAULT_SIZE, max(EDITOR_FONT_SIZES))
        self.size_spin.setSpecialValueText(self.tr("Default"))
        self.size_spin.setSuffix(self.tr(" pt"))
        self.size_spin.setKeyboardTracking(False)  # saved when typing is done, not at every digit
        name_parts(self.size_spin, self.tr("Text size in the editors"))
        layout.addWidget(field_label(self.tr("Text &size in the editors"), self.size_spin))
        layout.addWidget(left(self.size_spin))
        layout.addWidget(self._sample())

        self.preview_check, row = wrapping_check(self.tr("Offer the rendered &preview in editors"),
                                                 self.tr("Offer the rendered preview in editors"))
        layout.addWidget(row)
        layout.addWidget(note(self.tr("The preview shows your Markdown as it reads: headings, lists, "
                                      "bold. Ctrl+Shift+P switches to it and back.")))
        self.column.addWidget(section)

    def _sample(self) -> QPlainTextEdit:
        """A few words as the editors show them, changing with the font and size as they are saved."""
        sample = QPlainTextEdit(self.tr("Long day. The meeting went better than I feared."))
        sample.setObjectName("markdownEditor")  # the editors' own look
        sample.setReadOnly(True)
        sample.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sample.setAccessibleName(self.tr("How your writing will look"))
        sample.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sample.setFixedHeight(sample.fontMetrics().lineSpacing() * 2 + 40)
        editor_style.follow(sample, lambda style: self._show_sample(sample, style))
        self.sample = sample
        return sample

    @staticmethod
    def _show_sample(sample: QPlainTextEdit, style: editor_style.EditorStyle) -> None:
        editor_style.use_font(sample, style)
        sample.setFixedHeight(sample.fontMetrics().lineSpacing() * 2 + 40)  # two lines at any size

    def show_preferences(self, preferences: Preferences) -> None:
        def show() -> None:
            self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(preferences.theme), 0))
            family = preferences.editor_font
            if family and self.font_combo.findData(family) < 0:  # saved, but not on this computer now
                self.font_combo.addItem(family, family)
            self.font_combo.setCurrentIndex(max(self.font_combo.findData(family), 0))
            self.size_spin.setValue(preferences.editor_font_size or _DEFAULT_SIZE)
            self.preview_check.setChecked(preferences.preview)

        quietly([self.theme_combo, self.font_combo, self.size_spin, self.preview_check], show)

    def _theme_chosen(self, index: int) -> None:
        theme = self.theme_combo.itemData(index)
        if isinstance(theme, str):
            self.ask(lambda saved: saved.with_changes(theme=theme))

    def _font_chosen(self, index: int) -> None:
        family = self.font_combo.itemData(index)
        if isinstance(family, str):
            self.ask(lambda saved: saved.with_changes(editor_font=family))

    def _size_chosen(self, size: int) -> None:
        points = 0 if size <= _DEFAULT_SIZE else size
        self.ask(lambda saved: saved.with_changes(editor_font_size=points))


class LanguagePage(PreferencesPage):
    """The language Trustbridge speaks (from the next start) and the spelling underline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Language and spelling"), parent)
        section, layout = settings_card(self.tr("Language"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Follow the system"), "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)  # each language by its own name
        name_parts(self.language_combo, self.tr("Language"))
        layout.addWidget(field_label(self.tr("&Show Trustbridge in"), self.language_combo))
        layout.addWidget(left(self.language_combo))
        layout.addWidget(note(self.tr("A new language applies the next time Trustbridge starts."),
                              self.tr("When the language changes")))
        self.column.addWidget(section)

        section, layout = settings_card(self.tr("Spelling"))
        self.spelling_check, row = wrapping_check(self.tr("&Underline spelling mistakes"),
                                                  self.tr("Underline spelling mistakes"))
        layout.addWidget(row)
        layout.addWidget(note(self.tr("Right-click an underlined word for suggestions, or to add it to "
                                      "your own dictionary. Checking happens on this computer only.")))
        self.column.addWidget(section)
        self.finish()
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.spelling_check.toggled.connect(
            lambda on: self.ask(lambda saved: saved.with_changes(spelling=on)))

    def show_preferences(self, preferences: Preferences) -> None:
        def show() -> None:
            index = self.language_combo.findData(preferences.language)
            self.language_combo.setCurrentIndex(max(index, 0))
            self.spelling_check.setChecked(preferences.spelling)

        quietly([self.language_combo, self.spelling_check], show)

    def _language_chosen(self, index: int) -> None:
        language = self.language_combo.itemData(index)
        if isinstance(language, str):
            self.ask(lambda saved: saved.with_changes(language=language))
