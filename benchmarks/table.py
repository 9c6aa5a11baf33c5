"""The one table ``python -m benchmarks`` prints, and whether every target was met.

Each row: what was measured, the figure, its target, the result (pass, MISS, or
ERROR when it could not be measured), and jrnl's figure for the same operation in
the same run, with how many times ours it is. Markdown, so it goes into the README
as printed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

PASS, MISS, ERROR, NONE = "pass", "MISS", "ERROR", "—"


@dataclass(frozen=True)
class Target:
    """A limit on a row's value: under it (or at most it, with ``inclusive``).

    ``text`` is how the target reads in the table ("< 10 ms", "≤ 1.5× the bare window").
    """

    limit: float
    text: str
    inclusive: bool = False

    def met(self, value: float) -> bool:
        if math.isnan(value):
            return False
        return value <= self.limit if self.inclusive else value < self.limit


@dataclass(frozen=True)
class Row:
    """One line of the table. ``value`` is what ``target`` is checked against."""

    what: str
    figure: str
    value: float | None = None
    target: Target | None = None
    jrnl: str = ""
    error: str = ""

    @property
    def result(self) -> str:
        if self.error:
            return ERROR
        if self.target is None:
            return NONE
        if self.value is None:
            return ERROR
        return PASS if self.target.met(self.value) else MISS

    @property
    def failed(self) -> bool:
        """A target missed, or a figure that could not be measured."""
        return self.result in (MISS, ERROR)


_SHOWN = {"ms": lambda v: ms(v), "s": lambda v: seconds(v), "MB": lambda v: megabytes(v)}


def under(what: str, value: float, limit: float, unit: str, jrnl: str = "") -> Row:
    """A row whose ``value`` (in ``unit``: ms, s or MB) must stay under ``limit``."""
    return Row(what, _SHOWN[unit](value), value, Target(limit, f"< {limit:g} {unit}"), jrnl)


def failed_rows(rows: Iterable[Row]) -> list[Row]:
    return [row for row in rows if row.failed]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def format_table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (a row that failed to measure says why)."""
    lines = [
        "| what | figure | target | result | jrnl, same run |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        figure = f"not measured: {row.error}" if row.error else row.figure
        target = row.target.text if row.target is not None else NONE
        lines.append(
            "| "
            + " | ".join(
                _cell(cell) for cell in (row.what, figure, target, row.result, row.jrnl or NONE)
            )
            + " |"
        )
    return "\n".join(lines)


# -- figures as they read -----------------------------------------------------------


def ms(value: float) -> str:
    """Milliseconds: two decimals below 10 ms, one below 100, whole above (so a figure
    just under a target of 10 or 50 ms never reads as the target itself)."""
    if value < 10:
        return f"{value:.2f} ms"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def seconds(value: float) -> str:
    """Seconds, or milliseconds below one second."""
    return f"{value:.2f} s" if value >= 1 else ms(value * 1000)


def megabytes(value: float) -> str:
    return f"{value:.0f} MB"


def against(theirs: float, ours: float, shown: str) -> str:
    """jrnl's figure and how many times ours it is ("2.10 s, 5.6× ours")."""
    if ours <= 0 or math.isnan(ours) or math.isnan(theirs):
        return shown
    return f"{shown}, {theirs / ours:.1f}× ours"
