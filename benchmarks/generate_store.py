"""Build a large, realistic encrypted store for the benchmarks.

    python -m benchmarks.generate_store /tmp/bench-store --years 10

The heavy ten-year store holds over 40,000 records and 3,650 journal
entries. It is built once and reused when the folder already holds it.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from journal_app.services.journal import Journal
from journal_app.services.sample_data import generate
from journal_app.storage.vault import Vault

PASSPHRASE = "benchmark passphrase"
HEAVY_DENSITY = 3.1


def build(
    path: Path,
    passphrase: str = PASSPHRASE,
    years: int = 10,
    *,
    density: float = HEAVY_DENSITY,
    end: date | None = None,
    extra_entries: int = 0,
) -> Path:
    """Make (or reuse) a store at ``path`` with ``years`` of records up to ``end``."""
    path = Path(path)
    if Vault(path).exists():
        return path
    records, people = generate(
        weeks=round(years * 52.2), end=end or date(2026, 11, 22), seed=years, density=density
    )
    if extra_entries:
        from journal_app.domain.records import JournalEntry

        template = [r for r in records if isinstance(r, JournalEntry)]
        for i in range(extra_entries):
            source = template[i % len(template)]
            records.append(
                JournalEntry(
                    at=source.at, text=f"{source.text} ({i})", title=source.title, tags=source.tags
                )
            )
    journal, _code = Journal.create(path, passphrase)
    with journal:
        journal.add_many(records, people)
    return path


def plain_copy(encrypted: Path, out: Path, passphrase: str = PASSPHRASE) -> Path:
    """A plain (unencrypted) SQLite copy of the store, for comparison only."""
    import sqlcipher3

    from journal_app.storage import database

    if out.exists():
        return out
    vault = Vault(encrypted)
    key = vault.unlock(passphrase)
    conn = database.connect(vault.paths.database, key)
    try:
        conn.execute(f"ATTACH DATABASE '{out}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA plain.user_version = {int(version)}")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    check = sqlcipher3.connect(str(out))
    check.execute("SELECT count(*) FROM records").fetchone()
    check.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    started = time.perf_counter()
    build(args.path, years=args.years)
    with Journal.unlock(args.path, PASSPHRASE) as journal:
        count = journal.count()
    print(f"{count} records in {args.path} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
