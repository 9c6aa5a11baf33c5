"""Settings: every change is saved at once and applied; passphrase and recovery code."""

from __future__ import annotations

import json
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

    saved = window.journal.settings
    assert (saved.theme, saved.larger_text, saved.week_start) == ("dark", True, "sunday")
    assert saved.autolock_minutes == 12
    assert saved.neutral_title is True
    # The plain file holds only what the locked screen needs; the rest is in the store.
    plain = load_settings(vault_dir)
    assert (plain.theme, plain.larger_text, plain.neutral_title) == ("dark", True, True)
    assert not {"autolock_minutes", "quick_exit_shortcut", "week_start"} & set(
        json.loads((vault_dir / "settings.json").read_text("utf-8"))
    )
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
    assert window.journal.settings.quick_exit_shortcut == "Ctrl+Shift+Q"
    page.quick_exit.setKeySequence(QKeySequence("F12"))
    page.quick_exit.editingFinished.emit()
    assert window.journal.settings.quick_exit_shortcut == "Ctrl+Shift+Q"
    page.quick_exit.setKeySequence(QKeySequence("Ctrl+Alt+J"))
    page.quick_exit.editingFinished.emit()
    assert window.journal.settings.quick_exit_shortcut == "Ctrl+Alt+J"
    assert window.shortcuts.quick_exit.key().toString() == "Ctrl+Alt+J"


# -- a passphrase change re-keys the journal ----------------------------------------------

NEW = "a river of quiet words"


def _change(
    qtbot: Any, page: Any, keep: str = "", old: str = PASSPHRASE, delete: bool | None = False
) -> None:
    """Type the current and the new passphrase (and a code to keep), then Change.

    After a change the backups made before it (the day's automatic one, the one made
    just before the change) are offered for deletion: ``delete`` is the answer
    (None: the test gives its own).
    """
    if delete is not None:
        page._dialogs.yes_no.append(delete)
    qtbot.keyClicks(page.old_passphrase, old)
    qtbot.keyClicks(page.new_passphrase, NEW)
    qtbot.keyClicks(page.new_confirm, NEW)
    if keep:
        qtbot.keyClicks(page.keep_code, keep)
    assert page.change_button.isEnabled()
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)


def test_change_passphrase(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir)
    _change(qtbot, page, old="not the passphrase")
    assert "not the current one" in page.passphrase_message.text()
    page.old_passphrase.clear()
    qtbot.keyClicks(page.old_passphrase, PASSPHRASE)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert "changed" in page.passphrase_message.text()
    assert page.old_passphrase.text() == page.new_passphrase.text() == ""
    window.lock()
    with pytest.raises(WrongSecret):
        Journal.unlock(vault_dir, PASSPHRASE)
    unlock(qtbot, window, NEW)
    assert window.state == window.MAIN


def _shown_code(window: Any, page: Any, old_code: str) -> str:
    """The new recovery code on the page, checked as setup shows one: Print and Copy."""
    code = page.code_label.text().replace("\n", "-")
    assert len(code.split("-")) == 8 and code != old_code
    assert page.code_buttons.isVisible()
    page.print_button.click()
    assert code in window.printer.printed[-1][1]
    page.copy_button.click()
    assert QGuiApplication.clipboard().text() == code
    QGuiApplication.clipboard().clear()
    return code


def test_new_recovery_code(
    qtbot: Any, make_window: Any, vault_dir: Path, recovery_code: str
) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir)
    assert not page.code_buttons.isVisible()
    window.dialogs.yes_no.append(False)  # keep the day's backup from before the change
    qtbot.keyClicks(page.code_passphrase, PASSPHRASE)
    qtbot.keyClick(page.code_passphrase, Qt.Key.Key_Return)
    code = _shown_code(window, page, recovery_code)
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
    page._dialogs.yes_no.append(False)  # keep the backups from before the change
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
    page._dialogs.yes_no.append(False)  # keep the backups from before the change
    page.change_button.click()
    assert "changed" in page.passphrase_message.text()
    assert "could not be updated" in page.remember_note.text()
    assert not page.remember.isChecked()
    assert load_settings(vault_dir).remember_on_device is False


def test_the_plain_file_cannot_turn_the_lock_off(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    """Anyone with file access can edit settings.json; auto-lock and the quick-exit
    shortcut come from the encrypted store, and before the first unlock from the defaults."""
    from app_support import save_journal_settings

    save_journal_settings(vault_dir, autolock_minutes=9, quick_exit_shortcut="Ctrl+Alt+J")
    plain = json.loads((vault_dir / "settings.json").read_text("utf-8"))
    plain.update(autolock_minutes=0, quick_exit_shortcut="F1", week_start="sunday")
    (vault_dir / "settings.json").write_text(json.dumps(plain), "utf-8")
    window = make_window(vault_dir)
    assert window.idle.minutes == 5  # the default until the journal says otherwise
    assert window.shortcuts.quick_exit.key().toString() == "Ctrl+Shift+Q"
    unlock(qtbot, window)
    assert window.idle.minutes == 9
    assert window.shortcuts.quick_exit.key().toString() == "Ctrl+Alt+J"
    assert window.settings.week_start == "monday"
    window.lock()  # the last one known in this run stays on the locked screen
    assert window.shortcuts.quick_exit.key().toString() == "Ctrl+Alt+J"
    assert "autolock_minutes" not in json.loads((vault_dir / "settings.json").read_text("utf-8"))


def _recover_with(data_dir: Path, code: str) -> bool:
    from journal_app.storage.vault import Vault

    try:
        Vault(data_dir).recover(code, "recovered in the test")
    except WrongSecret:
        return False
    return True


def test_a_new_passphrase_gets_a_new_recovery_code_shown_once_with_print_and_copy(
    qtbot: Any, make_window: Any, vault_dir: Path, recovery_code: str
) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir)
    count = window.journal.count()
    flushed: list[bool] = []
    page.rekeying.connect(lambda: flushed.append(True))
    _change(qtbot, page)
    assert flushed == [True]  # what was typed elsewhere is saved before the re-key
    assert "new key" in page.passphrase_message.text()
    code = _shown_code(window, page, recovery_code)
    # The window goes on with the re-keyed journal, and writes land in the new file.
    assert window.journal.count() == count
    from journal_app.domain.records import MoodCheckIn

    window.journal.add(MoodCheckIn(score=7))
    window.lock()
    with pytest.raises(WrongSecret):
        Journal.unlock(vault_dir, PASSPHRASE)
    with Journal.unlock(vault_dir, NEW) as journal:
        assert journal.count() == count + 1
    assert not _recover_with(vault_dir, recovery_code)
    assert _recover_with(vault_dir, code)


def test_typing_the_recovery_code_keeps_it(
    qtbot: Any, make_window: Any, vault_dir: Path, recovery_code: str
) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir)
    _change(qtbot, page, keep=recovery_code.lower().replace("-", " "))
    assert "stays the same" in page.passphrase_message.text()
    assert page.code_label.text() == "" and not page.code_buttons.isVisible()
    assert page.keep_code.text() == ""
    window.lock()
    assert _recover_with(vault_dir, recovery_code)


def test_a_recovery_code_to_keep_that_is_not_current_changes_nothing(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir)
    _change(qtbot, page, keep="ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789")
    assert "Nothing was changed" in page.passphrase_message.text()
    assert page.code_label.text() == ""
    window.lock()
    with Journal.unlock(vault_dir, PASSPHRASE) as journal:
        assert journal.count() == 3


@pytest.mark.parametrize("delete", [True, False])
def test_backups_from_before_the_change_are_offered_for_deletion(
    qtbot: Any, make_window: Any, vault_dir: Path, delete: bool
) -> None:
    from journal_app.storage.backup import verify_backup

    window, page = _settings_page(qtbot, make_window, vault_dir)
    old = window.journal.backup(vault_dir / "backups" / "journal-20260101-090000.jbak")
    # With the day's automatic backup, and the one made just before the change.
    before = set((vault_dir / "backups").glob("*.jbak"))
    _change(qtbot, page, delete=delete)
    (kind, _title, text) = window.dialogs.asked[-1]
    assert kind == "yes_no" and "old passphrase" in text and "3 backups" in text
    backups = sorted((vault_dir / "backups").glob("*.jbak"))
    if delete:
        assert old not in backups and len(backups) == 1
        assert verify_backup(backups[0], NEW) == 3
        assert "deleted" in page.backup_message.text()
    else:
        assert set(backups) - before == {
            p for p in backups if p.name.endswith("-before-passphrase-change.jbak")
        }
        assert old in backups and len(backups) == 3
        assert all(verify_backup(b, PASSPHRASE) == 3 for b in backups)
        assert "kept" in page.backup_message.text()


def test_a_new_recovery_code_re_keys_the_journal_too(
    qtbot: Any, make_window: Any, vault_dir: Path, recovery_code: str
) -> None:
    window, page = _settings_page(qtbot, make_window, vault_dir)
    before = window.journal.vault.read_key_record()
    window.dialogs.yes_no.append(False)  # keep the day's backup from before the change
    qtbot.keyClicks(page.code_passphrase, PASSPHRASE)
    qtbot.keyClick(page.code_passphrase, Qt.Key.Key_Return)
    assert "not even with a copy of the old key file" in page.code_message.text()
    assert window.journal.count() == 3
    assert window.journal.vault.read_key_record() != before
    window.lock()
    assert not _recover_with(vault_dir, recovery_code)


def test_the_re_key_runs_off_the_ui_thread(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    import threading

    from journal_app.storage.vault import Vault
    from journal_app.ui.tasks import TaskRunner

    threads: list[threading.Thread] = []
    real = Vault.change_passphrase

    def recording(self: Any, *args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(self, *args, **kwargs)

    runner = TaskRunner()
    window, page = _settings_page(qtbot, make_window, vault_dir, runner=runner)
    Vault.change_passphrase = recording  # type: ignore[method-assign]
    try:
        _change(qtbot, page)
        assert page.busy.isVisible()
        qtbot.waitUntil(lambda: "new key" in page.passphrase_message.text(), timeout=20000)
    finally:
        Vault.change_passphrase = real  # type: ignore[method-assign]
    assert threads and threads[0] is not threading.main_thread()
    assert window.journal.count() == 3


def test_a_journal_a_restore_replaced_is_named_not_deleted(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    """It may hold writing that is not in the journal now: the change only says it is there."""
    window, page = _settings_page(qtbot, make_window, vault_dir)
    kept = vault_dir / "replaced-20260101-090000"
    kept.mkdir()
    (kept / "journal.db").write_bytes(b"an old journal")
    _change(qtbot, page)
    assert "replaced" in page.backup_message.text()
    assert str(vault_dir) in page.backup_message.text()
    assert (kept / "journal.db").exists()
    # Only the backups are offered for deletion, never the journal a restore kept.
    assert all(str(kept) not in text for _kind, _t, text in window.dialogs.asked)
