"""The export dialog never writes into the journal's folder; leftovers are tidied at unlock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from app_support import PASSPHRASE, unlock

from journal_app.services.journal import Journal
from journal_app.ui.dialogs import ScriptedDialogs
from journal_app.ui.tasks import SyncTaskRunner


def _state(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.mark.parametrize("name", ["journal.db", "vault.key", "backups/summary.md", "link"])
def test_the_export_dialog_refuses_the_journals_folder(
    qtbot: Any, vault_dir: Path, tmp_path: Path, name: str
) -> None:
    from journal_app.ui.export_view import ExportDialog

    (vault_dir / "backups").mkdir(exist_ok=True)
    target = vault_dir / name
    if name == "link":
        target = tmp_path / "looks-harmless.md"
        target.symlink_to(vault_dir / "vault.key.2")
    dialogs = ScriptedDialogs()
    with Journal.unlock(vault_dir, PASSPHRASE) as journal:
        before = _state(vault_dir)
        dialog = ExportDialog(journal, dialogs, runner=SyncTaskRunner())
        qtbot.addWidget(dialog)
        dialog.choose_format("md")
        dialogs.paths.append(target)
        dialog.start_export()
        assert [kind for kind, _title, _text in dialogs.asked] == ["save_path", "warn"]
        assert "journal's own folder" in dialogs.asked[-1][2]
        assert not dialog.busy
        assert _state(vault_dir) == before


def test_leftovers_of_a_killed_export_are_removed_at_the_next_unlock(
    qtbot: Any, make_window: Any, vault_dir: Path, tmp_path: Path
) -> None:
    """The folder an export went to is remembered inside the journal; when the app next
    opens the journal it removes what a kill left there (and only that)."""
    from journal_app.exchange.export import export

    folder = tmp_path / "exports"
    folder.mkdir()
    with Journal.unlock(vault_dir, PASSPHRASE) as journal:
        span = journal.date_range()
        assert span is not None
        export(journal, span[0], span[1], "md", folder / "summary.md")
    leftover = folder / ".summary.md.abcd1234.journal-export.tmp"
    leftover.write_text("plaintext a kill left behind")
    theirs = folder / ".notes.tmp"
    theirs.write_text("someone else's")
    window = make_window(vault_dir)
    assert leftover.exists()  # locked: where exports went is inside the journal
    unlock(qtbot, window)
    assert not leftover.exists()
    assert theirs.exists() and (folder / "summary.md").exists()


def test_the_app_tidies_the_home_folder_when_it_starts(tmp_path: Path) -> None:
    """Where the export dialog suggests saving; no journal needs to be open for it."""
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    home.mkdir()
    leftover = home / ".summary-2026-11-16-to-2026-11-22.pdf.x1y2z3w4.journal-export.tmp"
    leftover.write_bytes(b"%PDF plaintext")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        JOURNAL_APP_QUIT_AFTER_MS="1500",
        HOME=str(home),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    done = subprocess.run(
        [sys.executable, "-m", "journal_app.cli", "--data-dir", str(tmp_path / "journal")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not leftover.exists()
