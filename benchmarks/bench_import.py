"""How long importing ten years of Daylio history takes.

    python -m benchmarks.bench_import [--rows 20000] [--work /tmp/journal-import-bench]

Writes an invented Daylio CSV export (20,000 check-ins over ten years, newest
first, with a byte-order mark, 12-hour times, activities on most rows and a
note, sometimes several lines long, on about four in ten), creates a fresh
encrypted journal (key derivation is not timed), then times, the median of
three fresh journals:

- parse: ``read_import`` (read, decode, validate, build records);
- import: ``apply`` (one transaction into the encrypted store, search index
  included);
- again: importing the same file a second time (everything skipped).

Target: parse + import under 2 seconds. The exit status is 0 when met, 1
otherwise. No real person's data: every word is drawn from small lists below.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.generate_store import PASSPHRASE
from journal_app.exchange.importers import apply, read_import
from journal_app.services.journal import Journal

TARGET_SECONDS = 2.0
MOODS = ("rad", "good", "meh", "bad", "awful")
ACTIVITIES = (
    "friends", "family", "walk", "reading", "therapy", "support group", "cooking",
    "sleep early", "work", "music", "garden", "tired", "stressed", "journaling",
)  # fmt: skip
WORDS = (
    "today", "I", "felt", "calmer", "after", "the", "walk", "and", "called", "my",
    "sister", "it", "was", "hard", "but", "stayed", "with", "it", "slept", "badly",
    "group", "helped", "said", "no", "quiet", "evening", "tea", "rain", "okay",
)  # fmt: skip


def _clock(minutes: int) -> str:
    hour, minute = divmod(minutes, 60)
    half = "am" if hour < 12 else "pm"
    return f"{hour % 12 or 12}:{minute:02d} {half}"


def write_csv(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    last = date(2026, 11, 27)
    days = 3652
    per_day: dict[int, int] = {}
    for _ in range(rows):
        back = rng.randrange(days)
        per_day[back] = per_day.get(back, 0) + 1
    lines = ["full_date,date,weekday,time,mood,activities,note_title,note"]
    for back in sorted(per_day):
        day = last - timedelta(days=back)
        for slot in sorted(rng.sample(range(6 * 60, 24 * 60), per_day[back]), reverse=True):
            acts = " | ".join(rng.sample(ACTIVITIES, rng.randrange(0, 4)))
            title, note = "", ""
            if rng.random() < 0.4:
                sentences = [
                    " ".join(rng.choice(WORDS) for _ in range(rng.randrange(4, 14))).capitalize()
                    + "."
                    for _ in range(rng.randrange(1, 5))
                ]
                note = "\n".join(sentences)
                title = rng.choice(("", "", "Evening", "A hard one", "Small win"))
            lines.append(
                f"{day.isoformat()},{day:%B} {day.day},{day:%A},{_clock(slot)},"
                f'{rng.choice(MOODS)},"{acts}","{title}","{note}"'
            )
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")


def _once(csv_path: Path, data_dir: Path) -> dict[str, float | int]:
    """Parse and import into a fresh journal (key derivation not timed), then again."""
    journal, _code = Journal.create(data_dir, PASSPHRASE)
    with journal:
        c0, t0 = time.process_time(), time.perf_counter()
        plan = read_import("daylio", csv_path)
        c1, t1 = time.process_time(), time.perf_counter()
        result = apply(journal, plan)
        c2, t2 = time.process_time(), time.perf_counter()
        again = apply(journal, read_import("daylio", csv_path))
        t3 = time.perf_counter()
        stored = journal.count()
    return {
        "records": len(plan.records),
        "parse": t1 - t0,
        "import": t2 - t1,
        "total": t2 - t0,
        "cpu": c2 - c0,
        "cpu_parse": c1 - c0,
        "cpu_import": c2 - c1,
        "again": t3 - t2,
        "added": result.added,
        "stored": stored,
        "added_again": again.added,
        "skipped_again": again.skipped,
    }


def import_runs(rows: int, repeats: int, work: Path) -> list[dict[str, float | int]]:
    """Import an invented Daylio CSV of ``rows`` check-ins into ``repeats`` fresh journals.

    ``work`` is emptied first and afterwards.
    """
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    try:
        csv_path = work / "daylio_export.csv"
        write_csv(csv_path, rows)
        return [_once(csv_path, work / f"journal-{n}") for n in range(max(1, repeats))]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def median_run(runs: list[dict[str, float | int]]) -> dict[str, float | int]:
    """The run whose total time is the median one."""
    ordered = sorted(runs, key=lambda r: r["total"])
    return ordered[(len(ordered) - 1) // 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeats", type=int, default=3, help="fresh journals; median is kept")
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-import-bench"))
    args = parser.parse_args(argv)

    runs = import_runs(args.rows, args.repeats, args.work)
    mid = median_run(runs)
    print(f"Daylio CSV: {args.rows} rows -> {mid['records']} records")
    print(f"  median of {args.repeats} fresh journals (wall clock):")
    print(f"  parse  {mid['parse']:6.3f} s")
    print(f"  import {mid['import']:6.3f} s  (added {mid['added']}, stored {mid['stored']})")
    print(f"  total  {mid['total']:6.3f} s  (target < {TARGET_SECONDS:.0f} s)")
    print(
        f"  CPU    {mid['cpu']:6.3f} s  "
        f"(parse {mid['cpu_parse']:.3f} s, import {mid['cpu_import']:.3f} s)"
    )
    print(f"  again  {mid['again']:6.3f} s  (parse + import, skipped {mid['skipped_again']})")
    print("  all totals: " + ", ".join(f"{r['total']:.3f}" for r in runs))
    ok = mid["total"] < TARGET_SECONDS and all(r["added_again"] == 0 for r in runs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
