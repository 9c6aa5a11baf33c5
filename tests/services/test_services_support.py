"""What the support features keep in the encrypted store: plan, settings, the grounding offer."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from journal_app.domain.safety_plan import SafetyPlan, Step
from journal_app.services.journal import Journal
from journal_app.services.support import (
    SAFETY_PLAN_KEY,
    SupportSettings,
    grounding_offered,
    last_prompt,
    load_safety_plan,
    load_support_settings,
    remember_prompt,
    save_safety_plan,
    save_support_settings,
    should_offer_grounding,
)

PASSPHRASE = "correct horse battery"


class FakeState:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def load_state(self, key: str) -> Any:
        return self.values.get(key)

    def save_state(self, key: str, value: Any) -> None:
        self.values[key] = value

    def forget_state(self, key: str) -> None:
        self.values.pop(key, None)


def test_the_safety_plan_round_trips_through_the_encrypted_store(tmp_path: Path) -> None:
    plan = SafetyPlan.of(
        {
            Step.WARNING_SIGNS: ["I stop eating", "I avoid my phone"],
            Step.HELP: ["Mira", "my sister"],
            Step.REASONS: ["my cat Pepper"],
        }
    )
    journal, _ = Journal.create(tmp_path / "j", PASSPHRASE)
    with journal:
        save_safety_plan(journal, plan)
    with Journal.unlock(tmp_path / "j", PASSPHRASE) as journal:
        assert load_safety_plan(journal) == plan
        save_safety_plan(journal, SafetyPlan())  # emptied: nothing kept at all
        assert journal.load_state(SAFETY_PLAN_KEY) is None
    # Not a word of it in any file beside the encrypted database.
    for path in (tmp_path / "j").rglob("*"):
        if path.is_file():
            assert b"Pepper" not in path.read_bytes()


def test_a_damaged_stored_plan_reads_as_empty_never_a_crash() -> None:
    state = FakeState()
    state.values[SAFETY_PLAN_KEY] = {"nonsense": 1}
    assert load_safety_plan(state).is_empty()


def test_support_settings_default_and_survive_bad_values() -> None:
    state = FakeState()
    assert load_support_settings(state) == SupportSettings(True, False, "")
    save_support_settings(state, SupportSettings(prompts=False, reduced_motion=True, country="IE"))
    assert load_support_settings(state) == SupportSettings(False, True, "IE")
    state.values["support.settings"] = {"prompts": "yes", "country": 7, "other": 1}
    assert load_support_settings(state) == SupportSettings()


def test_grounding_is_offered_once_a_day_for_distress_of_eight_or_more() -> None:
    state = FakeState()
    today = date(2026, 11, 29)
    assert not should_offer_grounding(state, None, today)
    assert not should_offer_grounding(state, 7, today)
    assert should_offer_grounding(state, 8, today)
    grounding_offered(state, today)
    assert not should_offer_grounding(state, 10, today)
    assert should_offer_grounding(state, 9, today + timedelta(days=1))


def test_the_last_prompt_is_remembered_per_place() -> None:
    state = FakeState()
    assert last_prompt(state, "journal") is None
    remember_prompt(state, "journal", "safety-place")
    assert last_prompt(state, "journal") == "safety-place"
    assert last_prompt(state, "connection") is None
