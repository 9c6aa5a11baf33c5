"""Test set-up: headless Qt, and every path the app writes pointed into tmp_path."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The tests read the app's English words. The app ships a Spanish translation, which a
# machine set to Spanish would otherwise load; tests that want a language set their own.
os.environ["LANGUAGE"] = "en"

from pathlib import Path

import pytest

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """platformdirs and anything else that looks at HOME or XDG lands in a temp folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.delenv("JOURNAL_APP_DATA_DIR", raising=False)
    monkeypatch.delenv("JOURNAL_APP_PASSPHRASE", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"
