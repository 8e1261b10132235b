"""One stored record's fields, each in its own editor, each saved onto the record as it is stored.

A stay-or-go sitting and the leaving plan can be written from two places: their tool, and the
stage's prompts beside it (the decision in the person's own words). So each field is saved alone,
onto what is stored at that moment, and never puts back an old value of another field; and a
change made elsewhere is shown field by field: a field whose words on screen are not saved yet
keeps them (its save comes next), every other field takes the stored value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from app.ui.widgets.form_fields import raw_text

RecordT = TypeVar("RecordT")  # a frozen dataclass: a StayOrGo, the LeavingPlan
Values = tuple[Any, ...]


def kept(value: object) -> object:
    """A value as the journal keeps it: words without the spaces and blank lines around them."""
    return value.strip() if type(value) is str else value  # an enum of str is kept as it is


def typed_text(edit: QPlainTextEdit) -> str:
    """A text box's words as they are kept."""
    return raw_text(edit).strip()


def show_text(edit: QPlainTextEdit, text: str) -> None:
    """Put `text` in a box unless it already reads so; the cursor stays where it was, near enough."""
    if raw_text(edit).strip() == text.strip():
        return
    position = edit.textCursor().position()
    edit.setPlainText(text)
    cursor = edit.textCursor()
    cursor.setPosition(min(position, len(text)), QTextCursor.MoveMode.MoveAnchor)
    edit.setTextCursor(cursor)


@dataclass(frozen=True, slots=True)
class _Field:
    attrs: tuple[str, ...]  # the record's attributes this field edits (a decision and its day: two)
    read: Callable[[], Values]  # the values on screen, in the order of `attrs`
    show: Callable[[Values], None]  # put stored values on screen


class RecordFields(Generic[RecordT]):
    """The fields of a record shown in editors, by key (the key a `Saver` watches them under)."""

    def __init__(self) -> None:
        self._fields: dict[str, _Field] = {}

    def add(self, key: str, attrs: Sequence[str], read: Callable[[], Values],
            show: Callable[[Values], None]) -> None:
        self._fields[key] = _Field(tuple(attrs), read, show)

    def add_text(self, key: str, edit: QPlainTextEdit) -> None:
        """A text box editing the attribute named `key`."""
        self.add(key, (key,), lambda: (typed_text(edit),), lambda values: show_text(edit, str(values[0])))

    @property
    def keys(self) -> list[str]:
        return list(self._fields)

    def stored(self, record: RecordT, key: str) -> Values:
        return tuple(kept(getattr(record, attr)) for attr in self._fields[key].attrs)

    def on_screen(self, key: str) -> Values:
        return tuple(kept(value) for value in self._fields[key].read())

    def unsaved(self, base: RecordT) -> list[str]:
        """The fields whose values on screen differ from `base` (what the editors were showing)."""
        return [key for key in self._fields if self.on_screen(key) != self.stored(base, key)]

    def onto(self, record: RecordT, key: str) -> RecordT:
        """`record` with the field `key` as it reads on screen, and every other field as it was."""
        values = dict(zip(self._fields[key].attrs, self.on_screen(key), strict=True))
        return replace(record, **values)  # type: ignore[type-var]

    def whole(self, record: RecordT) -> RecordT:
        """`record` with every field as it reads on screen."""
        for key in self._fields:
            record = self.onto(record, key)
        return record

    def show(self, record: RecordT) -> None:
        """Every field as stored in `record`."""
        for key, field in self._fields.items():
            field.show(self.stored(record, key))

    def follow(self, old: RecordT, new: RecordT) -> list[str]:
        """The record changed elsewhere from `old` (what the editors were showing) to `new`: each
        field not edited since takes its new value; an edited field keeps its words. Returns the
        keys of the fields that changed on screen."""
        shown: list[str] = []
        for key, field in self._fields.items():
            before, after = self.stored(old, key), self.stored(new, key)
            if after != before and self.on_screen(key) == before:
                field.show(after)
                shown.append(key)
        return shown
