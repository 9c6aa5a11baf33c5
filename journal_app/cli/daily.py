"""The daily backup and check, made by the first command of a day that unlocks the journal.

It runs inline (a command line has no UI thread to keep free) and costs time
once a day; every later command that day only lists the ``backups/`` folder.
Damage found by the check stops the command with exit 4 and names the newest
backup that passes every check; a backup that could not be written (a full
disk) is said on stderr and the command goes on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from journal_app.cli.main import tr
from journal_app.errors import VaultDamaged, WriteFailed
from journal_app.storage.rotation import DamageFound, Reason

if TYPE_CHECKING:
    from journal_app.cli.main import Context


def daily_backup(journal: Any, ctx: Context) -> None:
    if not journal.backup_due():
        return
    try:
        journal.back_up(Reason.DAILY)
    except DamageFound as exc:
        details = tr("(details: {detail})").format(detail=exc.detail) if exc.detail else ""
        raise DamageFound(
            " ".join(filter(None, (str(exc), restore_hint(journal), details)))
        ) from None
    except WriteFailed as exc:
        ctx.note(tr("today's automatic backup was not made: {problem}").format(problem=exc))


def damaged_at_open(exc: VaultDamaged, data_dir: Path, passphrase: str) -> VaultDamaged:
    """Damage found while opening: the same words, and the newest backup that passes.

    Looked for with the key the journal's own key record gives, or, when that record
    is damaged too, with the passphrase against each backup's own record.
    """
    from journal_app.services.restoring import find_for_damage, key_despite_damage

    key = key_despite_damage(data_dir, passphrase)
    report = (
        find_for_damage(data_dir, str(exc), data_key=key)
        if key is not None
        else find_for_damage(data_dir, str(exc), passphrase=passphrase)
    )
    try:
        return VaultDamaged(f"{exc} {_hint(report.candidate)}")
    finally:
        report.forget()


def restore_hint(journal: Any) -> str:
    return _hint(journal.newest_good_backup())


def _hint(good: Any) -> str:
    if good is None:
        return tr(
            "No backup passes the checks; keep the data folder as it is and ask for help "
            "before changing anything in it."
        )
    return tr(
        "The newest backup that passes every check is {path} (made {when}); restore it "
        "with 'journal-app restore {path}' (the journal now is kept aside, not deleted)."
    ).format(path=good.path, when=f"{good.made:%Y-%m-%d %H:%M}")
