"""First run: welcome, passphrase, the recovery code shown once, then the main window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_support import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

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


def _from_create_to_main(qtbot: Any, window: Any, setup: Any) -> Any:
    """Create, keep the code, type its last group, read the first steps, open."""
    setup.create_button.click()
    code = setup.shown_code
    setup.code_next.click()
    qtbot.keyClicks(setup.last_group, code.split("-")[-1])
    setup.finish_button.click()
    setup.open_button.click()
    assert window.state == window.MAIN
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
    # A short page on locking first: where Lock and Quick exit are, their keys, idle minutes.
    assert setup.pages.currentIndex() == setup.FIRST_STEPS
    steps = setup.first_steps.text()
    for words in ("Lock (Ctrl+L)", "Quick exit (Ctrl+Shift+Q)", "after 5 minutes", "Settings"):
        assert words in steps, words
    qtbot.keyClick(setup.open_button, Qt.Key.Key_Return)
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
    others = [
        label.text().lower()
        for label in setup.pages.widget(1).findChildren(QLabel)
        if label is not setup.hint
    ]
    hint = setup.hint.text().lower().replace(".", " ").replace(",", " ").split()
    runs = {" ".join(hint[i : i + 5]) for i in range(len(hint) - 4)}
    said_twice = [run for run in runs for text in others if run in " ".join(text.split())]
    assert said_twice == [], "the hint repeats the intro"
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
    _from_create_to_main(qtbot, window, setup)
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


def finish_setup(qtbot: Any, window: Any) -> Any:
    """Through every setup page to the open journal; returns the setup view."""
    return _from_create_to_main(qtbot, window, _through_passphrase(qtbot, window))


def test_after_setup_the_keyboard_starts_on_the_mood(
    qtbot: Any, make_window: Any, data_dir: Path
) -> None:
    window = make_window(data_dir)
    finish_setup(qtbot, window)
    today = window.main_view.current_page()
    assert window.focusWidget() is today.mood.score


def test_the_neutral_title_is_offered_off_and_says_notes_when_on(
    qtbot: Any, make_window: Any, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    window = make_window(data_dir)
    setup = window.setup_view
    assert not setup.neutral_title.isChecked()  # off by default
    assert window.windowTitle() == "Journal"
    qtbot.keyClick(setup.neutral_title, Qt.Key.Key_Space)
    assert window.windowTitle() == "Notes"
    assert QApplication.applicationDisplayName() == "Notes"
    assert load_settings(data_dir).neutral_title is True  # kept for the locked screen
    finish_setup(qtbot, window)
    assert window.windowTitle() == "Notes"
    assert window.settings.neutral_title is True
    window.lock()
    assert window.windowTitle() == "Notes"


def test_with_the_neutral_title_no_window_or_dialog_says_journal(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    from dataclasses import replace

    from app_support import unlock
    from PySide6.QtWidgets import QApplication, QMessageBox

    from journal_app.services.settings import save_settings
    from journal_app.ui.identity import identity, program_name

    assert (program_name(True), identity(True).title) == ("notes", "Notes")  # WM_CLASS, title
    assert (program_name(False), identity(False).title) == ("journal-app", "Journal")
    assert program_name(False, "/opt/quiet-notes/quiet-notes") == "quiet-notes"  # as launched
    assert program_name(True, "/usr/bin/journal-app") == "notes"
    save_settings(vault_dir, replace(load_settings(vault_dir), neutral_title=True))
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.main_view.show_section(3)
    dialog = window.main_view.current_page().open_export()
    assert dialog.windowTitle() == "Notes"  # not "Summary for therapy"
    box = QMessageBox(QMessageBox.Icon.Question, "Delete this record?", "Sure?")
    qtbot.addWidget(box)
    box.show()
    assert box.windowTitle() == "Notes"
    assert QApplication.applicationDisplayName() == "Notes"
    dialog.close()
    box.close()
    window.apply_settings(replace(window.settings, neutral_title=False))
    assert window.windowTitle() == "Journal"
    again = QMessageBox(QMessageBox.Icon.Question, "Delete this record?", "Sure?")
    qtbot.addWidget(again)
    again.show()
    assert again.windowTitle() == "Delete this record?"
    again.close()


def test_the_passphrase_page_leads_back_to_the_welcome_page(
    qtbot: Any, make_window: Any, data_dir: Path
) -> None:
    """Changed one's mind (the neutral title, a backup after all): Back, nothing written."""
    window = make_window(data_dir)
    setup = window.setup_view
    setup.begin_button.click()
    qtbot.keyClicks(setup.passphrase, "a long passphrase")
    setup.back_to_welcome.click()
    assert setup.pages.currentIndex() == 0
    assert setup.begin_button.hasFocus() or not window.isActiveWindow()
    assert not data_dir.exists()
    setup.begin_button.click()
    assert setup.pages.currentIndex() == 1
    assert setup.passphrase.text() == "a long passphrase"  # kept, in case they come back
