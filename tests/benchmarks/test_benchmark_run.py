"""One run of ``python -m benchmarks`` on a tiny store: every measurement runs, one table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROWS = (
    "cold start to the unlock screen painted",
    "unlock (Argon2id",
    "unlock to the ready window",
    "the day's first save",
    "save a record, command line",
    "peak memory of that command",
    "one weekly summary",
    "52-week trend",
    "search on the Journal page",
    "search, command line",
    "12-week therapy PDF",
    "week view: switch weeks",
    "export the whole journal as JSON",
    "the whole journal as JSON, imported into a new journal",
    "peak memory of `journal-app export --all`",
    "the daily backup",
    "restore a backup",
    "import 300 Daylio rows",
    "change the passphrase",
    "peak memory of the app",
)


@pytest.mark.slow
def test_a_quick_run_measures_everything_and_exits_by_its_targets(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    for name in ("home", "runtime"):
        (tmp_path / name).mkdir(mode=0o700)
    done = subprocess.run(
        [
            *(sys.executable, "-m", "benchmarks", "--quick", "--no-jrnl"),
            *("--work", str(tmp_path / "work"), "--cache", str(tmp_path / "cache")),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    out = done.stdout
    assert done.returncode in (0, 1), done.stderr[-2000:]
    table = [line for line in out.splitlines() if line.startswith("| ")]
    assert table[0].startswith("| what | figure | target | result |")
    rows = table[1:]
    for what in ROWS:
        assert any(row.startswith(f"| {what}") for row in rows), what
    assert not [row for row in rows if "| ERROR |" in row]  # every figure was measured
    missed = [row for row in rows if "| MISS |" in row]
    # Figures of single runs on a tiny store mean nothing; the verdict must follow them.
    assert done.returncode == (1 if missed else 0)
    assert ("every target met" in out) == (not missed)
    assert "x86_64" in out or "cores" in out  # the machine is printed with the table
    assert "load average" in out
