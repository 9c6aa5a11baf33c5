"""``journal-app --version``: the package version, quickly, from any position."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import journal_app
from journal_app.cli.main import build_parser, main, version_line


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out == f"journal-app {journal_app.__version__}\n"
    # The installed distribution says the same (pyproject reads it from the package).
    assert metadata.version("journal-app") == journal_app.__version__


def test_version_with_a_data_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(tmp_path), "--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == version_line()
    assert not (tmp_path / "vault.key").exists()


def test_help_lists_version() -> None:
    assert "--version" in build_parser().format_help()


def test_version_loads_nothing_heavy() -> None:
    probe = (
        "import sys\n"
        "from journal_app.cli import main\n"
        "code = main(['--version'])\n"
        "heavy = sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlcipher3', "
        "'cryptography', 'journal_app.storage', 'journal_app.services')))\n"
        "print(code, ','.join(heavy))\n"
    )
    lines = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert lines[0] == version_line()
    assert lines[-1].strip() == "0", f"--version loaded: {lines[-1]}"
