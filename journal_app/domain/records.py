"""The records a survivor keeps, in their own words.

Every record is an immutable value that validates itself when it is made, so
an invalid record cannot exist anywhere in the program: a form, the command
line and every importer all go through the same rules.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any, ClassVar, TypeVar

from journal_app.domain import tr
from journal_app.domain import validation as v
from journal_app.domain.emotions import EMOTIONS


class Circle(StrEnum):
    """The four circles of contact, innermost first (the Circles of Support model).

    Every list of circles (forms, People, the week view, the support map's rings,
    the PDF) follows this order: intimacy, friendship, participation, exchange.
    """

    CLOSE = "close"
    PEER = "peer"
    COMMUNITY = "community"
    PROFESSIONAL = "professional"


class ContactMode(StrEnum):
    IN_PERSON = "in_person"
    CALL = "call"
    VIDEO = "video"
    MESSAGE = "message"


class Support(StrEnum):
    """Which way support went in a moment of connection (reciprocity)."""

    GAVE = "gave"
    RECEIVED = "received"
    MUTUAL = "mutual"


class BoundaryType(StrEnum):
    SAYING_NO = "saying_no"
    ASKING_FOR_SPACE = "asking_for_space"
    LIMITING_TIME = "limiting_time"
    STATING_A_NEED = "stating_a_need"
    ENDING_CONTACT = "ending_contact"
    DIGITAL = "digital"
    PHYSICAL = "physical"
    OTHER = "other"


class Outcome(StrEnum):
    HELD = "held"
    PARTLY = "partly"
    NOT_HELD = "not_held"


class RecordKind(StrEnum):
    MOOD = "mood"
    CONNECTION = "connection"
    ALONE = "alone"
    BOUNDARY = "boundary"
    ENTRY = "entry"


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def local_now() -> datetime:
    """Now, in the machine's local zone, as a fixed UTC offset."""
    return datetime.now().astimezone().replace(second=0, microsecond=0)


# The years a record may have (checked again on every read: storage.decoding).
MIN_YEAR, MAX_YEAR = 1900, 2999


def _check_moment(value: object) -> datetime:
    if not isinstance(value, datetime):
        raise v.ValidationError("at", tr("must be a date and time"))
    offset = value.utcoffset()
    if offset is None:
        raise v.ValidationError("at", tr("must carry its UTC offset"))
    if abs(offset) > timedelta(hours=18):
        raise v.ValidationError("at", tr("UTC offset must be within ±18 hours"))
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise v.ValidationError(
            "at", tr("year must be from 1900 to 2999, not {year}").format(year=value.year)
        )
    # Keep the offset as recorded: the day is the user's local calendar day.
    return value.replace(tzinfo=timezone(offset), microsecond=0)


R = TypeVar("R", bound="Record")


@dataclass(frozen=True, kw_only=True)
class Record:
    """What every record has.

    ``at`` is the local date and time it happened, with its UTC offset; the
    day a record belongs to is ``at.date()``, the user's calendar day as
    recorded, whatever zone the machine is in later.
    """

    kind: ClassVar[RecordKind]

    id: str = field(default_factory=new_id)
    at: datetime = field(default_factory=local_now)
    note: str = ""
    share: bool = False
    created: datetime = field(default_factory=utc_now)
    updated: datetime = field(default_factory=utc_now)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not 1 <= len(self.id) <= 64:
            raise v.ValidationError("id", tr("must be text of 1 to 64 characters"))
        self._set("at", _check_moment(self.at))
        self._set("note", v.text("note", self.note, limit=v.MAX_TEXT))
        if not isinstance(self.share, bool):
            raise v.ValidationError("share", tr("must be true or false"))
        self._validate()

    def _set(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)

    def _validate(self) -> None:
        """Check and normalise the fields of one kind."""

    @property
    def day(self) -> date:
        return self.at.date()

    def edited(self: R, **changes: Any) -> R:
        """A copy with ``changes`` applied and ``updated`` set to now."""
        return replace(self, updated=utc_now(), **changes)

    def fields(self) -> dict[str, Any]:
        """The kind's own fields as plain JSON values (see DESIGN.md, Records)."""
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class MoodCheckIn(Record):
    kind: ClassVar[RecordKind] = RecordKind.MOOD
    score: int
    distress: int | None = None
    emotions: tuple[str, ...] = ()

    def _validate(self) -> None:
        self._set("score", v.int_in_range("score", self.score, 1, 10))
        self._set("distress", v.optional_int_in_range("distress", self.distress, 0, 10))
        self._set("emotions", v.words("emotions", self.emotions, allowed=EMOTIONS))

    def fields(self) -> dict[str, Any]:
        return {"score": self.score, "distress": self.distress, "emotions": list(self.emotions)}


@dataclass(frozen=True, kw_only=True)
class SessionReflection:
    """How a session with a professional felt, in the client's own answers.

    Three optional answers from 0 (not at all) to 10 (completely), in plain
    words of our own (``QUESTIONS``), and one line "Next time I want to bring
    up…", flagged to share with the therapist unless the user unticks it.
    They are for talking about the working relationship itself: never a score
    to pass or fail, and never added up.
    """

    QUESTIONS: ClassVar[tuple[str, ...]] = ("heard", "goals", "approach")
    KEYS: ClassVar[tuple[str, ...]] = (*QUESTIONS, "bring_up", "share_bring_up")

    heard: int | None = None  # I felt heard and understood
    goals: int | None = None  # We worked on what matters to me
    approach: int | None = None  # The way we worked suited me
    bring_up: str = ""  # Next time I want to bring up…
    share_bring_up: bool = True

    def __post_init__(self) -> None:
        for key in self.QUESTIONS:
            object.__setattr__(self, key, v.optional_int_in_range(key, getattr(self, key), 0, 10))
        bring_up = v.text("bring_up", self.bring_up, limit=v.MAX_LINE_TEXT).strip()
        if any(ch in bring_up for ch in "\n\r"):
            raise v.ValidationError("bring_up", tr("must be on one line"))
        object.__setattr__(self, "bring_up", bring_up)
        if not isinstance(self.share_bring_up, bool):
            raise v.ValidationError("share_bring_up", tr("must be true or false"))

    @property
    def empty(self) -> bool:
        """Nothing answered and nothing to bring up: the same as no reflection."""
        return all(getattr(self, key) is None for key in self.QUESTIONS) and not self.bring_up

    def answers(self) -> dict[str, int | None]:
        return {key: getattr(self, key) for key in self.QUESTIONS}

    def to_json(self) -> dict[str, Any]:
        return {**self.answers(), "bring_up": self.bring_up, "share_bring_up": self.share_bring_up}

    @classmethod
    def from_json(cls, data: object) -> SessionReflection:
        """The inverse of ``to_json``; unknown keys are refused, like a record's."""
        if isinstance(data, SessionReflection):
            return data
        if not isinstance(data, dict):
            raise v.ValidationError(
                "reflection", tr("must be an object with the answers of a session reflection")
            )
        unknown = sorted(str(key) for key in data if key not in cls.KEYS)
        if unknown:
            raise v.ValidationError(
                unknown[0],
                tr("is not part of a session reflection (allowed: {allowed})").format(
                    allowed=", ".join(cls.KEYS)
                ),
            )
        return cls(**data)


@dataclass(frozen=True, kw_only=True)
class ConnectionMoment(Record):
    """A moment of contact.

    ``support`` says which way support went (optional). ``reflection`` is only
    for a contact in the professional circle: a session and how it felt.
    """

    kind: ClassVar[RecordKind] = RecordKind.CONNECTION
    circle: Circle
    minutes: int
    person: str | None = None
    mode: ContactMode = ContactMode.IN_PERSON
    felt_safe: int | None = None
    initiated: bool = False
    support: Support | None = None
    reflection: SessionReflection | None = None

    def _validate(self) -> None:
        self._set("circle", v.one_of("circle", self.circle, Circle))
        self._set("minutes", v.int_in_range("minutes", self.minutes, 0, 1440))
        self._set("person", v.name("person", self.person))
        self._set("mode", v.one_of("mode", self.mode, ContactMode))
        self._set("felt_safe", v.optional_int_in_range("felt_safe", self.felt_safe, 1, 5))
        if not isinstance(self.initiated, bool):
            raise v.ValidationError("initiated", tr("must be true or false"))
        if self.support is not None:
            self._set("support", v.one_of("support", self.support, Support))
        reflection = self.reflection
        if reflection is not None:
            reflection = SessionReflection.from_json(reflection)
            reflection = None if reflection.empty else reflection
        if reflection is not None and self.circle is not Circle.PROFESSIONAL:
            raise v.ValidationError(
                "reflection",
                tr(
                    "a session reflection is only for a connection in the professional "
                    "circle (this one is {circle})"
                ).format(circle=self.circle.value),
            )
        self._set("reflection", reflection)

    def fields(self) -> dict[str, Any]:
        return {
            "circle": self.circle.value,
            "person": self.person,
            "minutes": self.minutes,
            "mode": self.mode.value,
            "felt_safe": self.felt_safe,
            "initiated": self.initiated,
            "support": self.support.value if self.support is not None else None,
            "reflection": self.reflection.to_json() if self.reflection is not None else None,
        }


@dataclass(frozen=True, kw_only=True)
class TimeAlone(Record):
    """Time alone: unchosen isolation, or chosen, restful solitude (``chosen``)."""

    kind: ClassVar[RecordKind] = RecordKind.ALONE
    minutes: int
    chosen: bool = False
    loneliness: int | None = None

    def _validate(self) -> None:
        self._set("minutes", v.int_in_range("minutes", self.minutes, 1, 1440))
        if not isinstance(self.chosen, bool):
            raise v.ValidationError("chosen", tr("must be true or false"))
        self._set("loneliness", v.optional_int_in_range("loneliness", self.loneliness, 0, 10))

    def fields(self) -> dict[str, Any]:
        return {"minutes": self.minutes, "chosen": self.chosen, "loneliness": self.loneliness}


@dataclass(frozen=True, kw_only=True)
class BoundaryPractice(Record):
    kind: ClassVar[RecordKind] = RecordKind.BOUNDARY
    type: BoundaryType
    outcome: Outcome
    circle: Circle | None = None
    person: str | None = None
    fear_before: int | None = None
    felt_after: int | None = None

    def _validate(self) -> None:
        self._set("type", v.one_of("type", self.type, BoundaryType))
        self._set("outcome", v.one_of("outcome", self.outcome, Outcome))
        if self.circle is not None:
            self._set("circle", v.one_of("circle", self.circle, Circle))
        self._set("person", v.name("person", self.person))
        self._set("fear_before", v.optional_int_in_range("fear_before", self.fear_before, 0, 10))
        self._set("felt_after", v.optional_int_in_range("felt_after", self.felt_after, 0, 10))

    def fields(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "outcome": self.outcome.value,
            "circle": self.circle.value if self.circle else None,
            "person": self.person,
            "fear_before": self.fear_before,
            "felt_after": self.felt_after,
        }


@dataclass(frozen=True, kw_only=True)
class JournalEntry(Record):
    kind: ClassVar[RecordKind] = RecordKind.ENTRY
    text: str
    title: str = ""
    tags: tuple[str, ...] = ()

    def _validate(self) -> None:
        self._set("text", v.text("text", self.text, required=True))
        self._set("title", v.text("title", self.title, limit=v.MAX_SHORT_TEXT).strip())
        self._set("tags", v.words("tags", self.tags, keep_case=True))

    def fields(self) -> dict[str, Any]:
        return {"text": self.text, "title": self.title, "tags": list(self.tags)}


AnyRecord = MoodCheckIn | ConnectionMoment | TimeAlone | BoundaryPractice | JournalEntry

RECORD_TYPES: dict[RecordKind, type[AnyRecord]] = {
    RecordKind.MOOD: MoodCheckIn,
    RecordKind.CONNECTION: ConnectionMoment,
    RecordKind.ALONE: TimeAlone,
    RecordKind.BOUNDARY: BoundaryPractice,
    RecordKind.ENTRY: JournalEntry,
}


def record_from_fields(
    kind: RecordKind | str,
    fields: dict[str, Any],
    **common: Any,
) -> AnyRecord:
    """Build a record of ``kind`` from plain values (the inverse of ``fields()``).

    Unknown keys are refused, so a damaged or hand-edited document cannot
    slip values past validation.
    """
    record_type = RECORD_TYPES[v.one_of("kind", kind, RecordKind)]
    values = dict(fields)
    for key in ("emotions", "tags"):
        if key in values and isinstance(values[key], list):
            values[key] = tuple(values[key])
    allowed = set(record_type.__dataclass_fields__) - set(Record.__dataclass_fields__)
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise v.ValidationError(
            unknown[0],
            tr("is not a field of a {kind} record").format(kind=record_type.kind.value),
        )
    try:
        return record_type(**values, **common)
    except TypeError as exc:  # a required field is missing
        raise v.ValidationError(
            record_type.kind.value, tr("is missing a field ({problem})").format(problem=exc)
        ) from None


@dataclass(frozen=True, kw_only=True)
class Person:
    """Someone named in the journal: a nickname or initials is enough.

    ``circle`` places them on the support map; ``None`` keeps them in the
    journal but off the map (someone the user sets limits with is not
    support): never drawn on the map, never counted as support.
    """

    name: str
    circle: Circle | None
    id: int | None = None
    archived: bool = False

    def __post_init__(self) -> None:
        cleaned = v.name("name", self.name)
        if cleaned is None:
            raise v.ValidationError("name", tr("must not be empty"))
        object.__setattr__(self, "name", cleaned)
        if self.circle is not None:
            object.__setattr__(self, "circle", v.one_of("circle", self.circle, Circle))
        if not isinstance(self.archived, bool):
            raise v.ValidationError("archived", tr("must be true or false"))

    @property
    def on_map(self) -> bool:
        """Whether they are on the support map (they have a circle)."""
        return self.circle is not None
