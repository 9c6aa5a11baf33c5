"""CSV export: one row per record, with stable column names (documented in the README).

Columns, in this order (``COLUMNS``); a column that does not apply to a
record's kind is empty:

    id, kind, date, time, utc_offset, score, distress, emotions, circle, person,
    minutes, mode, felt_safe, initiated, chosen, loneliness, boundary_type,
    outcome, fear_before, felt_after, title, text, tags, note, share, support,
    reflection_heard, reflection_goals, reflection_approach, reflection_bring_up,
    reflection_share_bring_up

- ``date`` and ``time`` are the local day and time as recorded, ``utc_offset``
  like ``+01:00``; values are the stored keys (``in_person``, ``saying_no``),
  true/false for yes/no, lists joined with ``;``. ``circle`` is one of
  ``close``, ``peer``, ``community``, ``professional`` (innermost first).
- The columns added later come last, so earlier columns keep their places:
  ``support`` (``gave``, ``received``, ``mutual``) and a session reflection's
  answers (0 to 10), the line to bring up next time and whether it is shared.
- UTF-8 with a byte-order mark, so spreadsheet programs read accents right.
- A text cell that starts with ``=``, ``+``, ``-``, ``@`` or a tab gets a
  leading apostrophe, so no spreadsheet ever runs it as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from journal_app.domain.records import AnyRecord

if TYPE_CHECKING:
    from journal_app.exchange.export import ExportData, Progress

COLUMNS: tuple[str, ...] = (
    "id",
    "kind",
    "date",
    "time",
    "utc_offset",
    "score",
    "distress",
    "emotions",
    "circle",
    "person",
    "minutes",
    "mode",
    "felt_safe",
    "initiated",
    "chosen",
    "loneliness",
    "boundary_type",
    "outcome",
    "fear_before",
    "felt_after",
    "title",
    "text",
    "tags",
    "note",
    "share",
    "support",
    "reflection_heard",
    "reflection_goals",
    "reflection_approach",
    "reflection_bring_up",
    "reflection_share_bring_up",
)

_RENAMED = {"type": "boundary_type"}
_TEXT = {"person", "title", "text", "tags", "note", "emotions", "reflection_bring_up"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        value = ";".join(str(v) for v in value)
    text = str(value)
    if column in _TEXT and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def row(record: AnyRecord) -> dict[str, str]:
    offset = record.at.strftime("%z")
    values: dict[str, Any] = {
        "id": record.id,
        "kind": record.kind.value,
        "date": record.at.date().isoformat(),
        "time": record.at.strftime("%H:%M"),
        "utc_offset": f"{offset[:3]}:{offset[3:]}" if offset else "",
        "note": record.note,
        "share": record.share,
    }
    for key, value in record.fields().items():
        if key == "reflection":
            for part, answer in (value or {}).items():
                values[f"reflection_{part}"] = answer
            continue
        values[_RENAMED.get(key, key)] = value
    return {column: _cell(column, values.get(column)) for column in COLUMNS}


def to_csv(data: ExportData, progress: Progress | None = None) -> bytes:
    text = "".join(csv_parts(data.records, len(data.records), progress))
    return text.encode("utf-8")


def csv_parts(
    records: Iterable[AnyRecord], total: int, progress: Progress | None = None
) -> Iterator[str]:
    """The CSV text (byte-order mark first) a few hundred rows at a time."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writeheader()
    index = 0
    for index, record in enumerate(records, start=1):
        writer.writerow(row(record))
        if index % 500 == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            if progress is not None:
                progress(index, total)
    yield buffer.getvalue()
    if progress is not None:
        progress(index, total)
