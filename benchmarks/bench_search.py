"""How long a search takes on the heavy ten-year journal: newest first, in a range.

    python -m benchmarks.bench_search [--work /tmp/journal-bench] [--repeats 30]

Builds (once, then reuses: ``benchmarks.generate_store``) the heavy encrypted
journal of ten years of invented records and times ``Journal.search`` as the
Journal page and ``journal-app search`` call it (at most 200 results, newest
first, decoded into records), for words found in most entries, in some, in a
few and in none, over the whole journal, one year and the Journal page's
default 30 days. Each figure is the lowest of three medians (the machine is
shared). Target: < 100 ms for any of them, the page searching after a pause
in typing. The exit status is 0 when every figure meets it, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.generate_store import PASSPHRASE, build
from journal_app.services.journal import Journal

TARGET_MS = 100.0
ROUNDS = 3
# From the invented entries (services.sample_data): in most, in some, in a few, in none.
WORDS = ("the", "breathing", "shoulders drop", "elephant")


def median_ms(run: object, repeats: int) -> float:
    medians = []
    for _ in range(ROUNDS):
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            run()  # type: ignore[operator]
            times.append((time.perf_counter() - start) * 1000)
        medians.append(statistics.median(times))
    return min(medians)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    root = build(args.work / "ten-years")
    print(f"store ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}"
    )
    failed = False
    with Journal.unlock(root, PASSPHRASE) as journal:
        span = journal.date_range()
        assert span is not None
        first, last = span
        print(f"store: {journal.count()} records from {first} to {last}")
        ranges = {
            "everything": (None, None),
            "one year": (last - timedelta(days=365), last),
            "30 days": (last - timedelta(days=29), last),
        }
        for word in WORDS:
            for name, (start, end) in ranges.items():
                found = journal.search(word, start=start, end=end)
                days = [r.day for r in found]
                assert days == sorted(days, reverse=True), "not newest first"
                assert all((start or date.min) <= d <= (end or date.max) for d in days)
                ms = median_ms(
                    lambda w=word, s=start, e=end: journal.search(w, start=s, end=e),
                    args.repeats,
                )
                failed |= ms >= TARGET_MS
                print(f"search {word!r:18} {name:<11} {len(found):4} found  {ms:7.1f} ms")
    print("MISS" if failed else "ok", f"every search < {TARGET_MS:.0f} ms")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
