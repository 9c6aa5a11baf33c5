"""What the daily backup costs, on the heavy ten-year store.

    python -m benchmarks.bench_backup [--work /tmp/journal-bench] [--runs 5]

In one process (no start-up, no key derivation): writing a backup with
SQLite's backup API, reopening and checking it (quick_check,
cipher_integrity_check), and rotating; the size of the file; a full restore
(the backup checked with the passphrase, the journal kept aside, the new one
put in place). The command line's first command of a day pays for the
first part once a day (see bench_cli).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.generate_store import PASSPHRASE, build


@dataclass(frozen=True)
class Backups:
    """Seconds: each backup written, reopened and checked, the whole daily backup with
    rotation; then one full restore. The journal's and a backup's size in MB."""

    writes: list[float]
    checks: list[float]
    wholes: list[float]
    restore: float
    records: int
    db_mb: float
    backup_mb: float


def backups(source: Path, folder: Path, runs: int) -> Backups:
    """The daily backup ``runs`` times on a copy of ``source`` in ``folder``, then a restore."""
    from journal_app.services.journal import Journal
    from journal_app.storage import rotation
    from journal_app.storage.backup import make_backup, restore
    from journal_app.storage.rotation import Reason
    from journal_app.storage.vault import Vault

    root = folder / "journal"
    shutil.copytree(source, root, ignore=shutil.ignore_patterns("backups"))
    key = Vault(root).unlock(PASSPHRASE)
    writes, checks, wholes = [], [], []
    with Journal.open(root, key) as journal:
        store = journal._store
        record = Vault(root).read_key_record().to_bytes()
        for run in range(max(1, runs)):
            out = folder / f"b{run}.jbak"
            t0 = time.perf_counter()
            make_backup(store.conn, key, record, out)
            t1 = time.perf_counter()
            rotation.check_backup(out, key, record)
            t2 = time.perf_counter()
            journal.back_up(Reason.DAILY)
            t3 = time.perf_counter()
            writes.append(t1 - t0)
            checks.append(t2 - t1)
            wholes.append(t3 - t2)
        size = out.stat().st_size / 1e6
        db = (root / "journal.db").stat().st_size / 1e6
        count = journal.count()
    t0 = time.perf_counter()
    restore(Vault(root), out, PASSPHRASE)
    restored = time.perf_counter() - t0
    return Backups(writes, checks, wholes, restored, count, db, size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    args.work.mkdir(parents=True, exist_ok=True)
    source = build(args.work / "ten-years")
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        done = backups(source, Path(tmp), args.runs)
    print(
        f"ten-year store: {done.records} records, journal.db {done.db_mb:.1f} MB, "
        f"a backup {done.backup_mb:.1f} MB"
    )
    print(
        f"daily backup, medians of {args.runs}: write {statistics.median(done.writes):.2f} s, "
        f"reopen and check {statistics.median(done.checks):.2f} s; all of it with rotation "
        f"{statistics.median(done.wholes):.2f} s (worst {max(done.wholes):.2f} s)"
    )
    print(
        f"restore (key derivation, full integrity check, journal kept aside, put in "
        f"place): {done.restore:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
