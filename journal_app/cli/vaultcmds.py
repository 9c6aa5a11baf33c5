"""``init``, ``change-passphrase``, ``recover``, ``backup``, ``backups``, ``restore``, ``verify``.

``restore``, ``change-passphrase`` and ``recover`` replace or re-wrap the
journal: they hold the data folder alone (``folderlock``) and refuse while
the app (or another command) uses it.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from journal_app.cli.main import NEW_PASSPHRASE_ENV, RECOVERY_CODE_ENV, Context, tr
from journal_app.errors import UsageError
from journal_app.services.journal import Journal
from journal_app.storage import backup as backups
from journal_app.storage.folderlock import exclusively
from journal_app.storage.keys import wipe
from journal_app.storage.rotation import Reason, backup_before_change, list_backups
from journal_app.storage.vault import Vault


def register_init(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = sub.add_parser("init", help=tr("create a journal; prints the recovery code once"))
    init.set_defaults(func=_init)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    change = sub.add_parser("change-passphrase", help=tr("set a new passphrase"))
    change.set_defaults(func=_change_passphrase)

    recover = sub.add_parser("recover", help=tr("set a new passphrase with the recovery code"))
    recover.set_defaults(func=_recover)

    backup = sub.add_parser("backup", help=tr("write an encrypted backup"))
    backup.add_argument(
        "--out", metavar="PATH", help=tr("the backup file (default: backups folder)")
    )
    backup.set_defaults(func=_backup)

    listing = sub.add_parser("backups", help=tr("list the backups in the data folder"))
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.set_defaults(func=_list_backups)

    restore = sub.add_parser("restore", help=tr("replace the journal with a backup"))
    restore.add_argument("path", metavar="PATH")
    restore.set_defaults(func=_restore)

    verify = sub.add_parser("verify", help=tr("check that the journal opens and is whole"))
    verify.set_defaults(func=_verify)


def _init(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    if vault.exists():
        raise UsageError(
            tr("There is already a journal in {folder}; it was left as it is.").format(
                folder=ctx.data_dir
            )
        )
    passphrase = ctx.secret("JOURNAL_APP_PASSPHRASE", tr("New passphrase: "), confirm=True)
    journal, code = Journal.create(ctx.data_dir, passphrase)
    journal.close()
    ctx.print(tr("Created your journal in {folder}.").format(folder=ctx.data_dir))
    ctx.print(tr("Keep this recovery code somewhere safe and private. It is shown only once;"))
    ctx.print(tr("with it you can set a new passphrase if you forget yours."))
    # A contract line (DESIGN.md): scripts read it, so it is never translated.
    ctx.print(f"Recovery code: {code}")
    return 0


def _change_passphrase(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    vault.read_key_record()  # says "no journal here" before asking for anything
    old = ctx.passphrase()
    new = ctx.secret(NEW_PASSPHRASE_ENV, tr("New passphrase: "), confirm=True)
    keep = ctx.optional_secret(
        RECOVERY_CODE_ENV, tr("Your recovery code, to keep it (press Enter for a new one): ")
    )
    with exclusively(ctx.data_dir):  # refused while the app (or a command) uses the journal
        rekeyed = vault.change_passphrase(
            old, new, keep_code=keep, before=backup_before_change(vault)
        )
    wipe(rekeyed.data_key)
    ctx.print(
        tr(
            "Your passphrase is changed, and the journal is locked with a new key: the old "
            "passphrase no longer opens it, not even with a copy of the old key record."
        )
    )
    if rekeyed.recovery_code is None:
        ctx.print(tr("Your recovery code stays the same."))
    else:
        ctx.print(tr("Your recovery code is new too; the old one no longer works."))
        ctx.print(tr("Keep this one somewhere safe and private. It is shown only once."))
        # A contract line (DESIGN.md): scripts read it, so it is never translated.
        ctx.print(f"Recovery code: {rekeyed.recovery_code}")
    old_backups, replaced = backups.earlier_copies(vault)
    if old_backups or replaced:
        ctx.print(
            tr(
                "Made before this change, these still open with the old passphrase (and "
                "the old recovery code), and hold only what was written before it:"
            )
        )
        for path in (*old_backups, *replaced):
            ctx.print(f"  {path}")
        ctx.print(
            tr(
                "If someone else may know the old passphrase, make a new backup "
                "('journal-app backup') and delete them."
            )
        )
    return 0


def _recover(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    vault.read_key_record()  # says "no journal here" before asking for anything
    code = ctx.secret(RECOVERY_CODE_ENV, tr("Recovery code: "))
    new = ctx.secret(NEW_PASSPHRASE_ENV, tr("New passphrase: "), confirm=True)
    with exclusively(ctx.data_dir):
        wipe(vault.recover(code, new))
    ctx.print(tr("Your new passphrase is set. Your recovery code still works; keep it safe."))
    return 0


def _backup(args: argparse.Namespace, ctx: Context) -> int:
    out: Path | None = None
    if args.out:
        out = Path(args.out).expanduser()
        if out.is_dir():
            out = out / backups.backup_name()
    with ctx.open_journal() as journal:
        if out is None:
            out = journal.back_up(Reason.MANUAL).path
        else:
            journal.save_copy(out)
    ctx.print(
        tr("Encrypted backup written to {path}; it was reopened and checked.").format(path=out)
    )
    ctx.print(tr("It opens with the passphrase you use now (or your recovery code)."))
    return 0


def _list_backups(args: argparse.Namespace, ctx: Context) -> int:
    """Needs no passphrase: names, times and sizes say nothing of what is inside."""
    from journal_app.backup_words import one_line, to_json

    found = list_backups(Vault(ctx.data_dir).paths.backups)
    if args.format == "json":
        ctx.print(json.dumps([to_json(b) for b in found], ensure_ascii=False, indent=1))
        return 0
    if not found:
        ctx.print(
            tr("There are no backups in {folder} yet.").format(
                folder=Vault(ctx.data_dir).paths.backups
            )
        )
    for backup in found:
        ctx.print(f"{one_line(backup)}  {backup.path.name}")
    return 0


def _restore(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    count, kept = backups.restore(vault, Path(args.path).expanduser(), ctx.passphrase())
    restored = (
        tr("Restored 1 record from {path}.")
        if count == 1
        else tr("Restored {count} records from {path}.")
    )
    ctx.print(restored.format(count=count, path=args.path))
    if kept is not None:
        ctx.print(
            tr("The journal it replaced was kept, still encrypted, in {path}.").format(path=kept)
        )
    return 0


def _verify(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    data_key = vault.unlock(ctx.passphrase())
    try:
        version, count = backups.check_database(vault.paths.database, data_key)
    finally:
        wipe(data_key)
    copies = {p.read_bytes() for p in (vault.paths.key, vault.paths.key_copy) if p.exists()}
    if len(copies) != 1:
        raise backups.BadBackup(
            tr(
                "The two copies of the key record differ; open the journal once "
                "to repair them, then verify again."
            )
        )
    whole = (
        tr("Your journal is whole: 1 record, store version {version}, key record copies agree.")
        if count == 1
        else tr(
            "Your journal is whole: {count} records, store version {version}, "
            "key record copies agree."
        )
    )
    ctx.print(whole.format(count=count, version=version))
    return 0
