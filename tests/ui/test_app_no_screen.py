"""Starting the window where there is no screen says so in one line, instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app.app import NoScreen, check_screen


def test_no_display_on_linux_is_refused_in_words() -> None:
    with pytest.raises(NoScreen, match="no screen"):
        check_screen({}, "linux")


@pytest.mark.parametrize("name", ["DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"])
def test_any_screen_setting_lets_the_app_start(name: str) -> None:
    check_screen({name: ":0"}, "linux")


def test_other_systems_always_have_a_screen() -> None:
    check_screen({}, "darwin")


def test_the_program_exits_with_one_line_and_no_abort(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "journal_app.cli", "--data-dir", str(tmp_path / "j")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no screen" in lines[0]
    assert not (tmp_path / "j").exists()
