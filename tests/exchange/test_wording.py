"""The summary's words: dates first, totals in plain words, quiet zeros, charts in words."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from journal_app.domain.records import (
    Circle,
    ConnectionMoment,
    JournalEntry,
    MoodCheckIn,
    TimeAlone,
)
from journal_app.exchange.wording import (
    change_in_words,
    circles_chart_text,
    key_figures,
    moments_and_time,
    mood_chart_text,
    short_day,
    span_label,
    talk_about,
    trend_chart_text,
    week_chart_text,
    week_code,
    week_heading,
)
from journal_app.insights import parse_week, summarize_week, trend

TZ = timezone(timedelta(hours=1))
W47 = parse_week("2026-W47")


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=TZ)


def test_dates_come_first() -> None:
    assert span_label(date(2026, 11, 16), date(2026, 11, 22)) == "16–22 Nov 2026"
    assert span_label(date(2026, 11, 30), date(2026, 12, 6)) == "30 Nov – 6 Dec 2026"
    assert span_label(date(2025, 12, 29), date(2026, 1, 4)) == "29 Dec 2025 – 4 Jan 2026"
    assert span_label(date(2026, 11, 16), date(2026, 11, 16)) == "16 Nov 2026"
    assert week_heading(W47) == "16–22 Nov 2026"
    assert week_code(W47) == "week 2026-W47"
    assert short_day(date(2026, 11, 16)) == "Nov 16"


def test_totals_in_plain_words() -> None:
    assert moments_and_time(3, 150) == "3 moments · 2 h 30 min"
    assert moments_and_time(1, 45) == "1 moment · 45 min"


def test_a_duration_in_a_sentence_stays_on_one_line() -> None:
    """ "4 h 40 min" never breaks into "4" and "h 40 min" where the sentence wraps."""
    last_week = W47.start - timedelta(days=7)
    records = [
        ConnectionMoment(at=at(last_week, 12), circle=Circle.CLOSE, minutes=280),
        ConnectionMoment(at=at(W47.start, 12), circle=Circle.CLOSE, minutes=90),
        TimeAlone(at=at(last_week, 15), minutes=510),
        TimeAlone(at=at(W47.start, 15), minutes=30),
    ]
    this_week = [r for r in records if r.at.date() >= W47.start]
    before = [r for r in records if r.at.date() < W47.start]
    text = " ".join(change_in_words(summarize_week(this_week, before, W47)))
    assert "(1\u00a0h\u00a030\u00a0min against 4\u00a0h\u00a040\u00a0min)" in text
    assert "(30\u00a0min against 8\u00a0h\u00a030\u00a0min)" in text


def test_zeros_and_empty_figures_are_quiet() -> None:
    records = [
        MoodCheckIn(at=at(W47.start, 9), score=5),
        ConnectionMoment(at=at(W47.start, 12), circle=Circle.PEER, minutes=0),  # a message
    ]
    figures = {f.key: f for f in key_figures(summarize_week(records, [], W47))}
    assert not figures["days_logged"].quiet
    assert not figures["mood"].quiet
    assert not figures["with_people"].quiet  # 0 minutes, but a moment all the same
    for key in ("alone_unchosen", "solitude", "boundaries", "reached_out", "felt_safe"):
        assert figures[key].quiet, key
    assert all(f.quiet for f in key_figures(summarize_week([], [], W47)))


def test_things_to_talk_about_are_what_was_marked_to_share() -> None:
    day = W47.start
    records = [
        TimeAlone(at=at(day, 20), minutes=30, note="later  note", share=True),
        JournalEntry(at=at(day, 8), title="Dawn", text="woke\nearly", share=True),
        MoodCheckIn(at=at(day, 9), score=4, note="not shared"),
        MoodCheckIn(at=at(day, 10), score=4, share=True),  # marked, but nothing written
    ]
    assert talk_about(records) == [
        "Mon 16 Nov (Journal entry): Dawn · woke early",
        "Mon 16 Nov (Time alone): later note",
    ]


def test_each_chart_can_be_said_in_words() -> None:
    records = [
        MoodCheckIn(at=at(W47.start, 9), score=6),
        ConnectionMoment(at=at(W47.start, 12), circle=Circle.CLOSE, minutes=90),
        TimeAlone(at=at(W47.start + timedelta(days=1), 15), minutes=120),
    ]
    summary = summarize_week(records, [], W47)
    week = week_chart_text(summary)
    assert "Mon 16 Nov: 1 h 30 min with people, 0 min alone, not chosen" in week
    assert "Tue 17 Nov: 0 min with people, 2 h alone, not chosen" in week
    assert "Wed 18 Nov: not logged" in week
    assert mood_chart_text(summary) == "Mood by day, of 10: Mon 16 Nov: 6.0."
    circles = circles_chart_text(summary)
    assert "Close people: 1 moment · 1 h 30 min" in circles and "Peers: none noted" in circles
    points = trend(records, [W47.previous(), W47])
    said = trend_chart_text(points)
    assert "week of Nov 9: not logged" in said
    assert "week of Nov 16: 1 h 30 min with people, 2 h alone, not chosen" in said
