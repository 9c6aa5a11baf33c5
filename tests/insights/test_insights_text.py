"""The text form: gentle, descriptive, "not logged" for empty days, all through tr()."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from insights_factory import FRI, MON, SAT, SUN, THU, TUE, WED, alone, boundary, conn, mood

from journal_app.domain.records import AnyRecord, Outcome, SessionReflection, Support
from journal_app.insights import parse_week, summarize_week
from journal_app.insights import text as text_module
from journal_app.insights.text import (
    duration,
    paragraph,
    render_text,
    support_in_words,
    table,
)

W47 = parse_week("2026-W47")
COMPARISON = "On days with connection your mood averaged"


def rows(rendered: str) -> dict[str, str]:
    """Table rows by ISO date."""
    found = {}
    for line in rendered.splitlines():
        match = re.match(r"\w{3} (\d{4}-\d{2}-\d{2})\s+(.*)$", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def test_days_without_records_read_not_logged_and_nothing_else() -> None:
    records = [alone(MON, 120), mood(MON, 4), conn(WED, 30), alone(WED, 60)]
    rendered = render_text(summarize_week(records, [], W47))
    by_date = rows(rendered)
    assert len(by_date) == 7
    unlogged = [by_date[d.isoformat()] for d in (TUE, THU, FRI, SAT, SUN)]
    assert unlogged == ["not logged"] * 5
    assert by_date["2026-11-16"].split() == ["4.0", "—", "2", "h", "—", "—"]
    assert "The other 5 days are not logged." in rendered
    assert "You logged something on 2 of the 7 days." in rendered
    lowered = rendered.lower()
    for word in ("isolat", "streak", "lonely", "fail", "missed", "only"):
        assert word not in lowered


def test_an_empty_week_says_nothing_is_logged_gently() -> None:
    rendered = render_text(summarize_week([], [], W47))
    assert rendered.startswith("16–22 Nov 2026 (week 2026-W47)\n")
    assert "Nothing is logged for this week." in rendered
    assert list(rows(rendered).values()) == ["not logged"] * 7
    assert "No moments of connection" not in rendered  # nothing to say, so say nothing
    assert "alone" not in rendered.split("Day")[0].lower()


def _comparison_week(other_days_with_mood: int) -> list[AnyRecord]:
    records: list[AnyRecord] = []
    for day in (MON, TUE, WED):  # three connected days, mood 7
        records += [conn(day, 30), mood(day, 7)]
    for day in (THU, FRI, SAT)[:other_days_with_mood]:  # other days, mood 4
        records.append(mood(day, 4))
    return records


def test_mood_comparison_needs_three_days_on_each_side() -> None:
    two = summarize_week(_comparison_week(2), [], W47)
    assert two.to_json()["mood"]["avg_connected_days"] == 7.0
    assert two.to_json()["mood"]["avg_other_days"] == 4.0  # the JSON still carries it
    assert COMPARISON not in render_text(two)

    three = summarize_week(_comparison_week(3), [], W47)
    assert f"{COMPARISON} 7.0; on the other logged days, 4.0." in " ".join(
        render_text(three).split()
    )


def test_a_logged_day_without_a_mood_does_not_count_towards_the_comparison() -> None:
    records = [*_comparison_week(2), boundary(SAT, Outcome.HELD)]  # logged, but no mood
    summary = summarize_week(records, [], W47)
    assert summary.mood.other_days_with_checkins == 2
    assert COMPARISON not in render_text(summary)


def test_singular_and_plural_and_the_previous_week() -> None:
    one = " ".join(render_text(summarize_week([conn(MON, 90, person="Sam")], [], W47)).split())
    assert "You had one moment of connection, 1 h 30 min in all." in one
    assert "You were in touch with one person." in one
    before = [conn(parse_week("2026-W46").start, 20), alone(parse_week("2026-W46").start, 45)]
    many = [conn(MON, 20, person="A", initiated=True), conn(TUE, 25, person="B", initiated=True)]
    text = " ".join(render_text(summarize_week(many, before, W47)).split())
    assert "You had 2 moments of connection, 45 min in all." in text
    assert "You were in touch with 2 people." in text
    assert "You reached out yourself 2 times." in text
    assert "The week before (2026-W46) had one moment of connection, 20 min in all." in text
    assert "you noted 45 min of time alone you did not choose." in text


def test_boundaries_are_described_without_judgement() -> None:
    records = [boundary(MON, Outcome.HELD), boundary(TUE, Outcome.NOT_HELD)]
    text = " ".join(render_text(summarize_week(records, [], W47)).split())
    assert "You practised a boundary 2 times (1 held, 1 did not hold this time)." in text


def test_shared_notes_and_circles_are_listed() -> None:
    records = [conn(MON, 50, "professional", note="ask about\nsleep", share=True), conn(TUE, 10)]
    text = render_text(summarize_week(records, [], W47))
    assert "By circle: Close people: 1 × 10 min, Professional support: 1 × 50 min" in text
    assert "- 2026-11-16 (connection): ask about sleep" in text


@pytest.mark.parametrize(
    ("minutes", "expected"), [(0, "0 min"), (45, "45 min"), (120, "2 h"), (1441, "24 h 1 min")]
)
def test_duration(minutes: int, expected: str) -> None:
    assert duration(minutes) == expected


def test_every_visible_word_goes_through_tr(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a marking translator, no letter may be left outside a translated string."""

    def marking(context: str, source: str, disambiguation: object = None, n: int = -1) -> str:
        assert context == "summary"
        return "⟦" + source.replace("%n", str(n)) + "⟧"

    monkeypatch.setattr(text_module.QCoreApplication, "translate", staticmethod(marking))
    records = [
        conn(MON, 50, "peer", person="Sam", initiated=True, support="gave"),
        conn(MON, 5, "peer", person="Sam", support="mutual", hour=13),
        alone(TUE, 30),
        alone(TUE, 30, chosen=True),
        mood(MON, 5),
        boundary(WED, Outcome.PARTLY),
    ]
    before = [conn(parse_week("2026-W46").start, 5), alone(parse_week("2026-W46").start, 5)]
    rendered = render_text(summarize_week(records, before, W47))
    remaining = rendered
    while True:
        stripped = re.sub(r"⟦[^⟦⟧]*⟧", "", remaining)
        if stripped == remaining:
            break
        remaining = stripped
    assert "⟦" not in remaining
    assert re.findall(r"[A-Za-z]+", remaining) == ["W"] * remaining.count("-W")
    assert "⟦not logged⟧" in table(summarize_week(records, [], W47))


@pytest.mark.parametrize("base", [1, 9, 58, 61, 119, 333])
def test_line_wrapping_never_splits_a_duration_or_a_circle(base: int) -> None:
    circles = ("professional", "peer", "close", "community")
    records = [
        *(
            conn(day, base + 7 * i, circle, person=f"P{i}", initiated=True, hour=8 + i)
            for day in (MON, TUE, WED, THU, FRI, SAT, SUN)
            for i, circle in enumerate(circles)
        ),
        *(alone(day, base + 90, hour=20) for day in (MON, TUE, WED)),
        alone(THU, base + 30, chosen=True, hour=21),
    ]
    rendered = render_text(summarize_week(records, records, W47))
    lines = rendered.splitlines()
    prose = [line for line in lines if not re.match(r"Day |\w{3} \d{4}-", line)]
    assert max(len(line) for line in prose) <= 78
    for line, following in itertools.pairwise(lines):
        if line and following:
            assert not (re.search(r"\d$", line) and re.match(r"(h|min)\b|×", following)), line
            assert not line.endswith(("×", ":")), line
    flat = " ".join(rendered.split(chr(10)))
    assert f"By circle: Close people: 7 × {duration(7 * (base + 14))}," in flat
    assert f"Professional support: 7 × {duration(7 * base)}" in flat


@given(
    minutes=st.lists(st.integers(0, 1439), min_size=5, max_size=5),
    moments=st.integers(1, 30),
)
@settings(max_examples=150)
def test_the_paragraph_never_splits_a_duration(minutes: list[int], moments: int) -> None:
    a, b, c, d, e = minutes
    w46 = parse_week("2026-W46").start
    records = [
        *(conn(MON, a if i == 0 else 0, person=f"P{i}", hour=i % 24) for i in range(moments)),
        alone(TUE, b + 1),
        alone(WED, c + 1, chosen=True),
        conn(w46, d),
        alone(w46, e + 1),
    ]
    text = paragraph(summarize_week(records, records, W47))
    for line, following in itertools.pairwise(text.splitlines()):
        assert not (re.search(r"\d$", line) and re.match(r"(h|min)\b", following)), text


def test_moments_without_minutes_are_still_moments() -> None:
    text = " ".join(render_text(summarize_week([conn(MON, 0, mode="message")], [], W47)).split())
    assert "You had one moment of connection. " in text
    assert "0 min in all" not in text
    assert rows(render_text(summarize_week([conn(MON, 0)], [], W47)))["2026-11-16"].split()[:4] == [
        "—",
        "1",
        "×",
        "0",
    ]


@pytest.mark.parametrize(
    ("gave", "received", "mutual", "expected"),
    [
        (0, 0, 0, ""),
        (1, 0, 0, "You gave support once."),
        (0, 2, 0, "You received support twice."),
        (2, 3, 0, "You gave support twice and received it three times."),
        (0, 0, 1, "Support went both ways once."),
        (9, 1, 12, "You gave support nine times and received it once. "
                   "Support went both ways 12 times."),
    ],
)  # fmt: skip
def test_support_is_said_in_words_and_zero_is_left_unsaid(
    gave: int, received: int, mutual: int, expected: str
) -> None:
    counts = {Support.GAVE: gave, Support.RECEIVED: received, Support.MUTUAL: mutual}
    assert support_in_words(counts) == expected


def test_the_weekly_paragraph_says_which_way_support_went() -> None:
    records = [
        conn(MON, 30, support="gave"),
        conn(TUE, 30, support="gave"),
        conn(WED, 30, support="received"),
        conn(THU, 30),  # did not say: counted nowhere
    ]
    text = " ".join(paragraph(summarize_week(records, [], W47)).split())
    assert "You gave support twice and received it once." in text
    assert "both ways" not in text


def test_what_to_bring_up_next_session_is_among_the_notes_to_share() -> None:
    reflection = SessionReflection(heard=7, bring_up="money worries")
    kept = SessionReflection(goals=3, bring_up="not yet", share_bring_up=False)
    records = [
        conn(MON, 50, "professional", reflection=reflection, note="first", share=True),
        conn(WED, 50, "professional", reflection=kept),
    ]
    summary = summarize_week(records, [], W47)
    assert summary.to_json()["shared_notes"] == [
        {"date": "2026-11-16", "kind": "connection", "note": "first"},
        {"date": "2026-11-16", "kind": "connection", "note": "money worries"},
    ]
    assert [n.next_time for n in summary.shared_notes] == [False, True]
    text = render_text(summary)
    assert "- 2026-11-16 (to bring up next session): money worries" in text
    assert "not yet" not in text
