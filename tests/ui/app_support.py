"""Helpers for the app-shell tests (tests/ui/test_app_*.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

PASSPHRASE = "correct horse battery"  # the same as tests/conftest.py

# Words that exist only inside the journal: no widget may show them once locked.
SECRET_TEXT = "the river house in winter"
SECRET_NOTE = "quiet walk with Ana"


class FakeClock:
    """A clock the test moves by hand (seconds)."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def save_journal_settings(data_dir: Any, passphrase: str = PASSPHRASE, **changes: Any) -> None:
    """Change settings as the Settings page does: the protective ones go into the store."""
    from dataclasses import replace

    from journal_app.services.journal import Journal

    with Journal.unlock(data_dir, passphrase) as journal:
        journal.save_settings(replace(journal.settings, **changes))


def unlock(qtbot: Any, window: Any, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase and press Enter; the window shows the main view."""
    from PySide6.QtCore import Qt

    view = window.unlock_view
    view.passphrase.clear()
    qtbot.keyClicks(view.passphrase, passphrase)
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.journal is not None, timeout=5000)


def visible_texts(root: Any) -> list[str]:
    """Every text any widget under ``root`` holds (labels, fields, lists, buttons)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    texts: list[str] = [root.windowTitle()]
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            texts.extend(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QListWidget):
            texts.extend(w.item(i).text() for i in range(w.count()))
        texts.append(w.toolTip())
        texts.append(w.accessibleName())
    return texts


def has_ancestor(widget: Any, kinds: Any) -> bool:
    """Whether a widget above ``widget`` is one of ``kinds`` (a type or a tuple of types)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def app_process_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """For the app in a process of its own: offscreen, its home, runtime and temporary
    folders under ``tmp_path`` (made 0700), no system keyring; ``extra`` on top."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        JOURNAL_APP_QUIT_AFTER_MS="1500",
        TMPDIR=str(tmp_path / "tmp"),
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    for name in ("tmp", "home", "runtime"):
        (tmp_path / name).mkdir(mode=0o700, exist_ok=True)
    env.update(extra)
    return env
