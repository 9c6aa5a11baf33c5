"""This app's own JSON export (``exchange.jsondoc``), read as a stream.

The document's records and people are read one at a time, with the same
checks and words as ``jsondoc.from_document``; a ten-year journal's export
(about 12 MB) never has to be held whole beside what is read from it. The
safety plan, when the export holds one, is read with ``safety_plan_from_document``.
"""

from __future__ import annotations

from typing import Any

from journal_app.domain.records import AnyRecord, Person
from journal_app.domain.safety_plan import SafetyPlan
from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import MAX_RECORDS, too_many, tr
from journal_app.exchange.importers._jsonstream import json_reader
from journal_app.exchange.importers._source import Source
from journal_app.exchange.jsondoc import (
    FORMAT,
    DocumentItems,
    check_header,
    safety_plan_from_document,
)


def parse(data: bytes | Source) -> tuple[list[AnyRecord], list[Person], SafetyPlan | None]:
    """Records, people and the safety plan (if the export holds one) of our own export."""
    header: dict[str, Any] = {}
    items = DocumentItems()
    what = tr("journal-app export")
    with json_reader(data, what) as reader:
        reader.begin(
            "{",
            InvalidImportFile(
                tr("This is not a journal-app export: the file is not a JSON object.")
            ),
        )
        for name in reader.members():
            if name in ("people", "records"):
                if reader.peek() != "[":
                    message = {
                        "people": tr('In this export, "people" should be a list.'),
                        "records": tr('In this export, "records" should be a list.'),
                    }[name]
                    raise InvalidImportFile(message)
                add = items.person if name == "people" else items.record
                for index, item in enumerate(reader.items(), start=1):
                    if index > MAX_RECORDS:
                        raise too_many(what)
                    add(index, item)
            elif name in ("format", "version", "safety_plan"):
                header[name] = reader.value()
                if name == "format" and header[name] != FORMAT:
                    check_header(header)  # not ours: say so before reading on
            else:
                reader.skip()
    check_header(header)
    return items.records, items.people, safety_plan_from_document(header)
