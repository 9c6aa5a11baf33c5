"""The weekly summary in words: a short, gentle paragraph and a small table.

Wording rules (issue 3, DESIGN.md "The weekly summary"):

- A day with no records is "not logged"; the text never calls it alone or
  isolated, and never counts missing days against the user.
- Descriptive only: no streaks, no scores to fail, no better or worse.
- Mood on connected days is compared with the other days in words only when
  each side has check-ins on at least ``MIN_DAYS_TO_COMPARE`` days.

Every user-visible string goes through ``tr`` (Qt's translation with the
context ``summary``); only QtCore is used, never widgets.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from journal_app.domain.records import Circle, RecordKind, Support
from journal_app.insights.summary import DayFigures, WeeklySummary

MIN_DAYS_TO_COMPARE = 3
WIDTH = 78
_CONTEXT = "summary"
_KEEP_TOGETHER = "\u00a0"  # joins "1 h 30 min" while wrapping; a plain space in the output


def tr(source: str, n: int = -1, *, one: str | None = None) -> str:
    """Translate ``source``; ``%n`` is replaced by ``n`` (Qt plural forms).

    Without a translator Qt returns the English source; ``one`` is the English
    singular used then for ``n == 1`` ("one moment", not "1 moments").
    """
    translated = QCoreApplication.translate(_CONTEXT, source, None, n)
    if n == 1 and one is not None and translated == source.replace("%n", "1"):
        return one
    return translated


def weekday(day: date) -> str:
    """``Mon``: the short name of ``day``'s weekday."""
    names = (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))
    return names[day.weekday()]


def month(day: date) -> str:
    """``Nov``: the short name of ``day``'s month."""
    names = (
        tr("Jan"), tr("Feb"), tr("Mar"), tr("Apr"), tr("May"), tr("Jun"),
        tr("Jul"), tr("Aug"), tr("Sep"), tr("Oct"), tr("Nov"), tr("Dec"),
    )  # fmt: skip
    return names[day.month - 1]


def span_label(start: date, end: date) -> str:
    """Dates first, as a person says them: ``16–22 Nov 2026``.

    Across a month ``30 Nov – 6 Dec 2026``, across a year ``29 Dec 2025 – 4 Jan 2026``,
    one day ``16 Nov 2026``. The summaries, the week view and every export use it.
    """
    if start == end:
        return tr("{d} {m} {year}").format(d=start.day, m=month(start), year=start.year)
    if start.year != end.year:
        return tr("{d1} {m1} {y1} – {d2} {m2} {y2}").format(
            d1=start.day, m1=month(start), y1=start.year, d2=end.day, m2=month(end), y2=end.year
        )
    if start.month != end.month:
        return tr("{d1} {m1} – {d2} {m2} {year}").format(
            d1=start.day, m1=month(start), d2=end.day, m2=month(end), year=end.year
        )
    return tr("{d1}–{d2} {m} {year}").format(d1=start.day, d2=end.day, m=month(end), year=end.year)


def circle_name(circle: Circle) -> str:
    """The circle's one name, the same as ``journal_app.words.circle_label`` (a test checks).

    Written out again here because insights sit below ``words``; translated in
    this module's context like every other word of the summary.
    """
    names = {
        Circle.CLOSE: tr("Close people"),
        Circle.PEER: tr("Peers"),
        Circle.COMMUNITY: tr("Community"),
        Circle.PROFESSIONAL: tr("Professional support"),
    }
    return names[circle]


def _kind(kind: RecordKind) -> str:
    names = {
        RecordKind.MOOD: tr("mood"),
        RecordKind.CONNECTION: tr("connection"),
        RecordKind.ALONE: tr("time alone"),
        RecordKind.BOUNDARY: tr("boundary"),
        RecordKind.ENTRY: tr("journal entry"),
    }
    return names[kind]


def duration(minutes: int) -> str:
    """``45 min``, ``2 h``, ``1 h 30 min``."""
    return _duration(minutes).replace(_KEEP_TOGETHER, " ")


def _duration(minutes: int) -> str:
    """A duration that a line wrap will not split."""
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        text = tr("{m} min").format(m=rest)
    elif rest == 0:
        text = tr("{h} h").format(h=hours)
    else:
        text = tr("{h} h {m} min").format(h=hours, m=rest)
    return text.replace(" ", _KEEP_TOGETHER)


def times(n: int) -> str:
    """``once``, ``twice``, ``three times`` … ``nine times``, then ``10 times``: how often."""
    words = {
        1: tr("once"),
        2: tr("twice"),
        3: tr("three times"),
        4: tr("four times"),
        5: tr("five times"),
        6: tr("six times"),
        7: tr("seven times"),
        8: tr("eight times"),
        9: tr("nine times"),
    }
    return words.get(n) or tr("%n times", n)


def support_in_words(support: Mapping[Support, int]) -> str:
    """Which way support went this week, in words; empty when no moment says.

    "You gave support twice and received it three times. Support went both
    ways once." A kind with no moments is left out, never said as zero.
    """
    gave, received, mutual = (support.get(kind, 0) for kind in Support)
    sentences: list[str] = []
    if gave and received:
        sentences.append(
            tr("You gave support {gave} and received it {received}.").format(
                gave=times(gave), received=times(received)
            )
        )
    elif gave:
        sentences.append(tr("You gave support {n}.").format(n=times(gave)))
    elif received:
        sentences.append(tr("You received support {n}.").format(n=times(received)))
    if mutual:
        sentences.append(tr("Support went both ways {n}.").format(n=times(mutual)))
    return " ".join(sentences)


def _wrap(text: str) -> str:
    return textwrap.fill(text, WIDTH, break_on_hyphens=False).replace(_KEEP_TOGETHER, " ")


def _score(value: float) -> str:
    """``6.5``, or ``6,5`` where the translation says so (as ``journal_app.i18n.decimal``,
    which insights does not import: its words come from Qt alone)."""
    whole, _, fraction = f"{value:.1f}".partition(".")
    return tr("{whole}.{fraction}").format(whole=whole, fraction=fraction)


def paragraph(summary: WeeklySummary) -> str:
    """A few plain sentences about the week, wrapped to ``WIDTH`` columns."""
    s = summary
    sentences: list[str] = []
    if s.days_logged == 0:
        sentences.append(
            tr("Nothing is logged for this week. Whenever you write something down, it shows here.")
        )
    else:
        if s.days_logged == 7:
            sentences.append(tr("You logged something on every day of the week."))
        else:
            sentences.append(
                tr("You logged something on {n} of the 7 days.").format(n=s.days_logged)
            )
        missing = 7 - s.days_logged
        if missing:
            sentences.append(
                tr("The other %n days are not logged.", missing, one="The other day is not logged.")
            )

    c = s.connection
    if c.moments and c.minutes:
        sentences.append(
            tr(
                "You had %n moments of connection, {duration} in all.",
                c.moments,
                one="You had one moment of connection, {duration} in all.",
            ).format(duration=_duration(c.minutes))
        )
    elif c.moments:  # messages only: a moment need not take minutes
        sentences.append(
            tr(
                "You had %n moments of connection.",
                c.moments,
                one="You had one moment of connection.",
            )
        )
    if c.moments:
        if c.people:
            sentences.append(
                tr(
                    "You were in touch with %n people.",
                    c.people,
                    one="You were in touch with one person.",
                )
            )
        if c.initiated:
            sentences.append(
                tr(
                    "You reached out yourself %n times.",
                    c.initiated,
                    one="You reached out yourself once.",
                )
            )
        support = support_in_words(c.support)
        if support:
            sentences.append(support)
    elif s.days_logged:
        sentences.append(tr("No moments of connection are logged this week."))

    a = s.alone
    if a.unchosen_minutes:
        sentences.append(
            tr("You noted {duration} of time alone that you did not choose.").format(
                duration=_duration(a.unchosen_minutes)
            )
        )
    if a.chosen_minutes:
        sentences.append(
            tr("You also took {duration} of solitude you chose for yourself.").format(
                duration=_duration(a.chosen_minutes)
            )
        )

    m = s.mood
    if m.checkins and m.avg is not None:
        sentences.append(
            tr(
                "You checked in on your mood %n times; it averaged {avg} out of 10.",
                m.checkins,
                one="You checked in on your mood once; it was {avg} out of 10.",
            ).format(avg=_score(m.avg))
        )
    if (
        m.connected_days_with_checkins >= MIN_DAYS_TO_COMPARE
        and m.other_days_with_checkins >= MIN_DAYS_TO_COMPARE
        and m.avg_connected_days is not None
        and m.avg_other_days is not None
    ):
        sentences.append(
            tr(
                "On days with connection your mood averaged {connected}; "
                "on the other logged days, {other}."
            ).format(connected=_score(m.avg_connected_days), other=_score(m.avg_other_days))
        )

    b = s.boundaries
    if b.practised:
        outcomes = [
            text
            for count, text in (
                (b.held, tr("%n held", b.held)),
                (b.partly, tr("%n partly held", b.partly)),
                (b.not_held, tr("%n did not hold this time", b.not_held)),
            )
            if count
        ]
        sentences.append(
            tr(
                "You practised a boundary %n times ({outcomes}).",
                b.practised,
                one="You practised a boundary once ({outcomes}).",
            ).format(outcomes=", ".join(outcomes))
        )

    p = s.previous
    if p.connection_moments:
        sentences.append(
            tr(
                "The week before ({week}) had %n moments of connection, {duration} in all.",
                p.connection_moments,
                one="The week before ({week}) had one moment of connection, {duration} in all.",
            ).format(week=p.week.label, duration=_duration(p.connection_minutes))
        )
    if p.unchosen_minutes:
        sentences.append(
            tr("In the week before, you noted {duration} of time alone you did not choose.").format(
                duration=_duration(p.unchosen_minutes)
            )
        )
    return _wrap(" ".join(sentences))


def _day_cells(day: DayFigures) -> list[str]:
    label = f"{weekday(day.day)} {day.day.isoformat()}"
    if not day.logged:
        return [label, tr("not logged")]
    none = "—"
    connection = none
    if day.connection_moments:
        connection = tr("%n × {duration}", day.connection_moments).format(
            duration=duration(day.connection_minutes)
        )
    return [
        label,
        _score(day.mood_avg) if day.mood_avg is not None else none,
        connection,
        duration(day.unchosen_minutes) if day.unchosen_minutes else none,
        duration(day.chosen_minutes) if day.chosen_minutes else none,
        str(day.boundaries) if day.boundaries else none,
    ]


def table(summary: WeeklySummary) -> str:
    """One row per day; a day without records reads "not logged"."""
    header = [
        tr("Day"),
        tr("Mood"),
        tr("Connection"),
        tr("Alone, unchosen"),
        tr("Solitude"),
        tr("Boundaries"),
    ]
    rows = [_day_cells(day) for day in summary.days]
    widths = [len(cell) for cell in header]
    for row in rows:
        if len(row) == len(header):
            widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
        else:  # "not logged" spans the remaining columns
            widths[0] = max(widths[0], len(row[0]))

    def line(cells: list[str]) -> str:
        padded = [cell.ljust(w) for cell, w in zip(cells, widths, strict=False)]
        return "  ".join(padded).rstrip()

    return "\n".join([line(header), *(line(row) for row in rows)])


def by_circle(summary: WeeklySummary) -> str:
    parts = [
        tr("{circle}: %n × {duration}", figures.moments)
        .format(circle=circle_name(circle), duration=_duration(figures.minutes))
        .replace(" ", _KEEP_TOGETHER)
        for circle, figures in summary.connection.by_circle.items()
        if figures.moments
    ]
    if not parts:
        return ""
    return _wrap(tr("By circle: {parts}").format(parts=", ".join(parts)))


def shared_notes(summary: WeeklySummary) -> str:
    if not summary.shared_notes:
        return ""
    lines = [tr("Notes to share with your therapist:")]
    for note in summary.shared_notes:
        text = " ".join(note.note.split())
        about = tr("to bring up next session") if note.next_time else _kind(note.kind)
        lines.append(f"- {note.day.isoformat()} ({about}): {text}")
    return "\n".join(lines)


def render_text(summary: WeeklySummary) -> str:
    """The whole text form of ``summary --format text``."""
    week = summary.week
    title = tr("{dates} (week {label})").format(
        dates=span_label(week.start, week.end), label=week.label
    )
    blocks = [title, paragraph(summary), table(summary), by_circle(summary), shared_notes(summary)]
    return "\n\n".join(block for block in blocks if block) + "\n"
