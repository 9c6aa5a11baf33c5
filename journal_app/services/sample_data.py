"""Realistic, invented sample data: for ``journal-app demo`` and the benchmarks.

No real person's words: everything is assembled from small phrase banks by a
seeded random generator, so the same seed always gives the same journal.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta, timezone

from journal_app.domain.emotions import EMOTION_WORDS
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
    SessionReflection,
    Support,
    TimeAlone,
)

PEOPLE: tuple[tuple[str, Circle], ...] = (
    ("Dr. Okafor", Circle.PROFESSIONAL),
    ("Advocate J.", Circle.PROFESSIONAL),
    ("Tuesday group", Circle.PEER),
    ("Mira", Circle.PEER),
    ("Sam", Circle.CLOSE),
    ("Aunt Rosa", Circle.CLOSE),
    ("Lee", Circle.CLOSE),
    ("Neighbour K.", Circle.COMMUNITY),
    ("Choir", Circle.COMMUNITY),
    ("Work team", Circle.COMMUNITY),
)
# Someone the journal names only when setting limits: kept off the support map.
OFF_MAP_PERSON = "Uncle R."
THERAPIST = "Dr. Okafor"

_OPENINGS = (
    "Woke up early again.",
    "Slept better than last week.",
    "A slow morning.",
    "The day started heavy.",
    "Sun through the window this morning.",
    "Rain all day.",
)
_MIDDLES = (
    "I made tea and sat with it for a while.",
    "Walked to the park and counted the trees.",
    "The memory came back at the shop, and I used the breathing we practised.",
    "I wanted to cancel, and I went anyway.",
    "I noticed I was holding my shoulders up and let them drop.",
    "I wrote a list of the people who feel safe.",
    "I said no to the extra shift and nothing terrible happened.",
    "I cooked something real for the first time in days.",
    "The group talked about trust, and I listened more than I spoke.",
    "I felt far away from everyone in the afternoon.",
)
_ENDINGS = (
    "Tomorrow I want to call someone.",
    "Going to bed early.",
    "I am proud of one small thing today.",
    "It was enough for today.",
    "I want to bring this up on Tuesday.",
)
_NOTES = (
    "felt easier than expected",
    "hard to start, better after",
    "left early, that was fine",
    "want to talk about this",
    "noticed my breathing",
    "",
    "",
    "",
)
_TOPICS = (
    "the nightmares coming back",
    "how to say no to my uncle at the wedding",
    "why Sundays are hard",
    "going back to work",
    "what happened at the group",
    "",
    "",
)
_TAGS = ("sleep", "work", "family", "body", "nature", "therapy", "group", "food", "music")


def _at(day: date, hour: int, minute: int, offset_minutes: int) -> datetime:
    return datetime.combine(day, time(hour, minute), timezone(timedelta(minutes=offset_minutes)))


def generate(
    weeks: int = 12,
    *,
    end: date | None = None,
    seed: int = 1,
    density: float = 1.0,
) -> tuple[list[AnyRecord], list[Person]]:
    """Records for the ``weeks`` weeks up to ``end`` (default today), oldest first.

    ``density`` scales how many records a day holds (1.0: a gentle, ordinary
    journal of about four a day; 2.8: the heavy ten-year benchmark store).
    """
    rng = random.Random(seed)  # noqa: S311 - sample data, not secrets
    end = end or date.today()
    start = end - timedelta(days=weeks * 7 - 1)
    people = [Person(name=n, circle=c) for n, c in PEOPLE]
    people.append(Person(name=OFF_MAP_PERSON, circle=None))
    records: list[AnyRecord] = []
    namespace = uuid.UUID(int=seed)
    counter = 0

    def next_id() -> str:
        nonlocal counter
        counter += 1
        return uuid.uuid5(namespace, str(counter)).hex

    def several(mean: float) -> int:
        value = mean * density
        whole = int(value)
        return whole + (1 if rng.random() < value - whole else 0)

    day = start
    # A gently improving arc with good and hard weeks, like real recovery.
    while day <= end:
        offset = 60 if 3 < day.month < 11 else 0  # summer time, so weeks cross DST changes
        progress = (day - start).days / max(1, (end - start).days)
        if rng.random() < 0.08 / density:  # some days are simply not logged
            day += timedelta(days=1)
            continue
        base = 4 + 3 * progress + rng.uniform(-2, 2)
        connected = False
        for _ in range(several(1.0)):
            person_name, circle = rng.choice(PEOPLE)
            minutes = rng.choice((10, 20, 30, 45, 60, 90, 120))
            connected = True
            reflection = None
            if person_name == THERAPIST and rng.random() < 0.8:
                reflection = SessionReflection(
                    heard=max(0, min(10, round(5 + 3 * progress + rng.uniform(-2, 2)))),
                    goals=max(0, min(10, round(4 + 4 * progress + rng.uniform(-2, 2)))),
                    approach=rng.randint(5, 9) if rng.random() < 0.8 else None,
                    bring_up=rng.choice(_TOPICS),
                )
            records.append(
                ConnectionMoment(
                    id=next_id(),
                    at=_at(day, rng.randint(9, 20), rng.choice((0, 15, 30, 45)), offset),
                    circle=circle,
                    person=person_name if rng.random() < 0.85 else None,
                    minutes=minutes,
                    mode=rng.choice(list(ContactMode)),
                    felt_safe=rng.randint(2, 5) if rng.random() < 0.8 else None,
                    initiated=rng.random() < 0.4 + 0.3 * progress,
                    support=rng.choice((None, None, *Support)),
                    reflection=reflection,
                    note=rng.choice(_NOTES),
                    share=rng.random() < 0.05,
                )
            )
        for _ in range(several(0.7)):
            chosen = rng.random() < 0.35 + 0.3 * progress
            records.append(
                TimeAlone(
                    id=next_id(),
                    at=_at(day, rng.randint(7, 22), rng.choice((0, 30)), offset),
                    minutes=rng.choice((30, 60, 90, 120, 180, 240)),
                    chosen=chosen,
                    loneliness=None if chosen else rng.randint(2, 9),
                    note=rng.choice(_NOTES),
                )
            )
        for _ in range(several(1.3)):
            score = max(1, min(10, round(base + (0.8 if connected else -0.5) + rng.uniform(-1, 1))))
            records.append(
                MoodCheckIn(
                    id=next_id(),
                    at=_at(day, rng.randint(7, 22), rng.choice((0, 10, 20, 30, 40, 50)), offset),
                    score=score,
                    distress=max(0, min(10, 10 - score + rng.randint(-2, 2)))
                    if rng.random() < 0.7
                    else None,
                    emotions=tuple(rng.sample(EMOTION_WORDS, rng.randint(0, 3))),
                )
            )
        if rng.random() < 0.25 * density:
            person_name, place = rng.choice(PEOPLE)
            limits_circle: Circle | None = place
            if rng.random() < 0.3:  # limits set with someone who is not support
                person_name, limits_circle = OFF_MAP_PERSON, None
            records.append(
                BoundaryPractice(
                    id=next_id(),
                    at=_at(day, rng.randint(10, 20), 0, offset),
                    type=rng.choice(list(BoundaryType)),
                    outcome=rng.choices(list(Outcome), weights=(5, 3, 2))[0],
                    circle=limits_circle,
                    person=person_name if rng.random() < 0.6 else None,
                    fear_before=rng.randint(3, 9),
                    felt_after=rng.randint(3, 9),
                    note=rng.choice(_NOTES),
                    share=rng.random() < 0.15,
                )
            )
        for _ in range(several(0.45)):
            text = " ".join(
                (
                    rng.choice(_OPENINGS),
                    rng.choice(_MIDDLES),
                    rng.choice(_MIDDLES),
                    rng.choice(_ENDINGS),
                )
            )
            records.append(
                JournalEntry(
                    id=next_id(),
                    at=_at(day, rng.randint(19, 23), rng.choice((0, 15, 30, 45)), offset),
                    title=rng.choice(("", "", "Evening", "A small win", "Hard day", "Notes")),
                    text=text,
                    tags=tuple(rng.sample(_TAGS, rng.randint(0, 2))),
                    share=rng.random() < 0.05,
                )
            )
        day += timedelta(days=1)
    records.sort(key=lambda r: r.at)
    return records, people
