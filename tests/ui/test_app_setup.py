"""First run: welcome, passphrase, the recovery code shown once, then the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_support import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from journal_app.services.journal import Journal
from journal_app.services.settings import load_settings
from journal_app.storage.keys import normalise_recovery_code
from journal_app.ui.keyring_store import MemoryKeyring


def _through_passphrase(qtbot: Any, window: Any) -> Any:
    setup = window.setup_view
    assert window.state == window.SETUP
    assert setup.pages.currentIndex() == 0
    qtbot.mouseClick(setup.begin_button, Qt.MouseButton.LeftButton)
    assert setup.pages.currentIndex() == 1
    assert not setup.create_button.isEnabled()
    qtbot.keyClicks(setup.passphrase, PASSPHRASE)
    qtbot.keyClicks(setup.confirm, PASSPHRASE[:-1])
    assert not setup.create_button.isEnabled()
    assert "not the same" in setup.match_note.text()
    qtbot.keyClicks(setup.confirm, PASSPHRASE[-1])
    assert setup.create_button.isEnabled()
    return setup


def test_first_run_to_main_window(qtbot: Any, make_window: Any, data_dir: Path) -> None:
    window = make_window(data_dir)
    welcome = " ".join(
        w.text()
        for w in window.setup_view.pages.widget(0).findChildren(type(window.setup_view.copy_note))
    )
    assert "Nothing is ever sent anywhere" in welcome
    assert str(data_dir) in welcome

    setup = _through_passphrase(qtbot, window)
    qtbot.keyClick(setup.confirm, Qt.Key.Key_Return)  # Enter creates
    assert setup.pages.currentIndex() == 2
    code = setup.shown_code
    assert len(code.split("-")) == 8
    assert setup.passphrase.text() == "" and setup.confirm.text() == ""

    qtbot.mouseClick(setup.print_button, Qt.MouseButton.LeftButton)
    assert code in window.printer.printed[0][1]
    qtbot.mouseClick(setup.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    QGuiApplication.clipboard().clear()

    qtbot.mouseClick(setup.code_next, Qt.MouseButton.LeftButton)
    assert setup.pages.currentIndex() == 3
    qtbot.keyClicks(setup.last_group, "ZZZZ" if not code.endswith("ZZZZ") else "YYYY")
    qtbot.keyClick(setup.last_group, Qt.Key.Key_Return)
    assert window.state == window.SETUP
    assert "not quite" in setup.confirm_note.text()

    setup.last_group.clear()
    qtbot.keyClicks(setup.last_group, code.split("-")[-1].lower())  # case does not matter
    qtbot.mouseClick(setup.finish_button, Qt.MouseButton.LeftButton)
    assert window.state == window.MAIN
    assert window.journal is not None
    assert window.setup_view is None
    assert window.journal.count() == 0

    window.lock()
    assert window.journal is None
    with Journal.unlock(data_dir, PASSPHRASE) as journal:
        assert journal.count() == 0
    # The shown code is the real one: it recovers the journal.
    with Journal.recover(data_dir, normalise_recovery_code(code), "a brand new passphrase"):
        pass


def test_short_passphrase_is_refused_gently(qtbot: Any, make_window: Any, data_dir: Path) -> None:
    window = make_window(data_dir)
    setup = window.setup_view
    setup.begin_button.click()
    qtbot.keyClicks(setup.passphrase, "short")
    qtbot.keyClicks(setup.confirm, "short")
    assert not setup.create_button.isEnabled()
    assert "at least 8" in setup.hint.text()
    qtbot.keyClick(setup.confirm, Qt.Key.Key_Return)
    assert setup.pages.currentIndex() == 1
    assert not data_dir.exists()


def test_remember_is_unavailable_without_a_keyring(make_window: Any, data_dir: Path) -> None:
    window = make_window(data_dir, keyring=MemoryKeyring(available=False))
    setup = window.setup_view
    setup.begin_button.click()
    assert not setup.remember.isEnabled()
    assert not setup.remember.isChecked()
    assert "Not available" in setup.remember_note.text()


def test_remember_on_this_device_when_chosen(qtbot: Any, make_window: Any, data_dir: Path) -> None:
    keyring = MemoryKeyring(available=True)
    window = make_window(data_dir, keyring=keyring)
    setup = _through_passphrase(qtbot, window)
    assert setup.remember.isEnabled() and not setup.remember.isChecked()  # off by default
    assert "shared computer" in setup.remember_note.text()
    setup.remember.setFocus()
    qtbot.keyClick(setup.remember, Qt.Key.Key_Space)
    assert setup.remember.isChecked()
    setup.create_button.click()
    code = setup.shown_code
    setup.code_next.click()
    qtbot.keyClicks(setup.last_group, code.split("-")[-1])
    setup.finish_button.click()
    assert window.state == window.MAIN
    assert keyring.load(data_dir) == PASSPHRASE
    assert load_settings(data_dir).remember_on_device is True


def test_the_pages_keep_a_readable_column_at_any_width(
    qtbot: Any, make_window: Any, data_dir: Path
) -> None:
    window = make_window(data_dir)
    setup = window.setup_view
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: setup.pages.width() == 640)  # no wider than a comfortable line
    window.resize(600, 700)
    qtbot.waitUntil(lambda: setup.width() < 640 + 48)
    assert setup.pages.width() == setup.width() - 48  # narrower, and the margins stay
    assert setup.pages.minimumHeight() > 0  # and as tall as its wrapped text needs
