"""The crisis lines in resources/: every entry sourced and dated; the user's own lines."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from journal_app.domain.validation import ValidationError
from journal_app.resource_files import resource_path
from journal_app.services.crisis_lines import (
    KINDS,
    CrisisLinesUnreadable,
    OwnLine,
    load_crisis_lines,
    own_lines_from_state,
    own_lines_to_state,
)

COUNTRIES = ("US", "CA", "GB", "IE", "AU", "NZ", "ES", "MX", "DE", "FR")


def _page(address: str) -> bool:
    parts = urlsplit(address)
    return parts.scheme in ("https", "http") and bool(parts.hostname)


def test_the_list_loads_and_names_every_country_the_issue_asks_for() -> None:
    countries = load_crisis_lines()
    assert set(COUNTRIES) <= set(countries)
    assert sum(len(c.lines) for c in countries.values()) >= 10
    assert all(c.name and c.code == code for code, c in countries.items())


def test_every_line_has_a_number_a_source_page_and_a_date_checked() -> None:
    for country in load_crisis_lines().values():
        for line in country.lines:
            assert line.name and line.phone and line.hours
            assert line.kind in KINDS
            assert _page(line.source), line.name
            assert not line.hours_source or _page(line.hours_source), line.name
            assert re.search(r"\d", line.phone) and (not line.text or re.search(r"\d", line.text))
            assert date(2026, 1, 1) <= line.checked <= date.today(), line.name
            assert not re.search(r"[?&](utm_|gclid|fbclid)", line.source + line.hours_source)


def test_no_country_lists_the_same_line_twice() -> None:
    for country in load_crisis_lines().values():
        names = [line.name for line in country.lines]
        phones = [line.phone for line in country.lines]
        assert len(set(names)) == len(names) and len(set(phones)) == len(phones), country.code


def test_every_named_country_without_a_line_is_explained_in_the_notes() -> None:
    """A line left out is listed in the README with what was tried, by country code."""
    notes = resource_path("crisis_lines", "README.md").read_text("utf-8")
    left_out = notes.split("## Left out", 1)[1]
    countries = load_crisis_lines()
    for code in COUNTRIES:
        if not countries[code].lines:
            assert f"({code})" in left_out, code


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("format"),
        lambda d: d["countries"]["GB"]["lines"][0].pop("source"),
        lambda d: d["countries"]["GB"]["lines"][0].update(checked="last week"),
        lambda d: d["countries"]["GB"]["lines"][0].update(source="samaritans"),
        lambda d: d["countries"]["GB"]["lines"][0].update(source="file:///etc/passwd"),
        lambda d: d["countries"]["GB"]["lines"][0].update(source="https://"),
        lambda d: d["countries"]["GB"]["lines"][0].update(source="http://[unclosed"),
        lambda d: d["countries"]["GB"]["lines"][0].update(hours_source="the same page"),
        lambda d: d["countries"]["GB"]["lines"][0].update(hours=" "),
        lambda d: d["countries"]["GB"]["lines"][0].update(text="START"),
        lambda d: d["countries"]["GB"]["lines"][0].update(phone_other="ring us"),
        lambda d: d["countries"]["GB"]["lines"][0].update(kind="other"),
        lambda d: d["countries"]["GB"].pop("lines"),
    ],
)
def test_an_entry_without_source_or_date_is_refused(tmp_path: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(resource_path("crisis_lines", "crisis_lines.json").read_text("utf-8"))
    change(data)
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CrisisLinesUnreadable) as caught:
        load_crisis_lines(path)
    message = str(caught.value)  # says which entry, or that the file is not the list
    assert "GB" in message or "expected format" in message


def test_the_hours_page_is_kept_when_the_service_states_hours_elsewhere(tmp_path: Path) -> None:
    data = json.loads(resource_path("crisis_lines", "crisis_lines.json").read_text("utf-8"))
    data["countries"]["GB"]["lines"][0]["hours_source"] = "https://example.org/hours"
    data["countries"]["GB"]["lines"][1].pop("hours_source", None)
    path = tmp_path / "lines.json"
    path.write_text(json.dumps(data))
    first, second = load_crisis_lines(path)["GB"].lines
    assert first.hours_source == "https://example.org/hours"
    assert second.hours_source == ""


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
