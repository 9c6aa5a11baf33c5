"""jrnl beside us: the best-known encrypted journal, on the same entries, in the same run.

``python -m benchmarks`` installs jrnl (a pinned version) into a virtual
environment of its own under the cache folder (``~/.cache/journal-app-benchmarks``
unless ``--cache`` says otherwise), the first time only, with pip. It then writes
the ten-year store's journal entries as a jrnl journal, encrypted by jrnl's own
code with a password (jrnl's current format: PBKDF2-SHA256 and Fernet), and runs
jrnl's command line on it for what both programs do: save an entry, search,
export everything as JSON; each a whole process, its time and peak memory. The
password goes to jrnl's prompt on its standard input, in a session without a
terminal, so nothing waits for a person. No real person's words: the entries are
the invented ones of ``benchmarks.generate_store``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.measure import ProcessRun, run_process
from journal_app.domain.records import JournalEntry

JRNL_VERSION = "4.6"
PASSWORD = "jrnl benchmark password"

# Run with jrnl's own Python: encrypt a plain jrnl journal the way jrnl writes one.
_ENCRYPT = """
import sys
from pathlib import Path
from jrnl.encryption import determine_encryption_method_for_writing
method = determine_encryption_method_for_writing(True)("default", {})
method.password = sys.argv[3]
Path(sys.argv[2]).write_bytes(method.encrypt(Path(sys.argv[1]).read_text("utf-8")))
"""

_CONFIG = """\
colors: {{body: none, date: none, tags: none, title: none}}
default_hour: 9
default_minute: 0
editor: ''
encrypt: true
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
    encrypt: true
linewrap: 79
tagsymbols: '@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v{version}
"""


class JrnlUnavailable(RuntimeError):
    """jrnl could not be installed or run here (no network, say): its column stays empty."""


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "journal-app-benchmarks"


def install(cache: Path) -> Path:
    """jrnl's program in its own virtual environment under ``cache``; installed if missing."""
    venv = cache / f"jrnl-{JRNL_VERSION}"
    program = venv / "bin" / "jrnl"
    if program.exists():
        return program
    cache.mkdir(parents=True, exist_ok=True)
    steps = (
        [sys.executable, "-m", "venv", str(venv)],
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", f"jrnl=={JRNL_VERSION}"],
    )
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise JrnlUnavailable(
                f"installing jrnl {JRNL_VERSION} failed: {done.stderr.strip()[-300:]}"
            )
    return program


def jrnl_text(entries: Iterable[JournalEntry]) -> str:
    """Journal entries in jrnl's plain format: ``[date time] title``, the text, ``@tags``."""
    parts = []
    for entry in entries:
        header = f"[{entry.at:%Y-%m-%d %H:%M}] {entry.title}" if entry.title else ""
        body = entry.text.strip()
        if not header:  # jrnl takes the first sentence as the title
            header, body = f"[{entry.at:%Y-%m-%d %H:%M}] {body}", ""
        tags = " ".join(f"@{tag.replace(' ', '-')}" for tag in entry.tags)
        parts.append("\n".join(line for line in (header, body, tags) if line))
    return "\n\n".join(parts) + "\n"


@dataclass(frozen=True)
class JrnlJournal:
    """An encrypted jrnl journal and its configuration, ready to run jrnl on."""

    program: Path
    config: Path
    journal: Path

    def command(self, *args: str) -> list[str]:
        return [str(self.program), "--config-file", str(self.config), *args]

    def run(self, *args: str) -> ProcessRun:
        """One jrnl command, a whole process: the password typed at its prompt."""
        env = dict(os.environ)
        # No keyring lookup (it could wait on a desktop's), as for our command line.
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        return run_process(self.command(*args), env, stdin=PASSWORD + "\n", new_session=True)


def make_journal(program: Path, entries: Iterable[JournalEntry], folder: Path) -> JrnlJournal:
    """Write ``entries`` as an encrypted jrnl journal (anew) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    plain, journal, config = folder / "plain.txt", folder / "journal.txt", folder / "jrnl.yaml"
    plain.write_text(jrnl_text(entries), "utf-8")
    try:
        python = program.with_name("python")
        done = subprocess.run(
            [str(python), "-c", _ENCRYPT, str(plain), str(journal), PASSWORD],
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        plain.unlink()
    if done.returncode != 0:
        raise JrnlUnavailable(f"jrnl could not encrypt a journal: {done.stderr.strip()[-300:]}")
    config.write_text(_CONFIG.format(journal=journal, version=JRNL_VERSION), "utf-8")
    return JrnlJournal(program, config, journal)
