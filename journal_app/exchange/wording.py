"""Words shared by the week view, the charts and every export format.

The names of stored values and the one-line description of a record come from
``journal_app.words`` (shared with the screens and the command line); the
week's own words go through ``QCoreApplication.translate`` (context ``export``)
here, once. Only QtCore: exchange code never imports widgets. The change against last week is said
descriptively — more, less, about the same — never as better or worse.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication

from journal_app.domain.records import AnyRecord, ConnectionMoment, SessionReflection
from journal_app.insights import WeeklySummary
from journal_app.insights.summary import SharedNote
from journal_app.insights.text import support_in_words as support_in_words  # re-exported
from journal_app.words import circle_label, kind_label
from journal_app.words import duration as duration  # re-exported for exchange code

_CONTEXT = "export"

# The words for records (journal_app.words), under the names exchange code uses.
circle_name = circle_label
kind_name = kind_label


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def count(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with ``{n}`` filled in (both already translated)."""
    return one.format(n=n) if n == 1 else many.format(n=n)


def short_duration(minutes: int) -> str:
    """A chart axis label: ``30m``, ``2h``, ``1.5h``."""
    if minutes < 60:
        return tr("{m}m").format(m=minutes)
    hours = minutes / 60
    text = f"{hours:.0f}" if hours == int(hours) else f"{hours:.1f}"
    return tr("{h}h").format(h=text)


def weekday(day: date) -> str:
    names = (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))
    return names[day.weekday()]


def month(day: date) -> str:
    names = (
        tr("Jan"), tr("Feb"), tr("Mar"), tr("Apr"), tr("May"), tr("Jun"),
        tr("Jul"), tr("Aug"), tr("Sep"), tr("Oct"), tr("Nov"), tr("Dec"),
    )  # fmt: skip
    return names[day.month - 1]


def day_label(day: date) -> str:
    """``Mon 16 Nov``."""
    return tr("{weekday} {day} {month}").format(weekday=weekday(day), day=day.day, month=month(day))


def span_label(start: date, end: date) -> str:
    """``16 Nov – 22 Nov 2026``."""
    return tr("{d1} {m1} – {d2} {m2} {year}").format(
        d1=start.day, m1=month(start), d2=end.day, m2=month(end), year=end.year
    )


def score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _compare(now: int, before: int) -> str:
    """``more``, ``less`` or ``same``: within 10 % (or 15 min) counts as the same."""
    if abs(now - before) <= max(15, 0.1 * max(now, before)):
        return "same"
    return "more" if now > before else "less"


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
            now=duration(c.minutes), before=duration(p.connection_minutes)
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
                now=duration(a.unchosen_minutes), before=duration(p.unchosen_minutes)
            )
        )
    if _compare(c.minutes, p.connection_minutes) == "less":
        lines.append(tr("Weeks vary; a quieter week is part of the path too."))
    return lines


def key_figures(summary: WeeklySummary) -> list[tuple[str, str, str, str]]:
    """The week's key numbers, as (key, value, what it is, detail), for the PDF and the screen.

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
        ("days_logged", tr("{n} of 7").format(n=s.days_logged), tr("days logged"), ""),
        ("with_people", duration(c.minutes), tr("with people"), people),
        (
            "alone_unchosen",
            duration(a.unchosen_minutes),
            tr("alone, not chosen"),
            periods if a.unchosen_periods else "",
        ),
        ("solitude", duration(a.chosen_minutes), tr("chosen solitude"), ""),
        (
            "mood",
            score(m.avg),
            tr("mood, of 10"),
            count(m.checkins, tr("1 check-in"), tr("{n} check-ins")) if m.checkins else "",
        ),
        ("boundaries", str(b.practised), tr("boundaries practised"), held if b.practised else ""),
        ("reached_out", str(c.initiated), tr("times I reached out"), ""),
        (
            "felt_safe",
            score(c.avg_felt_safe),
            tr("felt safe, of 5"),
            connected if s.connected_days else "",
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
