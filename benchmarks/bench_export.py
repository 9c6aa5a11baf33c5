"""How long exports and the week view take on the heavy ten-year journal.

    python -m benchmarks.bench_export [--work /tmp/journal-bench] [--switches 40]

Builds (once, then reuses: ``benchmarks.generate_store``) the encrypted
journal of ten years of invented records and measures:

- a 12-week PDF (the summary for therapy), end to end: the range query,
  the weekly figures, drawing every page and the atomic write. Target < 2 s.
- one year exported as PDF, Markdown, CSV and JSON (the largest range allowed).
- the week view switching weeks: reading 12 weeks, the summary and trend,
  filling the labels, and painting the whole page (``grab``, which paints
  more than a screen update does). Target < 100 ms.

Runs headless (offscreen). Prints the figures; exit status 0 when every
target is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

PDF_TARGET_S = 2.0
SWITCH_TARGET_MS = 100.0


def twelve_week_pdf_s(journal: Any, repeats: int, folder: Path) -> tuple[list[float], Any]:
    """Seconds for the 12-week PDF ending with the journal's last week; and the result."""
    from journal_app.exchange.export import export
    from journal_app.insights import week_of

    span = journal.date_range()
    assert span is not None
    end_week = week_of(span[1])
    start = end_week.start - timedelta(weeks=11)
    times, result = [], None
    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        result = export(journal, start, end_week.end, "pdf", folder / "twelve.pdf")
        times.append(time.perf_counter() - t0)
    return times, result


@dataclass(frozen=True)
class Switches:
    """Week view switches, in ms: the week on screen, and with the 12-week trend filled."""

    shown: list[float]
    whole: list[float]


def week_switches(journal: Any, app: Any, switches: int) -> dict[str, Switches]:
    """Switching weeks on the week view: by the arrow (one back) and by the date picker."""
    from journal_app.insights import week_of
    from journal_app.ui.dialogs import ScriptedDialogs
    from journal_app.ui.week_view import WeekView

    span = journal.date_range()
    assert span is not None
    first, last = span
    view = WeekView(journal, ScriptedDialogs(), today=lambda: last)
    view.resize(980, 1500)
    view.show()
    app.processEvents()
    rng = random.Random(5)
    days = (last - first).days
    jumps = [week_of(first + timedelta(days=rng.randrange(days))) for _ in range(switches)]

    def timed(move: Callable[[], None]) -> tuple[float, float]:
        """(the week on screen, the trend filled in too), in ms, each with a full paint."""
        t0 = time.perf_counter()
        move()
        view.grab()  # paints the whole page, more than a screen update does
        t1 = time.perf_counter()
        app.processEvents()  # the trend is filled right after the week is shown
        assert view.trend_points is not None
        view.trend_chart.grab()
        return (t1 - t0) * 1000, (time.perf_counter() - t0) * 1000

    app.processEvents()
    try:
        arrows = [timed(view.show_previous) for _ in range(switches)]
        jumped = [timed(lambda w=w: view.show_week(w)) for w in jumps]  # type: ignore[misc]
    finally:
        view.close()
    return {
        "arrow (previous week)": Switches([r[0] for r in arrows], [r[1] for r in arrows]),
        "jump (date picker)": Switches([r[0] for r in jumped], [r[1] for r in jumped]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    parser.add_argument("--switches", type=int, default=40, help="week switches timed")
    parser.add_argument("--repeats", type=int, default=5, help="timed 12-week PDFs")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])

    from benchmarks.generate_store import PASSPHRASE, build
    from journal_app.exchange.export import export
    from journal_app.insights import week_of
    from journal_app.services.journal import Journal

    args.work.mkdir(parents=True, exist_ok=True)
    root = build(args.work / "ten-years")
    ok = True
    with Journal.unlock(root, PASSPHRASE) as journal, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        span = journal.date_range()
        assert span is not None
        print(f"store: {journal.count()} records from {span[0]} to {span[1]}")

        times, result = twelve_week_pdf_s(journal, args.repeats, folder)
        size = (folder / "twelve.pdf").stat().st_size / 1e3
        median = statistics.median(times)
        ok &= median < PDF_TARGET_S
        print(
            f"12-week PDF ({result.records} records, {result.weeks} pages, {size:.0f} kB): "
            f"median {median:.2f} s, worst {max(times):.2f} s  "
            f"[{'ok' if median < PDF_TARGET_S else 'MISS'}, target < {PDF_TARGET_S:.0f} s]"
        )

        end = week_of(span[1]).end
        year_start = end - timedelta(days=365)
        for fmt in ("pdf", "md", "csv", "json"):
            t0 = time.perf_counter()
            result = export(journal, year_start, end, fmt, folder / f"year.{fmt}")
            took = time.perf_counter() - t0
            size = (folder / f"year.{fmt}").stat().st_size / 1e3
            print(
                f"one year as {fmt:4}: {took:.2f} s ({result.records} records, "
                f"{result.weeks} weeks, {size:.0f} kB)"
            )

        for name, runs in week_switches(journal, app, args.switches).items():
            shown = statistics.median(runs.shown)
            ok &= shown < SWITCH_TARGET_MS
            print(
                f"week view, {name}, {len(runs.shown)} switches: week on screen median "
                f"{shown:.1f} ms (worst {max(runs.shown):.1f}) "
                f"[{'ok' if shown < SWITCH_TARGET_MS else 'MISS'}, target "
                f"< {SWITCH_TARGET_MS:.0f} ms]; with the 12-week trend filled in, median "
                f"{statistics.median(runs.whole):.1f} ms"
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
