"""install.sh and uninstall.sh in the download, run as a new user would (a fresh HOME).

The download is built by ``packaging/build-linux --program`` around a stand-in
program (the real bundle is built by the slow test in test_bundle.py), so this
checks the scripts, the menu entry and the icons quickly.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from packaging_support import ROOT, Run, installed_files, unpack

import journal_app
from journal_app import APP_ID
from journal_app.services.reminders import write_autostart

FOLDER = "quiet-notes"


def build_download(dist: Path, program: Path) -> Path:
    subprocess.run(
        [
            str(ROOT / "packaging" / "build-linux"),
            "--dist",
            str(dist),
            "--program",
            str(program),
            "--python",
            sys.executable,
        ],
        check=True,
        capture_output=True,
    )
    (tarball,) = dist.glob(f"{FOLDER}-{journal_app.__version__}-linux-*.tar.gz")
    return tarball


@pytest.fixture(scope="session")
def download(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A download around a stand-in program that only answers --version."""
    base = tmp_path_factory.mktemp("download")
    program = base / "program"
    program.mkdir()
    stand_in = program / "journal-app"
    stand_in.write_text(f'#!/bin/sh\necho "journal-app {journal_app.__version__} $*"\n')
    stand_in.chmod(0o755)
    (program / "_internal").mkdir()
    (program / "_internal" / "library.so").write_bytes(b"\0" * 64)
    return build_download(base / "dist", program)


def test_download_holds_the_scripts_and_the_program(download: Path) -> None:
    with tarfile.open(download) as archive:
        names = set(archive.getnames())
        modes = {m.name: m.mode for m in archive.getmembers()}
    top = f"{FOLDER}-{journal_app.__version__}"
    for name in (
        "install.sh",
        "uninstall.sh",
        "README.txt",
        "program/journal-app",
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ):
        assert f"{top}/{name}" in names, name
    for script in ("install.sh", "uninstall.sh", "program/journal-app"):
        assert modes[f"{top}/{script}"] & 0o111, f"{script} is not executable"
    with tarfile.open(download) as archive:
        readme = archive.extractfile(f"{top}/README.txt")
        assert readme is not None
        text = readme.read().decode()
    assert "@" not in text and "install.sh" in text and "never deletes your" in text


def test_install_as_a_new_user(download: Path, home: Path, tmp_path: Path, run: Run) -> None:
    folder = unpack(download, tmp_path / "Downloads")
    done = run(folder / "install.sh", home)
    assert done.returncode == 0, done.stderr
    opt = home / ".local" / "opt" / FOLDER
    assert "Quiet Notes" in done.stdout and str(opt / "uninstall.sh") in done.stdout

    program = opt / "journal-app"
    assert os.access(program, os.X_OK)
    assert (opt / "_internal" / "library.so").is_file()
    assert os.access(opt / "uninstall.sh", os.X_OK)
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    entry = desktop.read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec=")) == [str(program)]
    assert f"TryExec={program}\n" in entry
    validator = shutil.which("desktop-file-validate")
    if validator:
        check = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    icons = home / ".local" / "share" / "icons" / "hicolor"
    for size in ("16x16", "48x48", "256x256", "512x512"):
        assert (icons / size / "apps" / f"{APP_ID}.png").is_file()
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    # The menu entry starts the installed program.
    started = subprocess.run(
        [*shlex.split(exec_line.removeprefix("Exec=")), "--version"], capture_output=True, text=True
    )
    assert started.stdout.startswith(f"journal-app {journal_app.__version__}")


def test_install_again_updates_in_place(
    download: Path, home: Path, tmp_path: Path, run: Run
) -> None:
    folder = unpack(download, tmp_path / "Downloads")
    assert run(folder / "install.sh", home).returncode == 0
    opt = home / ".local" / "opt" / FOLDER
    (opt / "_internal" / "left-from-old-version").write_text("x")
    again = run(folder / "install.sh", home)
    assert again.returncode == 0, again.stderr
    assert not (opt / "_internal" / "left-from-old-version").exists()
    assert sorted(p.name for p in opt.parent.iterdir()) == [FOLDER]  # no .new or .old left


def test_a_home_folder_with_spaces(download: Path, tmp_path: Path, run: Run) -> None:
    home = tmp_path / "my home 100%"
    home.mkdir()
    folder = unpack(download, tmp_path / "Downloads")
    assert run(folder / "install.sh", home).returncode == 0
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    exec_line = next(ln for ln in desktop.read_text().splitlines() if ln.startswith("Exec="))
    program = home / ".local" / "opt" / FOLDER / "journal-app"
    # %% is how a desktop entry writes a percent sign.
    assert shlex.split(exec_line.removeprefix("Exec=").replace("%%", "%")) == [str(program)]
    validator = shutil.which("desktop-file-validate")
    if validator:
        assert subprocess.run([validator, str(desktop)]).returncode == 0


def test_a_home_folder_a_menu_entry_cannot_name(download: Path, tmp_path: Path, run: Run) -> None:
    home = tmp_path / 'odd"home'
    home.mkdir()
    folder = unpack(download, tmp_path / "Downloads")
    done = run(folder / "install.sh", home)
    assert done.returncode == 1
    assert "was not installed" in done.stdout and "home folder" in done.stdout
    assert installed_files(home) == []


def test_install_from_an_incomplete_download(
    download: Path, home: Path, tmp_path: Path, run: Run
) -> None:
    folder = unpack(download, tmp_path / "Downloads")
    shutil.rmtree(folder / "program")
    done = run(folder / "install.sh", home)
    assert done.returncode == 1
    assert "Unpack the whole download" in done.stdout
    assert installed_files(home) == []


def test_uninstall_keeps_the_notes(download: Path, home: Path, tmp_path: Path, run: Run) -> None:
    folder = unpack(download, tmp_path / "Downloads")
    share = home / ".local" / "share"
    notes = share / "journal-app"
    notes.mkdir(parents=True)
    (notes / "journal.db").write_bytes(b"encrypted pages")
    (notes / "backups").mkdir()
    (notes / "backups" / "one.jbak").write_bytes(b"a backup")
    other_app = share / "applications" / "org.example.Other.desktop"
    other_app.parent.mkdir(parents=True)
    other_app.write_text("[Desktop Entry]\n")
    before = {p: p.read_bytes() for p in installed_files(home)}

    assert run(folder / "install.sh", home).returncode == 0
    # The check-in reminder's login entry would start a program that is gone.
    autostart = write_autostart(notes, False, command=["x"], environ={"HOME": str(home)})
    assert autostart.is_file()

    # Uninstalled from the installed copy, as README.txt says (the download may be gone).
    done = run(home / ".local" / "opt" / FOLDER / "uninstall.sh", home)
    assert done.returncode == 0, done.stderr
    assert "were not deleted" in done.stdout and str(notes) in done.stdout
    after = {p: p.read_bytes() for p in installed_files(home)}
    leftovers = {p for p in after if p not in before}
    # Only the desktop's own caches may stay (they are rebuilt, never ours alone).
    assert {p.name for p in leftovers} <= {"mimeinfo.cache", "icon-theme.cache"}
    for path, content in before.items():
        assert after.get(path) == content, f"{path} changed"
    assert not (home / ".local" / "opt").exists()
    assert not autostart.exists()


def test_uninstall_leaves_a_folder_it_did_not_make(
    download: Path, home: Path, tmp_path: Path, run: Run
) -> None:
    stranger = home / ".local" / "opt" / FOLDER
    stranger.mkdir(parents=True)
    (stranger / "something.txt").write_text("not ours")
    folder = unpack(download, tmp_path / "Downloads")
    assert run(folder / "uninstall.sh", home).returncode == 0
    assert (stranger / "something.txt").read_text() == "not ours"


def test_xdg_data_home_is_followed(download: Path, home: Path, tmp_path: Path, run: Run) -> None:
    data_home = tmp_path / "data"
    folder = unpack(download, tmp_path / "Downloads")
    assert run(folder / "install.sh", home, XDG_DATA_HOME=str(data_home)).returncode == 0
    assert (data_home / "applications" / f"{APP_ID}.desktop").is_file()
    assert not (home / ".local" / "share" / "applications").exists()
    done = run(folder / "uninstall.sh", home, XDG_DATA_HOME=str(data_home))
    assert done.returncode == 0
    assert not (data_home / "applications" / f"{APP_ID}.desktop").exists()
    assert str(data_home / "journal-app") in done.stdout
