"""The frozen program, built by packaging/build-linux the way CI and a release build it.

Built once for the module (PyInstaller takes a minute or two), then: what it
carries, ``--version``, a command-line smoke run (init, add, summary, PDF), the
app started offscreen to its unlock screen, and the real download installed
into a fresh HOME and started from there.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from atspi_client import BUTTON_ROLES, accessible_app, xvfb_display
from packaging_support import RESOURCES, ROOT, Run, files_under, unpack

import journal_app
from journal_app import APP_ID

pytestmark = pytest.mark.slow

PASSPHRASE = "correct horse battery"


@dataclass(frozen=True)
class Built:
    program: Path  # dist/journal-app/journal-app
    tarball: Path
    seconds: float

    @property
    def internal(self) -> Path:
        return self.program.parent / "_internal"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    dist = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    done = subprocess.run(
        [str(ROOT / "packaging" / "build-linux"), "--dist", str(dist), "--python", sys.executable],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    seconds = time.monotonic() - started
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (tarball,) = dist.glob(f"quiet-notes-{journal_app.__version__}-linux-*.tar.gz")
    return Built(dist / "journal-app" / "journal-app", tarball, seconds)


def frozen_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """A new user's environment: nothing of this checkout's Python, its own HOME."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "JOURNAL_APP_", "VIRTUAL_ENV", "QT_"))
    }
    for name in ("home", "runtime", "tmp"):
        (tmp_path / name).mkdir(mode=0o700, exist_ok=True)
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
        TMPDIR=str(tmp_path / "tmp"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


def frozen(
    program: Path, tmp_path: Path, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        env=frozen_env(tmp_path, **env),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )


def test_build_time_and_size(built: Built) -> None:
    """Keep CI well inside its 90 minutes; the figure is in the README."""
    assert built.seconds < 15 * 60
    assert built.tarball.stat().st_size < 150 * 1024 * 1024


def test_bundle_carries_what_the_app_needs(built: Built) -> None:
    plugins = built.internal / "PySide6" / "Qt" / "plugins"
    for plugin in (
        "platforms/libqoffscreen.so",
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "platformthemes/libqxdgdesktopportal.so",
        "printsupport/libcupsprintersupport.so",
    ):
        assert (plugins / plugin).is_file(), plugin
    # Never used (no network, ever), or pulling in a second desktop toolkit.
    for gone in ("tls", "networkinformation", "platformthemes/libqgtk3.so"):
        assert not (plugins / gone).exists(), gone
    translations = built.internal / "PySide6" / "Qt" / "translations"
    assert (translations / "qtbase_es.qm").is_file()
    # resources/, whatever it holds (icons, translations, prompts, crisis lines).
    assert files_under(built.internal / "resources") == files_under(RESOURCES)
    dangling = [p for p in built.internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_frozen_version(built: Built, tmp_path: Path) -> None:
    done = frozen(built.program, tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"journal-app {journal_app.__version__}\n"


def test_frozen_command_line(built: Built, tmp_path: Path) -> None:
    data = str(tmp_path / "journal")
    secret = {"JOURNAL_APP_PASSPHRASE": PASSPHRASE}

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        done = frozen(built.program, tmp_path, "--data-dir", data, *args, stdin=stdin, **secret)
        assert done.returncode == 0, f"{args}: {done.stderr}"
        assert "Traceback" not in done.stderr
        return done

    assert "Recovery code: " in cli("init").stdout
    cli("add", "mood", "--score", "6", "--emotions", "calm,hopeful", "--at", "2026-11-17 09:00")
    cli("add", "connection", "--circle", "peer", "--minutes", "45", "--person", "Mira",
        "--at", "2026-11-18 18:00")  # fmt: skip
    cli("add", "alone", "--minutes", "90", "--chosen", "--at", "2026-11-19 20:00")
    cli("add", "entry", "--text", "-", "--title", "Evening", "--at", "2026-11-19 21:00",
        stdin="A slow walk by the river.")  # fmt: skip
    summary = json.loads(cli("summary", "--week", "2026-W47", "--format", "json").stdout)
    assert summary["days_logged"] == 3
    assert summary["connection"]["moments"] == 1 and summary["connection"]["minutes"] == 45
    assert summary["alone"]["chosen_minutes"] == 90
    assert summary["mood"]["avg"] == 6.0

    pdf = tmp_path / "out" / "summary.pdf"
    pdf.parent.mkdir()
    cli("export", "--from", "2026-11-16", "--to", "2026-11-22", "--format", "pdf",
        "--out", str(pdf))  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF-")
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "16" in text and "Nov" in text


def test_frozen_import_reads_month_names_and_a_day_one_export(built: Built, tmp_path: Path) -> None:
    """Babel's CLDR data travels in the bundle: an old Polish Daylio export reads."""
    daylio = tmp_path / "daylio_export.csv"
    daylio.write_text(
        "year,date,weekday,time,mood,activities,note\n"
        "2017,7 września,czwartek,12:10,good,,\n2017,29 sierpnia,wtorek,23:33,bad\n",
        encoding="utf-8",
    )
    data = str(tmp_path / "journal")
    done = frozen(built.program, tmp_path, "--data-dir", data, "import", "daylio", str(daylio),
                  "--dry-run")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "from 2017-08-29 to 2017-09-07" in done.stdout
    dayone = tmp_path / "Journal.json"
    dayone.write_text(
        '{"entries": [{"uuid": "A", "creationDate": "2024-04-16T23:00:00Z", '
        '"timeZone": "Europe/Dublin", "isAllDay": true, "text": "Kept\\\\."}]}',
        encoding="utf-8",
    )
    done = frozen(built.program, tmp_path, "--data-dir", data, "import", "dayone", str(dayone),
                  "--dry-run")  # fmt: skip
    assert done.returncode == 0, done.stderr  # the zone database travels too
    assert "from 2024-04-17 to 2024-04-17" in done.stdout


def test_frozen_app_starts_to_the_unlock_screen(built: Built, tmp_path: Path) -> None:
    data = tmp_path / "journal"
    init = frozen(built.program, tmp_path, "--data-dir", str(data), "init",
                  JOURNAL_APP_PASSPHRASE=PASSPHRASE)  # fmt: skip
    assert init.returncode == 0, init.stderr
    before = sorted(p.name for p in data.iterdir())
    done = frozen(built.program, tmp_path, "--data-dir", str(data),
                  JOURNAL_APP_REPORT_STARTUP="1", JOURNAL_APP_QUIT_AFTER_MS="2000")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown "), done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in data.iterdir()) == before  # locked: nothing written


def test_download_installs_and_starts(built: Built, tmp_path: Path, home: Path, run: Run) -> None:
    folder = unpack(built.tarball, tmp_path / "Downloads")
    done = run(folder / "install.sh", home)
    assert done.returncode == 0, done.stdout + done.stderr
    desktop = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    exec_line = next(ln for ln in desktop.read_text().splitlines() if ln.startswith("Exec="))
    command = shlex.split(exec_line.removeprefix("Exec="))
    env = frozen_env(tmp_path, HOME=str(home))
    version = subprocess.run([*command, "--version"], env=env, capture_output=True, text=True)
    assert version.stdout == f"journal-app {journal_app.__version__}\n", version.stderr
    started = subprocess.run(
        command,
        env=dict(env, JOURNAL_APP_REPORT_STARTUP="1", JOURNAL_APP_QUIT_AFTER_MS="2000"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("shown ")  # a new user's first screen: setup
    assert not (home / ".local" / "share" / "journal-app" / "vault.key").exists()


def test_frozen_app_reaches_screen_readers(built: Built, tmp_path: Path) -> None:
    """The bundle carries Qt's AT-SPI bridge and D-Bus: Orca finds the unlock screen."""
    data = tmp_path / "journal"
    init = frozen(built.program, tmp_path, "--data-dir", str(data), "init",
                  JOURNAL_APP_PASSPHRASE=PASSPHRASE)  # fmt: skip
    assert init.returncode == 0, init.stderr
    env = frozen_env(tmp_path)
    del env["QT_QPA_PLATFORM"]
    with (
        xvfb_display() as display,
        accessible_app(display, [str(built.program), "--data-dir", str(data)], env) as app,
    ):
        nodes = app.reader.wait_for(
            APP_ID, lambda t: any(n.role in ("text", "password text") and n.showing for n in t)
        )
        assert [n.role for n in nodes[:2]] == ["application", "frame"]
        buttons = [n for n in nodes if n.showing and n.role in BUTTON_ROLES]
        assert len(buttons) >= 2 and all(b.name.strip() for b in buttons)


def test_frozen_program_speaks_spanish(built: Built, tmp_path: Path) -> None:
    """The translations travel in the bundle: the command line and the app in Spanish."""
    spanish = {"LANGUAGE": "es", "LANG": "es_ES.UTF-8"}
    helped = frozen(built.program, tmp_path, "--help", **spanish)
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("uso: journal-app")
    assert "Un diario cifrado y sin conexión" in helped.stdout
    data = tmp_path / "journal"
    secret = dict(spanish, JOURNAL_APP_PASSPHRASE=PASSPHRASE)
    init = frozen(built.program, tmp_path, "--data-dir", str(data), "init", **secret)
    assert init.returncode == 0, init.stderr
    assert "Tu diario está creado en" in init.stdout
    summary = frozen(
        built.program, tmp_path, "--data-dir", str(data), "summary", "--week", "2026-W47", **secret
    )
    assert summary.stdout.startswith("16–22 nov 2026 (semana 2026-W47)"), (
        summary.stdout + summary.stderr
    )

    env = frozen_env(tmp_path, **spanish)
    del env["QT_QPA_PLATFORM"]
    with (
        xvfb_display() as display,
        accessible_app(display, [str(built.program), "--data-dir", str(data)], env) as app,
    ):
        nodes = app.reader.wait_for(APP_ID, lambda t: any(n.name == "Desbloquear" for n in t))
        names = {n.name for n in nodes if n.showing and n.role in BUTTON_ROLES}
        assert {"Desbloquear", "Salida rápida"} <= names
