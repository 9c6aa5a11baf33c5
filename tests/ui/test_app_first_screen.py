"""The first screen comes first: what the unlock screen does not need waits until it is painted.

The start-up benchmark (``python -m benchmarks``) holds the time to the first screen
within 1.5 times a bare PySide6 window's; these tests hold the rules that keep it there,
on any machine: which modules are loaded when the first screen is painted, and no
filter on every event of the application while nothing is unlocked.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from app_support import app_process_env
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from journal_app.services.journal import Journal
from journal_app.ui.locking import IdleLock

PASSPHRASE = "correct horse battery"

# Run the real app (app.run) and, when its first screen is painted, print what is loaded.
PROBE = """
import json, sys
from pathlib import Path
import journal_app.app as app

def shown():
    print("LOADED " + json.dumps(sorted(sys.modules)), flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.instance().quit()

app._report_shown = shown
sys.exit(app.run(Path(sys.argv[1])))
"""

# Needed only once the journal is open, for first-run setup, or later.
NOT_BEFORE_THE_FIRST_SCREEN = (
    "cryptography",  # key derivation: loaded on the pool while the person types
    "sqlcipher3",
    "journal_app.storage.vault",
    "journal_app.storage.repository",
    "journal_app.services.journal",
    "journal_app.domain.records",
    "journal_app.ui.main_view",  # the open journal
    "journal_app.ui.setup_view",  # first run only
    "journal_app.ui.damage_view",  # a damaged journal only
    "journal_app.ui.passphrase_fields",  # new passphrases: first run, or the recovery page
    "journal_app.ui.support.reminders",  # only when a reminder is on
    "PySide6.QtNetwork",  # one instance per journal: listens once the screen is up
    "hashlib",  # the socket's name, the keyring's account: later
    "ctypes",  # "not dumpable": once the screen is up, before anything can be typed
)


def _first_screen_modules(tmp_path: Path, data_dir: Path) -> set[str]:
    env = app_process_env(
        tmp_path, JOURNAL_APP_QUIT_AFTER_MS="20000", JOURNAL_APP_REPORT_STARTUP="1"
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("LOADED "))
    return set(json.loads(line.removeprefix("LOADED ")))


def _loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(m.startswith(name + ".") for m in modules)


def test_the_unlock_screen_is_painted_before_anything_it_does_not_need_is_loaded(
    tmp_path: Path,
) -> None:
    root = tmp_path / "journal"
    Journal.create(root, PASSPHRASE)[0].close()
    modules = _first_screen_modules(tmp_path, root)
    assert "journal_app.ui.unlock_view" in modules  # the probe saw the real first screen
    early = [name for name in NOT_BEFORE_THE_FIRST_SCREEN if _loaded(modules, name)]
    assert early == []


def test_first_run_setup_too(tmp_path: Path) -> None:
    modules = _first_screen_modules(tmp_path, tmp_path / "no journal yet")
    assert "journal_app.ui.setup_view" in modules
    allowed_for_setup = {"journal_app.ui.setup_view", "journal_app.ui.passphrase_fields"}
    early = [
        name
        for name in NOT_BEFORE_THE_FIRST_SCREEN
        if name not in allowed_for_setup and _loaded(modules, name)
    ]
    assert early == []


class _Counter(QObject):
    pass


def test_the_idle_lock_watches_events_only_while_unlocked(qapp: QApplication) -> None:
    """A filter on every event of the application costs a Python call per event; while
    locked there is nothing to watch for, so none is installed."""
    seen: list[int] = []
    now = [1000.0]
    idle = IdleLock(lambda: now[0])
    real_filter = idle.eventFilter

    def counting(watched: Any, event: Any) -> bool:
        seen.append(int(event.type().value))
        return real_filter(watched, event)

    idle.eventFilter = counting  # type: ignore[method-assign]
    target = _Counter()
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    try:
        QApplication.sendEvent(target, press)
        assert seen == []
        idle.arm()
        QApplication.sendEvent(target, press)
        assert int(QEvent.Type.KeyPress.value) in seen
        idle.disarm()
        seen.clear()
        QApplication.sendEvent(target, press)
        assert seen == []
    finally:
        idle.shutdown()


def test_the_recovery_page_is_made_when_first_needed(qtbot: Any, tmp_path: Path) -> None:
    from journal_app.ui.tasks import SyncTaskRunner
    from journal_app.ui.unlock_view import UnlockView

    view = UnlockView(tmp_path / "journal", SyncTaskRunner())
    qtbot.addWidget(view)
    view.reset()  # a lock before it was ever shown
    view.refresh_wait()
    assert view.pages.count() == 1  # the passphrase page only
    view.show()
    qtbot.mouseClick(view.forgot_button, Qt.MouseButton.LeftButton)
    assert view.pages.count() == 2 and view.pages.currentIndex() == 1
    assert view.focusWidget() is view.code
    assert not view.recover_button.isEnabled()
    view.show_passphrase()
    assert view.pages.currentIndex() == 0


def test_a_part_of_the_recovery_page_asked_for_makes_it(qtbot: Any, tmp_path: Path) -> None:
    from journal_app.ui.tasks import SyncTaskRunner
    from journal_app.ui.unlock_view import UnlockView

    now = [100.0]
    view = UnlockView(tmp_path / "journal", SyncTaskRunner(), clock=lambda: now[0])
    qtbot.addWidget(view)
    for _ in range(4):
        view.backoff.failed()  # a wait after wrong tries, before the page exists
    view.new_confirm  # noqa: B018 - asked for: made now
    assert view.pages.count() == 2
    assert "try again in" in view.recovery_message.text()  # the wait is said there too
    with pytest.raises(AttributeError):
        view.no_such_part  # noqa: B018
