"""Settings: every change is saved at once and applied; passphrase and recovery code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from journal_app.errors import WrongSecret
from journal_app.services.journal import Journal
from journal_app.services.settings import load_settings
from journal_app.ui.keyring_store import MemoryKeyring
from journal_app.ui.theme import apply_theme

SETTINGS = 7  # Today, Journal, People, Week, Take a moment, Safety plan, Someone to talk to


@pytest.fixture
def applied() -> list[Any]:
    return []


def _settings_page(qtbot: Any, make_window: Any, vault_dir: Path, **kw: Any) -> tuple[Any, Any]:
    window = make_window(vault_dir, **kw)
    unlock(qtbot, window)
    window.main_view.show_section(SETTINGS)
    page = window.main_view.current_page()
    assert page.objectName() == "settings"
    return window, page


def test_changes_persist_and_apply(
    qtbot: Any, make_window: Any, vault_dir: Path, applied: list[Any]
) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir, apply_settings=applied.append)
    page.theme.setFocus()
    qtbot.keyClick(page.theme, Qt.Key.Key_End)  # Dark
    assert page.theme.currentData() == "dark"
    page.larger_text.setFocus()
    qtbot.keyClick(page.larger_text, Qt.Key.Key_Space)
    page.week_start.setCurrentIndex(page.week_start.findData("sunday"))
    page.autolock.selectAll()
    qtbot.keyClicks(page.autolock, "12")
    page.neutral_title.setChecked(True)

    saved = load_settings(vault_dir)
    assert (saved.theme, saved.larger_text, saved.week_start) == ("dark", True, "sunday")
    assert saved.autolock_minutes == 12
    assert saved.neutral_title is True
    assert window.idle.minutes == 12
    assert window.windowTitle() == "Notes"
    assert applied[-1] == saved

    # They are there again after a lock and unlock.
    window.lock()
    unlock(qtbot, window)
    window.main_view.show_section(SETTINGS)
    page = window.main_view.current_page()
    assert page.theme.currentData() == "dark"
    assert page.larger_text.isChecked()
    assert page.week_start.currentData() == "sunday"
    assert page.autolock.value() == 12


def test_quick_exit_shortcut_is_checked(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir)
    page.quick_exit.setKeySequence(QKeySequence("Ctrl+L"))
    page.quick_exit.editingFinished.emit()
    assert "left as it was" in page.shortcut_note.text()
    assert load_settings(vault_dir).quick_exit_shortcut == "Ctrl+Shift+Q"
    page.quick_exit.setKeySequence(QKeySequence("F12"))
    page.quick_exit.editingFinished.emit()
    assert load_settings(vault_dir).quick_exit_shortcut == "Ctrl+Shift+Q"
    page.quick_exit.setKeySequence(QKeySequence("Ctrl+Alt+J"))
    page.quick_exit.editingFinished.emit()
    assert load_settings(vault_dir).quick_exit_shortcut == "Ctrl+Alt+J"
    assert window.shortcuts.quick_exit.key().toString() == "Ctrl+Alt+J"


def test_change_passphrase(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir)
    new = "a river of quiet words"
    qtbot.keyClicks(page.old_passphrase, "not the passphrase")
    qtbot.keyClicks(page.new_passphrase, new)
    qtbot.keyClicks(page.new_confirm, new)
    assert page.change_button.isEnabled()
    page.change_button.click()
    assert "not the current one" in page.passphrase_message.text()
    page.old_passphrase.clear()
    qtbot.keyClicks(page.old_passphrase, PASSPHRASE)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert "changed" in page.passphrase_message.text()
    assert page.old_passphrase.text() == page.new_passphrase.text() == ""
    window.lock()
    with pytest.raises(WrongSecret):
        Journal.unlock(vault_dir, PASSPHRASE)
    unlock(qtbot, window, new)
    assert window.state == window.MAIN


def test_new_recovery_code(
    qtbot: Any, make_window: Any, vault_dir: Path, recovery_code: str
) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir)
    assert not page.code_buttons.isVisible()
    qtbot.keyClicks(page.code_passphrase, PASSPHRASE)
    qtbot.keyClick(page.code_passphrase, Qt.Key.Key_Return)
    code = page.code_label.text().replace("\n", "-")
    assert len(code.split("-")) == 8 and code != recovery_code
    assert page.code_buttons.isVisible()
    page.print_button.click()
    assert code in window.printer.printed[-1][1]
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    QGuiApplication.clipboard().clear()
    window.lock()
    with pytest.raises(WrongSecret):
        Journal.recover(vault_dir, recovery_code, "another new passphrase")
    with Journal.recover(vault_dir, code, "another new passphrase") as journal:
        assert journal.count() == 3


def test_remember_on_this_device(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    keyring = MemoryKeyring(available=True)
    _window, page = _settings_page(qtbot, make_window, vault_dir, keyring=keyring)
    assert page.remember.isEnabled() and not page.remember.isChecked()
    page.remember.setChecked(True)
    assert page.remember_row.isVisible()
    qtbot.keyClicks(page.remember_passphrase, "wrong passphrase")
    page.remember_button.click()
    assert keyring.load(vault_dir) is None
    assert "not the current one" in page.remember_note.text()
    page.remember_passphrase.clear()
    qtbot.keyClicks(page.remember_passphrase, PASSPHRASE)
    qtbot.keyClick(page.remember_passphrase, Qt.Key.Key_Return)
    assert keyring.load(vault_dir) == PASSPHRASE
    assert load_settings(vault_dir).remember_on_device is True
    # A changed passphrase is remembered too.
    new = "a river of quiet words"
    qtbot.keyClicks(page.old_passphrase, PASSPHRASE)
    qtbot.keyClicks(page.new_passphrase, new)
    qtbot.keyClicks(page.new_confirm, new)
    page.change_button.click()
    assert keyring.load(vault_dir) == new
    page.remember.setChecked(False)
    assert keyring.load(vault_dir) is None
    assert load_settings(vault_dir).remember_on_device is False


def test_remember_unavailable_is_explained(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    _, page = _settings_page(qtbot, make_window, vault_dir, keyring=MemoryKeyring(available=False))
    assert not page.remember.isEnabled()
    assert "Not available" in page.remember_note.text()


def test_theme_palette_and_larger_text(qapp: QApplication) -> None:
    base = qapp.font().pointSizeF()
    try:
        assert apply_theme(qapp, "dark", True) == "dark"
        window = qapp.palette().color(QPalette.ColorRole.Window)
        assert window.lightness() < 80
        assert qapp.font().pointSizeF() == pytest.approx(base * 1.25)
        assert apply_theme(qapp, "light", False) == "light"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
        assert qapp.font().pointSizeF() == pytest.approx(base)
    finally:
        apply_theme(qapp, "light", False)


class RefusingKeyring(MemoryKeyring):
    """A keyring that is there but will not keep anything (locked, or the prompt refused)."""

    refuse = False

    def save(self, data_dir: Path, passphrase: str) -> None:
        if self.refuse:
            raise RuntimeError("the keyring said no")
        super().save(data_dir, passphrase)


def test_a_keyring_that_will_not_keep_it_turns_remember_off(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    keyring = RefusingKeyring(available=True)
    _window, page = _settings_page(qtbot, make_window, vault_dir, keyring=keyring)
    keyring.refuse = True
    page.remember.setChecked(True)
    qtbot.keyClicks(page.remember_passphrase, PASSPHRASE)
    page.remember_button.click()
    assert "could not keep it" in page.remember_note.text()
    assert not page.remember.isChecked()
    assert load_settings(vault_dir).remember_on_device is False

    keyring.refuse = False
    page.remember.setChecked(True)
    qtbot.keyClicks(page.remember_passphrase, PASSPHRASE)
    page.remember_button.click()
    assert load_settings(vault_dir).remember_on_device is True
    # The passphrase changes, but the keyring will not take the new one: it stops opening.
    keyring.refuse = True
    new = "a river of quiet words"
    qtbot.keyClicks(page.old_passphrase, PASSPHRASE)
    qtbot.keyClicks(page.new_passphrase, new)
    qtbot.keyClicks(page.new_confirm, new)
    page.change_button.click()
    assert "changed" in page.passphrase_message.text()
    assert "could not be updated" in page.remember_note.text()
    assert not page.remember.isChecked()
    assert load_settings(vault_dir).remember_on_device is False
