"""Unlock: wrong then right, the growing wait, recovery, the keyring, a real thread."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, FakeClock, unlock
from PySide6.QtCore import Qt

from journal_app.services.journal import Journal
from journal_app.services.tries import TRIES_NAME
from journal_app.ui.keyring_store import MemoryKeyring
from journal_app.ui.tasks import TaskRunner
from journal_app.ui.unlock_view import FREE_TRIES, MAX_WAIT, Backoff


def _wrong(qtbot: Any, window: Any) -> None:
    view = window.unlock_view
    view.passphrase.clear()
    qtbot.keyClicks(view.passphrase, "not my passphrase")
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)


def test_wrong_then_right_passphrase(qtbot: Any, make_window: Any, vault_dir: Path) -> None:
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    window = make_window(vault_dir)
    assert window.state == window.UNLOCK
    _wrong(qtbot, window)
    assert window.journal is None
    assert "did not open" in window.unlock_view.message.text()
    assert window.unlock_view.passphrase.hasFocus() or not window.isActiveWindow()
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    # A wrong passphrase changes no byte of the journal; only the count of wrong tries
    # is kept beside it (two numbers), so a restart does not skip the wait.
    tries = json.loads(after.pop(TRIES_NAME))
    assert after == before
    assert set(tries) == {"failures", "last"} and tries["failures"] == 1
    unlock(qtbot, window)
    assert not (vault_dir / TRIES_NAME).exists()
    assert window.state == window.MAIN
    assert window.journal.count() == 3
    assert window.unlock_view.passphrase.text() == ""  # nothing left in the field


def test_wait_grows_after_repeated_wrong_tries(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    clock = FakeClock()
    window = make_window(vault_dir, wait_clock=clock)
    view = window.unlock_view
    for _ in range(FREE_TRIES - 1):
        _wrong(qtbot, window)
        assert view.unlock_button.isEnabled()
    _wrong(qtbot, window)  # the third: now a short wait
    assert not view.unlock_button.isEnabled()
    assert "try again in 2 seconds" in view.message.text()
    # Pressing Enter while waiting does nothing (no key derivation, no count).
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    assert view.backoff.failures == FREE_TRIES
    clock.advance(2.0)
    view.refresh_wait()
    assert view.unlock_button.isEnabled()
    assert "try again now" in view.message.text()
    _wrong(qtbot, window)
    assert "4 seconds" in view.message.text()
    clock.advance(3.0)
    view.refresh_wait()
    assert not view.unlock_button.isEnabled()
    assert "one second" in view.message.text()
    clock.advance(1.0)
    view.refresh_wait()
    unlock(qtbot, window)
    assert window.state == window.MAIN
    assert view.backoff.failures == 0


def test_backoff_doubles_and_is_capped() -> None:
    waits = [Backoff.wait_after(n) for n in range(1, 12)]
    assert waits[: FREE_TRIES - 1] == [0.0] * (FREE_TRIES - 1)
    assert waits[FREE_TRIES - 1 : FREE_TRIES + 2] == [2.0, 4.0, 8.0]
    assert all(a <= b for a, b in itertools.pairwise(waits))
    assert waits[-1] == MAX_WAIT


def test_recover_with_code_and_new_passphrase(
    qtbot: Any, make_window: Any, vault_dir: Path, recovery_code: str
) -> None:
    window = make_window(vault_dir)
    view = window.unlock_view
    qtbot.mouseClick(view.forgot_button, Qt.MouseButton.LeftButton)
    assert view.pages.currentIndex() == 1
    new = "a new and longer passphrase"
    qtbot.keyClicks(view.code, "0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(view.new_passphrase, new)
    qtbot.keyClicks(view.new_confirm, new)
    assert view.recover_button.isEnabled()
    qtbot.mouseClick(view.recover_button, Qt.MouseButton.LeftButton)
    assert window.journal is None
    assert "code did not open" in view.recovery_message.text()

    view.code.clear()
    qtbot.keyClicks(view.code, recovery_code.lower())
    qtbot.keyClick(view.new_confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.journal is not None)
    assert window.journal.count() == 3
    window.lock()
    with Journal.unlock(vault_dir, new) as journal:
        assert journal.count() == 3
    with pytest.raises(Exception, match="passphrase"):
        Journal.unlock(vault_dir, PASSPHRASE)


def test_remembered_passphrase_opens_at_start(make_window: Any, vault_dir: Path) -> None:
    from dataclasses import replace

    from journal_app.services.settings import load_settings, save_settings

    save_settings(vault_dir, replace(load_settings(vault_dir), remember_on_device=True))
    keyring = MemoryKeyring(available=True)
    keyring.save(vault_dir, PASSPHRASE)
    window = make_window(vault_dir, keyring=keyring)
    assert window.state == window.MAIN
    window.lock()
    assert window.state == window.UNLOCK  # a lock always asks again


def test_stale_remembered_passphrase_is_forgotten(make_window: Any, vault_dir: Path) -> None:
    from dataclasses import replace

    from journal_app.services.settings import load_settings, save_settings

    save_settings(vault_dir, replace(load_settings(vault_dir), remember_on_device=True))
    keyring = MemoryKeyring(available=True)
    keyring.save(vault_dir, "an old passphrase")
    window = make_window(vault_dir, keyring=keyring)
    assert window.state == window.UNLOCK
    assert keyring.load(vault_dir) is None
    assert "please type it" in window.unlock_view.message.text()


def test_key_derivation_runs_off_the_ui_thread(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    window = make_window(vault_dir, runner=TaskRunner())
    view = window.unlock_view
    qtbot.keyClicks(view.passphrase, PASSPHRASE)
    qtbot.keyClick(view.passphrase, Qt.Key.Key_Return)
    # Returned at once: derivation is on the pool, the busy line shows, fields wait.
    assert window.journal is None
    assert view.busy_now and view.busy.isVisible()
    assert not view.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: window.journal is not None, timeout=10_000)
    assert not view.busy.isVisible()
    assert window.state == window.MAIN


def test_the_wait_survives_closing_and_reopening_the_app(
    qtbot: Any, make_window: Any, vault_dir: Path
) -> None:
    wall = FakeClock()
    window = make_window(vault_dir, idle_clock=wall, wait_clock=FakeClock())
    for _ in range(FREE_TRIES):
        _wrong(qtbot, window)
    assert "try again in 2 seconds" in window.unlock_view.message.text()
    window.shutdown()
    window.close()
    wall.advance(0.5)
    again = make_window(vault_dir, idle_clock=wall, wait_clock=FakeClock(start=5.0))
    view = again.unlock_view
    assert view.backoff.failures == FREE_TRIES
    assert not view.unlock_button.isEnabled()
    assert "try again in 2 seconds" in view.message.text()  # 1.5 s, rounded up
    wall.advance(1.5)
    ticks = FakeClock()
    third = make_window(vault_dir, idle_clock=wall, wait_clock=ticks)
    assert third.unlock_view.unlock_button.isEnabled()
    _wrong(qtbot, third)  # the count goes on: now 4 seconds
    assert "4 seconds" in third.unlock_view.message.text()
    ticks.advance(4.0)
    third.unlock_view.refresh_wait()
    unlock(qtbot, third)
    assert Backoff(data_dir=vault_dir).failures == 0


def test_a_clock_turned_back_does_not_shorten_the_wait(vault_dir: Path) -> None:
    wall = FakeClock()
    first = Backoff(FakeClock(), vault_dir, wall)
    for _ in range(FREE_TRIES + 2):
        first.failed()
    wall.advance(-3600)
    assert Backoff(FakeClock(), vault_dir, wall).remaining() == 8.0
    (vault_dir / "unlock-tries.json").write_text('{"failures": "many"}')
    assert Backoff(FakeClock(), vault_dir, wall).remaining() == 0.0  # unreadable: no wait


def test_a_locked_keyring_means_typing_the_passphrase_and_says_why(
    make_window: Any, vault_dir: Path
) -> None:
    from dataclasses import replace

    from journal_app.services.settings import load_settings, save_settings

    save_settings(vault_dir, replace(load_settings(vault_dir), remember_on_device=True))
    keyring = MemoryKeyring(available=True)
    keyring.save(vault_dir, PASSPHRASE)
    keyring.locked = True
    window = make_window(vault_dir, keyring=keyring)
    assert window.state == window.UNLOCK
    message = window.unlock_view.message.text()
    assert "keyring is locked" in message and "please type it" in message
    assert keyring.entries, "nothing is forgotten because the keyring was locked"

    gone = make_window(vault_dir, keyring=MemoryKeyring(available=False))
    assert gone.state == gone.UNLOCK
    assert "please type it" in gone.unlock_view.message.text()
    assert "no system keyring can be reached" in gone.unlock_view.message.text()
