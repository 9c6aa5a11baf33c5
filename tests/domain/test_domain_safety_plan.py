"""The safety plan as data: steps, limits, merging, its JSON shape."""

from __future__ import annotations

import pytest

from journal_app.domain.safety_plan import MAX_LINE, MAX_LINES, STEPS, SafetyPlan, Step
from journal_app.domain.validation import ValidationError


def test_the_seven_steps_of_the_stanley_brown_plan_in_reading_order() -> None:
    assert [s.value for s in STEPS] == [
        "warning_signs",
        "coping",
        "distraction",
        "help",
        "professionals",
        "environment",
        "reasons",
    ]


def test_lines_are_tidied_blank_ones_dropped_and_repeats_kept_once() -> None:
    plan = SafetyPlan.of({"coping": ["  a warm   shower ", "", "a warm shower", "walk\nslowly"]})
    assert plan.lines(Step.COPING) == ("a warm shower", "walk slowly")
    assert plan.lines(Step.REASONS) == ()
    assert SafetyPlan.of({"coping": ["", "  "]}).is_empty()


def test_json_round_trip_keeps_every_step_and_its_order() -> None:
    plan = SafetyPlan.of({step: [f"{step.value} one", f"{step.value} two"] for step in STEPS})
    again = SafetyPlan.from_json(plan.to_json())
    assert again == plan
    assert list(again.to_json()) == [s.value for s in STEPS]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ([], "safety_plan", "object"),
        ({"hopes": ["x"]}, "safety_plan", "not a step"),
        ({"coping": "walk"}, "coping", "list"),
        ({"coping": [3]}, "coping", "text"),
        ({"reasons": ["x" * (MAX_LINE + 1)]}, "reasons", str(MAX_LINE)),
        ({"help": [f"friend {i}" for i in range(MAX_LINES + 1)]}, "help", str(MAX_LINES)),
    ],
)
def test_a_malformed_plan_is_refused_naming_the_step(data: object, field: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        SafetyPlan.from_json(data)
    assert caught.value.field == field
    assert words in str(caught.value)


def test_merging_adds_new_lines_after_the_old_and_nothing_twice() -> None:
    mine = SafetyPlan.of({"help": ["Mira", "my sister"], "reasons": ["my cat"]})
    theirs = SafetyPlan.of({"help": ["my sister", "R."], "coping": ["tea"]})
    merged = mine.merged(theirs)
    assert merged.lines(Step.HELP) == ("Mira", "my sister", "R.")
    assert merged.lines(Step.COPING) == ("tea",)
    assert merged.lines(Step.REASONS) == ("my cat",)
    assert merged.merged(theirs) == merged


def test_with_lines_replaces_one_step_only() -> None:
    plan = SafetyPlan.of({"help": ["Mira"], "reasons": ["my cat"]})
    changed = plan.with_lines(Step.HELP, ["R."])
    assert changed.lines(Step.HELP) == ("R.",)
    assert changed.lines(Step.REASONS) == ("my cat",)
    assert changed.with_lines(Step.HELP, []).lines(Step.HELP) == ()
