"""Locking: idle (wall clock), Ctrl+L, quick exit; nothing of the journal stays on screen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from app_support import (
    SECRET_NOTE,
    SECRET_TEXT,
    FakeClock,
    save_journal_settings,
    unlock,
    visible_texts,
)
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def _show_everything(window: Any) -> None:
    """Open every page so any journal text is on screen before the lock."""
    for i in range(window.main_view.sidebar.count()):
        window.main_view.show_section(i)


def _assert_store_closed(journal: Any) -> None:
    with pytest.raises(Exception, match="closed"):
        journal.count()


def _assert_nothing_shown(window: Any) -> None:
    texts = "\n".join(visible_texts(window))
    assert SECRET_TEXT not in texts
    assert SECRET_NOTE not in texts
    assert window.main_view is None
    assert window.journal is None
    assert window.windowTitle() in ("Journal", "Notes")


def test_idle_lock_on_the_wall_clock(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    clock = FakeClock()
    window = make_window(vault_dir, idle_clock=clock)
    unlock(qtbot, window)
    journal = window.journal
    assert window.idle.minutes == 5
    clock.advance(4 * 60)
    window.idle.check()
    assert window.state == window.MAIN
    # Any key press counts as being there.
    QApplication.sendEvent(
        window.main_view.sidebar,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier),
    )
    clock.advance(4 * 60)
    window.idle.check()
    assert window.state == window.MAIN
    # The laptop sleeps for an hour: the first event after waking locks, it does not count.
    clock.advance(60 * 60)
    QApplication.sendEvent(
        window.main_view.sidebar,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    )
    assert window.state == window.UNLOCK
    _assert_store_closed(journal)
    _assert_nothing_shown(window)


def test_idle_lock_by_the_timer(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    clock = FakeClock()
    window = make_window(vault_dir, idle_clock=clock)
    unlock(qtbot, window)
    window.idle._timer.setInterval(10)
    clock.advance(5 * 60)
    qtbot.waitUntil(lambda: window.state == window.UNLOCK, timeout=2000)


def test_never_lock_on_idle_when_set_to_zero(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    save_journal_settings(vault_dir, autolock_minutes=0)
    clock = FakeClock()
    window = make_window(vault_dir, idle_clock=clock)
    unlock(qtbot, window)
    clock.advance(24 * 3600)
    window.idle.check()
    assert window.state == window.MAIN


@pytest.mark.qt_log_ignore("Keyboard event not accepted")  # the shortcut took it
def test_ctrl_l_locks_and_drops_everything(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _show_everything(window)
    journal, view = window.journal, window.main_view
    flushed: list[bool] = []
    view.flush_drafts = lambda: flushed.append(True)  # the lock saves drafts first
    qtbot.keyClick(window.main_view.sidebar, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert flushed == [True]
    assert window.state == window.UNLOCK
    _assert_store_closed(journal)
    _assert_nothing_shown(window)
    assert window.unlock_view.passphrase.text() == ""


def test_lock_button(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    qtbot.mouseClick(window.main_view.lock_button, Qt.MouseButton.LeftButton)
    assert window.state == window.UNLOCK
    _assert_nothing_shown(window)


def test_quick_exit_button(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    _show_everything(window)
    journal = window.journal
    qtbot.mouseClick(window.main_view.quick_exit_button, Qt.MouseButton.LeftButton)
    assert window.isMinimized()
    assert window.state == window.BLANK
    _assert_store_closed(journal)
    _assert_nothing_shown(window)
    # Back from the taskbar: the unlock screen, never the old page.
    window.showNormal()
    qtbot.waitUntil(lambda: window.state == window.UNLOCK)
    unlock(qtbot, window)
    assert window.state == window.MAIN


@pytest.mark.qt_log_ignore("Keyboard event not accepted")  # the shortcut took it
def test_quick_exit_shortcut_from_settings(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    save_journal_settings(vault_dir, quick_exit_shortcut="Ctrl+Alt+H", neutral_title=True)
    window = make_window(vault_dir)
    assert window.windowTitle() == "Notes"
    unlock(qtbot, window)
    assert window.windowTitle() == "Notes"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.main_view.sidebar,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert window.isMinimized()
    assert window.state == window.BLANK
    _assert_nothing_shown(window)
    assert window.windowTitle() == "Notes"


def test_closing_the_window_closes_the_store(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    journal = window.journal
    window.close()
    _assert_store_closed(journal)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen platform
def test_lock_closes_an_open_question(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window(vault_dir)
    unlock(qtbot, window)
    box = QMessageBox(QMessageBox.Icon.Question, "Delete?", SECRET_NOTE, parent=window)
    box.open()
    qtbot.waitUntil(box.isVisible)
    window.lock()
    assert not box.isVisible()


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen platform
def test_second_launch_brings_back_the_unlock_screen(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    window.quick_exit()
    assert window.isMinimized()
    window.bring_forward()
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.state == window.UNLOCK
    _assert_nothing_shown(window)


class HeldRunner:
    """Keeps the work until the test releases it: an unlock 'still deriving'."""

    def __init__(self) -> None:
        self.held: list[tuple[Any, Any, Any]] = []

    def run(self, fn: Any, on_done: Any, on_error: Any) -> None:
        self.held.append((fn, on_done, on_error))

    def release(self) -> None:
        while self.held:
            fn, on_done, on_error = self.held.pop(0)
            try:
                result = fn()
            except BaseException as exc:
                on_error(exc)
            else:
                on_done(result)


@pytest.mark.qt_log_ignore("Keyboard event not accepted")
def test_quick_exit_while_unlocking_stays_locked(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    runner = HeldRunner()
    window = make_window(vault_dir, runner=runner)
    view = window.unlock_view
    qtbot.keyClicks(view.passphrase, "correct horse battery")
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    assert view.busy_now and len(runner.held) == 1
    window.quick_exit()
    runner.release()  # the key arrives after the quick exit
    assert window.journal is None
    assert window.main_view is None
    assert window.state == window.BLANK


def test_lock_clears_text_copied_from_the_journal(
    qtbot: Any, make_window: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QClipboard, QGuiApplication

    # The offscreen platform never reports owning the clipboard; a desktop does.
    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self, *mode: True)
    window = make_window(vault_dir)
    unlock(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(SECRET_TEXT)
    window.lock()
    assert clipboard.text() != SECRET_TEXT


def test_lock_leaves_what_other_programs_copied(
    qtbot: Any, make_window: Any, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QClipboard, QGuiApplication

    monkeypatch.setattr(QClipboard, "ownsClipboard", lambda self, *mode: False)
    window = make_window(vault_dir)
    unlock(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("copied from a web page")
    window.lock()
    assert clipboard.text() == "copied from a web page"
    clipboard.clear()


def tab_stops(window: Any, start: Any, steps: int, *, back: bool = False) -> list[Any]:
    """What Tab (or Shift+Tab) reaches from ``start``: shown, enabled tab stops, in order."""
    seen: list[Any] = []
    widget = start
    for _ in range(2000):
        widget = widget.previousInFocusChain() if back else widget.nextInFocusChain()
        if widget is start or len(seen) == steps:
            break
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and widget.isEnabled()
        ):
            seen.append(widget)
    return seen


def test_after_unlock_the_mood_has_the_keyboard_and_quick_exit_is_far(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    unlock(qtbot, window)
    main = window.main_view
    mood = main.current_page().mood.score
    assert window.focusWidget() is mood
    forward = tab_stops(window, mood, 500)
    lock, quick = forward.index(main.lock_button), forward.index(main.quick_exit_button)
    page = main.current_page()
    assert all(page.isAncestorOf(w) for w in forward[:lock]), "the whole page first"
    assert quick == lock + 1 and forward[quick + 1] is main.sidebar
    back = tab_stops(window, mood, 1, back=True)
    assert back == [main.sidebar], "one Shift+Tab from the mood is not Quick exit"
    # Enter one Tab too early (on the page's first field) never quick-exits.
    qtbot.keyClick(mood, Qt.Key.Key_Return)
    assert window.state == window.MAIN


def test_quick_exit_says_its_shortcut_and_is_on_the_locked_screen(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir)
    locked = window.unlock_view
    assert "Ctrl+Shift+Q" in locked.quick_exit_button.toolTip()
    from PySide6.QtWidgets import QLabel

    said = [label.text() for label in locked.pages.widget(0).findChildren(QLabel)]
    assert "Locked" in said
    assert not [text for text in said if "welcome" in text.lower() or "journal" in text.lower()]
    unlock(qtbot, window)
    main = window.main_view
    assert "Ctrl+Shift+Q" in main.quick_exit_button.toolTip()
    window.apply_settings(replace(window.settings, quick_exit_shortcut="Ctrl+Alt+H"))
    assert "Ctrl+Alt+H" in main.quick_exit_button.toolTip()
    assert "Ctrl+Alt+H" in locked.quick_exit_button.toolTip()
    window.lock()
    qtbot.mouseClick(locked.quick_exit_button, Qt.MouseButton.LeftButton)
    assert window.state == window.BLANK
    assert window.isMinimized()


def _held(fingerprint: bytes, kinds: tuple[type, ...]) -> list[str]:
    """Every object the garbage collector can reach that refers to a value with this
    SHA-256 (as an exact str, bytes or bytearray): what still holds a secret."""
    import gc
    import hashlib

    gc.collect()
    found = []
    for holder in gc.get_objects():
        for value in gc.get_referents(holder):
            if isinstance(value, kinds):
                raw = (
                    value.encode("utf-8", "surrogatepass")
                    if isinstance(value, str)
                    else bytes(value)
                )
                if hashlib.sha256(raw).digest() == fingerprint:
                    found.append(type(holder).__name__)
    return found


def test_after_lock_no_passphrase_key_or_journal_is_held(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    """Python cannot overwrite strings, but it can drop every reference to them: after a
    lock nothing reachable holds the passphrase or the data key, the key the store held is
    overwritten, and the passphrase fields were emptied before they were deleted."""
    import hashlib
    import secrets

    from journal_app.services.journal import Journal

    passphrase = "lock test " + secrets.token_hex(12)
    root = tmp_path / "journal"
    journal, _code = Journal.create(root, passphrase)
    journal.close()
    pass_print = hashlib.sha256(passphrase.encode()).digest()
    window = make_window(root)
    unlock(qtbot, window, passphrase)
    key = window.journal._store._data_key
    key_print = hashlib.sha256(bytes(key)).digest()
    window.main_view.show_section(window.main_view.sidebar.count() - 1)  # Settings, the last
    settings = window.main_view.current_page()
    assert settings.objectName() == "settings"
    qtbot.keyClicks(settings.old_passphrase, passphrase)
    qtbot.keyClicks(settings.code_passphrase, passphrase)
    del passphrase, journal
    assert _held(pass_print, (str,)) == []  # typed, but nothing of ours keeps a copy
    window.lock()
    assert settings.old_passphrase.text() == "" and settings.code_passphrase.text() == ""
    del settings
    assert window.journal is None and window.main_view is None
    assert key == bytearray(len(key))  # the store's copy of the key is overwritten
    qtbot.wait(10)  # the deferred deletes run
    assert _held(pass_print, (str,)) == []
    assert _held(key_print, (bytes, bytearray)) == []
