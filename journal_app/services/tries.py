"""The count of wrong passphrase tries, kept across restarts of the app.

After a few wrong tries the unlock screen waits longer before each next one
(``ui.unlock_view.Backoff``). So that closing and reopening the app does not
skip that wait, the count and the time of the last wrong try are kept in
``unlock-tries.json`` in the data folder, written atomically. The file holds
nothing secret (two numbers), and it is deleted by the next right passphrase.

What it is not: a lock. Someone who can delete the file gains only the wait;
every try still costs a full key derivation (Argon2id, 64 MiB), and the
passphrase is still the protection.
"""

from __future__ import annotations

import contextlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

from journal_app.errors import WriteFailed
from journal_app.storage.files import atomic_write

TRIES_NAME = "unlock-tries.json"


@dataclass(frozen=True)
class Tries:
    failures: int = 0
    last: float = 0.0  # wall-clock seconds of the last wrong try


def load_tries(data_dir: Path) -> Tries:
    """What the file says; nothing (no wait) when it is missing or unreadable."""
    try:
        raw = json.loads((Path(data_dir) / TRIES_NAME).read_text("utf-8"))
        failures, last = raw["failures"], raw["last"]
    except (OSError, ValueError, KeyError, TypeError):
        return Tries()
    if isinstance(failures, bool) or not isinstance(failures, int) or failures < 0:
        return Tries()
    if isinstance(last, bool) or not isinstance(last, int | float) or not math.isfinite(last):
        return Tries()
    return Tries(min(failures, 1000), float(last))


def save_tries(data_dir: Path, tries: Tries) -> None:
    """Keep the count; a folder that cannot take it (read-only) only loses the wait."""
    text = json.dumps({"failures": tries.failures, "last": tries.last}) + "\n"
    with contextlib.suppress(OSError, WriteFailed):
        atomic_write(Path(data_dir) / TRIES_NAME, text.encode("utf-8"))


def clear_tries(data_dir: Path) -> None:
    with contextlib.suppress(OSError):
        (Path(data_dir) / TRIES_NAME).unlink()
