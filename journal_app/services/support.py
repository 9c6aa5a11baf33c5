"""What the support features keep inside the encrypted store, and when to offer grounding.

Everything here lives in the journal's ``state`` (encrypted), under namespaced keys:

- ``support.safety_plan``: the user's safety plan (``SafetyPlan.to_json``);
- ``support.settings``: prompts on or off, reduced motion, the country for
  crisis lines (protective and private, so not in plain settings.json);
- ``support.own_lines``: the user's own crisis lines (``crisis_lines``);
- ``support.grounding_offered_on``: the day grounding was last offered, so
  a check-in with high distress offers it once a day at most;
- ``support.last_prompt.<place>``: the last prompt shown there, so a new
  page never opens on the same prompt twice in a row.

Reminder settings are needed while the journal is locked, so they live in
plain ``settings.json`` (see ``services/settings.py``); they hold no content.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from typing import Any, Protocol

from journal_app.domain.safety_plan import SafetyPlan
from journal_app.domain.validation import ValidationError

SAFETY_PLAN_KEY = "support.safety_plan"
SETTINGS_KEY = "support.settings"
OFFERED_KEY = "support.grounding_offered_on"
LAST_PROMPT_KEY = "support.last_prompt."
OFFER_DISTRESS = 8  # a check-in at or above this distress offers grounding


class StateStore(Protocol):
    """The part of ``Journal`` used here (tests pass a dict-backed fake)."""

    def load_state(self, key: str) -> Any: ...

    def save_state(self, key: str, value: Any) -> None: ...

    def forget_state(self, key: str) -> None: ...


# -- safety plan ------------------------------------------------------------------


def load_safety_plan(journal: StateStore) -> SafetyPlan:
    """The plan as kept; an empty one when there is none (or only a bug could have stored it)."""
    value = journal.load_state(SAFETY_PLAN_KEY)
    if value is None:
        return SafetyPlan()
    try:
        return SafetyPlan.from_json(value)
    except ValidationError:
        return SafetyPlan()


def save_safety_plan(journal: StateStore, plan: SafetyPlan) -> None:
    if plan.is_empty():
        journal.forget_state(SAFETY_PLAN_KEY)
    else:
        journal.save_state(SAFETY_PLAN_KEY, plan.to_json())


# -- support settings -----------------------------------------------------------------


@dataclass(frozen=True)
class SupportSettings:
    prompts: bool = True
    reduced_motion: bool = False
    country: str = ""  # an ISO code from the crisis-line list, or "" for none chosen

    @classmethod
    def from_state(cls, value: Any) -> SupportSettings:
        if not isinstance(value, dict):
            return cls()
        default = cls()
        known = {f.name for f in fields(cls)}
        kept = {k: v for k, v in value.items() if k in known}
        settings = cls(**kept)
        for name in ("prompts", "reduced_motion"):
            if not isinstance(getattr(settings, name), bool):
                settings = replace(settings, **{name: getattr(default, name)})
        if not isinstance(settings.country, str) or len(settings.country) > 8:
            settings = replace(settings, country="")
        return settings


def load_support_settings(journal: StateStore) -> SupportSettings:
    return SupportSettings.from_state(journal.load_state(SETTINGS_KEY))


def save_support_settings(journal: StateStore, settings: SupportSettings) -> None:
    journal.save_state(SETTINGS_KEY, asdict(settings))


# -- prompts --------------------------------------------------------------------------


def last_prompt(journal: StateStore, place: str) -> str | None:
    value = journal.load_state(LAST_PROMPT_KEY + place)
    return value if isinstance(value, str) else None


def remember_prompt(journal: StateStore, place: str, prompt_id: str) -> None:
    journal.save_state(LAST_PROMPT_KEY + place, prompt_id)


# -- the grounding offer ----------------------------------------------------------------


def should_offer_grounding(journal: StateStore, distress: int | None, today: date) -> bool:
    """A check-in with distress of 8 or more offers grounding, once a day at most."""
    if distress is None or distress < OFFER_DISTRESS:
        return False
    offered_on: object = journal.load_state(OFFERED_KEY)
    return offered_on != today.isoformat()


def grounding_offered(journal: StateStore, today: date) -> None:
    journal.save_state(OFFERED_KEY, today.isoformat())
