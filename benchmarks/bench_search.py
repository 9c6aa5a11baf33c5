"""How long a search takes on the heavy ten-year journal: newest first, in a range.

    python -m benchmarks.bench_search [--work /tmp/journal-bench] [--repeats 30]

Builds (once, then reuses: ``benchmarks.generate_store``) the heavy encrypted
journal of ten years of invented records and times ``Journal.search`` as the
Journal page calls it (at most 200 results, newest first, decoded into
records, inside the From/To range) for twenty words: one-letter prefixes (the
page searches as a person starts typing), words found in most entries, in
some, in a few and in none, over the whole journal, one year and the page's
default 30 days. Each figure is the lowest of three medians (the machine is
shared). Target: < 10 ms for every word. The exit status is 0 when every
figure meets it, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.generate_store import PASSPHRASE, build
from benchmarks.measure import load_average, machine, median_ms
from journal_app.services.journal import Journal

TARGET_MS = 10.0
# From the invented entries (services.sample_data): one- and two-letter prefixes, words
# in most entries, in some, in a few (titles, tags, notes), phrases, and in none.
WORDS = (
    "a", "t", "s", "w", "i", "th", "wa", "the", "and", "breathing",
    "felt", "tea", "walk", "evening", "sleep", "easier", "tuesday",
    "shoulders drop", "rain all day", "elephant",
)  # fmt: skip


def search_ms(
    journal: Any, words: tuple[str, ...], repeats: int, start: date | None, end: date | None
) -> dict[str, float]:
    """Per word, the time of ``Journal.search`` in [start, end], in milliseconds.

    Checks on the way that the results are newest first and inside the range.
    """
    figures = {}
    for word in words:
        found = journal.search(word, start=start, end=end)
        days = [r.day for r in found]
        assert days == sorted(days, reverse=True), "not newest first"
        assert all((start or date.min) <= d <= (end or date.max) for d in days)
        figures[word] = median_ms(
            lambda w=word: journal.search(w, start=start, end=end),  # type: ignore[misc]
            repeats,
        )
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    root = build(args.work / "ten-years")
    print(f"machine: {machine()}, load average {load_average():.1f}")
    worst = 0.0
    with Journal.unlock(root, PASSPHRASE) as journal:
        span = journal.date_range()
        assert span is not None
        first, last = span
        print(f"store: {journal.count()} records from {first} to {last}")
        ranges = {
            "everything": (first, last),
            "one year": (last - timedelta(days=365), last),
            "30 days": (last - timedelta(days=29), last),
        }
        for name, (start, end) in ranges.items():
            figures = search_ms(journal, WORDS, args.repeats, start, end)
            for word, ms in figures.items():
                found = len(journal.search(word, start=start, end=end))
                print(f"search {word!r:18} {name:<11} {found:4} found  {ms:7.1f} ms")
            worst = max(worst, *figures.values())
    print("MISS" if worst >= TARGET_MS else "ok", f"every search < {TARGET_MS:.0f} ms")
    return 1 if worst >= TARGET_MS else 0


if __name__ == "__main__":
    sys.exit(main())
