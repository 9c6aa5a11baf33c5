"""Changing the passphrase on the ten-year store: the whole re-key, start to finish.

    python -m benchmarks.bench_rekey [--work /tmp/journal-bench] [--runs 5]

Each run copies the store and changes its passphrase with ``Vault.change_passphrase``:
one key derivation to check the old passphrase, two for the new record (passphrase and
recovery code), the export under the new key, its checks, the swap. Target: < 3 s.
Also printed: ``change-passphrase`` as a new process (Python start-up included).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path

from benchmarks.bench_cli import cli, cli_env
from benchmarks.generate_store import PASSPHRASE, build
from benchmarks.measure import machine, run_process
from journal_app.storage.vault import Vault

NEW_PASSPHRASE = "a new benchmark passphrase"
TARGET_S = 3.0


def timed_change(template: Path, copy: Path) -> float:
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(template, copy)
    started = time.perf_counter()
    Vault(copy).change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    return time.perf_counter() - started


def timed_command(template: Path, copy: Path) -> float:
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(template, copy)
    env = {**cli_env(), "JOURNAL_APP_NEW_PASSPHRASE": NEW_PASSPHRASE}
    env.pop("JOURNAL_APP_RECOVERY_CODE", None)
    return run_process(cli(copy, "change-passphrase"), env).seconds


def rekey_s(template: Path, copy: Path, runs: int) -> list[float]:
    """Seconds for ``Vault.change_passphrase`` on fresh copies of ``template``."""
    try:
        return [timed_change(template, copy) for _ in range(max(1, runs))]
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    template = build(args.work / "ten-years")
    size = (template / "journal.db").stat().st_size / 1e6
    copy = args.work / "rekey-copy"
    changes = rekey_s(template, copy, args.runs)
    print(
        f"change passphrase (re-key) on the ten-year store ({size:.0f} MB): "
        f"median {statistics.median(changes):.2f} s, max {max(changes):.2f} s "
        f"over {args.runs} runs (target < {TARGET_S:.0f} s)"
    )
    commands = [timed_command(template, copy) for _ in range(args.runs)]
    print(
        f"journal-app change-passphrase, new process: median {statistics.median(commands):.2f} s, "
        f"max {max(commands):.2f} s"
    )
    shutil.rmtree(copy, ignore_errors=True)


if __name__ == "__main__":
    main()
