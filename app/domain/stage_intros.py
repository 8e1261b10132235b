"""Stage introductions that follow what the person has decided so far.

The Expectations stage's introduction is written for someone who stays. After a decision to
leave, the plan still matters (how the last weeks go shapes a person's name and references), so
its introduction says so and points to the leaving plan; after a decision to stay, it starts
from that commitment; undecided, it is the stage's own text.
"""

from __future__ import annotations

from app.domain.workbench import Decision
from app.i18n import QT_TRANSLATE_NOOP, translate

# How the stage's own introduction opens in each catalogue (resources/prompts/expectations.toml,
# and the German one in resources/de/prompts/); a committed version says it without the "if".
_CONDITIONAL_OPENINGS = ("If you have decided to stay, ", "Wenn du dich entschieden hast zu bleiben: ")

STAY_OPENING = QT_TRANSLATE_NOOP("StageIntro", "You have decided to stay and give this your best.")

LEAVE_INTRO = QT_TRANSLATE_NOOP(
    "StageIntro",
    "You have decided to plan your exit, and that is a real decision. The plan still matters "
    "while you prepare to go: how you meet it in these last weeks shapes your reputation and "
    "the references you leave with. Write down what is expected of you, how it will be "
    "measured and by when, and keep meeting it on your way out, so you leave on your own terms. "
    "What to hand over, what to ask about notice and references, and your job search belong "
    "in your leaving plan: in Feelings, under Stay or go.",
)


def expectations_intro(decision: Decision | None, base: str) -> str:
    """The introduction to show on the Expectations stage, given the latest stay-or-go decision
    (None: never asked) and the stage's own introduction `base`."""
    if decision == Decision.LEAVE:
        return translate("StageIntro", LEAVE_INTRO)
    if decision == Decision.STAY:
        text = base.strip()
        stay = translate("StageIntro", STAY_OPENING)
        opening = next((o for o in _CONDITIONAL_OPENINGS if text.startswith(o)), "")
        if opening:
            rest = text.removeprefix(opening)
            text = rest[:1].upper() + rest[1:]
        return f"{stay} {text}" if text else stay
    return base
