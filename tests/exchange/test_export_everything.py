"""The whole journal in one file: JSON, CSV and Markdown of any range, written as read."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journal_app.domain.records import JournalEntry, MoodCheckIn
from journal_app.errors import UsageError
from journal_app.exchange.export import collect, export, render
from journal_app.exchange.importers import apply, read_import
from journal_app.services.journal import Journal
from journal_app.services.sample_data import generate

PASSPHRASE = "correct horse battery"
END = date(2026, 11, 22)


@pytest.fixture(scope="module")
def three_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three years of sample records, plus records an hour apart in other time zones."""
    root = tmp_path_factory.mktemp("everything") / "journal"
    records, people = generate(weeks=156, end=END, seed=3)
    east = timezone(timedelta(hours=9))
    west = timezone(timedelta(hours=-7))
    travel = [
        MoodCheckIn(id="tz-east", at=datetime(2025, 3, 1, 9, 0, tzinfo=east), score=5),
        MoodCheckIn(id="tz-west", at=datetime(2025, 2, 28, 17, 30, tzinfo=west), score=6),
        JournalEntry(id="tz-same", at=datetime(2025, 3, 1, 0, 30, tzinfo=UTC), text="x"),
    ]
    journal, _code = Journal.create(root, PASSPHRASE)
    with journal:
        journal.add_many([*records, *travel], people)
    return root


@pytest.fixture
def journal(three_years: Path) -> Journal:
    opened = Journal.unlock(three_years, PASSPHRASE)
    yield opened  # type: ignore[misc]
    opened.close()


def test_a_range_within_a_year_reads_exactly_as_before(journal: Journal, tmp_path: Path) -> None:
    """Written a batch at a time, the file is byte for byte what one piece would be."""
    start, end = date(2025, 12, 1), END
    for options in (
        {},
        {"anonymize": True},
        {"notes": False},
        {"kinds": ["mood", "connection"]},
    ):
        data = collect(journal, start, end, **options)  # type: ignore[arg-type]
        for fmt in ("md", "csv", "json"):
            out = tmp_path / f"x.{fmt}"
            result = export(journal, start, end, fmt, out, **options)  # type: ignore[arg-type]
            expected = render(data, fmt)
            if fmt == "json":  # written at another moment
                written = json.loads(out.read_text("utf-8"))
                assert {**written, "exported": None} == {**json.loads(expected), "exported": None}
            else:
                assert out.read_bytes() == expected, (fmt, options)
            assert result.records == len(data.records)


def test_everything_round_trips_through_json(
    journal: Journal, three_years: Path, tmp_path: Path
) -> None:
    first = tmp_path / "all.json"
    result = export(journal, None, None, "json", first, everything=True)
    assert result.records == journal.count() > 2 * 366 * 3
    plan = read_import("json", first)
    copy, _code = Journal.create(tmp_path / "copy", "another passphrase")
    with copy:
        apply(copy, plan)
        second = tmp_path / "again.json"
        export(copy, None, None, "json", second, everything=True)
    one, two = (json.loads(p.read_text("utf-8")) for p in (first, second))
    assert one["records"] == two["records"]
    assert one["people"] == two["people"]
    ids = [r["id"] for r in one["records"]]
    # By the moment, then id: 00:00 UTC, then two at 00:30 UTC (one of them on Feb 28 locally).
    assert ids.index("tz-east") < ids.index("tz-same") < ids.index("tz-west")


def test_csv_and_markdown_of_everything(journal: Journal, tmp_path: Path) -> None:
    span = journal.date_range()
    assert span is not None
    out = tmp_path / "all.csv"
    export(journal, None, None, "csv", out, everything=True)
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert len(rows) == journal.count()
    assert rows[0]["date"] == span[0].isoformat() and rows[-1]["date"] == span[1].isoformat()
    md = tmp_path / "all.md"
    result = export(journal, None, None, "md", md, everything=True)
    text = md.read_text("utf-8")
    assert text.count("\n### " + "Day by day") == result.weeks > 150  # one section a week
    assert f"· {journal.count()} records" in text
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_only_the_summary_for_therapy_keeps_a_year(journal: Journal, tmp_path: Path) -> None:
    long = (date(2024, 1, 1), END)
    for fmt in ("md", "csv", "json"):
        assert export(journal, *long, fmt, tmp_path / f"long.{fmt}").records > 0
    with pytest.raises(UsageError, match="up to a year"):
        export(journal, *long, "pdf", tmp_path / "long.pdf")
    assert not (tmp_path / "long.pdf").exists()


def test_a_failed_export_leaves_no_file_and_no_leftover(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal_app.exchange import jsondoc

    def broken(*args: object, **kwargs: object) -> object:
        yield '{"format"'
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(jsondoc, "document_parts", broken)
    with pytest.raises(Exception, match="The disk is full"):
        export(journal, None, None, "json", tmp_path / "all.json", everything=True)
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_takes_all(three_years: Path, tmp_path: Path) -> None:
    out = tmp_path / "everything.json"
    command = [sys.executable, "-m", "journal_app.cli", "--data-dir", str(three_years)]
    done = subprocess.run(
        [*command, "export", "--all", "--format", "json", "--out", str(out)],
        env={**__import__("os").environ, "JOURNAL_APP_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with Journal.unlock(three_years, PASSPHRASE) as journal:
        assert len(json.loads(out.read_text("utf-8"))["records"]) == journal.count()
        assert f"Wrote {journal.count()} records" in done.stdout


def test_archived_people_and_kinds_follow_the_same_rules(journal: Journal, tmp_path: Path) -> None:
    person = journal.people()[0]
    journal.archive_person(person)
    out = tmp_path / "all.json"
    export(journal, None, None, "json", out, everything=True)
    names = [p["name"] for p in json.loads(out.read_text("utf-8"))["people"]]
    assert person.name in names  # the whole journal holds everyone
    export(journal, None, None, "json", out, everything=True, kinds=["mood"])
    assert json.loads(out.read_text("utf-8"))["people"] == []  # moods name no one
    journal.archive_person(replace(person, archived=True), archived=False)
