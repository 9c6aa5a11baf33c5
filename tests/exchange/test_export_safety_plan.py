"""The safety plan travels in the JSON export and comes back on import; old files still import."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.domain.records import MoodCheckIn
from journal_app.domain.safety_plan import SafetyPlan, Step
from journal_app.errors import InvalidImportFile
from journal_app.exchange.export import export
from journal_app.exchange.importers import apply, parse_bytes, read_import
from journal_app.services.journal import Journal
from journal_app.services.support import load_safety_plan, save_safety_plan

PASSPHRASE = "correct horse battery"
AT = datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=1)))
PLAN = SafetyPlan.of(
    {
        Step.WARNING_SIGNS: ["I stop answering messages"],
        Step.DISTRACTION: ["the library", "Mira"],
        Step.HELP: ["my sister Ana"],
        Step.REASONS: ["my cat Pepper", "the sea in May"],
    }
)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    root = tmp_path / "source"
    journal, _ = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add(MoodCheckIn(id="m1", at=AT, score=6))
        save_safety_plan(journal, PLAN)
    return root


def _export(root: Path, out: Path, **options: bool) -> dict:
    with Journal.unlock(root, PASSPHRASE) as journal:
        export(journal, date(2026, 1, 1), date(2026, 12, 31), "json", out, **options)
    return json.loads(out.read_text("utf-8"))


def test_the_plan_round_trips_through_export_and_import(source: Path, tmp_path: Path) -> None:
    document = _export(source, tmp_path / "all.json")
    assert document["version"] == 1
    assert document["safety_plan"]["reasons"] == ["my cat Pepper", "the sea in May"]
    target, _ = Journal.create(tmp_path / "target", PASSPHRASE)
    with target:
        result = apply(target, read_import("json", tmp_path / "all.json"))
        assert result.added == 1
        assert load_safety_plan(target) == PLAN
        # The same file again adds nothing twice, to the records or to the plan.
        again = apply(target, read_import("json", tmp_path / "all.json"))
        assert again.added == 0
        assert load_safety_plan(target) == PLAN
    assert (
        _export(tmp_path / "target", tmp_path / "again.json")["safety_plan"]
        == (document["safety_plan"])
    )


def test_importing_merges_into_a_plan_already_there(source: Path, tmp_path: Path) -> None:
    _export(source, tmp_path / "all.json")
    target, _ = Journal.create(tmp_path / "target", PASSPHRASE)
    with target:
        save_safety_plan(target, SafetyPlan.of({Step.HELP: ["my GP"], Step.REASONS: ["Pepper"]}))
        apply(target, read_import("json", tmp_path / "all.json"))
        plan = load_safety_plan(target)
    assert plan.lines(Step.HELP) == ("my GP", "my sister Ana")
    assert plan.lines(Step.REASONS) == ("Pepper", "my cat Pepper", "the sea in May")


@pytest.mark.parametrize("option", ["anonymize", "no_notes"])
def test_exports_meant_to_leave_your_hands_leave_the_plan_out(
    source: Path, tmp_path: Path, option: str
) -> None:
    options = {"anonymize": True} if option == "anonymize" else {"notes": False}
    document = _export(source, tmp_path / "out.json", **options)
    assert "safety_plan" not in document
    assert "Pepper" not in (tmp_path / "out.json").read_text("utf-8")


def test_a_document_without_a_plan_still_imports(source: Path, tmp_path: Path) -> None:
    document = _export(source, tmp_path / "all.json")
    del document["safety_plan"]
    plan = parse_bytes("json", json.dumps(document).encode())
    assert plan.safety_plan is None and len(plan.records) == 1


def test_a_malformed_plan_is_refused_and_nothing_is_added(source: Path, tmp_path: Path) -> None:
    document = _export(source, tmp_path / "all.json")
    document["safety_plan"] = {"hopes": ["x"]}
    with pytest.raises(InvalidImportFile) as caught:
        parse_bytes("json", json.dumps(document).encode())
    assert "safety plan" in str(caught.value) and "not a step" in str(caught.value)


def test_a_plan_that_would_overflow_adds_nothing_at_all(source: Path, tmp_path: Path) -> None:
    _export(source, tmp_path / "all.json")
    target, _ = Journal.create(tmp_path / "target", PASSPHRASE)
    with target:
        full = SafetyPlan.of({Step.REASONS: [f"reason {i}" for i in range(30)]})
        save_safety_plan(target, full)
        with pytest.raises(InvalidImportFile):
            apply(target, read_import("json", tmp_path / "all.json"))
        assert target.count() == 0
        assert load_safety_plan(target) == full
