"""Day and month names in the language spoken (app.i18n), without Qt: the exports, the domain.

The UI writes dates with QLocale (app/ui/translation.locale_date); what has no Qt (the Markdown
and HTML exports, the plan report, the domain's headings) writes them here, from a small table
per language rather than the C library's locale (which Python leaves at "C", and which would
follow the computer, not the app) or a new dependency (Babel) for two languages' twelve months
and seven days. The format is strftime's, itself translatable, so the order follows the language:

    date_words(day, translate("Dates", "%A %-d %B %Y"))  # "Tuesday 8 December 2026"
    # German translates the format to "%A, %-d. %B %Y": "Dienstag, 8. Dezember 2026"
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app import i18n
from app.i18n import Plural

_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
_SHORT_DAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
}
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
}


def _table(tables: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    return tables.get(i18n.current(), tables[i18n.FALLBACK])


def day_name(day: date, short: bool = False) -> str:
    return _table(_SHORT_DAYS if short else _DAYS)[day.weekday()]


def month_name(month: int, short: bool = False) -> str:
    return _table(_SHORT_MONTHS if short else _MONTHS)[month - 1]


def date_words(day: date, form: str) -> str:
    """`day` by a strftime format whose names (%A %a %B %b) are in the language spoken; "%-d" is
    the day without a leading zero on every platform. Other fields are strftime's own."""
    names = {
        "%A": day_name(day), "%a": day_name(day, short=True),
        "%B": month_name(day.month), "%b": month_name(day.month, short=True),
        "%-d": str(day.day), "%%": "%%",
    }
    parts: list[str] = []
    index = 0
    while index < len(form):
        field = form[index:index + 3] if form.startswith("%-", index) else form[index:index + 2]
        if field in names:
            name = names[field]
            parts.append(name if field == "%%" else name.replace("%", "%%"))
            index += len(field)
        else:
            parts.append(form[index])
            index += 1
    return day.strftime("".join(parts))


def number(value: float, decimals: int) -> str:
    """A number with `decimals` places and its thousands grouped, as the language spoken writes it
    ("8,000", "2.5"; German "8.000", "2,5")."""
    text = f"{value:,.{decimals}f}"
    return text.translate(str.maketrans(",.", ".,")) if i18n.current() == "de" else text


# -- days and moments the way a person says them (app/ui/widgets/day_words.py's words, translated) --


def short_date(day: date, today: date | None = None) -> str:
    """'Thu 12 Mar', with the year only when it is not this year."""
    if today is None or day.year != today.year:
        return date_words(day, i18n.translate("Dates", "%a %-d %b %Y"))
    return date_words(day, i18n.translate("Dates", "%a %-d %b"))


def relative_days(days: int) -> str:
    """'today', 'tomorrow', 'in 3 days', '2 days ago'."""
    if days == 0:
        return i18n.translate("Dates", "today")
    if days == 1:
        return i18n.translate("Dates", "tomorrow")
    if days == -1:
        return i18n.translate("Dates", "yesterday")
    if days > 1:
        return Plural.tr("in %n days", "", days)
    return Plural.tr("%n days ago", "", -days)


def day_text(day: date) -> str:
    """A day written out in full: "3 March 2026"."""
    return date_words(day, i18n.translate("Dates", "%-d %B %Y"))
