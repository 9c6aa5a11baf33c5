"""Words shared by the week view, the charts and every export format.

The names of stored values and the one-line description of a record come from
``journal_app.words`` (shared with the screens and the command line); the
week's own words go through ``journal_app.i18n.translate`` (context ``export``)
here, once, so the command line's exports are translated too. Only QtCore: exchange
code never imports widgets. The change against last week is said
descriptively — more, less, about the same — never as better or worse.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from journal_app.domain.records import (
    AnyRecord,
    Circle,
    ConnectionMoment,
    JournalEntry,
    SessionReflection,
)
from journal_app.i18n import decimal, translate
from journal_app.insights import TrendPoint, Week, WeeklySummary
from journal_app.insights.summary import HIGH_DISTRESS, SharedNote, WeekFigures, shared_notes_of
from journal_app.insights.text import month as month  # re-exported: the date words are one set
from journal_app.insights.text import span_label as span_label
from journal_app.insights.text import support_in_words as support_in_words  # re-exported
from journal_app.insights.text import weekday as weekday
from journal_app.words import circle_label, emotion_label, kind_label
from journal_app.words import duration as duration  # re-exported for exchange code

_CONTEXT = "export"
TOP_EMOTIONS = 5  # the emotion words named on a summary, most used first

# The words for records (journal_app.words), under the names exchange code uses.
circle_name = circle_label
kind_name = kind_label


def tr(text: str) -> str:
    return translate(_CONTEXT, text)


def count(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with ``{n}`` filled in (both already translated)."""
    return one.format(n=n) if n == 1 else many.format(n=n)


def short_duration(minutes: int) -> str:
    """A chart axis label: ``30m``, ``2h``, ``1.5h``."""
    if minutes < 60:
        return tr("{m}m").format(m=minutes)
    hours = minutes / 60
    text = f"{hours:.0f}" if hours == int(hours) else decimal(hours)
    return tr("{h}h").format(h=text)


def day_label(day: date) -> str:
    """``Mon 16 Nov``."""
    return tr("{weekday} {day} {month}").format(weekday=weekday(day), day=day.day, month=month(day))


def week_heading(week: Week) -> str:
    """A week by its dates (``16–22 Nov 2026``); its code (``2026-W47``) goes beside, small."""
    return span_label(week.start, week.end)


def week_code(week: Week) -> str:
    """The week's code, kept small beside its dates: ``week 2026-W47``."""
    return tr("week {label}").format(label=week.label)


def short_day(day: date) -> str:
    """A chart axis label for a week or a day: ``Nov 16``."""
    return tr("{month} {day}").format(month=month(day), day=day.day)


def moments_and_time(moments: int, minutes: int) -> str:
    """How many moments and how long, in words: ``3 moments · 2 h 30 min``."""
    return count(moments, tr("1 moment"), tr("{n} moments")) + " · " + duration(minutes)


def score(value: float | None) -> str:
    return "—" if value is None else decimal(value)


def _compare(now: int, before: int) -> str:
    """``more``, ``less`` or ``same``: within 10 % (or 15 min) counts as the same."""
    if abs(now - before) <= max(15, 0.1 * max(now, before)):
        return "same"
    return "more" if now > before else "less"


def _held(text: str) -> str:
    """``4 h 40 min`` kept on one line where a sentence wraps (no-break spaces)."""
    return text.replace(" ", "\u00a0")


def change_in_words(summary: WeeklySummary) -> list[str]:
    """A few gentle sentences comparing the week with the one before.

    Descriptive only: weeks vary, and a quieter week is not a failure.
    """
    p = summary.previous
    c = summary.connection
    a = summary.alone
    before_anything = p.connection_moments or p.unchosen_minutes
    if summary.days_logged == 0:
        return [tr("Nothing is logged for this week yet.")]
    if not before_anything:
        return [
            tr(
                "The week before has no time with people or alone noted, "
                "so there is nothing to compare."
            )
        ]
    lines: list[str] = []
    people = {
        "more": tr("More time with people than the week before ({now} against {before})."),
        "less": tr("Less time with people than the week before ({now} against {before})."),
        "same": tr("About as much time with people as the week before ({now})."),
    }
    lines.append(
        people[_compare(c.minutes, p.connection_minutes)].format(
            now=_held(duration(c.minutes)), before=_held(duration(p.connection_minutes))
        )
    )
    alone = {
        "more": tr("More time alone you did not choose ({now} against {before})."),
        "less": tr("Less time alone you did not choose ({now} against {before})."),
        "same": tr("About as much time alone you did not choose as the week before ({now})."),
    }
    if a.unchosen_minutes or p.unchosen_minutes:
        lines.append(
            alone[_compare(a.unchosen_minutes, p.unchosen_minutes)].format(
                now=_held(duration(a.unchosen_minutes)),
                before=_held(duration(p.unchosen_minutes)),
            )
        )
    if _compare(c.minutes, p.connection_minutes) == "less":
        lines.append(tr("Weeks vary; a quieter week is part of the path too."))
    return lines


class Figure(NamedTuple):
    """One key number of a week: its value, what it is and a detail line.

    ``quiet`` is true for a zero or an empty value: it is shown small and soft,
    never as a big figure ("0 times I reached out" in large type reads as a verdict).
    """

    key: str
    value: str
    caption: str
    detail: str
    quiet: bool


def key_figures(summary: WeeklySummary) -> list[Figure]:
    """The week's key numbers, for the PDF and the screen.

    A detail is left empty when there is nothing in it ("0 moments · 0 people").
    """
    s, c, a, m, b = summary, summary.connection, summary.alone, summary.mood, summary.boundaries
    people = (
        count(c.moments, tr("1 moment"), tr("{n} moments"))
        + " · "
        + count(c.people, tr("1 person"), tr("{n} people"))
        if c.moments
        else ""
    )
    periods = count(a.unchosen_periods, tr("1 period"), tr("{n} periods"))
    held = tr("{h} held · {p} partly · {n} did not hold").format(h=b.held, p=b.partly, n=b.not_held)
    connected = count(s.connected_days, tr("1 day with connection"), tr("{n} days with connection"))
    return [
        Figure(
            "days_logged",
            tr("{n} of 7").format(n=s.days_logged),
            tr("days logged"),
            "",
            not s.days_logged,
        ),
        Figure(
            "with_people",
            duration(c.minutes),
            tr("with people"),
            people,
            not (c.minutes or c.moments),
        ),
        Figure(
            "alone_unchosen",
            duration(a.unchosen_minutes),
            tr("alone, not chosen"),
            periods if a.unchosen_periods else "",
            not a.unchosen_minutes,
        ),
        Figure(
            "solitude",
            duration(a.chosen_minutes),
            tr("chosen solitude"),
            "",
            not a.chosen_minutes,
        ),
        Figure(
            "mood",
            score(m.avg),
            tr("mood, of 10"),
            count(m.checkins, tr("1 check-in"), tr("{n} check-ins")) if m.checkins else "",
            m.avg is None,
        ),
        Figure(
            "boundaries",
            str(b.practised),
            tr("boundaries practised"),
            held if b.practised else "",
            not b.practised,
        ),
        Figure("reached_out", str(c.initiated), tr("times I reached out"), "", not c.initiated),
        Figure(
            "felt_safe",
            score(c.avg_felt_safe),
            tr("felt safe, of 5"),
            connected if s.connected_days else "",
            c.avg_felt_safe is None,
        ),
    ]


def note_about(note: SharedNote) -> str:
    """What a note to share belongs to: its kind, or the next session."""
    return tr("to bring up next session") if note.next_time else kind_name(note.kind)


def session_reflections(records: Iterable[AnyRecord]) -> list[tuple[date, SessionReflection]]:
    """Each session's reflection with its day, oldest first (records come in date order)."""
    return [
        (record.day, record.reflection)
        for record in records
        if isinstance(record, ConnectionMoment) and record.reflection is not None
    ]


def reflection_intro() -> str:
    return tr(
        "Your own answers after sessions, from 0 (not at all) to 10 (completely). "
        "Not a score to pass: a way to talk together about how you work."
    )


def answer(value: int | None) -> str:
    """One answer of a session reflection, or a dash when it was left out."""
    return "—" if value is None else str(value)


def mood_lines(figures: WeekFigures) -> list[str]:
    """What a therapist asks about mood beyond the average, one sentence each.

    The range of check-ins, the days with high distress (and what "high" means),
    and the emotion words used most. Empty when there was no check-in.
    """
    m = figures.mood
    if not m.checkins or m.low is None or m.high is None:
        return []
    lines = [
        tr("Lowest and highest mood: {low} and {high} of 10.").format(low=m.low, high=m.high)
        if m.low != m.high
        else (
            tr("Mood was {score} of 10 at the one check-in.")
            if m.checkins == 1
            else tr("Mood was {score} of 10 at every check-in.")
        ).format(score=m.low)
    ]
    if not m.distress_checkins:
        lines.append(tr("Distress was not noted."))
    elif m.high_distress_days:
        days = ", ".join(day_label(day) for day in m.high_distress_days)
        n = len(m.high_distress_days)
        text = (
            tr("High distress ({high} or more of 10) on 1 day: {days}.")
            if n == 1
            else tr("High distress ({high} or more of 10) on {n} days: {days}.")
        )
        lines.append(text.format(high=HIGH_DISTRESS, n=n, days=days))
    else:
        lines.append(
            tr("No day with high distress ({high} or more of 10).").format(high=HIGH_DISTRESS)
        )
    if m.top_emotions:
        words = ", ".join(
            f"{emotion_label(word)} ({n})" for word, n in m.top_emotions[:TOP_EMOTIONS]
        )
        lines.append(tr("Words used most: {words}.").format(words=words))
    return lines


def talk_about(records: Sequence[AnyRecord]) -> list[str]:
    """ "Things I want to talk about": what the user marked to share, oldest first.

    A record marked to share brings its note, and a session its line to bring
    up (``insights.summary.shared_notes_of``, the rule the weekly summary
    uses); a journal entry marked to share brings its title and text too (the
    entry itself is what the user chose to share), with its note on the same
    line. Each is one line, its free text on one line.
    """
    timed = sorted(records, key=lambda r: (r.day, r.at.strftime("%H:%M")))
    lines: list[str] = []
    for record in timed:
        notes = shared_notes_of(record)
        if isinstance(record, JournalEntry) and record.share:
            parts = [record.title.strip(), record.text, *(n.note for n in notes)]
            text = " · ".join(" ".join(p.split()) for p in parts if p.strip())
            lines.append(f"{day_label(record.day)} ({kind_name(record.kind)}): {text}")
            continue
        for note in notes:
            text = " ".join(note.note.split())
            lines.append(f"{day_label(note.day)} ({note_about(note)}): {text}")
    return lines


# -- charts in words (what a screen reader says for each chart) ----------------------


def week_chart_text(figures: WeekFigures, shown_days: frozenset[date] | None = None) -> str:
    """The day-by-day chart as sentences: each day's time with people, alone and in solitude."""
    parts = []
    for day in figures.days:
        if shown_days is not None and day.day not in shown_days:
            continue
        if not day.logged:
            parts.append(tr("{day}: not logged").format(day=day_label(day.day)))
            continue
        values = [
            tr("{time} with people").format(time=duration(day.connection_minutes)),
            tr("{time} alone, not chosen").format(time=duration(day.unchosen_minutes)),
            tr("{time} chosen solitude").format(time=duration(day.chosen_minutes)),
        ]
        parts.append(f"{day_label(day.day)}: {', '.join(values)}")
    return "; ".join(parts) + "."


def mood_chart_text(figures: WeekFigures) -> str:
    """The mood chart as a sentence: each logged day's average mood."""
    days = [d for d in figures.days if d.mood_avg is not None]
    if not days:
        return tr("No mood check-ins this week.")
    values = "; ".join(f"{day_label(d.day)}: {score(d.mood_avg)}" for d in days)
    return tr("Mood by day, of 10: {values}.").format(values=values)


def circles_chart_text(figures: WeekFigures, order: Sequence[Circle] = tuple(Circle)) -> str:
    """The circles chart as a sentence: connection moments and time with each circle."""
    by_circle = figures.connection.by_circle
    parts = []
    for circle in order:
        f = by_circle[circle]
        value = moments_and_time(f.moments, f.minutes) if f.moments else tr("none noted")
        parts.append(f"{circle_name(circle)}: {value}")
    return tr("Connection moments by circle: {values}.").format(values="; ".join(parts))


def trend_chart_text(points: Sequence[TrendPoint]) -> str:
    """The weeks chart as a sentence: each week's time with people and alone, not chosen."""
    parts = []
    for point in points:
        when = tr("week of {day}").format(day=short_day(point.week.start))
        if not point.days_logged:
            parts.append(tr("{week}: not logged").format(week=when))
            continue
        parts.append(
            tr("{week}: {people} with people, {alone} alone, not chosen").format(
                week=when,
                people=duration(point.connection_minutes),
                alone=duration(point.unchosen_minutes),
            )
        )
    return "; ".join(parts) + "." if parts else ""
