"""How a meeting reads in the Check-ins tool: when it is, how far away, and where it stands."""

from __future__ import annotations

from datetime import datetime

from app.domain.schedule import countdown_text, short_day
from app.domain.timeline import local_date, local_time
from app.domain.workbench import CheckIn
from app.i18n import Plural, translate
from app.ui.checkins.checkin_rows import rating_text


def meeting_when(checkin: CheckIn) -> str:
    """When a check-in is, in the person's local time: "Thu 12 Mar 2026, 10:00"."""
    local = local_time(checkin.scheduled_at)  # in UTC where local time would leave the calendar
    return translate("MeetingWords", "{day}, {time}").format(day=short_day(local.date(), with_year=True),
                                                             time=f"{local:%H:%M}")


def days_away(when: datetime, now: datetime) -> str:
    """How many of the person's calendar days until a meeting: "today", "tomorrow", "in 5 days"."""
    days = (local_date(when) - local_date(now)).days
    if days <= 0:
        return translate("MeetingWords", "today")
    return translate("MeetingWords", "tomorrow") if days == 1 else Plural.tr("in %n days", "", days)


def meeting_status(checkin: CheckIn, next_uuid: str | None, now: datetime, *, full: bool = False) -> str:
    """A meeting's state: held and rated, next (with its countdown), coming up, or not marked held.

    The list shows the short form under the date; `full` gives the whole countdown, date included.
    """
    if checkin.held:
        if checkin.rating:
            return translate("MeetingWords", "Held · {rating}").format(rating=rating_text(checkin.rating))
        return translate("MeetingWords", "Held · not rated yet")
    if checkin.uuid == next_uuid or checkin.scheduled_at > now:
        label = translate("MeetingWords", "Next") if checkin.uuid == next_uuid else translate("MeetingWords",
                                                                                                 "Coming up")
        today = (local_date(checkin.scheduled_at) - local_date(now)).days <= 0
        if full or today:
            when = countdown_text(checkin.scheduled_at, now)
        else:
            when = days_away(checkin.scheduled_at, now)
        return translate("MeetingWords", "{label} · {when}").format(label=label, when=when)
    return translate("MeetingWords", "Not marked as held")
