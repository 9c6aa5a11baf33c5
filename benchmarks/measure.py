"""How the benchmarks measure: medians on a shared machine, whole processes, peak memory.

Every figure of ``python -m benchmarks`` (and of the ``bench_*`` scripts) is taken
with these helpers, so each way of measuring is written once.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

ROUNDS = 3
MB = 1_000_000
KDF_MEMORY_MB = 64 * 1024 * 1024 / MB  # Argon2id's 64 MiB, in MB (67.1)


def median_ms(run: Callable[[], object], repeats: int, rounds: int = ROUNDS) -> float:
    """The lowest of ``rounds`` medians of ``repeats`` runs each, in milliseconds.

    The machine is shared (tests and builds run beside it): the best round's
    median is the figure least disturbed by the neighbours, and still a median.
    """
    medians = []
    for _ in range(max(1, rounds)):
        times = []
        for _ in range(max(1, repeats)):
            start = time.perf_counter()
            run()
            times.append((time.perf_counter() - start) * 1000)
        medians.append(statistics.median(times))
    return min(medians)


def timed_s(run: Callable[[], object]) -> float:
    """Seconds one call of ``run`` takes."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


# Runs the command from a small, fresh process and reports the command's own peak RSS.
# Measuring a child of the (large) benchmark process itself would count the pages it
# inherits at fork time, which Linux keeps in ru_maxrss across exec. ``new_session``:
# the command gets no controlling terminal, so a password prompt reads its standard
# input instead of waiting at the terminal of whoever runs the benchmark.
_LAUNCHER = """
import resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(
    sys.argv[2:], stdout=subprocess.DEVNULL, start_new_session=sys.argv[1] == "1"
).returncode
elapsed = time.perf_counter() - started
print(code, elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


class CommandFailed(RuntimeError):
    """A measured command did not succeed: the figure would mean nothing."""


@dataclass(frozen=True)
class ProcessRun:
    """One command, start to finish: wall-clock seconds and its peak memory (RSS)."""

    seconds: float
    peak_mb: float


def run_process(
    args: list[str],
    env: Mapping[str, str],
    *,
    stdin: str | None = None,
    new_session: bool = False,
) -> ProcessRun:
    """Run ``args`` in a process of its own; its time and peak memory.

    Raises:
        CommandFailed: the command exited with a code other than 0.
    """
    done = subprocess.run(
        [sys.executable, "-c", _LAUNCHER, "1" if new_session else "0", *args],
        env=dict(env),
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        code, seconds, peak_kib = done.stdout.split()
    except ValueError:
        raise CommandFailed(f"{' '.join(args)}: {done.stderr.strip()[-500:]}") from None
    if int(code) != 0:
        raise CommandFailed(f"{' '.join(args)} (exit {code}): {done.stderr.strip()[-500:]}")
    return ProcessRun(float(seconds), int(peak_kib) * 1024 / MB)


def median(values: Iterable[float]) -> float:
    return float(statistics.median(list(values)))


def bytecode_env(env: Mapping[str, str]) -> dict[str, str]:
    """``env`` with Python allowed to keep compiled bytecode, as an installed app has it.

    A development shell may set PYTHONDONTWRITEBYTECODE; a start-up measured then
    would compile every module of the app from source each time.
    """
    out = dict(env)
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    return out


def cli_command(*rest: str) -> list[str]:
    """``journal-app`` as installed beside this Python, else ``python -m journal_app.cli``."""
    script = Path(sys.executable).with_name("journal-app")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "journal_app.cli"]
    return [*base, *rest]


def total_memory_gib() -> float | None:
    try:
        pages, size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None
    return pages * size / 2**30


def machine() -> str:
    """The machine the figures came from, and how busy it was at this moment."""
    memory = total_memory_gib()
    parts = [
        platform.machine(),
        f"{os.cpu_count()} cores",
        f"{memory:.0f} GiB" if memory else "memory unknown",
        f"Python {platform.python_version()}",
    ]
    return ", ".join(parts)


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")
