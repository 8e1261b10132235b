"""Typed changes: a closed set of areas, so a listener naming one that does not exist fails here."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.changes import CHECKIN_RECORDS, EVERY_AREA, FEELINGS, PLAN_RECORDS, Area, Change


def test_a_change_names_its_areas_uuids_and_maker() -> None:
    maker = object()
    change = Change.of(Area.GOAL, {"g1"}, origin=maker)
    assert change.areas == {Area.GOAL}
    assert change.uuids == {"g1"}
    assert change.made_by(maker)
    assert not change.made_by(object())
    assert not change.wholesale


def test_nobody_is_the_maker_of_an_anonymous_change() -> None:
    assert not Change.of(Area.ENTRY).made_by(None)


def test_touches_takes_single_areas_and_groups() -> None:
    change = Change.of([Area.MOOD, Area.ENTRY])
    assert change.touches(Area.ENTRY)
    assert change.touches(FEELINGS)
    assert change.touches(PLAN_RECORDS, Area.MOOD)
    assert not change.touches(PLAN_RECORDS)
    assert not change.touches(CHECKIN_RECORDS, Area.SETTINGS)


@pytest.mark.parametrize("bad", ["feelings", "checkins", 3, None])
def test_an_area_that_does_not_exist_fails_loudly(bad: Any) -> None:
    with pytest.raises(TypeError):
        Change.of(Area.PLAN).touches(bad)
    with pytest.raises(TypeError):
        Change.of([Area.PLAN, bad])
    with pytest.raises(ValueError):
        Area(bad)


def test_a_change_touches_something() -> None:
    with pytest.raises(ValueError):
        Change.of([])


def test_everything_is_wholesale_and_touches_every_area() -> None:
    change = Change.everything()
    assert change.wholesale
    assert change.areas == EVERY_AREA
    assert all(change.touches(area) for area in Area)


def test_the_groups_hold_their_stages_records() -> None:
    assert {Area.MOOD, Area.FORGIVENESS, Area.DECISION} == FEELINGS
    assert {Area.PLAN, Area.GOAL, Area.ALIGNMENT, Area.EVIDENCE} == PLAN_RECORDS
    assert {Area.CHECKIN, Area.ACTION, Area.FEEDBACK} == CHECKIN_RECORDS
