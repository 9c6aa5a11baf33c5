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
import shutil
import statistics
import sys
import time
from pathlib import Path

from benchmarks.generate_store import PASSPHRASE, build
from benchmarks.measure import ProcessRun, bytecode_env, cli_command, machine, run_process
from journal_app.storage.vault import Vault

SAVE_TEXT = "Sat by the window with tea; the evening was quiet."
UNLOCK_TARGET_MS = 600.0
SAVE_TARGET_S = 0.4
MEMORY_BEYOND_KDF_MB = 40.0  # a command's peak memory beyond Argon2id's own 64 MiB

# One Argon2id derivation with the app's parameters, and nothing else of the app.
KDF_ALONE = (
    "from cryptography.hazmat.primitives.kdf.argon2 import Argon2id\n"
    "Argon2id(salt=bytes(16), length=32, iterations=3, lanes=4, memory_cost=65536)"
    ".derive(b'x')"
)


def cli(data_dir: Path, *rest: str) -> list[str]:
    return cli_command("--data-dir", str(data_dir), *rest)


def forget_todays_backups(data_dir: Path) -> None:
    """So the next command is the first of the day again (it makes the daily backup)."""
    from datetime import date

    from journal_app.storage.rotation import list_backups

    for backup in list_backups(data_dir / "backups"):
        if backup.automatic and backup.made.date() == date.today():
            backup.path.unlink()


def cli_env() -> dict[str, str]:
    """A scripted command line's environment: the passphrase given, no default folder,
    compiled bytecode kept (as an installed app has it)."""
    env = {**bytecode_env(os.environ), "JOURNAL_APP_PASSPHRASE": PASSPHRASE}
    env.pop("JOURNAL_APP_DATA_DIR", None)
    return env


def save_runs(data_dir: Path, runs: int) -> list[ProcessRun]:
    """``journal-app add entry --text ...``, each in a new process, start to finish."""
    args = cli(data_dir, "add", "entry", "--text", SAVE_TEXT, "--tags", "benchmark")
    return [run_process(args, cli_env()) for _ in range(max(1, runs))]


def unlock_ms(store: Path, runs: int) -> list[float]:
    """``Vault.unlock``: read the key record, derive the key (Argon2id), unwrap."""
    vault = Vault(store)
    times = []
    for _ in range(max(1, runs)):
        started = time.perf_counter()
        vault.unlock(PASSPHRASE)
        times.append((time.perf_counter() - started) * 1000)
    return times


def kdf_alone_peak_mb() -> float:
    """Peak memory of Python with one Argon2id derivation and nothing else."""
    return run_process([sys.executable, "-c", KDF_ALONE], cli_env()).peak_mb


def first_save_runs(data_dir: Path, runs: int) -> list[ProcessRun]:
    """The day's first ``add``, which also makes and checks the daily backup."""
    args = cli(data_dir, "add", "mood", "--score", "6", "--note", "first of the day")
    done = []
    for _ in range(max(1, runs)):
        forget_todays_backups(data_dir)
        done.append(run_process(args, cli_env()))
    return done


def measure_store(label: str, data_dir: Path, runs: int) -> None:
    first = [r.seconds for r in first_save_runs(data_dir, max(3, runs // 2))]
    print(
        f"  {label:<28} {'first add of the day':<14} median "
        f"{statistics.median(first) * 1000:6.0f} ms   max {max(first) * 1000:6.0f} ms "
        "  (makes and checks the daily backup)"
    )
    calls = {
        "add entry": cli(data_dir, "add", "entry", "--text", SAVE_TEXT),
        "list one week": cli(data_dir, "list", "--from", "2026-11-16", "--to", "2026-11-22"),
        "search": cli(data_dir, "search", "breathing"),
    }
    for name, args in calls.items():
        done = [run_process(args, cli_env()) for _ in range(runs)]
        times = [r.seconds for r in done]
        print(
            f"  {label:<28} {name:<14} median {statistics.median(times) * 1000:6.0f} ms"
            f"   max {max(times) * 1000:6.0f} ms   peak memory "
            f"{max(r.peak_mb for r in done):5.1f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)

    print(f"machine: {machine()}")
    store = build(args.work / "ten-years")
    unlocks = unlock_ms(store, args.runs)
    print(f"unlock (Argon2id 64 MiB, 3 passes): median {statistics.median(unlocks):.0f} ms")
    print(
        f"for scale: Python + one Argon2id derivation alone peaks at {kdf_alone_peak_mb():.1f} MB"
    )

    empty = args.work / "empty"
    shutil.rmtree(empty, ignore_errors=True)
    build(empty, years=0, density=0.0)
    print("command line, new process each time (Python start-up and key derivation included):")
    measure_store("empty store", empty, args.runs)
    measure_store("ten-year store", store, args.runs)
    fifty = build(args.work / "fifty-thousand", years=10, extra_entries=46_000)
    measure_store("store with 50,000 entries", fifty, args.runs)


if __name__ == "__main__":
    main()
