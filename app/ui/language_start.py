"""Which language the app speaks, chosen at start before the first window (its texts are made once).

Kept apart from translation.py: English is the source and needs no translator, so an English start
never loads the translation module and what it brings (the first paint waits for every import).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale

from app import i18n


def start_language(choice: str) -> str:
    """Speak the language chosen in Settings, else the computer's first one we have; returns it."""
    language = i18n.resolve(choice, QLocale.system().uiLanguages())
    if language == i18n.FALLBACK and "app.ui.translation" not in sys.modules:  # nothing installed yet
        i18n.use(language)
        QLocale.setDefault(QLocale(language))  # English dates and numbers, whatever the computer's
        return language
    from app.ui.translation import install

    install(language)
    return language
