"""``journal-app export`` as a separate process on a machine with no display at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from export_helpers import NAMES, NOTES_IN_WEEK, PASSPHRASE, make_journal
from pypdf import PdfReader

# Run main() and fail if QtWidgets was imported: the command line must not need it.
PROGRAM = (
    "import sys\n"
    "from journal_app.cli.main import main\n"
    "code = main(sys.argv[1:])\n"
    "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets was imported'\n"
    "sys.exit(code)\n"
)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "journal"
    make_journal(path).close()
    return path


def run(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "DISPLAY", "WAYLAND"))}
    env["JOURNAL_APP_PASSPHRASE"] = PASSPHRASE
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, "export", "--data-dir", str(vault), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_pdf_export_without_any_display(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    done = run(
        vault, "--from", "2026-11-16", "--to", "2026-11-22", "--format", "pdf",
        "--out", str(out), "--anonymize", "--no-notes",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "not encrypted" in done.stdout
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "16–22 Nov 2026" in text and "week 2026-W47" in text
    assert "2 h 20 min" in text
    assert not [n for n in NAMES if n in text]
    assert not [n for n in NOTES_IN_WEEK if n in text]


def test_shared_only_and_no_notes_do_not_go_together(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.md"
    done = run(
        vault, "--from", "2026-11-16", "--to", "2026-11-22", "--format", "md",
        "--out", str(out), "--no-notes", "--shared-only",
    )  # fmt: skip
    assert done.returncode == 2
    assert not out.exists()
    done = run(
        vault, "--from", "2026-11-16", "--to", "2026-11-22", "--format", "md",
        "--out", str(out), "--shared-only",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = out.read_text("utf-8")
    assert NOTES_IN_WEEK[0] in text and NOTES_IN_WEEK[1] not in text


def test_csv_export_with_kinds(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "moods.csv"
    done = run(
        vault, "--from", "2026-11-16", "--to", "2026-11-22", "--format", "csv",
        "--out", str(out), "--kinds", "mood,boundary",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    kinds = [line.split(",")[1] for line in out.read_text("utf-8-sig").splitlines()[1:]]
    assert sorted(kinds) == ["boundary", "mood", "mood", "mood"]


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "2026-11-22", "--to", "2026-11-16", "--format", "md"],
        ["--from", "2025-01-01", "--to", "2026-11-16", "--format", "pdf"],
        ["--all", "--from", "2026-11-16", "--format", "md"],
        ["--from", "2026-11-16", "--format", "json"],
        ["--from", "16/11/2026", "--to", "2026-11-16", "--format", "md"],
        ["--from", "2026-11-16", "--to", "2026-11-22", "--format", "md", "--kinds", "moods"],
    ],
)
def test_usage_errors_exit_2_in_one_line_and_write_nothing(
    vault: Path, tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "x.md"
    done = run(vault, *args, "--out", str(out))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()


def _folder_state(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize(
    "where",
    [
        "journal.db",
        "journal.db-wal",
        "journal.db-shm",
        "vault.key",
        "vault.key.2",
        "settings.json",
        "backups/summary.md",
        "new-file.md",
        "the-folder-itself",
        "dotdot",
        "symlink-to-db",
        "symlinked-folder",
    ],
)
def test_export_never_writes_into_the_journals_folder(
    vault: Path, tmp_path: Path, where: str
) -> None:
    """Found by the attack: ``--out journal.db`` replaced the encrypted store with plaintext."""
    (vault / "backups").mkdir(exist_ok=True)
    out = vault / where
    if where == "the-folder-itself":
        out = vault
    elif where == "dotdot":
        out = vault.parent / "nowhere" / ".." / vault.name / "backups" / ".." / "journal.db"
    elif where == "symlink-to-db":
        out = tmp_path / "innocent.md"
        out.symlink_to(vault / "journal.db")
    elif where == "symlinked-folder":
        (tmp_path / "docs").symlink_to(vault)
        out = tmp_path / "docs" / "summary.md"
    before = _folder_state(vault)
    done = run(
        vault, "--from", "2026-11-16", "--to", "2026-11-22", "--format", "md", "--out", str(out)
    )
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "journal's own folder" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert _folder_state(vault) == before


def test_a_half_written_export_left_by_a_kill_is_removed_by_the_next(
    vault: Path, tmp_path: Path
) -> None:
    """A killed export leaves a hidden temporary file holding plaintext; the next export to
    the same folder removes it (ours only: other people's files are left alone)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    leftover = folder / ".summary.md.k2j4h6l8.journal-export.tmp"
    leftover.write_text("plaintext from a killed export")
    older = folder / ".summary.csv.ab12cd34.tmp"  # what earlier versions named it
    older.write_text("plaintext too")
    theirs = [
        folder / ".notes.txt.tmp",
        folder / "summary.md.tmp",
        folder / ".x.journal-export.tmp",
    ]
    for path in theirs:
        path.write_text("not ours")
    done = run(
        vault,
        "--from",
        "2026-11-16",
        "--to",
        "2026-11-22",
        "--format",
        "md",
        "--out",
        str(folder / "summary.md"),
    )
    assert done.returncode == 0, done.stderr
    assert not leftover.exists() and not older.exists()
    assert all(p.exists() for p in theirs)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["summary.md", *(p.name for p in theirs)]
    )
