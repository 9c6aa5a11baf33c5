"""No core dumps: the command line and the app turn them off before reading any secret."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux limits")

REPORT = """
import resource, sys
from journal_app.hardening import dumpable
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
print(code, soft, hard, dumpable(), file=sys.stderr)
"""

CLI = "import sys\nfrom journal_app.cli.main import main\ncode = main(sys.argv[1:])\n" + REPORT
APP = (
    "import sys\nfrom pathlib import Path\nfrom journal_app.app import run\n"
    "code = run(Path(sys.argv[1]))\n" + REPORT
)


def _limits(program: str, *args: str, tmp_path: Path) -> list[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        JOURNAL_APP_QUIT_AFTER_MS="300",
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    for name in ("home", "runtime"):
        (tmp_path / name).mkdir(mode=0o700, exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", program, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()[-1].split()


def test_the_command_line_turns_core_dumps_off(tmp_path: Path) -> None:
    code, soft, hard, dumpable = _limits(
        CLI, "--data-dir", str(tmp_path / "none"), "list", tmp_path=tmp_path
    )
    assert code == "2"  # no passphrase given: what matters is what was set before asking
    assert (soft, hard) == ("0", "0")
    assert dumpable == "False"


def test_the_app_turns_core_dumps_off(tmp_path: Path) -> None:
    code, soft, hard, dumpable = _limits(APP, str(tmp_path / "journal"), tmp_path=tmp_path)
    assert code == "0"
    assert (soft, hard) == ("0", "0")
    assert dumpable == "False"
