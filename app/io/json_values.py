"""Reading one value of a Trustbridge JSON record, checked against the type of the field it
fills: whole numbers in range, days, moments with an offset, enums, uuids, storable text.
Every error names the record and the key, and nothing is imported."""

from __future__ import annotations

import dataclasses
import functools
import re
import types
import typing
from datetime import UTC, date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from app.domain.limits import (
    MAX_PLAN_DAYS,
    MIN_PLAN_DAYS,
    day_problem,
    integer_problem,
    moment_problem,
    text_problem,
    uuid_problem,
)
from app.domain.text import terminal_safe
from app.domain.workbench import GoalMilestone, Stakeholder
from app.store.errors import InvalidImport

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

# Whole numbers with a meaning, by field name: (lowest, highest or None).
_RANGES: dict[str, tuple[int, int | None]] = {
    "mood": (1, 5),
    "intensity": (1, 5),
    "rating": (1, 5),
    "number": (1, None),
    "length_days": (MIN_PLAN_DAYS, MAX_PLAN_DAYS),  # what the plan form offers
}

# Records that were once a plain value in the format, and the field that value fills.
_GROWN_FROM: dict[type[Any], str] = {GoalMilestone: "due_on", Stakeholder: "name"}

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)

_Record = TypeVar("_Record", bound="DataclassInstance")


def shown(uuid: str) -> str:
    """A record's uuid as a message names it: on one line, whatever characters it holds."""
    return terminal_safe(uuid, one_line=True)


def parse_record(cls: type[_Record], raw: object, where: str, path: str = "") -> _Record:
    """Build `cls` from a JSON object, driven by the class's own field types.

    A key may be missing only where the field has a default (fields added after a release).
    """
    if not isinstance(raw, dict):
        if path:
            raise InvalidImport(f'{where}: "{path}" must be a JSON object.')
        raise InvalidImport(f"{where} is not a JSON object.")
    hints = _field_types(cls)
    if not path and "uuid" in hints:  # name the record by its uuid from here on
        if "uuid" not in raw:
            raise InvalidImport(f'{where} is missing "uuid".')
        named = _parse_value(str, raw["uuid"], where, "uuid", "uuid")
        where = f"{where} ({shown(named)})"
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        key = f"{path}.{field.name}" if path else field.name
        if field.name not in raw:
            if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING:
                raise InvalidImport(f'{where} is missing "{key}".')
            continue
        values[field.name] = _parse_value(hints[field.name], raw[field.name], where, key, field.name)
    return cls(**values)


@functools.cache
def _field_types(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _parse_value(hint: Any, value: Any, where: str, key: str, name: str) -> Any:
    """Check one JSON value against a field's type; `name` is the field, `key` the path to it."""
    origin = typing.get_origin(hint)
    if origin is types.UnionType:  # `X | None`: the only unions the records use
        if value is None:
            return None
        (inner,) = (arg for arg in typing.get_args(hint) if arg is not type(None))
        return _parse_value(inner, value, where, key, name)
    if origin is tuple:
        if not isinstance(value, list):
            raise InvalidImport(f'{where}: "{key}" must be a list.')
        item_type = typing.get_args(hint)[0]
        return tuple(
            _parse_value(item_type, item, where, f"{key}[{index}]", name) for index, item in enumerate(value)
        )
    if value is None:
        raise InvalidImport(f'{where}: "{key}" must not be null.')
    if hint is str:
        if not isinstance(value, str):
            raise InvalidImport(f'{where}: "{key}" must be a string.')
        check_encodable(value, where, key)
        if name == "uuid" or name.endswith("_uuid"):
            check_uuid(value, where, key)
        return value
    if hint is bool:
        if not isinstance(value, bool):
            raise InvalidImport(f'{where}: "{key}" must be true or false.')
        return value
    if hint is int:
        return _parse_whole_number(value, where, key, name)
    if hint is datetime:
        if not isinstance(value, str):
            raise InvalidImport(f'{where}: "{key}" must be a string.')
        return parse_moment(value, where, key).astimezone(UTC)
    if hint is date:
        return _parse_day(value, where, key)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _parse_enum(hint, value, where, key)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        grown_from = _GROWN_FROM.get(hint)
        if grown_from is not None and not isinstance(value, dict):
            # An older export wrote the record as one plain value (a milestone as its day, a
            # stakeholder as a name): that value fills its field, the others keep their defaults.
            plain = _parse_value(_field_types(hint)[grown_from], value, where, key, grown_from)
            return hint(**{grown_from: plain})
        return parse_record(hint, value, where, key)
    raise TypeError(f"no JSON reading for {hint!r} ({key})")


def _parse_whole_number(value: Any, where: str, key: str, name: str) -> int:
    if type(value) is not int:  # not bool, not 2.0
        raise InvalidImport(f'{where}: "{key}" must be a whole number.')
    lowest, highest = _RANGES.get(name, (None, None))
    problem = integer_problem(value, lowest, highest)
    if problem:
        raise InvalidImport(f'{where}: "{key}" {problem}.')
    return value


def _parse_day(value: Any, where: str, key: str) -> date:
    if not isinstance(value, str):
        raise InvalidImport(f'{where}: "{key}" must be a string.')
    try:
        if not _DAY.fullmatch(value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError:
        raise InvalidImport(f'{where}: "{key}" is not a date (YYYY-MM-DD): {value!r}.') from None
    problem = day_problem(day)
    if problem:
        raise InvalidImport(f'{where}: "{key}": {problem}.')
    return day


def _parse_enum(enum: type[Enum], value: Any, where: str, key: str) -> Enum:
    expected = ", ".join(str(member.value) for member in enum)
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return enum(value)
    except ValueError:
        raise InvalidImport(f'{where}: "{key}" is {value!r}; expected one of {expected}.') from None


def parse_moment(value: str, where: str, key: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidImport(f'{where}: "{key}" is not an ISO 8601 date and time: {value!r}.') from None
    if moment.utcoffset() is None:
        raise InvalidImport(f'{where}: "{key}" has no UTC offset ({value!r}); it could be any time zone.')
    problem = moment_problem(moment)
    if problem:
        raise InvalidImport(f'{where}: "{key}": {problem}.')
    return moment


def check_uuid(value: str, where: str, key: str) -> None:
    if uuid_problem(value):
        label = "uuid" if key == "uuid" else f'"{key}"'
        raise InvalidImport(f"{where} has an invalid {label} {value!r}.")


def check_encodable(value: str, where: str, key: str) -> None:
    """JSON can spell lone surrogates (\\ud800) that no database or file can store."""
    problem = text_problem(value)
    if problem:
        raise InvalidImport(f'{where}: "{key}" {problem}.')
