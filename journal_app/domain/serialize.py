"""Records as plain JSON values: one shape for ``list --format json``, export and import."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from journal_app.domain import tr
from journal_app.domain.records import AnyRecord, Person, record_from_fields
from journal_app.domain.validation import ValidationError

COMMON_KEYS = ("id", "kind", "at", "note", "share", "created", "updated")


def record_to_json(record: AnyRecord) -> dict[str, Any]:
    return {
        "id": record.id,
        "kind": record.kind.value,
        # Minutes as the contract shows; seconds only when a record has them (imports).
        "at": record.at.isoformat(timespec="seconds" if record.at.second else "minutes"),
        "note": record.note,
        "share": record.share,
        "created": record.created.isoformat(timespec="seconds"),
        "updated": record.updated.isoformat(timespec="seconds"),
        **record.fields(),
    }


def _moment(field: str, value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValidationError(field, tr("must be a date and time like 2026-11-16T09:30+01:00"))
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            field,
            tr("must be a date and time like 2026-11-16T09:30+01:00, not {value}").format(
                value=repr(value)
            ),
        ) from None
    if moment.tzinfo is None:
        raise ValidationError(
            field, tr("must carry its UTC offset (like +01:00): {value}").format(value=repr(value))
        )
    return moment


def record_from_json(data: Any) -> AnyRecord:
    """The inverse of ``record_to_json``; refuses anything malformed, naming the field."""
    if not isinstance(data, dict):
        raise ValidationError("record", tr("must be an object"))
    fields = {k: v for k, v in data.items() if k not in COMMON_KEYS}
    common: dict[str, Any] = {"at": _moment("at", data.get("at"))}
    for key in ("id", "note", "share"):
        if key in data:
            common[key] = data[key]
    for key in ("created", "updated"):
        if key in data:
            common[key] = _moment(key, data[key])
    return record_from_fields(data.get("kind", ""), fields, **common)


def person_to_json(person: Person) -> dict[str, Any]:
    """A person as JSON; ``circle`` is null for someone off the support map."""
    circle = person.circle.value if person.circle is not None else None
    return {"name": person.name, "circle": circle, "archived": person.archived}


def person_from_json(data: Any) -> Person:
    if not isinstance(data, dict):
        raise ValidationError("person", tr("must be an object"))
    if "circle" not in data:
        raise ValidationError(
            "circle", tr("is missing (null for someone who is not on the support map)")
        )
    archived = data.get("archived", False)
    if not isinstance(archived, bool):
        raise ValidationError("archived", tr("must be true or false"))
    name: Any = data.get("name")
    circle: Any = data["circle"]
    return Person(name=name, circle=circle, archived=archived)
