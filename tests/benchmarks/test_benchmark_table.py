"""The benchmark table and its verdicts, on made-up figures (no benchmark is run here)."""

from __future__ import annotations

import math

import pytest

from benchmarks.table import (
    ERROR,
    MISS,
    NONE,
    PASS,
    Row,
    Target,
    against,
    failed_rows,
    format_table,
    megabytes,
    ms,
    seconds,
)

UNDER_10_MS = Target(10.0, "< 10 ms")
WITHIN_1_5 = Target(1.5, "≤ 1.5× the bare window", inclusive=True)


@pytest.mark.parametrize(
    ("target", "value", "met"),
    [
        (UNDER_10_MS, 9.99, True),
        (UNDER_10_MS, 10.0, False),  # "under": the limit itself misses
        (UNDER_10_MS, 16.0, False),
        (WITHIN_1_5, 1.5, True),  # "within": the limit itself passes
        (WITHIN_1_5, 1.51, False),
        (UNDER_10_MS, math.nan, False),  # a figure that is not a number never passes
    ],
)
def test_a_target_is_met_only_under_its_limit(target: Target, value: float, met: bool) -> None:
    assert target.met(value) is met
    assert Row("x", "", value, target).result == (PASS if met else MISS)


def test_results_pass_miss_error_and_no_target() -> None:
    assert Row("search", "3 ms", 3.0, UNDER_10_MS).result == PASS
    assert Row("search", "16 ms", 16.0, UNDER_10_MS).result == MISS
    assert Row("search", "", target=UNDER_10_MS).result == ERROR  # no figure to check
    assert Row("search", "", error="it broke").result == ERROR
    assert Row("search, command line", "0.3 s").result == NONE  # a figure for reference
    rows = [
        Row("a", "1", 1.0, UNDER_10_MS),
        Row("b", "11", 11.0, UNDER_10_MS),
        Row("c", "", error="no jrnl"),
        Row("d", "0.3 s"),
    ]
    assert [r.what for r in failed_rows(rows)] == ["b", "c"]
    assert failed_rows(rows[:1] + rows[3:]) == []


def test_the_table_is_markdown_with_one_line_per_row() -> None:
    rows = [
        Row("cold start", "170 ms (bare 115 ms): 1.48×", 1.48, WITHIN_1_5),
        Row("save | a record", "0.31 s", 0.31, Target(0.4, "< 0.4 s"), jrnl="0.64 s, 2.1× ours"),
        Row("export", "", error="CommandFailed: exit 2\nsecond line"),
    ]
    lines = format_table(rows).splitlines()
    assert lines[0] == "| what | figure | target | result | jrnl, same run |"
    assert lines[1] == "|---|---|---|---|---|"
    assert len(lines) == 2 + len(rows)
    assert lines[2] == (
        "| cold start | 170 ms (bare 115 ms): 1.48× | ≤ 1.5× the bare window | pass | — |"
    )
    assert "save \\| a record" in lines[3]  # a pipe in a cell does not split the table
    assert lines[3].endswith("| pass | 0.64 s, 2.1× ours |")
    assert "not measured: CommandFailed: exit 2 second line" in lines[4]
    assert "| ERROR |" in lines[4]
    assert all(line.count(" | ") == 4 for line in lines[2:])


@pytest.mark.parametrize(
    ("value", "shown"),
    [(2.344, "2.34 ms"), (9.96, "9.96 ms"), (49.6, "49.6 ms"), (341.2, "341 ms")],
)
def test_milliseconds(value: float, shown: str) -> None:
    assert ms(value) == shown


def test_seconds_megabytes_and_ratios() -> None:
    assert seconds(0.3104) == "310 ms"
    assert seconds(0.0496) == "49.6 ms"
    assert seconds(1.814) == "1.81 s"
    assert megabytes(156.63) == "157 MB"
    assert against(2.1, 0.3, "2.10 s") == "2.10 s, 7.0× ours"
    assert against(58.0, 103.0, "58 MB") == "58 MB, 0.6× ours"
    assert against(1.0, 0.0, "1.00 s") == "1.00 s"  # no ratio against nothing
