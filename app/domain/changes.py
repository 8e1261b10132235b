"""What a saved user action changed, said once, in types: the one way views hear of a change.

A change names the areas it touched (a closed set: a listener naming an area that does not exist
fails where it is written), the uuids of the records touched, and who made it, so the view that
made an edit can pass over its own echo without keeping a flag.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum


class Area(Enum):
    """The kinds of record a change can touch."""

    ENTRY = "entry"
    STAGE = "stage"  # where the person is in a stage's prompts
    STATEMENT = "statement"
    MOOD = "mood"
    FORGIVENESS = "forgiveness"
    DECISION = "decision"  # stay or go
    PLAN = "plan"
    GOAL = "goal"
    ALIGNMENT = "alignment"
    EVIDENCE = "evidence"
    CHECKIN = "check-in"
    ACTION = "action"
    FEEDBACK = "feedback"
    SETTINGS = "settings"
    DRAFT = "draft"  # words of a form that is not a record yet (app/store/draft_store.py)
    DICTIONARY = "dictionary"  # the person's own words for the spelling check (personal_words.py)


EVERY_AREA = frozenset(Area)
# The Feelings stage's records, and the plan's, for views that summarise a whole stage.
FEELINGS = frozenset({Area.MOOD, Area.FORGIVENESS, Area.DECISION})
PLAN_RECORDS = frozenset({Area.PLAN, Area.GOAL, Area.ALIGNMENT, Area.EVIDENCE})
CHECKIN_RECORDS = frozenset({Area.CHECKIN, Area.ACTION, Area.FEEDBACK})


@dataclass(frozen=True, slots=True)
class Change:
    """One user action's effect on the journal, announced after it was committed.

    `wholesale` marks a change too large to describe record by record (an import, a restore):
    every view reloads what it shows. `origin` is whoever asked for the action (a widget or a
    saver); it is compared by identity only.
    """

    areas: frozenset[Area]
    uuids: frozenset[str] = frozenset()
    origin: object | None = field(default=None, compare=False)
    wholesale: bool = False

    @classmethod
    def of(
        cls, areas: Area | Iterable[Area], uuids: Iterable[str] = (), origin: object | None = None
    ) -> Change:
        touched = frozenset({areas}) if isinstance(areas, Area) else frozenset(areas)
        if not touched:
            raise ValueError("a change touches at least one area")
        for area in touched:
            if not isinstance(area, Area):
                raise TypeError(f"not an area: {area!r}")
        return cls(touched, frozenset(uuids), origin)

    @classmethod
    def everything(cls, origin: object | None = None) -> Change:
        """Many records at once (an import, a restore): views reload rather than patch."""
        return cls(EVERY_AREA, frozenset(), origin, wholesale=True)

    def touches(self, *areas: Area | frozenset[Area]) -> bool:
        """Whether any of `areas` (single areas or sets of them) is among those changed."""
        wanted: set[Area] = set()
        for area in areas:
            if isinstance(area, Area):
                wanted.add(area)
            elif isinstance(area, frozenset) and all(isinstance(a, Area) for a in area):
                wanted.update(area)
            else:
                raise TypeError(f"not an area: {area!r}")
        return not self.areas.isdisjoint(wanted)

    def made_by(self, who: object) -> bool:
        return self.origin is not None and self.origin is who
