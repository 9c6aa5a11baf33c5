"""The crisis lines in resources/: every entry sourced and dated; the user's own lines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from journal_app.domain.validation import ValidationError
from journal_app.services.crisis_lines import (
    KINDS,
    CrisisLinesUnreadable,
    OwnLine,
    load_crisis_lines,
    own_lines_from_state,
    own_lines_to_state,
)

COUNTRIES = ("US", "CA", "GB", "IE", "AU", "NZ", "ES", "MX", "DE", "FR")


def test_the_list_loads_and_names_every_country_the_issue_asks_for() -> None:
    countries = load_crisis_lines()
    assert set(COUNTRIES) <= set(countries)
    assert sum(len(c.lines) for c in countries.values()) >= 10


def test_every_line_has_a_number_a_source_page_and_a_date_checked() -> None:
    for country in load_crisis_lines().values():
        for line in country.lines:
            assert line.name and line.phone and line.hours
            assert line.kind in KINDS
            assert line.source.startswith(("https://", "http://")), line.name
            assert date(2026, 1, 1) <= line.checked <= date.today(), line.name


def test_domestic_violence_and_crisis_lines_both_appear() -> None:
    kinds = {line.kind for c in load_crisis_lines().values() for line in c.lines}
    assert kinds == set(KINDS)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("format"),
        lambda d: d["countries"]["GB"]["lines"][0].pop("source"),
        lambda d: d["countries"]["GB"]["lines"][0].update(checked="last week"),
        lambda d: d["countries"]["GB"]["lines"][0].update(source="samaritans"),
        lambda d: d["countries"]["GB"]["lines"][0].update(kind="other"),
        lambda d: d["countries"]["GB"].pop("lines"),
    ],
)
def test_an_entry_without_source_or_date_is_refused(tmp_path: Path, change) -> None:  # type: ignore[no-untyped-def]
    from journal_app.resource_files import resource_path

    data = json.loads(resource_path("crisis_lines", "crisis_lines.json").read_text("utf-8"))
    change(data)
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CrisisLinesUnreadable):
        load_crisis_lines(path)


def test_own_lines_are_checked_and_round_trip_through_state() -> None:
    lines = [OwnLine.of("  My GP ", "+353 1 234 5678", "weekdays"), OwnLine.of("Ana", "555-0101")]
    again = own_lines_from_state(own_lines_to_state(lines))
    assert again == [OwnLine("My GP", "+353 1 234 5678", "weekdays"), OwnLine("Ana", "555-0101")]
    with pytest.raises(ValidationError) as caught:
        OwnLine.of("", "123")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError) as caught:
        OwnLine.of("Ana", "call me")
    assert caught.value.field == "number"
    assert own_lines_from_state("garbage") == []
    assert own_lines_from_state([{"name": "x", "number": "no"}, 3]) == []
