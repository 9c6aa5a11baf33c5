"""``journal-app summary`` run as a separate process on a real encrypted journal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.domain.records import (
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    MoodCheckIn,
    Outcome,
    TimeAlone,
)
from journal_app.insights import week_of
from journal_app.services.journal import Journal

PASSPHRASE = "correct horse battery"
WEST = timezone(timedelta(hours=-7))


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=WEST)


@pytest.fixture(scope="module")
def journal_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal holding a small week 2026-W47 and one record in W46 (one unlock only)."""
    data_dir = tmp_path_factory.mktemp("summary") / "journal"
    journal, _code = Journal.create(data_dir, PASSPHRASE)
    with journal:
        for record in [
            ConnectionMoment(circle=Circle.PEER, minutes=20, at=at(12, 18)),  # W46
            MoodCheckIn(score=4, at=at(16, 8)),
            TimeAlone(minutes=120, at=at(16, 19)),
            ConnectionMoment(
                circle=Circle.CLOSE, minutes=60, person="Sam", initiated=True, at=at(17, 12)
            ),
            MoodCheckIn(score=7, at=at(17, 21)),
            TimeAlone(minutes=60, chosen=True, at=at(18, 22)),
            BoundaryPractice(
                type=BoundaryType.SAYING_NO,
                outcome=Outcome.HELD,
                at=at(22, 23, 30),  # Sunday 23:30 at -07:00: Monday in UTC
                note="said no to the party",
                share=True,
            ),
        ]:
            journal.add(record)
    return data_dir


def run(
    data_dir: Path, *args: str, passphrase: str | None = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("JOURNAL_APP_PASSPHRASE", None)
    if passphrase is not None:
        env["JOURNAL_APP_PASSPHRASE"] = passphrase
    env["TZ"] = "Asia/Tokyo"  # the machine's zone must not move a record to another day
    return subprocess.run(
        [sys.executable, "-m", "journal_app.cli", "--data-dir", str(data_dir), "summary", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def test_summary_json_of_a_chosen_week(journal_dir: Path) -> None:
    done = run(journal_dir, "--week", "2026-W47", "--format", "json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert (doc["week"], doc["start"], doc["end"]) == ("2026-W47", "2026-11-16", "2026-11-22")
    assert doc["days_logged"] == 4  # Mon, Tue, Wed, Sun
    assert doc["connection"]["moments"] == 1
    assert doc["connection"]["people"] == 1
    assert doc["connection"]["by_circle"]["close"] == {"moments": 1, "minutes": 60}
    assert doc["connection"]["by_circle"]["peer"] == {"moments": 0, "minutes": 0}
    assert doc["alone"] == {"unchosen_minutes": 120, "unchosen_periods": 1, "chosen_minutes": 60}
    assert (doc["connected_days"], doc["isolated_days"]) == (1, 1)
    assert doc["balance"] == 0.333
    assert doc["mood"]["avg"] == 5.5
    assert doc["mood"]["avg_connected_days"] == 7.0
    assert doc["mood"]["avg_other_days"] == 4.0
    assert doc["mood"]["by_day"]["2026-11-22"] is None
    assert doc["boundaries"]["practised"] == 1
    assert doc["shared_notes"] == [
        {"date": "2026-11-22", "kind": "boundary", "note": "said no to the party"}
    ]
    assert doc["previous"] == {
        "week": "2026-W46",
        "connection_moments": 1,
        "connection_minutes": 20,
        "unchosen_minutes": 0,
        "balance": 1.0,
    }


def test_summary_text_reads_not_logged_for_empty_days(journal_dir: Path) -> None:
    done = run(journal_dir, "--week", "2026-W47")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("16–22 Nov 2026 (week 2026-W47)\n")
    lines = {
        line[:14]: line[14:].strip()
        for line in out.splitlines()
        if line[:3] in {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
    }
    assert lines["Thu 2026-11-19"] == "not logged"
    assert lines["Fri 2026-11-20"] == "not logged"
    assert lines["Sat 2026-11-21"] == "not logged"
    assert lines["Sun 2026-11-22"].split()[-1] == "1"  # the boundary, on its local Sunday
    assert "You logged something on 4 of the 7 days." in " ".join(out.split())
    assert "- 2026-11-22 (boundary): said no to the party" in out
    assert "isolat" not in out.lower()


def test_a_mistyped_week_is_refused_before_asking_for_the_passphrase(journal_dir: Path) -> None:
    done = run(journal_dir, "--week", "2026-W54", passphrase=None)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "journal-app: --week: 2026 has weeks W01 to W53, not W54; allowed: YYYY-Www"
    ]


def _week_start(journal_dir: Path, value: str) -> None:
    """Weeks start on ``value``: a setting kept inside the journal."""
    with Journal.unlock(journal_dir, PASSPHRASE) as journal:
        journal.save_settings(replace(journal.settings, week_start=value))


def test_sunday_weeks_and_the_current_week_by_default(journal_dir: Path) -> None:
    _week_start(journal_dir, "sunday")
    # The plain settings file cannot say otherwise.
    (journal_dir / "settings.json").write_text('{"week_start": "monday"}', "utf-8")
    try:
        before = week_of(datetime.now().astimezone().date(), "sunday")
        done = run(journal_dir, "--format", "json")
        after = week_of(datetime.now().astimezone().date(), "sunday")
        chosen = run(journal_dir, "--week", "2026-W48", "--format", "json")
    finally:
        _week_start(journal_dir, "monday")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["week"] in {before.label, after.label}
    assert date.fromisoformat(doc["start"]).weekday() == 6  # a Sunday
    # Sunday week W48 runs 22–28 November: it holds the Sunday 23:30 boundary.
    sunday = json.loads(chosen.stdout)
    assert (sunday["start"], sunday["end"]) == ("2026-11-22", "2026-11-28")
    assert sunday["boundaries"]["practised"] == 1
    assert sunday["days_logged"] == 1
    assert sunday["previous"]["week"] == "2026-W47"
    assert sunday["previous"]["connection_minutes"] == 60
