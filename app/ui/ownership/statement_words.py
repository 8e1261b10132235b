"""The statement workshop in words: its four parts, how hints and versions read, and speaking time."""

from __future__ import annotations

from datetime import date

from app.domain.statement_checks import Hint
from app.domain.text import first_line
from app.domain.timeline import local_date, local_time
from app.domain.workbench import StatementVersion

HINT_LABELS = {
    "blame": "May sound like blame",
    "hedge": "May sound unsure",
    "absolute": "All or nothing",
    "length": "Length",
}

# (field of StatementParts, label, what belongs there, placeholder)
PARTS: tuple[tuple[str, str, str, str], ...] = (
    ("what_is_true", "What is true",
     "The facts as you see them, plainly, without judging anyone.",
     "What happened, as you would tell it to a fair friend…"),
    ("what_i_own", "What I own",
     "Your share of it, said without excuses.",
     "The part that was mine was…"),
    ("what_i_commit_to", "What I commit to",
     "What you will do from here, as concretely as you can.",
     "From now on I will…"),
    ("what_i_need", "What I need",
     "Support or clarity you would like to ask for.",
     "It would help me to have…"),
)

EMPTY_EXPLANATION = (
    "This is where your ownership statement takes shape. Start with the four parts below; a few "
    "honest sentences in each is plenty. When they feel right, build a draft from them and shape "
    "it until it sounds like you speaking. Save a version whenever you want to keep what you have, "
    "and mark the one you mean to use as final. Nothing here leaves your computer unless you copy "
    "or export it."
)


def speaking_time_text(seconds: int) -> str:
    """"about 55 seconds to say aloud", in whole words a person would use."""
    if seconds <= 0:
        return "Nothing to say aloud yet"
    if seconds < 60:
        return f"About {seconds} second{'s' if seconds != 1 else ''} to say aloud"
    minutes, rest = divmod(seconds, 60)
    minute_text = f"{minutes} minute{'s' if minutes != 1 else ''}"
    if rest == 0:
        return f"About {minute_text} to say aloud"
    return f"About {minute_text} {rest} second{'s' if rest != 1 else ''} to say aloud"


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points. They differ after an emoji."""
    return len(text[:index].encode("utf-16-le")) // 2


def hint_text(hint: Hint) -> str:
    label = HINT_LABELS.get(hint.kind, hint.kind.capitalize())
    phrase = f" “{hint.phrase}”" if hint.phrase else ""
    return f"{label}{phrase}\n{hint.message}"


def version_title(version: StatementVersion) -> str:
    return f"Version {version.number}" + (" (final)" if version.is_final else "")

READ_AGAIN = "Read it again tomorrow"


def written_today(version: StatementVersion, today: date) -> bool:
    """Saved on `today` (the person's local day): it deserves a night's sleep before it is final."""
    return local_date(version.created_at) == today


def version_text(version: StatementVersion, today: date | None = None) -> str:
    """Number, marks, when it was saved and its first line; `today` adds "read it again tomorrow"
    to a version saved today that is not final yet."""
    when = local_time(version.created_at)
    final = "  ★ Final" if version.is_final else ""
    fresh = f" · {READ_AGAIN.lower()}" if today is not None and not version.is_final and \
        written_today(version, today) else ""
    line = first_line(version.text, 80) or "(empty)"
    return f"Version {version.number}{final}\n{when:%a %d %b %Y, %H:%M}{fresh}\n“{line}”"
