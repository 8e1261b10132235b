"""The Feelings forms that are not records yet, as the small JSON kept under a draft's key.

A mood check-in becomes a record when the person presses Save (it is timed then); a forgiveness
item once it has "whom or what". Until then what was typed and picked is kept as a draft
(app/store/draft_store.py), written through the Saver as it changes, and put back into the form
when it is built again. A draft that can't be read as ours is taken as a plain note, never dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.domain.workbench import EmotionRating, ForgivenessStatus

MOOD_DRAFT = "mood-note"  # the check-in form on the Feelings page
TODAY_MOOD_DRAFT = "mood-note-today"  # the check-in dialog from Today's evening entry
NEW_FORGIVENESS_DRAFT = "forgiveness-new"  # a forgiveness item that has no "whom or what" yet


@dataclass(frozen=True, slots=True)
class MoodFormState:
    """What the check-in form holds: the overall mood (if chosen), the feelings, the note."""

    mood: int | None = None
    feelings: tuple[EmotionRating, ...] = ()
    note: str = ""

    def is_blank(self) -> bool:
        return self.mood is None and not self.feelings and not self.note.strip()


@dataclass(frozen=True, slots=True)
class NewItemWords:
    """A forgiveness item's words typed before it has a whom."""

    whom: str = ""
    what_happened: str = ""
    notes: str = ""
    status: ForgivenessStatus = ForgivenessStatus.NOT_YET

    def is_blank(self) -> bool:
        return not any(text.strip() for text in (self.whom, self.what_happened, self.notes))


def _object(body: str) -> dict[str, object] | None:
    try:
        value = json.loads(body)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def encode_mood(state: MoodFormState) -> str:
    """The draft's body; "" for a blank form (which clears the draft)."""
    if state.is_blank():
        return ""
    return json.dumps({"mood": state.mood, "feelings": [[r.name, r.intensity] for r in state.feelings],
                       "note": state.note}, ensure_ascii=False)


def decode_mood(body: str) -> MoodFormState:
    if not body.strip():
        return MoodFormState()
    data = _object(body)
    if data is None:
        return MoodFormState(note=body)
    mood = data.get("mood")
    feelings: list[EmotionRating] = []
    raw = data.get("feelings")
    for pair in raw if isinstance(raw, list) else []:
        if (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str)
                and isinstance(pair[1], int) and 1 <= pair[1] <= 5):
            feelings.append(EmotionRating(pair[0], pair[1]))
    return MoodFormState(mood if isinstance(mood, int) and 1 <= mood <= 5 else None, tuple(feelings),
                         _text(data.get("note")))


def encode_new_item(words: NewItemWords) -> str:
    """The draft's body; "" when nothing is written (which clears the draft)."""
    if words.is_blank():
        return ""
    return json.dumps({"whom": words.whom, "what_happened": words.what_happened, "notes": words.notes,
                       "status": words.status.value}, ensure_ascii=False)


def decode_new_item(body: str) -> NewItemWords:
    if not body.strip():
        return NewItemWords()
    data = _object(body)
    if data is None:
        return NewItemWords(notes=body)
    status = _text(data.get("status"))
    known = {s.value for s in ForgivenessStatus}
    return NewItemWords(_text(data.get("whom")), _text(data.get("what_happened")), _text(data.get("notes")),
                        ForgivenessStatus(status) if status in known else ForgivenessStatus.NOT_YET)
