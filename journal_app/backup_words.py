"""The words for backups (why one was made, how big it is), the same in the app and the CLI.

Like ``words.py``: plain keys are stored (``daily``), what a person reads is
translated here (context ``backups``).
"""

from __future__ import annotations

from journal_app.i18n import decimal, translate
from journal_app.storage.rotation import BackupFile, Reason

_CONTEXT = "backups"


def _tr(text: str) -> str:
    return translate(_CONTEXT, text)


def reason_label(reason: Reason) -> str:
    """Why the backup was made, in a few words: ``first opening of the day``."""
    return {
        Reason.DAILY: _tr("first opening of the day"),
        Reason.CLOSING: _tr("closing the app after changes"),
        Reason.MANUAL: _tr("made by you"),
        Reason.BEFORE_UPGRADE: _tr("before an upgrade of the app"),
        Reason.BEFORE_PASSPHRASE_CHANGE: _tr("before a passphrase change"),
        Reason.OTHER: _tr("put here by hand"),
    }[Reason(reason)]


def size_label(size: int) -> str:
    """``18.2 MB``, ``640 KB``: decimal units, as file managers show them."""
    if size >= 1_000_000:
        return _tr("{n} MB").format(n=decimal(size / 1_000_000))
    return _tr("{n} KB").format(n=max(1, round(size / 1000)))


def one_line(backup: BackupFile) -> str:
    """``2026-11-28 08:30 · 18.2 MB · first opening of the day``."""
    return (
        f"{backup.made:%Y-%m-%d %H:%M} · {size_label(backup.size)} · {reason_label(backup.reason)}"
    )


def to_json(backup: BackupFile) -> dict[str, object]:
    """The JSON shape of ``journal-app backups --format json`` (keys are a contract)."""
    return {
        "time": backup.made.isoformat(timespec="seconds"),
        "size": backup.size,
        "reason": backup.reason.value,
        "automatic": backup.automatic,
        "path": str(backup.path),
    }
