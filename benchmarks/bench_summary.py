"""How long one weekly summary and a 52-week trend take on a heavy ten-year journal.

    python -m benchmarks.bench_summary [--work /tmp/journal-bench] [--repeats 300]

Builds (once, then reuses: ``benchmarks.generate_store``) the heavy encrypted
journal of ten years of invented records (at least 40,000 records and 3,650
journal entries) and a plain SQLite copy of it for comparison, and prints the
median time of:

- one weekly summary: the range query the CLI runs (this week and the one
  before), building the records, ``summarize_week`` and ``to_json``;
- a 52-week trend: one range query over 52 weeks and ``trend``.

Each figure is also split into the SQL alone (rows fetched, not decoded),
the query with decoding into records, and the pure insights part, so a slow
figure points at the layer to fix. Times are taken once the pages are cached
(a warm-up pass first), on random weeks spread over the ten years. Targets:
one week < 5 ms, 52 weeks < 50 ms, encrypted ≤ 1.5 × plain.

The data is invented (``journal_app.services.sample_data``); the store and its
plain copy hold nothing of anyone's real journal. The exit status is 0 when
every target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks.generate_store import PASSPHRASE, build, plain_copy
from benchmarks.measure import load_average, machine, median_ms
from journal_app.domain.records import AnyRecord
from journal_app.insights import Week, summarize_week, trend, week_of, weeks_ending
from journal_app.storage import database, repository
from journal_app.storage.vault import Vault

MIN_RECORDS = 40_000
MIN_ENTRIES = 3_650
DEFAULT_CACHE_KIB = 2_000  # SQLite's own default (cache_size = -2000)

ONE_WEEK_TARGET_MS = 5.0
TREND_TARGET_MS = 50.0
ENCRYPTED_OVER_PLAIN_TARGET = 1.5


def open_plain(path: Path, cache_kib: int) -> Any:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    for pragma in ("temp_store = MEMORY", f"cache_size = -{cache_kib}"):
        conn.execute(f"PRAGMA {pragma}").fetchall()
    return conn


def warm(conn: Any) -> None:
    """Read every page of the records table and its day index once."""
    conn.execute("SELECT count(*), sum(length(data)) FROM records").fetchall()
    conn.execute("SELECT count(*) FROM records INDEXED BY records_by_day").fetchall()


class Figures:
    """Median times on one connection over the same sample of weeks."""

    def __init__(self, conn: Any, weeks: list[Week], trend_ends: list[Week]) -> None:
        self.repo = repository.RecordRepository(conn, repository.PeopleRepository(conn))
        self.conn = conn
        self.weeks = weeks
        self.trend_ends = trend_ends

    def _raw(self, start: date, end: date) -> list[Any]:
        sql = (
            f"{repository._SELECT} WHERE r.local_date >= ? AND r.local_date <= ? "
            "ORDER BY r.local_date, r.local_time, r.seq"
        )
        return list(self.conn.execute(sql, (start.isoformat(), end.isoformat())).fetchall())

    def _cycle(self, run: Callable[[Week], object], weeks: list[Week]) -> Callable[[], object]:
        position = 0

        def step() -> object:
            nonlocal position
            week = weeks[position % len(weeks)]
            position += 1
            return run(week)

        return step

    def one_week(self, week: Week) -> dict[str, Any]:
        records = self.repo.between(week.previous().start, week.end)
        return summarize_week(records, records, week).to_json()

    def fifty_two_weeks(self, last: Week) -> list[Any]:
        weeks = weeks_ending(last, 52)
        records = self.repo.between(weeks[0].start, last.end)
        return trend(records, weeks)

    def measure(self, repeats: int, *, breakdown: bool = True) -> dict[str, float]:
        """Median times in ms: ``week_total`` and ``trend_total``, and with ``breakdown``
        each split into the SQL alone, the query with decoding, and the insights."""
        for week in self.weeks:  # warm-up: the pages of every sampled week in the cache
            self.one_week(week)
        for last in self.trend_ends:
            self.fifty_two_weeks(last)
        n_week, n_trend = repeats, max(5, repeats // 8)
        figures = {
            "week_total": median_ms(self._cycle(self.one_week, self.weeks), n_week),
            "trend_total": median_ms(self._cycle(self.fifty_two_weeks, self.trend_ends), n_trend),
        }
        if breakdown:
            figures.update(self._breakdown(n_week, n_trend))
        return figures

    def _breakdown(self, n_week: int, n_trend: int) -> dict[str, float]:
        week_records: dict[Week, list[AnyRecord]] = {
            w: self.repo.between(w.previous().start, w.end) for w in self.weeks
        }
        trend_records: dict[Week, list[AnyRecord]] = {
            w: self.repo.between(weeks_ending(w, 52)[0].start, w.end) for w in self.trend_ends
        }
        # The records kept above for the insights-only figures are not part of a
        # real run: keep the garbage collector from walking them on every pass.
        gc.collect()
        gc.freeze()
        try:
            return {
                "week_sql": median_ms(
                    self._cycle(lambda w: self._raw(w.previous().start, w.end), self.weeks),
                    n_week,
                ),
                "week_query": median_ms(
                    self._cycle(lambda w: self.repo.between(w.previous().start, w.end), self.weeks),
                    n_week,
                ),
                "week_insights": median_ms(
                    self._cycle(
                        lambda w: summarize_week(week_records[w], week_records[w], w).to_json(),
                        self.weeks,
                    ),
                    n_week,
                ),
                "trend_sql": median_ms(
                    self._cycle(
                        lambda w: self._raw(weeks_ending(w, 52)[0].start, w.end), self.trend_ends
                    ),
                    n_trend,
                ),
                "trend_query": median_ms(
                    self._cycle(
                        lambda w: self.repo.between(weeks_ending(w, 52)[0].start, w.end),
                        self.trend_ends,
                    ),
                    n_trend,
                ),
                "trend_insights": median_ms(
                    self._cycle(
                        lambda w: trend(trend_records[w], weeks_ending(w, 52)), self.trend_ends
                    ),
                    n_trend,
                ),
            }
        finally:
            gc.unfreeze()


def sampled_weeks(last: date, seed: int) -> tuple[list[Week], list[Week]]:
    """100 weeks for one-week summaries and 20 last weeks of 52-week trends, spread over
    the ten years before ``last`` (the same ones for a given ``seed``)."""
    rng = random.Random(seed)
    all_weeks = weeks_ending(week_of(last), 520)
    return rng.sample(all_weeks[1:], 100), rng.sample(all_weeks[52:], 20)


def encrypted_figures(store: Path, repeats: int, seed: int = 10) -> dict[str, float]:
    """One week and 52 weeks on the encrypted store as the app opens it (totals only)."""
    vault = Vault(store)
    conn = database.connect(vault.paths.database, vault.unlock(PASSPHRASE))
    try:
        last = conn.execute("SELECT max(local_date) FROM records").fetchone()[0]
        sample, trend_ends = sampled_weeks(date.fromisoformat(last), seed)
        warm(conn)
        return Figures(conn, sample, trend_ends).measure(repeats, breakdown=False)
    finally:
        conn.close()


def report(name: str, f: dict[str, float]) -> None:
    print(
        f"{name:<34} one week {f['week_total']:7.2f} ms "
        f"(sql {f['week_sql']:.2f}, +decode {f['week_query']:.2f}, insights "
        f"{f['week_insights']:.2f})   52 weeks {f['trend_total']:7.2f} ms "
        f"(sql {f['trend_sql']:.2f}, +decode {f['trend_query']:.2f}, insights "
        f"{f['trend_insights']:.2f})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--work",
        type=Path,
        default=Path("/tmp/journal-bench"),
        help="where the benchmark journal is built once and reused (shared with bench_cli)",
    )
    parser.add_argument("--seed", type=int, default=10, help="which weeks are sampled")
    parser.add_argument("--repeats", type=int, default=200, help="timed runs of one week")
    args = parser.parse_args(argv)

    args.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    root = build(args.work / "ten-years")
    plain_path = plain_copy(root, args.work / "ten-years-plain.db")
    print(f"store ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    vault = Vault(root)
    key = vault.unlock(PASSPHRASE)
    encrypted = database.connect(vault.paths.database, key)

    total = encrypted.execute("SELECT count(*) FROM records").fetchone()[0]
    entries = encrypted.execute("SELECT count(*) FROM records WHERE kind = 'entry'").fetchone()[0]
    first, last = encrypted.execute(
        "SELECT min(local_date), max(local_date) FROM records"
    ).fetchone()
    size_mb = vault.paths.database.stat().st_size / 1e6
    if total < MIN_RECORDS or entries < MIN_ENTRIES:
        print(f"MISS the store should hold {MIN_RECORDS} records and {MIN_ENTRIES} entries")
        return 1
    print(
        f"store: {total} records ({entries} journal entries) from {first} to {last}, "
        f"{size_mb:.1f} MB encrypted; page cache {database.CACHE_KIB} KiB"
    )

    print(
        f"machine: {machine()}, load average {load_average():.1f} "
        "(figures are only comparable on a quiet machine)"
    )
    sample, trend_ends = sampled_weeks(date.fromisoformat(last), args.seed)

    results: dict[str, dict[str, float]] = {}
    setups = [
        ("encrypted (cache 16 MiB)", encrypted),
        ("plain SQLite copy (cache 16 MiB)", open_plain(plain_path, database.CACHE_KIB)),
        (
            "encrypted (SQLite default 2 MiB)",
            database.connect(vault.paths.database, key, cache_kib=DEFAULT_CACHE_KIB),
        ),
    ]
    for name, conn in setups:
        warm(conn)
        results[name] = Figures(conn, sample, trend_ends).measure(args.repeats)
        report(name, results[name])
        conn.close()

    enc, plain = results[setups[0][0]], results[setups[1][0]]
    ratio_week = enc["week_total"] / plain["week_total"]
    ratio_trend = enc["trend_total"] / plain["trend_total"]
    checks = [
        ("one week < 5 ms (encrypted)", enc["week_total"] < ONE_WEEK_TARGET_MS),
        ("52 weeks < 50 ms (encrypted)", enc["trend_total"] < TREND_TARGET_MS),
        (
            f"encrypted ≤ 1.5 × plain (week {ratio_week:.2f}×, trend {ratio_trend:.2f}×)",
            max(ratio_week, ratio_trend) <= ENCRYPTED_OVER_PLAIN_TARGET,
        ),
    ]
    print(f"load average at the end: {load_average():.1f}")
    for label, ok in checks:
        print(f"{'ok  ' if ok else 'MISS'} {label}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
