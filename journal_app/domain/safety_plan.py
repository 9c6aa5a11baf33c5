"""The user's own safety plan, in the steps of the Stanley–Brown plan.

A plan is seven steps, each a short list of lines the user wrote (or, for
the people steps, a name chosen from the support map). It is kept whole in
the encrypted store (``Journal`` state ``support.safety_plan``), travels in
the JSON export as an optional ``safety_plan`` key, and is printed on its
own. Plain Python: no Qt, no SQL.

Shape as JSON (every step optional, unknown keys refused)::

    {"warning_signs": ["I stop answering messages"], "coping": [...],
     "distraction": [...], "help": [...], "professionals": [...],
     "environment": [...], "reasons": [...]}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from journal_app.domain import tr
from journal_app.domain.validation import ValidationError

MAX_LINES = 30  # per step: room for a real plan, not a dumping ground
MAX_LINE = 300  # characters in one line


class Step(StrEnum):
    """The steps, in the order the plan is read."""

    WARNING_SIGNS = "warning_signs"  # my warning signs
    COPING = "coping"  # things I can do on my own
    DISTRACTION = "distraction"  # people and places that help me feel better
    HELP = "help"  # people I can ask for help
    PROFESSIONALS = "professionals"  # professionals and services
    ENVIRONMENT = "environment"  # making my surroundings safer
    REASONS = "reasons"  # reasons to keep going


STEPS: tuple[Step, ...] = tuple(Step)
# Steps whose lines may be people from the support map.
PEOPLE_STEPS: frozenset[Step] = frozenset({Step.DISTRACTION, Step.HELP, Step.PROFESSIONALS})


def clean_line(text: str) -> str:
    """One line as kept: inner whitespace (new lines too) folded to single spaces."""
    return " ".join(str(text).split())


@dataclass(frozen=True)
class SafetyPlan:
    """Seven steps of lines. Build with ``of`` or ``from_json`` (both check everything)."""

    steps: Mapping[Step, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, steps: Mapping[Step | str, Iterable[str]]) -> SafetyPlan:
        """A plan from step → lines; blank lines dropped, repeats kept once, limits checked."""
        kept: dict[Step, tuple[str, ...]] = {}
        for key, lines in steps.items():
            step = _step(key)
            cleaned: list[str] = []
            for line in lines:
                if not isinstance(line, str):
                    raise ValidationError(
                        step.value, tr("each line must be text, not {value}").format(value=line)
                    )
                text = clean_line(line)
                if not text or text in cleaned:
                    continue
                if len(text) > MAX_LINE:
                    raise ValidationError(
                        step.value,
                        tr("a line can be up to {n} characters").format(n=MAX_LINE),
                    )
                cleaned.append(text)
            if len(cleaned) > MAX_LINES:
                raise ValidationError(
                    step.value, tr("a step can hold up to {n} lines").format(n=MAX_LINES)
                )
            if cleaned:
                kept[step] = tuple(cleaned)
        return cls({step: kept[step] for step in STEPS if step in kept})

    def lines(self, step: Step) -> tuple[str, ...]:
        return self.steps.get(step, ())

    def is_empty(self) -> bool:
        return not any(self.steps.values())

    def with_lines(self, step: Step, lines: Iterable[str]) -> SafetyPlan:
        changed: dict[Step | str, Iterable[str]] = {s: self.lines(s) for s in STEPS}
        changed[step] = list(lines)
        return SafetyPlan.of(changed)

    def merged(self, other: SafetyPlan) -> SafetyPlan:
        """This plan with ``other``'s lines added after its own (nothing twice, nothing lost).

        Raises ``ValidationError`` when a step would grow past ``MAX_LINES``.
        """
        return SafetyPlan.of({s: (*self.lines(s), *other.lines(s)) for s in STEPS})

    def to_json(self) -> dict[str, list[str]]:
        return {step.value: list(lines) for step, lines in self.steps.items() if lines}

    @classmethod
    def from_json(cls, data: Any) -> SafetyPlan:
        """A plan from its JSON shape; anything else is refused, saying where."""
        if not isinstance(data, dict):
            raise ValidationError("safety_plan", tr("must be an object of steps"))
        steps: dict[Step | str, Iterable[str]] = {}
        for key, lines in data.items():
            step = _step(key)
            if not isinstance(lines, list):
                raise ValidationError(step.value, tr("must be a list of lines"))
            steps[step] = lines
        return cls.of(steps)


def _step(key: Step | str) -> Step:
    try:
        return Step(key)
    except ValueError:
        allowed = ", ".join(s.value for s in STEPS)
        raise ValidationError(
            "safety_plan",
            tr("{key} is not a step of the plan; the steps are: {allowed}").format(
                key=repr(key), allowed=allowed
            ),
        ) from None
