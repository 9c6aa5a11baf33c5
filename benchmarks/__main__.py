"""Every benchmark on the ten-year store, in one table; exit status 1 when a target is missed.

    python -m benchmarks [--work DIR] [--cache DIR] [--repeats 7] [--no-jrnl] [--quick]

Builds (once, then reuses) the ten-year store of invented records
(``benchmarks.generate_store``) and measures, on it: the cold start to the
unlock screen beside a bare PySide6 window, unlocking, the window ready after
unlocking, saving a record from the command line (a whole process), a weekly
summary and a 52-week trend, the Journal page's search for twenty words
(one-letter prefixes among them), a 12-week therapy PDF, switching weeks on the
week view, exporting the whole journal as JSON, importing 20,000 Daylio rows,
changing the passphrase, and the peak memory of the command line, of the key
derivation alone and of the app with every page opened. Beside ours, jrnl does
what it also does (save, search, export; memory) on the same entries, encrypted,
in the same run (``benchmarks.jrnl``; installed into the cache folder the first
time). Processes are measured whole, with compiled bytecode kept as an installed
app has it; in-process figures are the lowest of three medians. The machine
and its load average are printed with the table.

``--quick`` (a tiny store, single runs) checks that every measurement runs; its
figures mean nothing.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks import (
    bench_backup,
    bench_cli,
    bench_export,
    bench_import,
    bench_rekey,
    bench_roundtrip,
    bench_search,
    bench_startup,
    bench_summary,
    jrnl,
)
from benchmarks.generate_store import PASSPHRASE, build
from benchmarks.measure import (
    KDF_MEMORY_MB,
    ProcessRun,
    load_average,
    machine,
    median,
    run_process,
)
from benchmarks.table import (
    Row,
    Target,
    against,
    failed_rows,
    format_table,
    megabytes,
    ms,
    under,
)
from benchmarks.table import seconds as secs

SEARCH_WORD = "breathing"  # for the command-line search beside jrnl's


@dataclass(frozen=True)
class Plan:
    """How much of each measurement: the full run, or ``--quick``."""

    years: int = 10
    repeats: int = 7  # whole processes, and in-process steps measured one by one
    few: int = 3  # the long ones: import, re-key, whole-journal export
    week_repeats: int = 200
    search_repeats: int = 30
    switches: int = 40
    daylio_rows: int = 20_000

    @classmethod
    def quick(cls) -> Plan:
        return cls(
            years=1,
            repeats=1,
            few=1,
            week_repeats=3,
            search_repeats=1,
            switches=2,
            daylio_rows=300,
        )


class Run:
    """One benchmark run: the store, a scratch folder, jrnl (or why not), the rows."""

    def __init__(self, store: Path, scratch: Path, plan: Plan, jrnl_journal: Any) -> None:
        self.store = store
        self.scratch = scratch
        self.plan = plan
        self.jrnl: jrnl.JrnlJournal | None = jrnl_journal
        self.rows: list[Row] = []

    def add(self, what: str, measure: Callable[[], list[Row]]) -> None:
        """The rows ``measure`` makes; one ERROR row (and the run goes on) if it fails."""
        try:
            self.rows.extend(measure())
        except Exception as exc:  # one figure lost must not lose the others
            if os.environ.get("JOURNAL_APP_DEBUG"):
                traceback.print_exc()
            self.rows.append(Row(what, "", error=f"{type(exc).__name__}: {exc}"[:300]))

    def jrnl_figure(self, args: tuple[str, ...], runs: int) -> list[ProcessRun] | None:
        if self.jrnl is None:
            return None
        return [self.jrnl.run(*args) for _ in range(max(1, runs))]

    def jrnl_seconds(self, args: tuple[str, ...], runs: int, ours: float) -> str:
        """jrnl's median time for ``args``, and how many times ``ours`` (seconds) it is."""
        theirs = self.jrnl_figure(args, runs)
        if theirs is None:
            return ""
        their_s = median(r.seconds for r in theirs)
        return against(their_s, ours, secs(their_s))

    def copy_of_store(self, name: str) -> Path:
        """A fresh copy of the store for what writes to it (the store stays as built)."""
        copy = self.scratch / name
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(self.store, copy)
        return copy


# -- the measurements ----------------------------------------------------------------


def cold_start(run: Run) -> list[Row]:
    ours, bare = bench_startup.cold_start(run.store, run.plan.repeats)
    ours_ms, bare_ms = median(ours) * 1000, median(bare) * 1000
    ratio = ours_ms / bare_ms
    return [
        Row(
            "cold start to the unlock screen painted (beside it a bare PySide6 window)",
            f"{ms(ours_ms)} (bare window {ms(bare_ms)}): {ratio:.2f}×",
            ratio,
            Target(
                bench_startup.COLD_OVER_BARE_TARGET,
                f"≤ {bench_startup.COLD_OVER_BARE_TARGET}× the bare window",
                inclusive=True,
            ),
        )
    ]


def unlock(run: Run) -> list[Row]:
    value = median(bench_cli.unlock_ms(run.store, run.plan.repeats))
    return [under("unlock (Argon2id 64 MiB, 3 passes)", value, bench_cli.UNLOCK_TARGET_MS, "ms")]


def ready_window(run: Run) -> list[Row]:
    # A copy with no backups: the first unlock is the day's first, whose backup starts on
    # the pool while the window gets ready.
    copy = run.copy_of_store("ready")
    shutil.rmtree(copy / "backups", ignore_errors=True)
    times, _kdf = bench_startup.main_window_ready(copy, PASSPHRASE, run.plan.repeats)
    later = times[1:] or times
    target = bench_startup.READY_TARGET_MS
    return [
        Row(
            "unlock to the ready window (the main view painted; first after start, then again)",
            f"{ms(times[0])} first, {ms(median(later))} after",
            max(times[0], median(later)),
            Target(target, f"< {target:g} ms"),
        )
    ]


def save_and_memory(run: Run) -> list[Row]:
    copy = run.copy_of_store("save")
    # First: the day's first command, which makes and checks the daily backup; the saves
    # after it only look at the backups folder.
    first = median(r.seconds for r in bench_cli.first_save_runs(copy, run.plan.few))
    done = bench_cli.save_runs(copy, run.plan.repeats)
    save_s = median(r.seconds for r in done)
    peak = max(r.peak_mb for r in done)
    kdf_peak = bench_cli.kdf_alone_peak_mb()
    theirs = run.jrnl_figure((bench_cli.SAVE_TEXT,), run.plan.repeats)
    jrnl_save = jrnl_peak = ""
    if theirs is not None:
        their_s = median(r.seconds for r in theirs)
        their_peak = max(r.peak_mb for r in theirs)
        jrnl_save = against(their_s, save_s, secs(their_s))
        jrnl_peak = against(their_peak, peak, megabytes(their_peak))
    beyond = peak - KDF_MEMORY_MB
    return [
        Row(
            "the day's first save, command line, whole process (it makes and checks the "
            "daily backup)",
            secs(first),
        ),
        under(
            "save a record, command line, whole process (`journal-app add entry`)",
            save_s,
            bench_cli.SAVE_TARGET_S,
            "s",
            jrnl_save,
        ),
        Row(
            "peak memory of that command (Python with one Argon2id derivation alone: "
            f"{megabytes(kdf_peak)})",
            f"{megabytes(peak)}: the key derivation's 64 MiB and {megabytes(beyond)}",
            beyond,
            Target(bench_cli.MEMORY_BEYOND_KDF_MB, "< 40 MB beyond the 64 MiB"),
            jrnl_peak,
        ),
    ]


def summaries(run: Run) -> list[Row]:
    figures = bench_summary.encrypted_figures(run.store, run.plan.week_repeats)
    week, trend = figures["week_total"], figures["trend_total"]
    return [
        under(
            "one weekly summary (this week and the one before, read and summed)",
            week,
            bench_summary.ONE_WEEK_TARGET_MS,
            "ms",
        ),
        under("52-week trend (read and summed)", trend, bench_summary.TREND_TARGET_MS, "ms"),
    ]


def search(run: Run) -> list[Row]:
    from journal_app.services.journal import Journal

    with Journal.unlock(run.store, PASSPHRASE) as journal:
        span = journal.date_range()
        assert span is not None
        figures = bench_search.search_ms(
            journal, bench_search.WORDS, run.plan.search_repeats, span[0], span[1]
        )
    slowest = max(figures, key=lambda w: figures[w])
    worst = figures[slowest]
    ours_cli = median(
        r.seconds
        for r in (
            run_process(bench_cli.cli(run.store, "search", SEARCH_WORD), bench_cli.cli_env())
            for _ in range(run.plan.repeats)
        )
    )
    jrnl_cell = run.jrnl_seconds(
        ("-contains", SEARCH_WORD, "-n", "200"), run.plan.repeats, ours_cli
    )
    return [
        Row(
            f"search on the Journal page, the whole journal, {len(figures)} words "
            "(5 one-letter prefixes among them): median / worst",
            f"{ms(median(figures.values()))} / {ms(worst)} ({slowest!r})",
            worst,
            Target(bench_search.TARGET_MS, f"< {bench_search.TARGET_MS:.0f} ms, every word"),
        ),
        Row(
            f"search, command line, whole process (`journal-app search {SEARCH_WORD}`)",
            secs(ours_cli),
            jrnl=jrnl_cell,
        ),
    ]


def pdf_and_week_view(run: Run, app: Any) -> list[Row]:
    from journal_app.services.journal import Journal

    with Journal.unlock(run.store, PASSPHRASE) as journal:
        times, _result = bench_export.twelve_week_pdf_s(journal, run.plan.few + 2, run.scratch)
        switches = bench_export.week_switches(journal, app, run.plan.switches)
    pdf = median(times)
    shown = {name: median(s.shown) for name, s in switches.items()}
    slower = max(shown, key=lambda n: shown[n])
    return [
        under("12-week therapy PDF, end to end", pdf, bench_export.PDF_TARGET_S, "s"),
        Row(
            "week view: switch weeks, the week painted (arrow / date picker)",
            " / ".join(ms(v) for v in shown.values()),
            shown[slower],
            Target(bench_export.SWITCH_TARGET_MS, f"< {bench_export.SWITCH_TARGET_MS:.0f} ms"),
        ),
    ]


def whole_export(run: Run) -> list[Row]:
    out = run.scratch / "everything.json"
    args = bench_cli.cli(run.store, "export", "--all", "--format", "json", "--out", str(out))
    ours = median(
        run_process(args, bench_cli.cli_env()).seconds for _ in range(max(1, run.plan.few))
    )
    size = out.stat().st_size / 1e6
    jrnl_cell = run.jrnl_seconds(
        ("--format", "json", "--file", str(run.scratch / "jrnl.json")), run.plan.few, ours
    )
    return [
        Row(
            "export the whole journal as JSON, command line, whole process "
            f"(`journal-app export --all`, {size:.0f} MB)",
            secs(ours),
            jrnl=jrnl_cell,
        )
    ]


def round_trip(run: Run) -> list[Row]:
    folder = run.scratch / "round-trip"
    folder.mkdir()
    trip = bench_roundtrip.round_trip(run.store, folder)
    last = date.fromisoformat(_last_day(run.store))
    year = ((last - timedelta(days=364)).isoformat(), last.isoformat())
    peaks = bench_roundtrip.export_peaks_mb(run.store, folder, year)
    what = (
        "the whole journal as JSON, imported into a new journal, exported again "
        f"({trip.records:,} records; the same records after: {'yes' if trip.same else 'NO'})"
    )
    return [
        Row(
            what,
            f"{secs(trip.total)} ({secs(trip.exported)} + {secs(trip.imported)} + "
            f"{secs(trip.again)})",
            trip.total if trip.same else math.inf,
            Target(bench_roundtrip.TARGET_S, f"< {bench_roundtrip.TARGET_S:g} s, the same"),
        ),
        Row(
            "peak memory of `journal-app export --all`, JSON / CSV / Markdown (one year's "
            "beside it)",
            " / ".join(f"{megabytes(w)} ({megabytes(p)})" for w, p in peaks.values()),
        ),
    ]


def backups(run: Run) -> list[Row]:
    done = bench_backup.backups(run.store, run.scratch / "backups", run.plan.few + 2)
    return [
        Row(
            "the daily backup: written, reopened and checked, rotated (on the pool, once a day)",
            f"{secs(median(done.wholes))} ({done.backup_mb:.0f} MB)",
        ),
        Row(
            "restore a backup (checked first, the journal it replaces kept aside)",
            secs(done.restore),
        ),
    ]


def daylio_import(run: Run) -> list[Row]:
    runs = bench_import.import_runs(run.plan.daylio_rows, run.plan.few, run.scratch / "daylio")
    total = median(float(r["total"]) for r in runs)
    what = f"import {run.plan.daylio_rows:,} Daylio rows into a new journal (read and saved)"
    return [under(what, total, bench_import.TARGET_SECONDS, "s")]


def rekey(run: Run) -> list[Row]:
    times = bench_rekey.rekey_s(run.store, run.scratch / "rekey", run.plan.few)
    value = median(times)
    what = "change the passphrase (re-key the whole store, three derivations included)"
    return [under(what, value, bench_rekey.TARGET_S, "s")]


def app_memory(run: Run) -> list[Row]:
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    peak = run_process([sys.executable, "-m", "benchmarks.app_memory", str(run.store)], env).peak_mb
    what = "peak memory of the app: unlocked, every page opened, a search"
    return [under(what, peak, APP_MEMORY_TARGET_MB, "MB")]


APP_MEMORY_TARGET_MB = 200.0


# -- the run ---------------------------------------------------------------------------


def _jrnl_journal(args: argparse.Namespace, store: Path, folder: Path) -> tuple[Any, str]:
    """jrnl's journal of the store's entries, or None and why not."""
    if args.no_jrnl:
        return None, "not run (--no-jrnl)"
    from journal_app.domain.records import RecordKind
    from journal_app.services.journal import Journal

    try:
        program = jrnl.install(args.cache)
        with Journal.unlock(store, PASSPHRASE) as journal:
            entries = journal.records_between(kinds=[RecordKind.ENTRY])
        return jrnl.make_journal(program, entries, folder), f"jrnl {jrnl.JRNL_VERSION}"
    except jrnl.JrnlUnavailable as exc:
        return None, f"not available: {exc}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--work", type=Path, default=jrnl.default_cache() / "stores")
    parser.add_argument("--cache", type=Path, default=jrnl.default_cache(), help="for jrnl")
    parser.add_argument("--repeats", type=int, help="runs of each whole process (default 7)")
    parser.add_argument("--no-jrnl", action="store_true", help="leave jrnl out")
    parser.add_argument("--quick", action="store_true", help="a tiny store and single runs")
    args = parser.parse_args(argv)
    plan = Plan.quick() if args.quick else Plan()
    if args.repeats:
        plan = replace(plan, repeats=args.repeats)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    args.work.mkdir(parents=True, exist_ok=True)
    name = "ten-years" if plan.years == 10 else f"{plan.years}-years"
    store = build(args.work / name, years=plan.years)
    load_before = load_average()
    with tempfile.TemporaryDirectory(dir=args.work) as tmp:
        scratch = Path(tmp)
        journal_of_jrnl, jrnl_state = _jrnl_journal(args, store, scratch / "jrnl")
        run = Run(store, scratch, plan, journal_of_jrnl)
        run.add("cold start to the unlock screen", lambda: cold_start(run))
        run.add("unlock", lambda: unlock(run))
        run.add("unlock to the ready window", lambda: ready_window(run))
        run.add("save a record, command line", lambda: save_and_memory(run))
        run.add("weekly summary and 52-week trend", lambda: summaries(run))
        run.add("search", lambda: search(run))
        run.add("12-week PDF and the week view", lambda: pdf_and_week_view(run, app))
        run.add("export the whole journal as JSON", lambda: whole_export(run))
        run.add("the whole journal out and back", lambda: round_trip(run))
        run.add("daily backup and restore", lambda: backups(run))
        run.add("Daylio import", lambda: daylio_import(run))
        run.add("change the passphrase", lambda: rekey(run))
        run.add("peak memory of the app", lambda: app_memory(run))
    records, entries, size = _store_facts(store)
    print(
        f"{date.today().isoformat()}; {machine()}; load average {load_before:.1f} before, "
        f"{load_average():.1f} after (the machine may be shared: figures move with it)"
    )
    print(
        f"store: {records:,} records over {plan.years} years, {entries:,} of them journal "
        f"entries, {size:.0f} MB encrypted; jrnl: {jrnl_state}"
    )
    print()
    print(format_table(run.rows))
    failed = failed_rows(run.rows)
    print()
    if failed:
        print("missed or not measured: " + "; ".join(row.what for row in failed))
        return 1
    print("every target met")
    return 0


def _last_day(store: Path) -> str:
    from journal_app.services.journal import Journal

    with Journal.unlock(store, PASSPHRASE) as journal:
        span = journal.date_range()
    assert span is not None
    return span[1].isoformat()


def _store_facts(store: Path) -> tuple[int, int, float]:
    from journal_app.domain.records import RecordKind
    from journal_app.services.journal import Journal

    with Journal.unlock(store, PASSPHRASE) as journal:
        records = journal.count()
        entries = len(journal.records_between(kinds=[RecordKind.ENTRY]))
    return records, entries, (store / "journal.db").stat().st_size / 1e6


if __name__ == "__main__":
    sys.exit(main())
