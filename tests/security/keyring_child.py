"""Run by ``test_keyring_system.py`` in a child process, inside its own D-Bus session.

    python keyring_child.py SCENARIO DATA_DIR

Starts an unlocked gnome-keyring (secrets only) when the scenario needs one,
drives the real window with the real ``SystemKeyring``, and prints one JSON
object of what it saw. Scenarios: ``remember`` (remember, open without
typing, forget), ``locked`` (the keyring locked), ``no-dbus`` (no session bus).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

PASSPHRASE = "correct horse battery"
KEYRING_PASSWORD = b"keyring password"


def start_keyring() -> None:
    """An unlocked daemon for the secrets only, as a desktop login would start it."""
    done = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"],
        input=KEYRING_PASSWORD,
        capture_output=True,
        check=True,
        timeout=30,
    )
    for line in done.stdout.decode().splitlines():
        name, _, value = line.partition("=")
        if name:
            os.environ[name] = value


def window(data_dir: Path, keyring: Any) -> Any:
    from journal_app.ui.app_window import AppWindow
    from journal_app.ui.dialogs import ScriptedDialogs
    from journal_app.ui.setup_view import RecordingPrinter
    from journal_app.ui.tasks import SyncTaskRunner

    made = AppWindow(
        data_dir,
        dialogs=ScriptedDialogs(),
        runner=SyncTaskRunner(),
        keyring=keyring,
        printer=RecordingPrinter(),
    )
    made.show()
    made.start()
    return made


def type_passphrase(made: Any) -> None:
    made.unlock_view.passphrase.setText(PASSPHRASE)
    made.unlock_view.try_unlock()


def remember(data_dir: Path) -> dict[str, Any]:
    from journal_app.services.settings import load_settings
    from journal_app.ui.keyring_store import SystemKeyring

    seen: dict[str, Any] = {"available": SystemKeyring().availability()[0]}
    first = window(data_dir, SystemKeyring())
    type_passphrase(first)
    seen["typed_opens"] = first.state == first.MAIN
    first.main_view.show_section(first.main_view.sidebar.count() - 1)
    page = first.main_view.current_page()
    page.remember.setChecked(True)
    page.remember_passphrase.setText(PASSPHRASE)
    page._remember_now()
    seen["setting_on"] = load_settings(data_dir).remember_on_device
    seen["kept"] = SystemKeyring().load(data_dir) == PASSPHRASE
    first.shutdown()
    first.close()

    second = window(data_dir, SystemKeyring())  # a new start: no typing
    seen["opens_without_typing"] = second.state == second.MAIN
    second.lock()
    seen["lock_asks_again"] = second.state == second.UNLOCK
    type_passphrase(second)
    second.main_view.show_section(second.main_view.sidebar.count() - 1)
    second.main_view.current_page().remember.setChecked(False)  # forget
    seen["forgotten"] = SystemKeyring().load(data_dir) is None
    seen["setting_off"] = not load_settings(data_dir).remember_on_device
    second.shutdown()
    return seen


def locked(data_dir: Path) -> dict[str, Any]:
    import secretstorage

    from journal_app.services.settings import load_settings, save_settings
    from journal_app.ui.keyring_store import SystemKeyring

    SystemKeyring().save(data_dir, PASSPHRASE)
    save_settings(data_dir, replace(load_settings(data_dir), remember_on_device=True))
    connection = secretstorage.dbus_init()
    secretstorage.get_default_collection(connection).lock()
    made = window(data_dir, SystemKeyring())
    seen = {
        "state": made.state,
        "message": made.unlock_view.message.text(),
    }
    type_passphrase(made)
    seen["typed_opens"] = made.state == made.MAIN
    made.shutdown()
    return seen


def no_dbus(data_dir: Path) -> dict[str, Any]:
    from journal_app.services.settings import load_settings, save_settings
    from journal_app.ui.keyring_store import SystemKeyring

    save_settings(data_dir, replace(load_settings(data_dir), remember_on_device=True))
    keyring = SystemKeyring()
    made = window(data_dir, keyring)
    seen = {
        "available": keyring.availability()[0],
        "reason": keyring.availability()[1],
        "state": made.state,
        "message": made.unlock_view.message.text(),
    }
    type_passphrase(made)
    seen["typed_opens"] = made.state == made.MAIN
    made.main_view.show_section(made.main_view.sidebar.count() - 1)
    page = made.main_view.current_page()
    seen["remember_enabled"] = page.remember.isEnabled()
    seen["remember_note"] = page.remember_note.text()
    made.shutdown()
    return seen


def main() -> None:
    scenario, data_dir = sys.argv[1], Path(sys.argv[2])
    if scenario != "no-dbus":
        start_keyring()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    seen = {"remember": remember, "locked": locked, "no-dbus": no_dbus}[scenario](data_dir)
    import keyring

    seen["backend"] = type(keyring.get_keyring()).__module__
    print(json.dumps(seen), flush=True)
    app.quit()


if __name__ == "__main__":
    main()
