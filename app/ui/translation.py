"""The app's language at start: Qt's translators, the locale for dates and numbers, app.i18n.

Chosen once, before the first window is built (a change in Settings applies at the next start):
the person's choice in settings.json, else the computer's languages (QLocale's uiLanguages), else
English. Two translators go in: ours (resources/translations/trustbridge_<lang>.qm, built by
`make`) and Qt's own (qtbase_<lang>.qm from PySide6, so standard buttons speak it too). Text kept
outside Qt classes is translated through app.i18n.translate, which is handed Qt's translate here.

Dates in the UI are written with `locale_date` (QLocale of the app's language, never the
computer's), with a Qt date format that is itself translatable:
`locale_date(day, self.tr("dddd d MMMM"))`.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from app import i18n, i18n_dates
from app.domain.timeline import local_time

log = logging.getLogger(__name__)

TRANSLATIONS_FOLDER = "translations"
OUR_NAME = "trustbridge"  # trustbridge_de.qm
QT_NAME = "qtbase"  # qtbase_de.qm, shipped with PySide6

# The translators in the application now (kept referenced: Qt does not own them).
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    from app.resources import resource_path

    return resource_path(TRANSLATIONS_FOLDER)


def install(language: str) -> str:
    """Speak `language` from now on: app.i18n, the locale, and the translators (if any exist)."""
    remove()
    i18n.use(language)
    language = i18n.current()
    QLocale.setDefault(QLocale(language))
    if language != i18n.FALLBACK:  # English is the source: no translator needed
        app = QCoreApplication.instance()
        for folder, name in ((translations_dir(), OUR_NAME),
                             (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), QT_NAME)):
            translator = QTranslator()
            if translator.load(f"{name}_{language}", str(folder)) and app is not None:
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("no %s translation for %s in %s", name, language, folder)
    i18n.use_translator(_qt_translate if _installed else None)
    return language


def remove() -> None:
    """Back to the source language (English): the tests' way out of another language."""
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    i18n.use_translator(None)
    i18n.use(i18n.FALLBACK)
    QLocale.setDefault(QLocale(i18n.FALLBACK))


def installed() -> int:
    return len(_installed)


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def locale_date(day: date, qt_format: str) -> str:
    """`day` in the app's language, by a Qt date format ("dddd d MMMM yyyy")."""
    return QLocale(i18n.current()).toString(QDate(day.year, day.month, day.day), qt_format)


def when_text(moment: datetime, with_time: bool = True) -> str:
    """A moment in local time, the way a person says it: "Tue 3 Mar, 21:04"."""
    local = local_time(moment)  # in UTC where local time would leave the calendar
    text = i18n_dates.short_date(local.date(), datetime.now().date())
    if not with_time:
        return text
    return i18n.translate("Dates", "{day}, {time}").format(day=text, time=f"{local:%H:%M}")
