"""Daylio: check-ins from its CSV export (and, through ``daylio_backup``, its backups).

Mapping (the issue left the details to us):

* every Daylio entry becomes a ``MoodCheckIn`` with its mood as a score;
* a note (with its title) becomes a ``JournalEntry`` linked to the check-in:
  the same ``at``, the activities as its tags, and an id derived from the
  check-in's id; the check-in's own note stays empty;
* an entry with activities but no note keeps them in the check-in's note as
  "Activities: a, b", since a check-in has no tags.

Ids are deterministic. A check-in's id comes from the local minute and the
mood label (and, for two identical ones, their place among them), so the CSV
and a backup of the same history do not duplicate each other; an entry's id
adds the note's text, so a note edited in Daylio after an earlier import is
added beside the old one rather than lost.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple

from journal_app.domain.records import AnyRecord, JournalEntry, MoodCheckIn, utc_now
from journal_app.domain.validation import MAX_SHORT_TEXT, ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import (
    LocalZone,
    decode_text,
    fold,
    stable_id,
    tag_words,
    tr,
)
from journal_app.exchange.importers.moods import MoodLabelsNeeded, normalise_mood_map


class DaylioRow(NamedTuple):
    """One Daylio entry as read, before it becomes records.

    ``where`` names it for messages ("line 12", "entry 3"); ``offset`` is
    None when the source keeps no UTC offset (the CSV).
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
    records: list[AnyRecord] = []
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
            title, text = _title_and_text(row.title, row.note)
            checkin_note = ""
            if not text and row.activities:
                checkin_note = "Activities: " + ", ".join(row.activities)
            records.append(
                MoodCheckIn(
                    id=checkin_id, at=at, score=score, note=checkin_note, created=now, updated=now
                )
            )
            if text:
                records.append(
                    JournalEntry(
                        id=stable_id("daylio-note", checkin_id, fold(row.title), fold(row.note)),
                        at=at,
                        text=text,
                        title=title,
                        tags=tag_words(row.activities),
                        created=now,
                        updated=now,
                    )
                )
        except (ValidationError, ValueError, OverflowError) as exc:
            where = row.where[:1].upper() + row.where[1:]
            raise InvalidImportFile(
                tr("{where}: {problem}. Nothing was imported.").format(where=where, problem=exc)
            ) from None
    return records, tuple(sorted(labels))


def _title_and_text(title: str, note: str) -> tuple[str, str]:
    """A journal entry's title and text from Daylio's note title and note."""
    title = title.strip()
    note = note.replace("\r\n", "\n").replace("\r", "\n").strip()
    if "\n" in title or len(title) > MAX_SHORT_TEXT:
        # Too long or on several lines for a title: keep it as the first paragraph.
        return "", f"{title}\n\n{note}".strip()
    if not note:
        return "", title
    return title, note


# -- the CSV export ------------------------------------------------------------------

_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$", re.IGNORECASE)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_CSV_FIELD_LIMIT = 4_000_000


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


def _month_day(text: str, year: int) -> date:
    """Older exports: a year column and a date like "18 May", "May 18" or "Dec 17"."""
    words = re.findall(r"[^\W\d_]+|\d+", text.casefold())
    days = [w for w in words if w.isdigit()]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    if len(days) != 1 or len(months) != 1:
        raise ValueError(
            tr('date should look like "18 May" or "May 18", not {text}').format(
                text=repr(text.strip())
            )
        )
    return date(year, months[0], int(days[0]))


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
    return _month_day(row.get("date", ""), int(year_text))


def read_csv_rows(data: bytes) -> list[DaylioRow]:
    """Daylio's CSV export as rows; every header variant, BOM, multi-line notes."""
    text = decode_text(data, tr("Daylio export"))
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InvalidImportFile(
            tr("This is not a Daylio CSV export: line {line} holds a NUL byte.").format(line=line)
        )
    # Long notes are allowed: raise the csv module's per-field limit (a
    # process-wide setting; only ever raised, never lowered).
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header_row = next(reader, None)
        if header_row is None:
            raise InvalidImportFile(tr("This Daylio export is empty: it has no header line."))
        header = [h.strip().lower() for h in header_row]
        has_date = "full_date" in header or ("year" in header and "date" in header)
        if not has_date or "time" not in header or "mood" not in header:
            shown = ",".join(header_row)[:120]
            raise InvalidImportFile(
                tr(
                    "This is not a Daylio CSV export: line 1 should be a header like "
                    '"full_date,date,weekday,time,mood,activities,note_title,note", '
                    "not {header}."
                ).format(header=repr(shown))
            )
        if len(set(header)) != len(header):
            raise InvalidImportFile(
                tr("This Daylio export's header (line 1) names a column twice.")
            )
        rows: list[DaylioRow] = []
        line = reader.line_num
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            where = tr("line {line}").format(line=start)
            if len(cells) != len(header):
                raise InvalidImportFile(
                    tr(
                        "Line {line} of this Daylio export has {columns} columns; "
                        "the header has {expected}. Nothing was imported."
                    ).format(line=start, columns=len(cells), expected=len(header))
                )
            row = dict(zip(header, cells, strict=True))
            try:
                day = _csv_day(row)
                clock = parse_clock(row["time"])
            except ValueError as exc:
                raise InvalidImportFile(
                    tr(
                        "Line {line} of this Daylio export: {problem}. Nothing was imported."
                    ).format(line=start, problem=exc)
                ) from None
            label = row["mood"]
            if not fold(label):
                raise InvalidImportFile(
                    tr(
                        "Line {line} of this Daylio export has no mood. Nothing was imported."
                    ).format(line=start)
                )
            activities = tuple(a.strip() for a in row.get("activities", "").split("|") if a.strip())
            rows.append(
                DaylioRow(
                    where=where,
                    day=day,
                    clock=clock,
                    offset=None,
                    label=label,
                    activities=activities,
                    title=row.get("note_title", ""),
                    note=row.get("note", ""),
                )
            )
    except csv.Error as exc:
        raise InvalidImportFile(
            tr("This Daylio export cannot be read as CSV at line {line}: {problem}.").format(
                line=reader.line_num, problem=exc
            )
        ) from None
    return rows


def parse_csv(
    data: bytes, mood_map: Mapping[str, int] | None = None, zone: tzinfo | None = None
) -> tuple[list[AnyRecord], tuple[str, ...]]:
    """Records and mood labels from a Daylio CSV export."""
    return build_records(read_csv_rows(data), mood_map, zone)
