"""The four stages: order, the exact words on the controls, and their numbers."""

from __future__ import annotations

import pytest

from app.domain.records import EntryKind, entry_label
from app.domain.stages import Stage


def test_the_stages_come_in_journey_order() -> None:
    assert list(Stage) == [Stage.OWNERSHIP, Stage.FEELINGS, Stage.EXPECTATIONS, Stage.CHECKINS]


def test_the_labels_are_exactly_the_stage_names() -> None:
    assert [stage.label for stage in Stage] == ["Ownership", "Feelings", "Expectations", "Check-ins"]


def test_the_numbers_run_one_to_four() -> None:
    assert [stage.number for stage in Stage] == [1, 2, 3, 4]


def test_the_stored_values_are_stable() -> None:
    assert [stage.value for stage in Stage] == ["ownership", "feelings", "expectations", "checkins"]
    assert Stage("checkins") is Stage.CHECKINS
    with pytest.raises(ValueError):
        Stage("Check-ins")


def test_the_stored_values_match_the_schema() -> None:
    from app.store.models import STAGES

    assert tuple(stage.value for stage in Stage) == STAGES


@pytest.mark.parametrize("stage", list(Stage))
def test_an_entry_in_a_stage_is_labelled_by_its_stage(stage: Stage) -> None:
    assert entry_label(EntryKind.REFLECTION, stage) == stage.label


def test_an_entry_without_a_stage_is_labelled_by_its_kind() -> None:
    labels = {kind: entry_label(kind, None) for kind in EntryKind}
    assert all(labels.values())
    assert len(set(labels.values())) == len(labels)
