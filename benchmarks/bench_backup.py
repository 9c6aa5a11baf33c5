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
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from benchmarks.generate_store import PASSPHRASE, build
    from journal_app.services.journal import Journal
    from journal_app.storage import rotation
    from journal_app.storage.backup import make_backup, restore
    from journal_app.storage.rotation import Reason
    from journal_app.storage.vault import Vault

    args.work.mkdir(parents=True, exist_ok=True)
    source = build(args.work / "ten-years")
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        root = Path(tmp) / "journal"
        shutil.copytree(source, root, ignore=shutil.ignore_patterns("backups"))
        key = Vault(root).unlock(PASSPHRASE)
        writes, checks, wholes = [], [], []
        with Journal.open(root, key) as journal:
            store = journal._store
            record = Vault(root).read_key_record().to_bytes()
            for run in range(args.runs):
                out = Path(tmp) / f"b{run}.jbak"
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
        print(f"ten-year store: {count} records, journal.db {db:.1f} MB, a backup {size:.1f} MB")
        print(
            f"daily backup, medians of {args.runs}: write {statistics.median(writes):.2f} s, "
            f"reopen and check {statistics.median(checks):.2f} s; all of it with rotation "
            f"{statistics.median(wholes):.2f} s (worst {max(wholes):.2f} s)"
        )
        t0 = time.perf_counter()
        restore(Vault(root), out, PASSPHRASE)
        print(
            f"restore (key derivation, full integrity check, journal kept aside, put in "
            f"place): {time.perf_counter() - t0:.2f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
