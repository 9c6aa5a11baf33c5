"""``pip install .`` (a real wheel, not the editable install) finds everything in resources/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_support import RESOURCES, copy_source, files_under

import journal_app


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("JOURNAL_APP_RESOURCES", "PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)
    return env


@pytest.mark.slow
def test_installed_wheel_finds_every_resource(tmp_path: Path) -> None:
    source = copy_source(tmp_path / "source")
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(source)],
        check=True,
        capture_output=True,
        env=_clean_env(),
    )
    (wheel,) = wheels.glob("journal_app-*.whl")
    assert wheel.name.startswith(f"journal_app-{journal_app.__version__}-")

    # A venv of its own, with nothing but the wheel (the dependencies are not needed
    # to find files, and --version loads none of them).
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        env=_clean_env(),
    )
    elsewhere = tmp_path / "elsewhere"  # not the source tree: nothing found by accident
    elsewhere.mkdir()
    probe = (
        "from journal_app.resource_files import resources_dir, resource_path\n"
        "from journal_app import APP_ID\n"
        "print(resources_dir())\n"
        "print(resource_path('icons', APP_ID + '.svg').is_file())\n"
    )
    out = subprocess.run(
        [str(python), "-c", probe],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
        env=_clean_env(),
    ).stdout.splitlines()
    found = Path(out[0])
    assert found.parts[-2:] == ("journal_app", "_resources")
    assert found.is_relative_to(venv)
    assert out[1] == "True"
    # The whole folder, whatever it holds (prompts, crisis lines, translations, icons).
    assert files_under(found) == files_under(RESOURCES)

    version = subprocess.run(
        [str(venv / "bin" / "journal-app"), "--version"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        env=_clean_env(),
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"journal-app {journal_app.__version__}"


def test_editable_install_reads_resources_in_place() -> None:
    """This checkout's own install: the top-level folder itself, never a stale copy."""
    from journal_app.resource_files import resources_dir

    assert not (Path(journal_app.__file__).parent / "_resources").exists()
    assert resources_dir() == RESOURCES
