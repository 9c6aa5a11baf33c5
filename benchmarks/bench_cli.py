"""Figures for the vault and the command line (issue: the encrypted vault).

    python -m benchmarks.bench_cli [--work /tmp/journal-bench]

Prints: unlock (key derivation) time; ``journal-app add`` start to finish,
in a new process, on an empty store, the heavy ten-year store and a store
with 50,000 journal entries; peak memory of each command-line call. The
first command of a day that unlocks also makes the daily backup and checks
it: that one is timed apart (``first add of the day``); the others only look
at the ``backups/`` folder.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.generate_store import PASSPHRASE, build
from journal_app.storage.vault import Vault

# Runs the command from a small, fresh process and reports the command's own peak RSS.
# Measuring a child of this (large) benchmark process would count the pages it inherits
# at fork time, which Linux keeps in ru_maxrss across exec.
_LAUNCHER = """
import os, resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - started
print(code, elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def timed_call(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run one command; return (seconds, peak RSS in MB) of that process alone."""
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *args], env=env, capture_output=True, text=True
    )
    code, seconds, peak_kib = done.stdout.split()
    if int(code) != 0:
        raise SystemExit(f"command failed: {' '.join(args)}: {done.stderr}")
    return float(seconds), int(peak_kib) / 1024


def cli(data_dir: Path, *rest: str) -> list[str]:
    return [sys.executable, "-m", "journal_app.cli", "--data-dir", str(data_dir), *rest]


def forget_todays_backups(data_dir: Path) -> None:
    """So the next command is the first of the day again (it makes the daily backup)."""
    from datetime import date

    from journal_app.storage.rotation import list_backups

    for backup in list_backups(data_dir / "backups"):
        if backup.automatic and backup.made.date() == date.today():
            backup.path.unlink()


def measure_store(label: str, data_dir: Path, env: dict[str, str], runs: int) -> None:
    first = cli(data_dir, "add", "mood", "--score", "6", "--note", "first of the day")
    times = []
    for _ in range(max(3, runs // 2)):
        forget_todays_backups(data_dir)
        times.append(timed_call(first, env)[0])
    print(
        f"  {label:<28} {'first add of the day':<14} median "
        f"{statistics.median(times) * 1000:6.0f} ms   max {max(times) * 1000:6.0f} ms "
        "  (makes and checks the daily backup)"
    )
    calls = {
        "add mood": cli(data_dir, "add", "mood", "--score", "6", "--note", "benchmark"),
        "list one week": cli(data_dir, "list", "--from", "2026-11-16", "--to", "2026-11-22"),
        "search": cli(data_dir, "search", "breathing"),
    }
    for name, args in calls.items():
        times, peaks = [], []
        for _ in range(runs):
            seconds, peak = timed_call(args, env)
            times.append(seconds)
            peaks.append(peak)
        print(
            f"  {label:<28} {name:<14} median {statistics.median(times) * 1000:6.0f} ms"
            f"   max {max(times) * 1000:6.0f} ms   peak memory {max(peaks):5.1f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "JOURNAL_APP_PASSPHRASE": PASSPHRASE}
    env.pop("JOURNAL_APP_DATA_DIR", None)

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    vault = Vault(build(args.work / "ten-years"))
    unlocks = []
    for _ in range(args.runs):
        started = time.perf_counter()
        vault.unlock(PASSPHRASE)
        unlocks.append(time.perf_counter() - started)
    print(f"unlock (Argon2id 64 MiB, 3 passes): median {statistics.median(unlocks) * 1000:.0f} ms")

    kdf_only = [
        sys.executable,
        "-c",
        "from cryptography.hazmat.primitives.kdf.argon2 import Argon2id\n"
        "Argon2id(salt=bytes(16), length=32, iterations=3, lanes=4, memory_cost=65536)"
        ".derive(b'x')",
    ]
    _seconds, kdf_peak = timed_call(kdf_only, env)
    print(f"for scale: Python + one Argon2id derivation alone peaks at {kdf_peak:.1f} MB")

    empty = args.work / "empty"
    shutil.rmtree(empty, ignore_errors=True)
    build(empty, years=0, density=0.0)
    print("command line, new process each time (Python start-up and key derivation included):")
    measure_store("empty store", empty, env, args.runs)
    measure_store("ten-year store", args.work / "ten-years", env, args.runs)
    fifty = build(args.work / "fifty-thousand", years=10, extra_entries=46_000)
    measure_store("store with 50,000 entries", fifty, env, args.runs)


if __name__ == "__main__":
    main()
