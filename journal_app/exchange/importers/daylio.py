"""Daylio: check-ins from its CSV export (and, through ``daylio_backup``, its backups).

Mapping (the issue left the details to us):

* every Daylio entry becomes a ``MoodCheckIn`` with its mood as a score;
* a note (with its title) becomes a ``JournalEntry`` linked to the check-in:
  the same ``at``, the activities as its tags, and an id derived from the
  check-in's id; the check-in's own note stays empty;
* an entry with activities but no note keeps them in the check-in's note as
  "Activities: a, b", since a check-in has no tags;
* Daylio's scales ("Sleep Quality: 8/10 points") are kept in the check-in's
  note, one per line;
* rich notes (HTML) become plain text, with ``_markup`` (the same as backups).

Older exports write the date as a year column and a day with a month name in
the phone's language ("7 września"); ``_months`` reads those with the CLDR
names of every language Daylio ships. ``full_date``, where the file has it,
is used first. A row with fewer columns than the header (Daylio drops a
trailing empty note) reads as empty fields; one with more is refused.

Ids are deterministic. A check-in's id comes from the local minute and the
mood label (and, for two identical ones, their place among them), so the CSV
and a backup of the same history do not duplicate each other; an entry's id
adds the note's text, so a note edited in Daylio after an earlier import is
added beside the old one rather than lost.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple

from journal_app.domain.records import AnyRecord, utc_now
from journal_app.domain.validation import ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import (
    MAX_RECORDS,
    LocalZone,
    Records,
    fold,
    imported_check_in,
    imported_entry,
    stable_id,
    title_and_text,
    too_many,
    tr,
    where_first,
)
from journal_app.exchange.importers._csv import csv_table
from journal_app.exchange.importers._markup import markup_to_text
from journal_app.exchange.importers._source import Source
from journal_app.exchange.importers.moods import MoodLabelsNeeded, normalise_mood_map


class DaylioRow(NamedTuple):
    """One Daylio entry as read, before it becomes records.

    ``where`` names it for messages ("line 12", "entry 3"); ``offset`` is
    None when the source keeps no UTC offset (the CSV). ``scales`` are
    Daylio's scale readings as written ("Sleep Quality: 8/10 points").
    """

    where: str
    day: date
    clock: time
    offset: timedelta | None
    label: str
    activities: tuple[str, ...]
    title: str
    note: str
    group_score: int | None = None
    scales: tuple[str, ...] = ()


def build_records(
    rows: Iterable[DaylioRow],
    mood_map: Mapping[str, int] | None,
    zone: tzinfo | None = None,
) -> tuple[list[AnyRecord], tuple[str, ...]]:
    """Check-ins and entries for ``rows``; returns them and every mood label found.

    Raises:
        MoodLabelsNeeded: a label has no score (checked before anything is built).
        InvalidImportFile: a value is out of range, naming the row and field.
    """
    rows = list(rows)
    scores = normalise_mood_map(mood_map)  # the defaults with the person's map over them
    own = {fold(label): score for label, score in (mood_map or {}).items()}
    folded = [fold(r.label) for r in rows]
    labels = set(folded)
    unmapped = {
        label
        for label, row in zip(folded, rows, strict=True)
        if label not in scores and row.group_score is None
    }
    if unmapped:
        raise MoodLabelsNeeded(labels, unmapped)

    # Two entries at the same minute with the same mood are told apart by
    # their place among themselves, ordered by note so file order does not matter.
    groups: dict[tuple[date, int, int, str], list[int]] = defaultdict(list)
    for i, (row, label) in enumerate(zip(rows, folded, strict=True)):
        groups[(row.day, row.clock.hour, row.clock.minute, label)].append(i)
    occurrence: dict[int, int] = {}
    for members in groups.values():
        if len(members) > 1:
            members.sort(key=lambda i: (fold(rows[i].title), fold(rows[i].note)))
            for n, i in enumerate(members):
                occurrence[i] = n

    now = utc_now()  # one created/updated time for the whole import
    local = LocalZone(zone)
    records: list[AnyRecord] = Records(tr("Daylio file"))
    for i, (row, label) in enumerate(zip(rows, folded, strict=True)):
        # A backup's mood group decides, unless the person mapped that label.
        score = own.get(label, row.group_score) if row.group_score else scores[label]
        try:
            if row.offset is None:
                at = local.moment(row.day, row.clock)
            else:
                at = datetime.combine(row.day, row.clock, timezone(row.offset))
            clock = f"{row.clock.hour:02d}:{row.clock.minute:02d}"
            checkin_id = stable_id(
                "daylio", row.day.isoformat(), clock, label, occurrence.get(i, 0)
            )
            title, text = title_and_text(row.title, row.note)
            lines: list[str] = []
            if not text and row.activities:
                lines.append(tr("Activities: {list}").format(list=", ".join(row.activities)))
            lines.extend(row.scales)
            records.append(imported_check_in(checkin_id, at, score, now, note_lines=lines))
            if text:
                note_id = stable_id("daylio-note", checkin_id, fold(row.title), fold(row.note))
                records.append(
                    imported_entry(note_id, at, text, now, title=title, tags=row.activities)
                )
        except (ValidationError, ValueError, OverflowError) as exc:
            raise InvalidImportFile(
                tr("{where}: {problem}. Nothing was imported.").format(
                    where=where_first(row.where), problem=exc
                )
            ) from None
    return records, tuple(sorted(labels))


# -- the CSV export ------------------------------------------------------------------

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$", re.IGNORECASE)


def parse_clock(text: str) -> time:
    """``21:10``, ``9:10 pm``, ``9:10 PM``, ``09:10 a.m.``."""
    match = _CLOCK.match(text.strip())
    if not match:
        raise ValueError(
            tr('time should look like "21:10" or "9:10 pm", not {text}').format(
                text=repr(text.strip())
            )
        )
    hour, minute = int(match[1]), int(match[2])
    second = int(match[3] or 0)
    half = (match[4] or "").lower()
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(
                tr("time {text}: the hour must be from 1 to 12 with am/pm").format(
                    text=repr(text.strip())
                )
            )
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(tr("time {text} is not a time of day").format(text=repr(text.strip())))
    return time(hour, minute, second)


def _csv_day(row: dict[str, str]) -> date:
    full = row.get("full_date", "").strip()
    if full:
        try:
            return date.fromisoformat(full)
        except ValueError:
            raise ValueError(
                tr('full_date should look like "2026-11-16", not {text}').format(text=repr(full))
            ) from None
    year_text = row.get("year", "").strip()
    if not year_text.isdigit() or len(year_text) != 4:
        raise ValueError(
            tr('year should be four digits like "2018", not {text}').format(text=repr(year_text))
        )
    from journal_app.exchange.importers._months import MonthNameError, month_and_day

    text = row.get("date", "")
    try:
        return month_and_day(text, int(year_text), row.get("weekday", ""))
    except MonthNameError:
        raise ValueError(
            tr(
                'date should be a day and a month, like "18 May" or "7 września", not {text}'
            ).format(text=repr(text.strip()))
        ) from None


def _scales(text: str) -> tuple[str, ...]:
    """Daylio's scales column ("Sleep Quality: 8/10 points | Energy: 3/5 points")."""
    return tuple(" ".join(part.split()) for part in text.split("|") if part.strip())


def read_csv_rows(data: bytes | Source) -> list[DaylioRow]:
    """Daylio's CSV export as rows; every header variant, BOM, multi-line notes."""
    with csv_table(data, tr("Daylio export")) as table:
        header = table.header
        has_date = "full_date" in header or ("year" in header and "date" in header)
        if not has_date or "time" not in header or "mood" not in header:
            shown = ",".join(table.header_row)[:120]
            raise InvalidImportFile(
                tr(
                    "This is not a Daylio CSV export: line 1 should be a header like "
                    '"full_date,date,weekday,time,mood,activities,note_title,note", '
                    "not {header}."
                ).format(header=repr(shown))
            )
        table.check_unique()
        rows: list[DaylioRow] = []
        for start, row in table.rows():
            if len(rows) >= MAX_RECORDS:
                raise too_many(tr("Daylio export"))
            rows.append(_row(start, row))
        return rows


def _row(start: int, row: dict[str, str]) -> DaylioRow:
    try:
        day = _csv_day(row)
        clock = parse_clock(row["time"])
    except ValueError as exc:
        raise InvalidImportFile(
            tr("Line {line} of this Daylio export: {problem}. Nothing was imported.").format(
                line=start, problem=exc
            )
        ) from None
    label = row["mood"]
    if not fold(label):
        raise InvalidImportFile(
            tr("Line {line} of this Daylio export has no mood. Nothing was imported.").format(
                line=start
            )
        )
    activities = tuple(a.strip() for a in row.get("activities", "").split("|") if a.strip())
    return DaylioRow(
        where=tr("line {line}").format(line=start),
        day=day,
        clock=clock,
        offset=None,
        label=label,
        activities=activities,
        title=markup_to_text(row.get("note_title", "")),
        note=markup_to_text(row.get("note", "")),
        scales=_scales(row.get("scales", "")),
    )


def parse_csv(
    data: bytes | Source, mood_map: Mapping[str, int] | None = None, zone: tzinfo | None = None
) -> tuple[list[AnyRecord], tuple[str, ...]]:
    """Records and mood labels from a Daylio CSV export."""
    return build_records(read_csv_rows(data), mood_map, zone)
