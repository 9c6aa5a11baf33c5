"""A CSV export read as a table: header first, then each row as a dict, within bounds.

Daylio and Bearable both export CSV; both read it the same way. A row with
fewer cells than the header (apps drop trailing empty cells) reads as empty
fields; one with more is refused, naming the line. Blank lines are passed by.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import MAX_CSV_ROWS, tr
from journal_app.exchange.importers._source import Source, as_source, text_stream

# Long notes are allowed: the csv module's per-field limit is raised to this
# (a process-wide setting; only ever raised, never lowered).
_FIELD_LIMIT = 4_000_000


class CsvTable:
    """The rows of one CSV export; ``header`` holds its column names, folded."""

    def __init__(self, reader: Any, what: str) -> None:
        self._reader = reader
        self._what = what
        first = next(reader, None)
        if first is None:
            raise InvalidImportFile(
                tr("This {what} is empty: it has no header line.").format(what=what)
            )
        self.header_row: list[str] = first
        self.header = [name.strip().casefold() for name in first]

    def check_unique(self) -> None:
        if len(set(self.header)) != len(self.header):
            raise InvalidImportFile(
                tr("This {what}'s header (line 1) names a column twice.").format(what=self._what)
            )

    def rows(self) -> Iterator[tuple[int, dict[str, str]]]:
        """(line where the row starts, column → cell) for each row that is not blank."""
        width = len(self.header)
        line = self._reader.line_num
        count = 0
        for cells in self._reader:
            start, line = line + 1, self._reader.line_num
            if not any(c.strip() for c in cells):
                continue
            count += 1
            if count > MAX_CSV_ROWS:
                raise InvalidImportFile(
                    tr(
                        "This {what} has more than {limit} rows, more than can be imported at "
                        "once. Nothing was imported."
                    ).format(what=self._what, limit=f"{MAX_CSV_ROWS:,}")
                )
            if len(cells) > width:
                raise InvalidImportFile(
                    tr(
                        "Line {line} of this {what} has {columns} columns; "
                        "the header has {expected}. Nothing was imported."
                    ).format(line=start, what=self._what, columns=len(cells), expected=width)
                )
            yield start, dict(zip(self.header, cells + [""] * (width - len(cells)), strict=True))


@contextmanager
def csv_table(data: bytes | Source, what: str) -> Iterator[CsvTable]:
    """``data`` (a CSV export) as a ``CsvTable``; UTF-8, size and NUL bytes checked first."""
    source = as_source(data)
    source.check_text_size(what)
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    with text_stream(source, what, refuse_nul=True) as text:
        reader = csv.reader(text, strict=True)
        try:
            yield CsvTable(reader, what)
        except csv.Error as exc:
            raise InvalidImportFile(
                tr("This {what} cannot be read as CSV at line {line}: {problem}.").format(
                    what=what, line=reader.line_num, problem=exc
                )
            ) from None
