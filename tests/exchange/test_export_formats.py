"""CSV, Markdown and JSON exports: every record of the range, nothing outside it,
no names when anonymized, no notes when asked; JSON survives a round trip."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_helpers import (
    ENTRY_TEXT,
    MON,
    NAMES,
    NOTES_IN_WEEK,
    OUTSIDE_NOTES,
    PASSPHRASE,
    SUN,
    make_journal,
    week_records,
)

from journal_app.domain.records import RecordKind
from journal_app.errors import UsageError
from journal_app.exchange.csvexport import COLUMNS
from journal_app.exchange.export import aliases, collect, default_range, export
from journal_app.exchange.jsondoc import from_document
from journal_app.services.journal import Journal


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    with make_journal(tmp_path_factory.mktemp("vault") / "journal") as journal:
        yield journal


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


def has_name(text: str) -> list[str]:
    return [n for n in NAMES if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.I)]


def test_csv_holds_every_record_of_the_range_and_nothing_outside(
    journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "week.csv"
    result = export(journal, MON, SUN, "csv", out)
    rows = read_csv(out)
    assert tuple(rows[0].keys()) == COLUMNS
    assert {r["id"] for r in rows} == {r.id for r in week_records()}
    assert result.records == len(rows) == 10
    text = out.read_text("utf-8-sig")
    assert not any(note in text for note in OUTSIDE_NOTES)
    sam = next(r for r in rows if r["kind"] == "connection" and r["person"] == "Sam")
    assert sam["date"] == "2026-11-16"
    assert sam["time"] == "17:00"
    assert sam["utc_offset"] == "+01:00"
    assert sam["minutes"] == "60"
    assert sam["initiated"] == "true"
    assert sam["share"] == "true"
    assert sam["note"] == NOTES_IN_WEEK[0]
    boundary = next(r for r in rows if r["kind"] == "boundary")
    assert (boundary["boundary_type"], boundary["outcome"]) == ("saying_no", "held")
    assert out.stat().st_mode & 0o077 == 0  # the user's alone


def test_csv_cells_never_start_a_formula(journal: Journal, tmp_path: Path) -> None:
    from journal_app.exchange.csvexport import row

    record = week_records()[0].edited(note='=HYPERLINK("x")')
    assert row(record)["note"] == '\'=HYPERLINK("x")'


def test_markdown_holds_every_record_of_the_range_and_nothing_outside(
    journal: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "week.md"
    export(journal, MON, SUN, "md", out)
    text = out.read_text("utf-8")
    record_lines = re.findall(r"^- \w{3} \d+ \w{3} \d\d:\d\d · ", text, re.M)
    assert len(record_lines) == 10
    for note in NOTES_IN_WEEK:
        assert note in text
    assert ENTRY_TEXT.replace(".", "") in text.replace(".", "")
    assert not any(note in text for note in OUTSIDE_NOTES)
    assert "## 16–22 Nov 2026 · week 2026-W47" in text  # dates first, the code beside
    assert "Days logged: 5 of 7" in text
    assert "Time with people: 3 moments, 2 h 20 min" in text
    assert "Time alone, not chosen: 2 h in 1 period" in text
    assert "Things I want to talk about" in text
    assert "| Wed 18 Nov | not logged |" in text


@pytest.mark.parametrize("fmt", ["csv", "md", "json"])
def test_anonymized_export_names_no_one(journal: Journal, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"anon.{fmt}"
    export(journal, MON, SUN, fmt, out, anonymize=True)
    text = out.read_text("utf-8-sig")
    assert has_name(text) == []
    assert "Close people · S." in text
    assert "Professional support · D." in text


@pytest.mark.parametrize("fmt", ["csv", "md", "json"])
def test_no_notes_leaves_out_every_note_and_entry(
    journal: Journal, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"private.{fmt}"
    export(journal, MON, SUN, fmt, out, notes=False)
    text = out.read_text("utf-8-sig")
    for note in NOTES_IN_WEEK:
        assert note not in text
    assert "quiet evening" not in text


@pytest.mark.parametrize("fmt", ["csv", "md", "json"])
def test_shared_only_keeps_only_what_is_marked_to_share(
    journal: Journal, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"shared.{fmt}"
    export(journal, MON, SUN, fmt, out, shared_only=True)
    text = out.read_text("utf-8-sig")
    assert NOTES_IN_WEEK[0] in text and NOTES_IN_WEEK[2] in text
    assert NOTES_IN_WEEK[1] not in text and NOTES_IN_WEEK[3] not in text
    assert "quiet evening" not in text  # the entry is not marked to share
    assert "2 h 20 min" in text or fmt != "md"  # the figures stay whole


def test_kinds_leave_out_the_others(journal: Journal, tmp_path: Path) -> None:
    out = tmp_path / "moods.csv"
    export(journal, MON, SUN, "csv", out, kinds=[RecordKind.MOOD])
    rows = read_csv(out)
    assert [r["score"] for r in rows] == ["6", "4", "7"]


def test_two_people_with_one_initial_stay_two(journal: Journal) -> None:
    from journal_app.domain.records import Circle, Person

    names = aliases(
        [Person(name="Sam", circle=Circle.CLOSE), Person(name="Sue", circle=Circle.CLOSE)], []
    )
    assert sorted(names.values()) == ["Close people · S.", "Close people · S. 2"]


def test_range_is_checked(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        export(journal, SUN, MON, "csv", tmp_path / "x.csv")
    with pytest.raises(UsageError, match="year"):
        collect(journal, MON.replace(year=2025), SUN)
    assert not (tmp_path / "x.csv").exists()


def test_default_range_is_last_calendar_week() -> None:
    from datetime import date

    assert default_range(date(2026, 11, 25)) == (MON, SUN)
    assert default_range(date(2026, 11, 29), "sunday") == (date(2026, 11, 22), date(2026, 11, 28))


def test_json_round_trip_gives_the_same_records(journal: Journal, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    start, end = MON.replace(day=1), MON.replace(day=30)
    export(journal, start, end, "json", first)
    document = json.loads(first.read_text("utf-8"))
    records, people = from_document(document)
    assert len(records) == 13
    fresh, _code = Journal.create(tmp_path / "fresh", PASSPHRASE)
    with fresh:
        assert fresh.add_many(records, people).added == 13
        second = tmp_path / "second.json"
        export(fresh, start, end, "json", second)
    again = json.loads(second.read_text("utf-8"))
    assert again["records"] == document["records"]
    assert again["people"] == document["people"]


def test_sunday_weeks_follow_the_setting(journal: Journal, tmp_path: Path) -> None:
    from journal_app.services.settings import Settings

    before = journal.settings
    journal.save_settings(Settings(week_start="sunday"))
    try:
        out = tmp_path / "sunday.md"
        result = export(journal, MON, SUN, "md", out)
        text = out.read_text("utf-8")
    finally:
        journal.save_settings(before)
    # Mon 16 to Sun 22 lies in two Sunday weeks: 15-21 Nov and 22-28 Nov.
    assert result.weeks == 2
    assert "## 15–21 Nov 2026 · week 2026-W47" in text
    assert "## 22–28 Nov 2026 · week 2026-W48" in text
    assert "| Sun 15 Nov | outside this export |" in text
    assert len(re.findall(r"^- \w{3} \d+ \w{3} \d\d:\d\d · ", text, re.M)) == 10


def test_shared_only_keeps_a_session_line_only_when_it_is_marked_to_share(
    tmp_path: Path,
) -> None:
    """The line to bring up next session has its own tick, apart from the record's."""
    from export_helpers import PASSPHRASE, at

    from journal_app.domain.records import Circle, ConnectionMoment, SessionReflection

    journal, _ = Journal.create(tmp_path / "j", PASSPHRASE)
    with journal:
        journal.add(
            ConnectionMoment(at=at(MON, 10), circle=Circle.PROFESSIONAL, minutes=50,
                             note="private note", reflection=SessionReflection(
                                 heard=6, bring_up="my sister", share_bring_up=True))
        )  # fmt: skip
        journal.add(
            ConnectionMoment(at=at(MON, 16), circle=Circle.PROFESSIONAL, minutes=50,
                             reflection=SessionReflection(
                                 goals=4, bring_up="the move", share_bring_up=False))
        )  # fmt: skip
        out = tmp_path / "shared.md"
        export(journal, MON, SUN, "md", out, shared_only=True)
    text = out.read_text("utf-8")
    assert "my sister" in text  # marked to share on its own
    assert "the move" not in text and "private note" not in text
    assert "(to bring up next session): my sister" in text
