"""A canary in every field never reaches a file: not the data folder, the temp folders or home.

A child process writes a unique word into every field a person can type
(entry text, title, tags, notes of every kind, people's names, a draft, a
value kept in the encrypted state), then drives the real window: unlocks
(the daily backup), saves through a form, leaves a note half-typed, searches,
backs up from Settings, locks, unlocks, writes once more, and is killed with
the journal open (its write-ahead log full). Then every file under the data
folder, its home, its TMPDIR, and everything written in /tmp and /var/tmp
meanwhile, is searched for the word as UTF-8, UTF-16-LE and UTF-16-BE.
"""

from __future__ import annotations

import os
import secrets
import signal
import time
from pathlib import Path

import pytest
from reliability_support import PASSPHRASE, child

CANARY_CHILD = """
import os, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from journal_app.domain.records import (
    BoundaryPractice, ConnectionMoment, JournalEntry, MoodCheckIn, RecordKind, TimeAlone,
)
from journal_app.services.journal import Journal
from journal_app.ui.app_window import AppWindow
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.keyring_store import MemoryKeyring
from journal_app.ui.setup_view import RecordingPrinter
from journal_app.ui.tasks import SyncTaskRunner

root, word, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
app = QApplication([])
journal, _code = Journal.create(root, passphrase)
with journal:
    journal.add(JournalEntry(text=f"text {word}", title=f"title {word}", tags=(word,),
                             note=f"note {word}"))
    journal.add(ConnectionMoment(circle="close", minutes=30, person=f"{word}friend",
                                 note=f"met {word}"))
    journal.add(BoundaryPractice(type="saying_no", outcome="held", circle="community",
                                 person=f"{word}boss", note=f"said no {word}"))
    journal.add(MoodCheckIn(score=4, note=f"mood {word}"))
    journal.add(TimeAlone(minutes=40, chosen=False, note=f"alone {word}"))
    journal.add(JournalEntry(text=(word + " ") * 3000))  # overflow pages
    journal.save_draft("entry:new", f"draft {word}")
    journal.save_state("test.canary", {"plan": [word]})

window = AppWindow(root, dialogs=ScriptedDialogs(), runner=SyncTaskRunner(),
                   keyring=MemoryKeyring(available=False), printer=RecordingPrinter())
window.show()
window.start()

def unlock():
    window.unlock_view.passphrase.setText(passphrase)
    window.unlock_view.try_unlock()
    assert window.state == window.MAIN, window.unlock_view.message.text()

unlock()  # the daily backup and check
today = window.main_view.current_page()
form = today.open_form(RecordKind.ALONE)
form.minutes.setText("20")
form.not_chosen.setChecked(True)
form.set_note_text(f"form {word}")
assert form.save() is not None
today.open_form(RecordKind.CONNECTION).set_note_text(f"half typed {word}")  # a draft
assert len(window.journal.search(word)) >= 5
window.main_view.show_section(window.main_view.sidebar.count() - 1)
window.main_view.current_page().backups.back_up_now()
window.lock()
unlock()
window.journal.add(JournalEntry(text=f"last words {word}"))
print("ready", flush=True)
time.sleep(600)
"""

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def files_under(*roots: Path, since: float | None = None) -> list[Path]:
    found = []
    for root in roots:
        for folder, _dirs, names in os.walk(root, onerror=lambda _e: None):
            for name in names:
                path = Path(folder) / name
                try:
                    info = path.lstat()
                except OSError:
                    continue
                if not path.is_file() or path.is_symlink() or info.st_size > 200_000_000:
                    continue
                if since is None or info.st_mtime >= since:
                    found.append(path)
    return found


def holds(path: Path, word: str) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError:
        return []
    return [e for e in ENCODINGS if word.encode(e) in data or word.upper().encode(e) in data]


@pytest.mark.slow
def test_a_canary_in_every_field_never_reaches_a_file(tmp_path: Path) -> None:
    word = f"cnry{secrets.token_hex(6)}"
    home, temp = tmp_path / "home", tmp_path / "tmp"
    for folder in (home / ".config", home / ".local" / "share", home / "run", temp):
        folder.mkdir(parents=True, mode=0o700)
    root = home / ".local" / "share" / "journal-app"
    env = {
        "HOME": str(home),
        "TMPDIR": str(temp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    started = time.time() - 1
    with child(CANARY_CHILD, str(root), word, PASSPHRASE, env=env) as app:
        assert app.stdout is not None
        line = app.stdout.readline().strip()
        assert line == "ready", app.communicate()[1][-3000:]
        assert (root / "journal.db-wal").stat().st_size > 0, "killed with the log full"
        os.kill(app.pid, signal.SIGKILL)
        app.communicate()
    assert [p.name for p in (root / "backups").iterdir() if p.suffix == ".jbak"]
    everywhere = files_under(home, temp) + files_under(
        Path("/tmp"), Path("/var/tmp"), since=started
    )
    assert any(p.name == "journal.db-wal" for p in everywhere)
    leaks = {str(p): holds(p, word) for p in everywhere}
    assert {p: e for p, e in leaks.items() if e} == {}
    # The word is really in there, encrypted: the journal opens and finds it.
    from journal_app.services.journal import Journal

    with Journal.unlock(root, PASSPHRASE) as journal:
        assert len(journal.search(word)) >= 7
        assert journal.load_draft("entry:new") == f"draft {word}"
