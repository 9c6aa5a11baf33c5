"""What a screen reader finds: the real app, run as its own process, read over AT-SPI.

The app runs on an X server (Xvfb: Qt's offscreen platform has no accessibility
bridge) with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` inside a private D-Bus session
(``dbus-run-session``), which starts the accessibility bus and registry from
at-spi2-core on demand. The test reads the tree the way Orca does and works the
app only through it: the passphrase is typed with ``EditableText``, buttons are
pressed with ``Action``. No test-only door into the app is used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, unlock
from atspi_client import BUTTON_ROLES, AtSpi, accessible_app, one, xvfb_display

from journal_app import APP_ID


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server at 1280x800 for the module's tests."""
    with xvfb_display() as name:
        yield name


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, JOURNAL_APP_PASSPHRASE=PASSPHRASE)
    return subprocess.run(
        [sys.executable, "-m", "journal_app.cli", "--data-dir", str(data_dir), *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


@contextmanager
def running_app(display: str, data_dir: Path) -> Iterator[AtSpi]:
    """The app from this checkout on a new journal in ``data_dir``, and a reader."""
    _cli(data_dir, "init")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "JOURNAL_APP_"))}
    env.update(LANGUAGE="", LC_ALL="C.UTF-8")  # the words the in-process window uses
    command = [sys.executable, "-m", "journal_app.cli", "--data-dir", str(data_dir)]
    with accessible_app(display, command, env) as app:
        yield app.reader


@dataclass(frozen=True)
class Expected:
    """The names the app gives its controls, read from the widgets in this process.

    The app on the X server must say the same over AT-SPI: the test follows the
    words wherever they are changed, and fails only when a screen reader would
    hear something else (or nothing).
    """

    passphrase: str
    unlock: str
    sidebar: str
    sections: list[str]
    lock: str
    quick_exit: str
    mood: str
    save_check_in: str
    status: str
    saved: str  # what the status line says once a check-in is saved


def _said(widget: Any) -> str:
    name: str = widget.accessibleName() or widget.text()
    return name.replace("&&", "\0").replace("&", "").replace("\0", "&")


@pytest.fixture
def expected(qtbot: Any, make_window: Any, vault_dir: Path) -> Expected:
    window = make_window(vault_dir)
    view = window.unlock_view
    names = (_said(view.passphrase), _said(view.unlock_button))
    unlock(qtbot, window)
    main = window.main_view
    main.show_section(0)
    today = main.current_page()
    labels = {
        "lock": _said(main.lock_button),
        "quick_exit": _said(main.quick_exit_button),
        "mood": _said(today.mood.score),
        "save_check_in": _said(today.mood.save_button),
        "status": _said(today.status),
    }
    today.mood.score.setValue(6)
    today.mood.save_button.click()
    assert today.status.text(), "the in-process check-in was not saved"
    return Expected(
        passphrase=names[0],
        unlock=names[1],
        sidebar=_said(main.sidebar),
        sections=[main.sidebar.item(i).text() for i in range(main.sidebar.count())],
        saved=today.status.text(),
        **labels,
    )


def test_unlock_screen_is_read_out(display: str, tmp_path: Path, expected: Expected) -> None:
    with running_app(display, tmp_path / "read-aloud") as reader:
        nodes = reader.wait_for(APP_ID, lambda t: any(n.name == expected.unlock for n in t))
        assert nodes[0].role == "application"
        window = nodes[1]
        assert window.role == "frame" and window.name in ("Journal", "Notes")
        one(nodes, expected.passphrase, {"text", "password text"})
        one(nodes, expected.unlock, "push button")
        # Every control on screen has a name a reader can say.
        controls = [n for n in nodes if n.showing and n.role in BUTTON_ROLES | {"text"}]
        assert len(controls) >= 3 and all(n.name.strip() for n in controls), controls


def test_main_screen_and_a_saved_check_in_are_read_out(
    display: str, tmp_path: Path, expected: Expected
) -> None:
    assert len(expected.sections) >= 5
    data_dir = tmp_path / "read-aloud"  # not vault_dir's folder
    with running_app(display, data_dir) as reader:
        nodes = reader.wait_for(APP_ID, lambda t: any(n.name == expected.unlock for n in t))
        # Unlocked through the tree, as a screen-reader user with no mouse would.
        reader.set_text(one(nodes, expected.passphrase, {"text", "password text"}), PASSPHRASE)
        reader.do_action(one(nodes, expected.unlock, "push button"), "Press")
        nodes = reader.wait_for(
            APP_ID, lambda t: any(n.name == expected.sidebar and n.showing for n in t)
        )

        sidebar = one(nodes, expected.sidebar, "list")
        entries = reader.children(sidebar)
        assert [(e.role, e.name) for e in entries] == [("list item", s) for s in expected.sections]
        one(nodes, expected.quick_exit, "push button")
        one(nodes, expected.lock, "push button")

        mood = one(nodes, expected.mood, {"filler", "panel", "slider", "spin button", "grouping"})
        numbered = [b for b in reader.children(mood) if b.role in BUTTON_ROLES]
        assert [b.name for b in numbered] == [str(n) for n in range(1, 11)]
        assert all(b.showing for b in numbered)

        # A check-in saved through the tree is announced, politely, by the status line.
        reader.listen("object:announcement")
        reader.do_action(numbered[5], reader.actions(numbered[5])[0])  # "6", default action
        rule = reader.signals("Announcement")
        with reader.conn.filter(rule) as queue:
            reader.do_action(one(nodes, expected.save_check_in, "push button"), "Press")
            try:
                message = reader.conn.recv_until_filtered(queue, timeout=15)
            except TimeoutError:
                pytest.fail("saving the check-in announced nothing to the screen reader")
        _, politeness, _, (_, text), _ = message.body
        assert text == expected.saved
        assert politeness == 1  # ATSPI_LIVE_POLITE: after what the reader is saying
        source = next(n for n in reader.app_tree(APP_ID) if n.path == message.header.fields[1])
        assert source.name == expected.status

    saved = json.loads(_cli(data_dir, "list", "--format", "json").stdout)
    assert [(r["kind"], r["score"]) for r in saved] == [("mood", 6)]
