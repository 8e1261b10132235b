"""The four stages of rebuilding trust, in the order the person walks through them."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP, translate


class Stage(StrEnum):
    OWNERSHIP = "ownership"
    FEELINGS = "feelings"
    EXPECTATIONS = "expectations"
    CHECKINS = "checkins"

    @property
    def label(self) -> str:
        """The name the person sees; exactly these words label the stage controls."""
        return translate("Stage", _LABELS[self])

    @property
    def number(self) -> int:
        """1-based position in the journey; also the Ctrl+N shortcut."""
        return list(Stage).index(self) + 1


_LABELS = {
    Stage.OWNERSHIP: QT_TRANSLATE_NOOP("Stage", "Ownership"),
    Stage.FEELINGS: QT_TRANSLATE_NOOP("Stage", "Feelings"),
    Stage.EXPECTATIONS: QT_TRANSLATE_NOOP("Stage", "Expectations"),
    Stage.CHECKINS: QT_TRANSLATE_NOOP("Stage", "Check-ins"),
}
