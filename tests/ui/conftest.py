"""Fixtures for driving the real window on a real temporary vault.

A template journal is created once per test session (key derivation is the
slow part) and copied for each test that needs one.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, SECRET_NOTE, SECRET_TEXT, FakeClock

from journal_app.ui.dialogs import RecordingPrinter, ScriptedDialogs
from journal_app.ui.keyring_store import MemoryKeyring
from journal_app.ui.tasks import SyncTaskRunner


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    from journal_app.domain.records import Circle, ConnectionMoment, JournalEntry, MoodCheckIn
    from journal_app.services.journal import Journal

    root = tmp_path_factory.mktemp("template") / "journal"
    journal, code = Journal.create(root, PASSPHRASE)
    now = datetime.now(timezone(timedelta(hours=1))).replace(microsecond=0)
    with journal:
        journal.add(JournalEntry(at=now, text=SECRET_TEXT, title="Winter"))
        journal.add(MoodCheckIn(at=now, score=6, note=SECRET_NOTE))
        journal.add(
            ConnectionMoment(
                at=now - timedelta(days=1), circle=Circle.PEER, minutes=30, note=SECRET_NOTE
            )
        )
    return root, code


@pytest.fixture
def vault_dir(template_vault: tuple[Path, str], tmp_path: Path) -> Path:
    """A fresh copy of the template journal (passphrase ``PASSPHRASE``)."""
    target = tmp_path / "journal"
    shutil.copytree(template_vault[0], target)
    return target


@pytest.fixture
def recovery_code(template_vault: tuple[Path, str]) -> str:
    return template_vault[1]


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring(available=False)


@pytest.fixture
def make_window(qtbot: Any, keyring: MemoryKeyring) -> Iterator[Callable[..., Any]]:
    """Build an ``AppWindow`` with scripted dialogs, a sync runner and fake clocks."""
    from journal_app.ui.app_window import AppWindow

    made: list[Any] = []

    def make(data_dir: Path, **overrides: Any) -> Any:
        kwargs: dict[str, Any] = {
            "dialogs": ScriptedDialogs(),
            "runner": SyncTaskRunner(),
            "keyring": keyring,
            "printer": RecordingPrinter(),
            "idle_clock": FakeClock(),
            "wait_clock": FakeClock(),
        }
        kwargs.update(overrides)
        window = AppWindow(data_dir, **kwargs)
        qtbot.addWidget(window)
        window.show()
        window.start()
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()


@pytest.fixture
def speak(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., str]]:
    """``speak(choice, **environment)``: the app's language as ``app.run`` sets it.

    The language variables are cleared first, then set from ``environment``; on the way
    out the translators, the choice and the locale are put back as they were.
    """
    from PySide6.QtCore import QLocale

    from journal_app import i18n
    from journal_app.app import speak_language

    saved = QLocale()

    def start(choice: str, **environment: str) -> str:
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(name, raising=False)
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        i18n.remove_translators(qapp)
        QLocale.setDefault(saved)
        return speak_language(qapp, choice)

    yield start
    i18n.remove_translators(qapp)
    i18n.use_language(i18n.SYSTEM)
    QLocale.setDefault(saved)
