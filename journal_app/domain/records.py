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
    PROFESSIONAL = "professional"
    PEER = "peer"
    CLOSE = "close"
    COMMUNITY = "community"


class ContactMode(StrEnum):
    IN_PERSON = "in_person"
    CALL = "call"
    VIDEO = "video"
    MESSAGE = "message"


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


def _check_moment(value: object) -> datetime:
    if not isinstance(value, datetime):
        raise v.ValidationError("at", tr("must be a date and time"))
    offset = value.utcoffset()
    if offset is None:
        raise v.ValidationError("at", tr("must carry its UTC offset"))
    if abs(offset) > timedelta(hours=18):
        raise v.ValidationError("at", tr("UTC offset must be within ±18 hours"))
    if not 1900 <= value.year <= 2999:
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
class ConnectionMoment(Record):
    kind: ClassVar[RecordKind] = RecordKind.CONNECTION
    circle: Circle
    minutes: int
    person: str | None = None
    mode: ContactMode = ContactMode.IN_PERSON
    felt_safe: int | None = None
    initiated: bool = False

    def _validate(self) -> None:
        self._set("circle", v.one_of("circle", self.circle, Circle))
        self._set("minutes", v.int_in_range("minutes", self.minutes, 0, 1440))
        self._set("person", v.name("person", self.person))
        self._set("mode", v.one_of("mode", self.mode, ContactMode))
        self._set("felt_safe", v.optional_int_in_range("felt_safe", self.felt_safe, 1, 5))
        if not isinstance(self.initiated, bool):
            raise v.ValidationError("initiated", tr("must be true or false"))

    def fields(self) -> dict[str, Any]:
        return {
            "circle": self.circle.value,
            "person": self.person,
            "minutes": self.minutes,
            "mode": self.mode.value,
            "felt_safe": self.felt_safe,
            "initiated": self.initiated,
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
        self._set("tags", v.words("tags", self.tags))

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
    """Someone in the support map: a nickname or initials is enough."""

    name: str
    circle: Circle
    id: int | None = None
    archived: bool = False

    def __post_init__(self) -> None:
        cleaned = v.name("name", self.name)
        if cleaned is None:
            raise v.ValidationError("name", tr("must not be empty"))
        object.__setattr__(self, "name", cleaned)
        object.__setattr__(self, "circle", v.one_of("circle", self.circle, Circle))
