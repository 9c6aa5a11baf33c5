"""The benchmark's own tools: measuring a process, jrnl's journal of our entries."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from benchmarks import jrnl
from benchmarks.__main__ import Plan, Run
from benchmarks.measure import CommandFailed, bytecode_env, median_ms, run_process
from benchmarks.table import ERROR
from journal_app.domain.records import JournalEntry

CET = timezone(timedelta(hours=1))


def test_a_process_is_measured_whole_with_its_own_peak_memory() -> None:
    small = run_process([sys.executable, "-c", "pass"], {})
    big = run_process(
        [sys.executable, "-c", "x = bytearray(80_000_000); x[::4096] = b'1' * len(x[::4096])"], {}
    )
    assert small.seconds > 0
    assert big.peak_mb - small.peak_mb > 70  # the 80 MB it touched, not the benchmark's
    assert small.peak_mb < 60  # a fresh process, not a copy of this one's pages


def test_a_command_that_fails_is_not_a_figure() -> None:
    with pytest.raises(CommandFailed, match="exit 3"):
        run_process([sys.executable, "-c", "import sys; sys.exit(3)"], {})


def test_a_password_prompt_reads_standard_input_without_a_terminal() -> None:
    """jrnl asks for its password with getpass: in a session of its own, that reads stdin."""
    script = "import getpass, sys; sys.exit(0 if getpass.getpass() == 'secret' else 4)"
    run_process([sys.executable, "-c", script], {}, stdin="secret\n", new_session=True)


def test_bytecode_is_kept_for_measured_processes() -> None:
    assert "PYTHONDONTWRITEBYTECODE" not in bytecode_env({"PYTHONDONTWRITEBYTECODE": "1", "A": "b"})
    assert bytecode_env({"A": "b"}) == {"A": "b"}


def test_median_ms_is_the_best_rounds_median() -> None:
    calls: list[int] = []
    assert median_ms(lambda: calls.append(1), repeats=5, rounds=3) >= 0
    assert len(calls) == 15


def test_entries_become_jrnl_s_plain_format() -> None:
    entries = [
        JournalEntry(
            at=datetime(2026, 11, 20, 21, 30, tzinfo=CET),
            title="Evening",
            text="Walked by the river.\nIt was quiet.",
            tags=("walk", "support group"),
        ),
        JournalEntry(at=datetime(2026, 11, 21, 8, 5, tzinfo=CET), text="Slept well. Tea."),
    ]
    assert jrnl.jrnl_text(entries) == (
        "[2026-11-20 21:30] Evening\n"
        "Walked by the river.\nIt was quiet.\n"
        "@walk @support-group\n"
        "\n"
        "[2026-11-21 08:05] Slept well. Tea.\n"
    )


def test_the_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert jrnl.default_cache() == tmp_path / "journal-app-benchmarks"


def test_jrnl_that_cannot_be_installed_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def offline(args: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(args, 1, "", "No matching distribution found")

    monkeypatch.setattr(jrnl.subprocess, "run", offline)
    with pytest.raises(jrnl.JrnlUnavailable, match="No matching distribution"):
        jrnl.install(tmp_path)


def test_a_measurement_that_breaks_becomes_an_error_row_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    run = Run(tmp_path, tmp_path, Plan.quick(), None)

    def broken() -> list[Any]:
        raise RuntimeError("the store is not there")

    run.add("unlock", broken)
    run.add("other", lambda: [])
    assert len(run.rows) == 1
    assert run.rows[0].result == ERROR
    assert "RuntimeError: the store is not there" in run.rows[0].error
    assert run.jrnl_figure(("-n", "1"), 3) is None  # no jrnl: no figure, no error
