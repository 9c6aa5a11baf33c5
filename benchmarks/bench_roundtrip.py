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
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 10.0

# A fresh, small process reports its child's own peak (see bench_cli: a child of this
# larger process would count the pages it inherits at fork).
_LAUNCHER = """
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_mb(args: list[str], env: dict[str, str]) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, *args], env=env, capture_output=True, text=True
    )
    code, peak_kib = done.stdout.split()
    if int(code) != 0:
        raise SystemExit(f"failed: {' '.join(args)}: {done.stderr}")
    return int(peak_kib) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/journal-bench"))
    args = parser.parse_args(argv)

    from benchmarks.generate_store import PASSPHRASE, build
    from journal_app.exchange.export import export
    from journal_app.exchange.importers import apply, read_import
    from journal_app.services.journal import Journal

    args.work.mkdir(parents=True, exist_ok=True)
    root = build(args.work / "ten-years")
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        first, second = Path(tmp) / "all.json", Path(tmp) / "again.json"
        with Journal.unlock(root, PASSPHRASE) as journal:
            records = journal.count()
            t0 = time.perf_counter()
            export(journal, None, None, "json", first, everything=True)
            exported = time.perf_counter() - t0
        copy, _code = Journal.create(Path(tmp) / "copy", PASSPHRASE)
        with copy:
            t1 = time.perf_counter()
            result = apply(copy, read_import("json", first))
            imported = time.perf_counter() - t1
            t2 = time.perf_counter()
            export(copy, None, None, "json", second, everything=True)
            again = time.perf_counter() - t2
        one, two = (json.loads(p.read_text("utf-8")) for p in (first, second))
        same = one["records"] == two["records"] and one["people"] == two["people"]
        total = exported + imported + again
        size = first.stat().st_size / 1e6
        print(f"ten-year store: {records} records; the JSON export is {size:.1f} MB")
        print(
            f"export everything {exported:.2f} s, import into a new journal {imported:.2f} s "
            f"({result.added} added), export again {again:.2f} s: {total:.2f} s in all "
            f"[{'ok' if total < TARGET_S else 'MISS'}, target < {TARGET_S:.0f} s]; "
            f"the same records: {'yes' if same else 'NO'}"
        )

        env = {**os.environ, "JOURNAL_APP_PASSPHRASE": PASSPHRASE}
        env.pop("JOURNAL_APP_DATA_DIR", None)
        cli = [sys.executable, "-m", "journal_app.cli", "--data-dir", str(root), "export"]
        year = ["--from", "2025-11-23", "--to", "2026-11-22"]
        # The first command of the day makes the daily backup: not part of an export.
        peak_mb([*cli[:-1], "list", *year], env)
        for fmt in ("json", "csv", "md"):
            out = str(Path(tmp) / f"x.{fmt}")
            whole = peak_mb([*cli, "--all", "--format", fmt, "--out", out], env)
            part = peak_mb([*cli, *year, "--format", fmt, "--out", out], env)
            print(
                f"peak memory of the export command, {fmt:4}: everything {whole:.0f} MB, "
                f"one year {part:.0f} MB"
            )
    return 0 if same and total < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
