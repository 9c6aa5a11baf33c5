"""The versioned JSON document of ``export --format json`` and ``import json``.

One document holds every record and every person, losslessly: ids,
created/updated times, the share flag, people with their circles and whether
they are archived. Export, import into a new vault, export again: the two
documents hold the same records.

Shape (version 1)::

    {"format": "journal-app", "version": 1, "exported": "2026-11-28T08:30:00+00:00",
     "people": [{"name": "R.", "circle": "peer", "archived": false}, ...],
     "records": [{"id": ..., "kind": "mood", "at": ..., ...}, ...]}

Each record has the shape of ``journal_app.domain.serialize.record_to_json``.

An optional ``"safety_plan"`` key holds the user's safety plan in the shape of
``SafetyPlan.to_json`` (step → lines). It was added without a version bump:
documents without it import as before, and an older app ignores it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any

from journal_app.domain.records import AnyRecord, Person, utc_now
from journal_app.domain.safety_plan import SafetyPlan
from journal_app.domain.serialize import (
    person_from_json,
    person_to_json,
    record_from_json,
    record_to_json,
)
from journal_app.domain.validation import ValidationError
from journal_app.errors import InvalidImportFile
from journal_app.i18n import translate


def tr(text: str) -> str:
    return translate("import", text)


FORMAT = "journal-app"
VERSION = 1


def to_document(
    records: Iterable[AnyRecord],
    people: Iterable[Person],
    *,
    exported: datetime | None = None,
    safety_plan: SafetyPlan | None = None,
) -> dict[str, Any]:
    """Every record and person as one JSON-ready document, oldest record first.

    ``safety_plan`` (when given and not empty) goes in under ``"safety_plan"``.
    """
    ordered = sorted(records, key=lambda r: (r.at, r.id))
    when = exported or utc_now()
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported": when.isoformat(timespec="seconds"),
        "people": [person_to_json(p) for p in sorted(people, key=lambda p: p.name.casefold())],
        "records": [record_to_json(r) for r in ordered],
    }
    if safety_plan is not None and not safety_plan.is_empty():
        document["safety_plan"] = safety_plan.to_json()
    return document


# One record (and one person) a line, written by the C encoder: a whole journal in a
# couple of seconds, still easy to read and to compare line by line.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


# One record (and one person) a line, written by the C encoder: a whole journal in a
# couple of seconds, still easy to read and to compare line by line.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def document_parts(
    records: Iterable[AnyRecord],
    people: Iterable[Person],
    *,
    exported: datetime | None = None,
    safety_plan: SafetyPlan | None = None,
) -> Iterator[str]:
    """The text of ``to_document``, a record at a time, so a whole journal is written
    without holding it in memory: the head indented, then one record per line.

    ``records`` must come oldest first, as ``to_document`` orders them (by the
    moment, then id): ``Journal.iter_records(by_instant=True)``.
    """
    head = to_document((), people, exported=exported, safety_plan=safety_plan)
    lines = [f'{{\n  "format": {_ENCODER.encode(head["format"])},']
    lines.append(f'  "version": {head["version"]},')
    lines.append(f'  "exported": {_ENCODER.encode(head["exported"])},')
    people_lines = [f"    {_ENCODER.encode(p)}" for p in head["people"]]
    if people_lines:
        lines.append('  "people": [\n' + ",\n".join(people_lines) + "\n  ],")
    else:
        lines.append('  "people": [],')
    if "safety_plan" in head:
        plan = json.dumps(head["safety_plan"], ensure_ascii=False, indent=2)
        lines.append('  "safety_plan": ' + plan.replace("\n", "\n  ") + ",")
    yield "\n".join(lines) + '\n  "records": ['
    first = True
    for record in records:
        yield ("\n    " if first else ",\n    ") + _ENCODER.encode(record_to_json(record))
        first = False
    yield "]\n}\n" if first else "\n  ]\n}\n"


def safety_plan_from_document(data: Any) -> SafetyPlan | None:
    """The document's safety plan, None when it has none; a malformed one is refused.

    Call after ``from_document`` (which checks the document itself).
    """
    if not isinstance(data, dict) or data.get("safety_plan") is None:
        return None
    try:
        plan = SafetyPlan.from_json(data["safety_plan"])
    except ValidationError as exc:
        raise InvalidImportFile(
            tr("The safety plan in this export: {problem}").format(problem=exc)
        ) from None
    return None if plan.is_empty() else plan


def check_header(data: Mapping[str, Any]) -> None:
    """Refuse a document that is not ours, or from a newer version of the app."""
    if data.get("format") != FORMAT:
        raise InvalidImportFile(
            tr('This is not a journal-app export: "format" should be "journal-app".')
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise InvalidImportFile(tr('This journal-app export has no valid "version" number.'))
    if version > VERSION:
        raise InvalidImportFile(
            tr(
                "This export was made by a newer version of the app (format version "
                "{version}); update the app to import it."
            ).format(version=version)
        )
    if version < 1:
        raise InvalidImportFile(
            tr("This journal-app export has an unknown version ({version}).").format(
                version=version
            )
        )


class DocumentItems:
    """People and records of a document, taken one at a time (position from 1), checked.

    Used for a whole document (``from_document``) and for one read as a
    stream, so both refuse the same things with the same words.
    """

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.records: list[AnyRecord] = []
        self._names: set[str] = set()
        self._ids: set[str] = set()

    def person(self, index: int, item: Any) -> None:
        try:
            person = person_from_json(item)
        except ValidationError as exc:
            raise InvalidImportFile(
                tr("Person {index} in this export: {problem}").format(index=index, problem=exc)
            ) from None
        key = person.name.casefold()
        if key in self._names:
            raise InvalidImportFile(
                tr("Person {index} in this export: {name} is listed twice.").format(
                    index=index, name=repr(person.name)
                )
            )
        self._names.add(key)
        self.people.append(person)

    def record(self, index: int, item: Any) -> None:
        try:
            record = record_from_json(item)
        except ValidationError as exc:
            raise InvalidImportFile(
                tr("Record {index} in this export: {problem}").format(index=index, problem=exc)
            ) from None
        if record.id in self._ids:
            raise InvalidImportFile(
                tr("Record {index} in this export: the id {id} is used twice.").format(
                    index=index, id=repr(record.id)
                )
            )
        self._ids.add(record.id)
        self.records.append(record)


def from_document(data: Any) -> tuple[list[AnyRecord], list[Person]]:
    """Records and people from a document; refuses anything malformed, saying where.

    Raises:
        InvalidImportFile: the document is not ours, is from a newer version,
            or an entry in it is malformed (named by its position, counting from 1).
    """
    if not isinstance(data, dict):
        raise InvalidImportFile(
            tr("This is not a journal-app export: the file is not a JSON object.")
        )
    check_header(data)
    raw_people = data.get("people", [])
    raw_records = data.get("records", [])
    if not isinstance(raw_people, list):
        raise InvalidImportFile(tr('In this export, "people" should be a list.'))
    if not isinstance(raw_records, list):
        raise InvalidImportFile(tr('In this export, "records" should be a list.'))
    items = DocumentItems()
    for index, item in enumerate(raw_people, start=1):
        items.person(index, item)
    for index, item in enumerate(raw_records, start=1):
        items.record(index, item)
    return items.records, items.people
