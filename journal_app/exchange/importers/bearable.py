"""Bearable's CSV export: one row per reading, moods and everything else.

Headers seen in real exports: ``date,weekday,time of day,category,
rating/amount,detail,notes`` and, in newer ones, ``date formatted`` after
``date``. Dates look like ``22nd Sep 2020`` (``date formatted`` is ISO).

Mapping:

* a ``Mood`` row (1–10) becomes a ``MoodCheckIn`` with that score; the words
  in ``detail`` ("Meh | Anxious") that are in our vocabulary become its
  emotion words, the others are kept as tags; its notes become a journal
  entry at the same moment, with those tags; without notes, the other words
  stay in the check-in's note ("Feelings: Meh, Bored");
* every other category (symptoms, sleep, energy, factors, medication,
  gratitudes, food, custom ones) is kept in plain words in the note of that
  day's first check-in, one line per category ("Symptoms: Stress (Mild) ·
  evening; Headache (Mild) · morning"); a day without a mood check-in gets a journal entry "From
  Bearable" at midday holding them;
* time is ``03:00`` or a slot, placed at the middle of its six hours:
  ``pre`` (midnight to 6) 03:00, ``am`` 09:00, ``mid`` 15:00, ``pm`` 21:00;
  ``all day`` and an empty time are midday. The UTC offset is the one this
  machine's zone had on that date.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, tzinfo
from typing import Any, NamedTuple

from journal_app.domain.records import AnyRecord, utc_now
from journal_app.domain.validation import ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import (
    ALL_DAY,
    LocalZone,
    Records,
    emotions_and_tags,
    fold,
    imported_check_in,
    imported_entry,
    stable_id,
    tr,
)
from journal_app.exchange.importers._csv import CsvTable, csv_table
from journal_app.exchange.importers._source import Source
from journal_app.exchange.importers.daylio import parse_clock

SLOTS = {"pre": time(3, 0), "am": time(9, 0), "mid": time(15, 0), "pm": time(21, 0)}
_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_DATE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]+)\.?,?\s+(\d{4})$", re.IGNORECASE)
_UNIT = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
_HOURS = re.compile(r"^(\d{1,2}):(\d{2})$")
_REQUIRED = ("category", "time of day")


class _Reading(NamedTuple):
    line: int
    day: date
    clock: time
    time_cell: str
    category: str
    amount: str
    detail: str
    notes: str


def _when(cell: str) -> str:
    """A reading's time in words: "evening" for a slot, "08:12" for a clock time."""
    words = {
        "pre": tr("early hours"),
        "am": tr("morning"),
        "mid": tr("afternoon"),
        "pm": tr("evening"),
        "all day": tr("all day"),
    }
    key = cell.strip().casefold()
    if key in words:
        return words[key]
    try:
        clock = parse_clock(cell)
    except ValueError:
        return cell.strip()
    return f"{clock.hour:02d}:{clock.minute:02d}"


def _day(row: dict[str, str]) -> date:
    formatted = row.get("date formatted", "").strip()
    if formatted:
        try:
            return date.fromisoformat(formatted[:10])
        except ValueError:
            raise ValueError(
                tr("'date formatted' should look like 2020-09-22, not {text}").format(
                    text=repr(formatted)
                )
            ) from None
    text = row.get("date", "").strip()
    match = _DATE.match(text)
    if match and match[2].casefold() in _MONTHS:
        try:
            return date(int(match[3]), _MONTHS[match[2].casefold()], int(match[1]))
        except ValueError:
            pass
    else:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise ValueError(
        tr("'date' should look like \"22nd Sep 2020\", not {text}").format(text=repr(text))
    )


def _clock(cell: str) -> time:
    key = cell.strip().casefold()
    if key in SLOTS:
        return SLOTS[key]
    if key in ("", "all day"):
        return ALL_DAY
    try:
        return parse_clock(cell)
    except ValueError:
        raise ValueError(
            tr(
                "'time of day' should be a time like 03:00 or one of pre, am, mid, pm, "
                "all day, not {text}"
            ).format(text=repr(cell.strip()))
        ) from None


def _score(text: str) -> int:
    value = text.strip()
    score = int(value) if re.fullmatch(r"[0-9]{1,2}", value) else 0
    if not 1 <= score <= 10:
        raise ValueError(
            tr(
                "'rating/amount' of a mood should be a whole number from 1 to 10, not {text}"
            ).format(text=repr(value))
        )
    return score


def _words(detail: str) -> list[str]:
    return [w.strip() for w in detail.split("|") if w.strip()]


def _notes(text: str) -> str:
    """Bearable's notes; a lone ". " (it writes one for sleep) is no note."""
    text = text.replace("\r\n", "\n").strip()
    return "" if not text.strip(" .") else text


def _describe(reading: _Reading) -> str:
    """One reading of another category in plain words."""
    category = reading.category.strip().casefold()
    amount = reading.amount.strip()
    detail = ", ".join(_words(reading.detail))
    if category.startswith("meds") or category.startswith("medication"):
        unit = _UNIT.match(reading.detail.strip())
        words = f"{unit[1]} {amount} {unit[2]}" if unit and amount else f"{detail} {amount}"
    elif category == "sleep":
        hours = _HOURS.match(amount)
        length = tr("{h} h {m} min").format(h=int(hours[1]), m=int(hours[2])) if hours else amount
        words = f"{length} ({detail})" if detail and length else length or detail
    elif category == "symptom" or not amount:
        words = detail or amount
    else:
        words = f"{detail} ({amount})" if detail else amount
    parts = (words.strip(), _when(reading.time_cell), _notes(reading.notes))
    return " · ".join(part for part in parts if part)


def _category_name(category: str) -> str:
    names = {
        "symptom": tr("Symptoms"),
        "energy": tr("Energy"),
        "sleep": tr("Sleep"),
        "sleep quality": tr("Sleep quality"),
        "factors": tr("Factors"),
        "meds/supplements": tr("Medication and supplements"),
        "gratitudes": tr("Gratitude"),
    }
    return names.get(category.strip().casefold(), category.strip())


def _day_lines(readings: list[_Reading]) -> list[str]:
    """A day's other readings, one line per category, in the order they first appear."""
    by_category: dict[str, list[str]] = defaultdict(list)
    for reading in sorted(readings, key=lambda r: (r.clock, r.line)):
        described = _describe(reading)
        if described:
            by_category[_category_name(reading.category)].append(described)
    return [f"{name}: {'; '.join(items)}" for name, items in by_category.items()]


def _readings(table: CsvTable) -> Iterator[_Reading]:
    header = table.header
    has_date = "date" in header or "date formatted" in header
    if not has_date or any(name not in header for name in _REQUIRED):
        shown = ",".join(table.header_row)[:120]
        raise InvalidImportFile(
            tr(
                "This is not a Bearable CSV export: line 1 should be a header like "
                '"date,weekday,time of day,category,rating/amount,detail,notes", not {header}.'
            ).format(header=repr(shown))
        )
    for start, row in table.rows():
        category = row["category"].strip()
        try:
            if not category:
                raise ValueError(tr("it has no category"))
            yield _Reading(
                line=start,
                day=_day(row),
                clock=_clock(row["time of day"]),
                time_cell=row["time of day"],
                category=category,
                amount=row.get("rating/amount", ""),
                detail=row.get("detail", ""),
                notes=row.get("notes", ""),
            )
        except ValueError as exc:
            raise InvalidImportFile(
                tr("Line {line} of this Bearable export: {problem}. Nothing was imported.").format(
                    line=start, problem=exc
                )
            ) from None


def parse(data: bytes | Source, zone: tzinfo | None = None) -> list[AnyRecord]:
    """Check-ins and entries from a Bearable CSV export."""
    moods: dict[date, list[_Reading]] = defaultdict(list)
    others: dict[date, list[_Reading]] = defaultdict(list)
    with csv_table(data, tr("Bearable export")) as table:
        for reading in _readings(table):
            target = moods if reading.category.casefold() == "mood" else others
            target[reading.day].append(reading)
    return _records(moods, others, zone)


def _records(
    moods: dict[date, list[_Reading]], others: dict[date, list[_Reading]], zone: tzinfo | None
) -> list[AnyRecord]:
    now = utc_now()
    local = LocalZone(zone)
    records: list[AnyRecord] = Records(tr("Bearable export"))
    for day in sorted(set(moods) | set(others)):
        lines = _day_lines(others.get(day, []))
        readings = sorted(moods.get(day, []), key=lambda r: (r.clock, r.line))
        seen: Counter[tuple[Any, ...]] = Counter()
        for n, reading in enumerate(readings):
            try:
                records.extend(_check_in(reading, lines if n == 0 else [], local, seen, now))
            except (ValidationError, ValueError, OverflowError) as exc:
                raise InvalidImportFile(
                    tr(
                        "Line {line} of this Bearable export: {problem}. Nothing was imported."
                    ).format(line=reading.line, problem=exc)
                ) from None
        if not readings and lines:
            first = min(r.line for r in others[day])
            try:
                text = "\n".join(lines)
                day_id = stable_id("bearable-day", day.isoformat(), fold(text))
                at = local.moment(day, ALL_DAY)
                records.append(imported_entry(day_id, at, text, now, title=tr("From Bearable")))
            except (ValidationError, ValueError, OverflowError) as exc:
                raise InvalidImportFile(
                    tr(
                        "Line {line} of this Bearable export: {problem}. Nothing was imported."
                    ).format(line=first, problem=exc)
                ) from None
    return records


def _check_in(
    reading: _Reading,
    lines: list[str],
    local: LocalZone,
    seen: Counter[tuple[Any, ...]],
    now: datetime,
) -> list[AnyRecord]:
    score = _score(reading.amount)
    emotions, tags = emotions_and_tags(_words(reading.detail))
    notes = _notes(reading.notes)
    at = local.moment(reading.day, reading.clock)
    key = ("bearable", reading.day.isoformat(), reading.time_cell.strip().casefold(), score)
    seen[key] += 1
    checkin_id = stable_id(*key, seen[key])
    note_lines = list(lines)
    if tags and not notes:
        note_lines.insert(0, tr("Feelings: {words}").format(words=", ".join(tags)))
    out: list[AnyRecord] = [
        imported_check_in(checkin_id, at, score, now, emotions=emotions, note_lines=note_lines)
    ]
    if notes:
        note_id = stable_id("bearable-note", checkin_id, fold(notes))
        out.append(imported_entry(note_id, at, notes, now, tags=tags))
    return out
