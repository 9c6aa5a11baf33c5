"""Rows back into records, without validating again what the store validated on writing.

Every record is validated when it is made, so every row the store holds was
checked as it went in; it cannot be changed since without the key (SQLCipher
authenticates each page). Running every rule again on every read (ranges,
word lists, text limits) cost most of a 52-week trend. The decoder here
checks only what damage or a bug would break: the JSON, the kind, each
field's type (derived from the record classes' own annotations, so it never
drifts from them), the choices of an enum, the dates and their years (a year
out of range breaks the week arithmetic of every summary and export). It then
builds the record without calling its validation. A row that fails is refused with
``DamagedRecord``, naming the record and the field: never skipped, never
"repaired".

What is not checked again: ranges (a score of 1 to 10), text limits, the
emotion vocabulary, the normalisation of words and names. Those held when
the row was written, and a new rule must come with a migration, not with a
read that refuses yesterday's records.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from enum import Enum
from typing import Any

from journal_app.domain.records import (
    MAX_YEAR,
    MIN_YEAR,
    RECORD_TYPES,
    AnyRecord,
    Record,
    RecordKind,
)
from journal_app.errors import VaultDamaged
from journal_app.storage import tr

Convert = Callable[[Any], Any]
_ABSENT = object()
MAX_OFFSET_MINUTES = 18 * 60


class DamagedRecord(VaultDamaged):
    """A stored record cannot be read back: the store is damaged, or a bug wrote it."""


class _Bad(Exception):
    """A value of the wrong shape (internal: turned into ``DamagedRecord``)."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def damaged(record_id: object, field: str) -> DamagedRecord:
    return DamagedRecord(
        tr(
            "A record in the journal is damaged and cannot be read (record {id}, field "
            "{field}). Nothing has been changed. To get it back, restore a backup with "
            "'journal-app restore BACKUP-FILE'."
        ).format(id=record_id, field=field)
    )


# -- one converter per annotation ------------------------------------------------


def _exact(kind: type) -> Convert:
    def convert(value: Any) -> Any:
        if type(value) is not kind:  # bool is not an int here, nor an int a bool
            raise _Bad("")
        return value

    return convert


def _optional(inner: Convert) -> Convert:
    def convert(value: Any) -> Any:
        return None if value is None else inner(value)

    return convert


def _words(value: Any) -> tuple[str, ...]:
    if type(value) is not list or any(type(word) is not str for word in value):
        raise _Bad("")
    return tuple(value)


def _choice(enum: type[Enum]) -> Convert:
    members = enum._value2member_map_

    def convert(value: Any) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):  # TypeError: a list or an object is not hashable
            raise _Bad("") from None

    return convert


def _converter(hint: Any) -> Convert:
    """The converter for one field's annotation; unknown kinds are a bug, found at once."""
    if hint in (int, bool, str):
        return _exact(hint)
    if isinstance(hint, types.UnionType):
        others = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(others) == 1 and len(typing.get_args(hint)) == 2:
            return _optional(_converter(others[0]))
    if typing.get_origin(hint) is tuple and typing.get_args(hint) == (str, Ellipsis):
        return _words
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _choice(hint)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _Shape(hint, own_only=False).build_nested
    raise TypeError(f"no stored form for a field of type {hint!r}")


class _Shape:
    """How to rebuild one dataclass from its JSON fields."""

    def __init__(self, cls: type, *, own_only: bool) -> None:
        self.cls = cls
        hints = typing.get_type_hints(cls)
        common = {f.name for f in dataclasses.fields(Record)} if own_only else set()
        self.fields: list[tuple[str, Convert, Any]] = []
        for field in dataclasses.fields(cls):
            if field.name in common:
                continue
            if field.default is not dataclasses.MISSING:
                default = field.default
            elif field.default_factory is not dataclasses.MISSING:
                raise TypeError(f"{cls.__name__}.{field.name}: a factory default is not stored")
            else:
                default = dataclasses.MISSING
            self.fields.append((field.name, _converter(hints[field.name]), default))
        self.names = frozenset(name for name, _, _ in self.fields)
        self.has_person = "person" in self.names

    def values(self, data: Any) -> dict[str, Any]:
        if type(data) is not dict:
            raise _Bad("data")
        values: dict[str, Any] = {}
        present = 0
        for name, convert, default in self.fields:
            value = data.get(name, _ABSENT)
            if value is not _ABSENT:
                present += 1
                try:
                    values[name] = convert(value)
                except _Bad:
                    raise _Bad(name) from None
            elif default is dataclasses.MISSING:
                raise _Bad(name)
            else:
                values[name] = default  # a field added after the row was written
        if present != len(data):
            raise _Bad(min(set(data) - self.names))
        return values

    def build_nested(self, data: Any) -> Any:
        made: Any = object.__new__(self.cls)
        object.__setattr__(made, "__dict__", self.values(data))
        return made


_SHAPES: dict[str, tuple[type[AnyRecord], _Shape]] = {}
_ZONES: dict[int, timezone] = {}
# raw_decode: the C scanner without json.loads' type checks and whitespace scans around it
_raw_decode = json.JSONDecoder().raw_decode


def _shape(kind: str) -> tuple[type[AnyRecord], _Shape]:
    """The record class of ``kind`` and its shape (made on first use, then kept)."""
    found = _SHAPES.get(kind)
    if found is None:
        if kind not in RecordKind._value2member_map_:
            raise _Bad("kind")
        cls = RECORD_TYPES[RecordKind(kind)]
        found = _SHAPES[kind] = (cls, _Shape(cls, own_only=True))
    return found


def _zone(offset: Any) -> timezone:
    zone = _ZONES.get(offset)
    if zone is None:
        if type(offset) is not int or abs(offset) > MAX_OFFSET_MINUTES:
            raise _Bad("at")
        zone = _ZONES[offset] = timezone(timedelta(minutes=offset))
    return zone


def _moment(text: Any, field: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise _Bad(field) from None
    if moment.tzinfo is None:
        raise _Bad(field)
    return moment


def decode_row(row: Sequence[Any]) -> AnyRecord:
    """The record a row of ``repository._SELECT`` holds.

    The hot path of every read (a 52-week trend decodes some 4,000 rows): the small
    steps are written out here rather than called.

    Raises:
        DamagedRecord: the row is not one the store could have written.
    """
    _seq, rid, kind, local_date, local_time, offset, person, note, share, data, made, changed = row
    try:
        cls, shape = _SHAPES.get(kind) or _shape(kind)
        if type(data) is not str:
            raise _Bad("data")
        try:
            fields, end = _raw_decode(data)
        except (ValueError, RecursionError):  # RecursionError: '[[[[…' nested too deep
            raise _Bad("data") from None
        if end != len(data):
            raise _Bad("data")
        values = shape.values(fields)
        if shape.has_person:
            if person is not None and type(person) is not str:
                raise _Bad("person")
            values["person"] = person
        if type(rid) is not str or not rid:
            raise _Bad("id")
        if type(note) is not str:
            raise _Bad("note")
        if type(share) is not int or share not in (0, 1):
            raise _Bad("share")
        try:  # combine: three times as fast as datetime.fromisoformat on Python 3.11
            at = datetime.combine(
                date.fromisoformat(local_date),
                time.fromisoformat(local_time),
                _ZONES.get(offset) or _zone(offset),
            )
        except (TypeError, ValueError):
            raise _Bad("at") from None
        if not MIN_YEAR <= at.year <= MAX_YEAR:  # week arithmetic overflows near year 9999
            raise _Bad("at")
        values["id"] = rid
        values["at"] = at
        values["note"] = note
        values["share"] = share == 1
        values["created"] = _moment(made, "created")
        values["updated"] = _moment(changed, "updated")
    except _Bad as bad:
        raise damaged(rid, bad.field) from None
    record = object.__new__(cls)
    object.__setattr__(record, "__dict__", values)
    return record
