"""The words around an entry in the Journal: the prompt it answers, its tags, its preview as plain text.

The prompts come from the catalogue once (`PromptTexts`), so drawing a row looks a prompt up in a
dict; a row never walks the catalogue. Tags are typed comma-separated on the Journal page and
shown on the list's rows; the store cleans them (app/store/entry_rows.py clean_tags).
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.prompts import Catalogue
from app.domain.records import MEETING_TAG, EntryKind, EntrySummary
from app.domain.stages import Stage
from app.domain.text import first_line

_ANSWERS = (EntryKind.REFLECTION, EntryKind.EVENING)


class PromptTexts:
    """Each prompt's words by its key, read from the catalogue once."""

    def __init__(self, catalogue: Catalogue | None) -> None:
        self._stage: dict[tuple[Stage, str], str] = {}
        self._evening: dict[str, str] = {}
        if catalogue is None:
            return
        for stage in Stage:
            for prompt in catalogue.guide(stage).prompts:
                self._stage[(stage, prompt.key)] = prompt.text
        for prompt in catalogue.evening:
            self._evening[prompt.key] = prompt.text

    def prompt(self, kind: EntryKind, stage: Stage | None, prompt_key: str | None, title: str) -> str:
        """The question an answer belongs to ("" for writing that answers none): the catalogue's
        words, else the title it was saved with (the prompt's words at the time)."""
        if kind not in _ANSWERS:
            return ""
        if prompt_key:
            if kind is EntryKind.REFLECTION:
                found = self._stage.get((stage, prompt_key)) if stage is not None else None
            else:
                found = self._evening.get(prompt_key)
            if found:
                return found
        return " ".join(title.split())

    def of_summary(self, summary: EntrySummary) -> str:
        return self.prompt(summary.kind, summary.stage, summary_prompt_key(summary), summary.title)


def summary_prompt_key(summary: EntrySummary) -> str | None:
    """The prompt key a list row carries."""
    return summary.prompt_key


def summary_tags(summary: EntrySummary) -> tuple[str, ...]:
    """The tags a list row carries."""
    return summary.tags


def plain_preview(text: str) -> str:
    """The start of an entry as one run of plain words: Markdown marks gone, lines joined."""
    words = (first_line(line, len(line) + 1) for line in text.splitlines())
    return " ".join(" ".join(word for word in words if word).split())


# -- tags ------------------------------------------------------------------------------------------


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as typed: separated by commas, each without a leading # or @ (search drops them too),
    the first of any repeated."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip().lstrip("#@").strip()
        if tag and tag.casefold() not in {known.casefold() for known in seen}:
            seen[tag] = None
    return tuple(seen)


def tags_field_text(tags: Iterable[str]) -> str:
    """The tags the person edits, as typed: the check-in mark has its own button."""
    return ", ".join(tag for tag in tags if tag != MEETING_TAG)


def tags_line(tags: Iterable[str]) -> str:
    """How a row shows its tags: "#feedback #project"."""
    return " ".join(f"#{tag}" for tag in tags)


def with_meeting_mark(tags: Iterable[str], marked: bool) -> tuple[str, ...]:
    """The tags typed plus the check-in mark when the entry carries it."""
    kept = [tag for tag in tags if tag != MEETING_TAG]
    return (*kept, MEETING_TAG) if marked else tuple(kept)
