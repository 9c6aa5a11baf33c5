"""Child processes for the reliability suite: started with a data key, killed or starved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from journal_app.storage.vault import Vault

PASSPHRASE = "correct horse battery"


def child(
    code: str,
    *args: str,
    env: dict[str, str] | None = None,
    file_limit: int | None = None,
) -> subprocess.Popen[str]:
    """``python -c code args`` with pipes; ``file_limit`` caps the size of any file it writes
    (RLIMIT_FSIZE, with SIGXFSZ ignored, so a write past it fails with EFBIG as on a full
    disk instead of killing the process)."""
    prelude = ""
    if file_limit is not None:
        prelude = (
            "import resource, signal\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            f"resource.setrlimit(resource.RLIMIT_FSIZE, ({file_limit}, resource.RLIM_INFINITY))\n"
        )
    environ = {k: v for k, v in os.environ.items() if not k.startswith("JOURNAL_APP_")}
    environ.update(env or {})
    return subprocess.Popen(
        [sys.executable, "-c", prelude + code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environ,
    )


def integrity(root: Path, data_key: bytes) -> list[str]:
    """Everything SQLite and SQLCipher find wrong in the journal (empty: whole)."""
    with Vault(root).open_store(data_key, migrate=False) as store:
        conn = store.conn
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        problems = [] if problems == ["ok"] else problems
        problems += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        try:
            conn.execute("INSERT INTO records_search(records_search) VALUES ('integrity-check')")
        except Exception as exc:  # the search index does not match the records
            problems.append(f"search index: {exc}")
        return problems
