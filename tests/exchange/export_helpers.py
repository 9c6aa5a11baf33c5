"""A small journal with one known week (2026-W47), for the export tests.

Hand-computed figures of 2026-W47 (Mon 16 Nov to Sun 22 Nov), all records:
10 records on 5 logged days (Wed and Sun not logged); connection: 3 moments,
140 min (2 h 20 min), 3 people, 1 initiated; alone: 120 min not chosen in
1 period, 90 min chosen; mood: 3 check-ins, 6, 4, 7, average 5.67; one
boundary, held. The week before holds one moment; one record lies after the
week and one two weeks before.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from journal_app.domain.records import (
    AnyRecord,
    BoundaryPractice,
    BoundaryType,
    Circle,
    ConnectionMoment,
    ContactMode,
    JournalEntry,
    MoodCheckIn,
    Outcome,
    Person,
    TimeAlone,
)
from journal_app.services.journal import Journal

PASSPHRASE = "correct horse battery"
TZ = timezone(timedelta(hours=1))
MON = date(2026, 11, 16)
SUN = date(2026, 11, 22)
NAMES = ("Sam", "Dr Lee", "Rowan", "Kit")
PEOPLE = (
    Person(name="Sam", circle=Circle.CLOSE),
    Person(name="Dr Lee", circle=Circle.PROFESSIONAL),
    Person(name="Rowan", circle=Circle.PEER),
    Person(name="Kit", circle=Circle.COMMUNITY),
)
NOTES_IN_WEEK = (
    "Walked with Sam by the river",
    "Therapy session went deep",
    "Told Sam I needed Sunday to myself",
    "Rain all afternoon",
)
ENTRY_TEXT = "A quiet evening. Sam called but I let it ring."
OUTSIDE_NOTES = ("OUTSIDE-BEFORE market day", "OUTSIDE-AFTER with Kit")


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=TZ)


def d(offset: int) -> date:
    return MON + timedelta(days=offset)


def week_records() -> list[AnyRecord]:
    """The ten records of 2026-W47, with fixed ids (w0 … w9)."""
    return [replace(r, id=f"w{i}") for i, r in enumerate(_week_records())]


def _week_records() -> list[AnyRecord]:
    return [
        MoodCheckIn(at=at(d(0), 9), score=6, emotions=("calm",)),
        ConnectionMoment(
            at=at(d(0), 17), circle=Circle.CLOSE, person="Sam", minutes=60, initiated=True,
            felt_safe=4, note=NOTES_IN_WEEK[0], share=True,
        ),
        TimeAlone(at=at(d(1), 14), minutes=120, loneliness=6, note=NOTES_IN_WEEK[3]),
        MoodCheckIn(at=at(d(1), 20), score=4, distress=6),
        ConnectionMoment(
            at=at(d(3), 10), circle=Circle.PROFESSIONAL, person="Dr Lee", minutes=50,
            note=NOTES_IN_WEEK[1],
        ),
        BoundaryPractice(
            at=at(d(3), 18), type=BoundaryType.SAYING_NO, outcome=Outcome.HELD,
            circle=Circle.CLOSE, person="Sam", fear_before=7, felt_after=6,
            note=NOTES_IN_WEEK[2], share=True,
        ),
        TimeAlone(at=at(d(4), 13), minutes=90, chosen=True),
        MoodCheckIn(at=at(d(4), 19), score=7),
        JournalEntry(at=at(d(4), 22), title="Friday", text=ENTRY_TEXT, tags=("rest",)),
        ConnectionMoment(
            at=at(d(5), 11), circle=Circle.PEER, person="Rowan", minutes=30,
            mode=ContactMode.MESSAGE,
        ),
    ]  # fmt: skip


def other_records() -> list[AnyRecord]:
    return [
        ConnectionMoment(at=at(d(-5), 12), circle=Circle.CLOSE, person="Sam", minutes=45),
        MoodCheckIn(at=at(d(-12), 9), score=5, note=OUTSIDE_NOTES[0]),
        ConnectionMoment(
            at=at(d(7), 12), circle=Circle.COMMUNITY, person="Kit", minutes=20,
            note=OUTSIDE_NOTES[1],
        ),
    ]  # fmt: skip


def make_journal(path: Path) -> Journal:
    journal, _code = Journal.create(path, PASSPHRASE)
    journal.add_many(week_records() + other_records(), PEOPLE)
    return journal
