"""The whole journal in one file and back, on the heavy ten-year store.

    python -m benchmarks.bench_roundtrip [--work /tmp/journal-bench]

Export everything as JSON, import it into a new journal, export that again,
and compare the records (target: under 10 s for the three steps together).
Then the peak memory of a whole-journal export (JSON, CSV, Markdown) in a
process of its own, beside a one-year one: written as read, so the whole
journal costs about what a year does.

Exit status 0 when the round trip is faithful and within its target.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bench_cli import cli, cli_env
from benchmarks.generate_store import PASSPHRASE, build
from benchmarks.measure import run_process

TARGET_S = 10.0


@dataclass(frozen=True)
class RoundTrip:
    """Seconds of each step, how many records, the file's size, and whether it held."""

    exported: float
    imported: float
    again: float
    records: int
    added: int
    size_mb: float
    same: bool

    @property
    def total(self) -> float:
        return self.exported + self.imported + self.again


def round_trip(store: Path, folder: Path) -> RoundTrip:
    """Export ``store`` whole as JSON, import it into a new journal in ``folder``, again."""
    from journal_app.exchange.export import export
    from journal_app.exchange.importers import apply, read_import
    from journal_app.services.journal import Journal

    first, second = folder / "all.json", folder / "again.json"
    with Journal.unlock(store, PASSPHRASE) as journal:
        records = journal.count()
        t0 = time.perf_counter()
        export(journal, None, None, "json", first, everything=True)
        exported = time.perf_counter() - t0
    copy, _code = Journal.create(folder / "copy", PASSPHRASE)
    with copy:
        t1 = time.perf_counter()
        result = apply(copy, read_import("json", first))
        imported = time.perf_counter() - t1
        t2 = time.perf_counter()
        export(copy, None, None, "json", second, everything=True)
        again = time.perf_counter() - t2
    one, two = (json.loads(p.read_text("utf-8")) for p in (first, second))
    same = one["records"] == two["records"] and one["people"] == two["people"]
    size = first.stat().st_size / 1e6
    return RoundTrip(exported, imported, again, records, result.added, size, same)


def export_peaks_mb(
    store: Path, folder: Path, year: tuple[str, str]
) -> dict[str, tuple[float, float]]:
    """Per format, the export command's peak memory: (the whole journal, one ``year``)."""
    # The first command of the day makes the daily backup: not part of an export.
    run_process(cli(store, "list", "--from", year[0], "--to", year[1]), cli_env())
    peaks = {}
    for fmt in ("json", "csv", "md"):
        out = str(folder / f"x.{fmt}")
        whole = run_process(cli(store, "export", "--all", "--format", fmt, "--out", out), cli_env())
        part = run_process(
            cli(store, "export", "--from", year[0], "--to", year[1], "--format", fmt, "--out", out),
            cli_env(),
        )
        peaks[fmt] = (whole.peak_mb, part.peak_mb)
    return peaks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    args = parser.parse_args(argv)

    args.work.mkdir(parents=True, exist_ok=True)
    root = build(args.work / "ten-years")
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        trip = round_trip(root, Path(tmp))
        print(f"ten-year store: {trip.records} records; the JSON export is {trip.size_mb:.1f} MB")
        print(
            f"export everything {trip.exported:.2f} s, import into a new journal "
            f"{trip.imported:.2f} s ({trip.added} added), export again {trip.again:.2f} s: "
            f"{trip.total:.2f} s in all [{'ok' if trip.total < TARGET_S else 'MISS'}, target "
            f"< {TARGET_S:.0f} s]; the same records: {'yes' if trip.same else 'NO'}"
        )
        peaks = export_peaks_mb(root, Path(tmp), ("2025-11-23", "2026-11-22"))
        for fmt, (whole, part) in peaks.items():
            print(
                f"peak memory of the export command, {fmt:4}: everything {whole:.0f} MB, "
                f"one year {part:.0f} MB"
            )
    return 0 if trip.same and trip.total < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
