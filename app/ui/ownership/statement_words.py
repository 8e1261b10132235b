"""The statement workshop in words: its four parts, how hints and versions read, and speaking time."""

from __future__ import annotations

from datetime import date

from app.domain.statement_checks import Hint
from app.domain.text import first_line
from app.domain.timeline import local_date, local_time
from app.domain.workbench import StatementVersion
from app.i18n import QT_TRANSLATE_NOOP, Plural, Words, translate
from app.i18n_dates import date_words

HINT_LABELS = Words("StatementWords", {
    "blame": QT_TRANSLATE_NOOP("StatementWords", "May sound like blame"),
    "hedge": QT_TRANSLATE_NOOP("StatementWords", "May sound unsure"),
    "absolute": QT_TRANSLATE_NOOP("StatementWords", "All or nothing"),
    "length": QT_TRANSLATE_NOOP("StatementWords", "Length"),
})

# (field of StatementParts, label, what belongs there, placeholder)
PARTS: tuple[tuple[str, str, str, str], ...] = (
    ("what_is_true", QT_TRANSLATE_NOOP("StatementWords", "What is true"),
     QT_TRANSLATE_NOOP("StatementWords", "The facts as you see them, plainly, without judging anyone."),
     QT_TRANSLATE_NOOP("StatementWords", "What happened, as you would tell it to a fair friend…")),
    ("what_i_own", QT_TRANSLATE_NOOP("StatementWords", "What I own"),
     QT_TRANSLATE_NOOP("StatementWords", "Your share of it, said without excuses."),
     QT_TRANSLATE_NOOP("StatementWords", "The part that was mine was…")),
    ("what_i_commit_to", QT_TRANSLATE_NOOP("StatementWords", "What I commit to"),
     QT_TRANSLATE_NOOP("StatementWords", "What you will do from here, as concretely as you can."),
     QT_TRANSLATE_NOOP("StatementWords", "From now on I will…")),
    ("what_i_need", QT_TRANSLATE_NOOP("StatementWords", "What I need"),
     QT_TRANSLATE_NOOP("StatementWords", "Support or clarity you would like to ask for."),
     QT_TRANSLATE_NOOP("StatementWords", "It would help me to have…")),
)

EMPTY_EXPLANATION = QT_TRANSLATE_NOOP(
    "StatementWords",
    "This is where your ownership statement takes shape. Start with the four parts below; a few "
    "honest sentences in each is plenty. When they feel right, build a draft from them and shape "
    "it until it sounds like you speaking. Save a version whenever you want to keep what you have, "
    "and mark the one you mean to use as final. Nothing here leaves your computer unless you copy "
    "or export it.",
)


def speaking_time_text(seconds: int) -> str:
    """"about 55 seconds to say aloud", in whole words a person would use."""
    if seconds <= 0:
        return translate("StatementWords", "Nothing to say aloud yet")
    if seconds < 60:
        if seconds == 1:
            return translate("StatementWords", "About 1 second to say aloud")
        return Plural.tr("About %n seconds to say aloud", "", seconds)
    minutes, rest = divmod(seconds, 60)
    minute_text = translate("StatementWords",
                            "1 minute") if minutes == 1 else Plural.tr("%n minutes", "", minutes)
    if rest == 0:
        return translate("StatementWords", "About {minutes} to say aloud").format(minutes=minute_text)
    second_text = translate("StatementWords", "1 second") if rest == 1 else Plural.tr("%n seconds", "", rest)
    return translate("StatementWords", "About {minutes} {seconds} to say aloud").format(minutes=minute_text,
                                                                                       seconds=second_text)


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points. They differ after an emoji."""
    return len(text[:index].encode("utf-16-le")) // 2


def hint_text(hint: Hint) -> str:
    label = HINT_LABELS[hint.kind] if hint.kind in HINT_LABELS else hint.kind.capitalize()
    phrase = f" “{hint.phrase}”" if hint.phrase else ""
    return f"{label}{phrase}\n{hint.message}"


def version_title(version: StatementVersion) -> str:
    if version.is_final:
        return translate("StatementWords", "Version {number} (final)").format(number=version.number)
    return translate("StatementWords", "Version {number}").format(number=version.number)


READ_AGAIN = QT_TRANSLATE_NOOP("StatementWords", "Read it again tomorrow")


def written_today(version: StatementVersion, today: date) -> bool:
    """Saved on `today` (the person's local day): it deserves a night's sleep before it is final."""
    return local_date(version.created_at) == today


def version_text(version: StatementVersion, today: date | None = None) -> str:
    """Number, marks, when it was saved and its first line; `today` adds "read it again tomorrow"
    to a version saved today that is not final yet."""
    when = local_time(version.created_at)
    final = translate("StatementWords", "  ★ Final") if version.is_final else ""
    fresh = translate("StatementWords", " · read it again tomorrow") if today is not None and \
        not version.is_final and written_today(version, today) else ""
    line = first_line(version.text, 80) or translate("StatementWords", "(empty)")
    saved = date_words(when.date(), translate("StatementWords", "%a %d %b %Y")) + f", {when:%H:%M}"
    return translate("StatementWords", "Version {number}{final}\n{saved}{fresh}\n“{line}”").format(
        number=version.number, final=final, saved=saved, fresh=fresh, line=line)
