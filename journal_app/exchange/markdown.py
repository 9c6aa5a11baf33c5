"""Markdown export: the weekly figures in words, the flagged notes, then every record.

Weeks come newest first, like the PDF (the week a therapist asks about is on
top). Text the user wrote is escaped, so a ``#`` or ``|`` in a note never
changes the layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from journal_app.domain.records import JournalEntry, SessionReflection
from journal_app.exchange.wording import (
    answer,
    change_in_words,
    circle_name,
    count,
    day_label,
    duration,
    moments_and_time,
    mood_lines,
    reflection_intro,
    score,
    session_reflections,
    span_label,
    support_in_words,
    talk_about,
    tr,
    week_code,
    week_heading,
)
from journal_app.insights import Week, WeeklySummary
from journal_app.words import describe, reflection_question

if TYPE_CHECKING:
    from journal_app.exchange.export import ExportData, Progress

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!])")


def escape(text: str) -> str:
    """User text on one line, with Markdown's special characters escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def escape_block(text: str) -> list[str]:
    """User text of several lines, each escaped, for a block quote."""
    return [_SPECIAL.sub(r"\\\1", line.rstrip()) for line in text.splitlines()] or [""]


def figures_lines(summary: WeeklySummary) -> list[str]:
    s = summary
    c, a, m, b = s.connection, s.alone, s.mood, s.boundaries
    lines = [tr("- Days logged: {n} of 7").format(n=s.days_logged)]
    detail = [count(c.people, tr("1 person"), tr("{n} people"))] if c.people else []
    if c.initiated:
        detail.append(tr("I reached out {n} times").format(n=c.initiated))
    if c.avg_felt_safe is not None:
        detail.append(tr("felt safe {avg} of 5 on average").format(avg=score(c.avg_felt_safe)))
    lines.append(
        tr("- Time with people: {moments}, {time}").format(
            moments=count(c.moments, tr("1 moment"), tr("{n} moments")), time=duration(c.minutes)
        )
        + (f" ({'; '.join(detail)})" if detail else "")
    )
    lines.append(
        tr("- Time alone, not chosen: {time} in {periods}").format(
            time=duration(a.unchosen_minutes),
            periods=count(a.unchosen_periods, tr("1 period"), tr("{n} periods")),
        )
    )
    lines.append(tr("- Chosen solitude: {time}").format(time=duration(a.chosen_minutes)))
    lines.append(
        tr("- Days with connection: {n}; days alone without connection: {m}").format(
            n=s.connected_days, m=s.isolated_days
        )
    )
    if s.balance is not None:
        lines.append(
            tr("- Share of this time spent with people: {pct} %").format(pct=round(s.balance * 100))
        )
    lines.append(
        tr("- Mood: {n} check-ins, average {avg} of 10").format(n=m.checkins, avg=score(m.avg))
    )
    lines.append(
        tr(
            "- Boundaries practised: {n} ({held} held, {partly} partly, {not_held} did not hold)"
        ).format(n=b.practised, held=b.held, partly=b.partly, not_held=b.not_held)
    )
    circles = [
        f"{circle_name(circle)} {moments_and_time(f.moments, f.minutes)}"
        for circle, f in c.by_circle.items()
        if f.moments
    ]
    if circles:
        lines.append(tr("- Connection moments by circle: {list}").format(list="; ".join(circles)))
    support = support_in_words(c.support)
    if support:
        lines.append(tr("- Support: {words}").format(words=support))
    return lines


def _day_table(summary: WeeklySummary, data: ExportData) -> list[str]:
    header = [tr("Day"), tr("Mood"), tr("With people"), tr("Alone, not chosen"), tr("Solitude")]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for day in summary.days:
        if not data.shows(day.day):
            cells = [day_label(day.day), tr("outside this export"), "", "", ""]
        elif not day.logged:
            cells = [day_label(day.day), tr("not logged"), "", "", ""]
        else:
            cells = [
                day_label(day.day),
                score(day.mood_avg),
                duration(day.connection_minutes) if day.connection_moments else "—",
                duration(day.unchosen_minutes) if day.unchosen_minutes else "—",
                duration(day.chosen_minutes) if day.chosen_minutes else "—",
            ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def week_section(data: ExportData, week: Week) -> list[str]:
    summary = data.summary(week)
    out = [
        f"## {week_heading(week)} · {week_code(week)}",
        "",
        *figures_lines(summary),
        "",
    ]
    if data.compares(week):
        out += [" ".join(change_in_words(summary)), ""]
    mood = mood_lines(summary)
    if mood:
        out += ["### " + tr("Mood"), "", *(f"- {line}" for line in mood), ""]
    if data.notes:
        out.append("### " + tr("Things I want to talk about"))
        out.append("")
        shared = talk_about(data.records_of(week))
        if shared:
            out += [f"- {escape(line)}" for line in shared]
        else:
            out.append(tr("Nothing marked to share this week."))
        out.append("")
    out += ["### " + tr("Day by day"), "", *_day_table(summary, data), ""]
    records = data.records_of(week)
    out += ["### " + tr("Records"), ""]
    if not records:
        out.append(tr("Nothing is logged in this week."))
    for record in records:
        when = f"{day_label(record.day)} {record.at.strftime('%H:%M')}"
        line = f"- {when} · {escape(describe(record, private=False))}"
        if record.note:
            line += f" — {escape(record.note)}"
        if record.share:
            line += " " + tr("(to share)")
        out.append(line)
        if isinstance(record, JournalEntry):
            out += ["", *(f"  > {part}" for part in escape_block(record.text)), ""]
    out.append("")
    return out


def reflections_section(sessions: list[tuple[date, SessionReflection]]) -> list[str]:
    """How sessions felt, one row per session: the user's own answers, never a total."""
    if not sessions:
        return []
    header = [tr("Session"), *(reflection_question(key) for key in SessionReflection.QUESTIONS)]
    lines = ["## " + tr("How sessions felt"), "", reflection_intro(), ""]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for day, reflection in sessions:
        cells = [day_label(day), *(answer(v) for v in reflection.answers().values())]
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def to_markdown(data: ExportData, progress: Progress | None = None) -> bytes:
    sessions = session_reflections(data.records)
    parts = markdown_parts(
        data, data.weeks(), lambda week: data, len(data.records), sessions, progress
    )
    return "".join(parts).encode("utf-8")


def markdown_parts(
    data: ExportData,
    weeks: list[Week],
    for_week: Callable[[Week], ExportData],
    total: int,
    sessions: list[tuple[date, SessionReflection]],
    progress: Progress | None = None,
) -> Iterator[str]:
    """The document a week at a time (newest first): ``for_week`` gives the records of a
    week and the one before it, so a whole journal is never held at once."""
    lines = [
        "# " + tr("Summary for therapy"),
        "",
        span_label(data.start, data.end) + " · " + count(total, tr("1 record"), tr("{n} records")),
        "",
    ]
    choices = data.choices_in_words()
    if choices:
        lines += [*choices, ""]
    lines += reflections_section(sessions)

    def every_line() -> Iterator[str]:
        yield from lines
        newest_first = list(reversed(weeks))
        for index, week in enumerate(newest_first, start=1):
            yield from week_section(for_week(week), week)
            if progress is not None:
                progress(index, len(newest_first))

    return _joined(every_line())


def _joined(lines: Iterable[str]) -> Iterator[str]:
    """``"\\n".join(lines).rstrip() + "\\n"``, in pieces: only the lines after the last one
    with text wait, since the end may still strip them."""
    waiting: list[str] = []
    for line in lines:
        if line.strip() and waiting:
            yield "\n".join(waiting) + "\n"
            waiting = []
        waiting.append(line)
    yield "\n".join(waiting).rstrip() + "\n"
