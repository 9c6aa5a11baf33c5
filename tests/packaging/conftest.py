"""Fixtures for running the download's scripts as a new user would (a fresh HOME)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from packaging_support import Run

# What the scripts may use; dialog tools are left out so nothing pops up on a desktop.
TOOLS = (
    "sh",
    "uname",
    "dirname",
    "basename",
    "cp",
    "mv",
    "rm",
    "rmdir",
    "mkdir",
    "chmod",
    "sed",
    "cat",
    "update-desktop-database",
    "gtk-update-icon-cache",
)


@pytest.fixture(scope="session")
def tools_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("bin")
    for name in TOOLS:
        found = shutil.which(name)
        if found:
            (folder / name).symlink_to(found)
    return str(folder)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def run(tools_path: str) -> Run:
    """Run a script of the download with only HOME and a PATH of plain tools set."""

    def run(script: Path, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["sh", str(script)],
            env={"HOME": str(home), "PATH": tools_path, **env},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
        )

    return run
