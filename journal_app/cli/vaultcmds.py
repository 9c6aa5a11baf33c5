"""``init``, ``change-passphrase``, ``recover``, ``backup``, ``restore``, ``verify``."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from journal_app.cli.main import NEW_PASSPHRASE_ENV, RECOVERY_CODE_ENV, Context
from journal_app.errors import UsageError
from journal_app.services.journal import Journal
from journal_app.storage import backup as backups
from journal_app.storage.vault import Vault


def register_init(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = sub.add_parser("init", help="create a journal; prints the recovery code once")
    init.set_defaults(func=_init)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    change = sub.add_parser("change-passphrase", help="set a new passphrase")
    change.set_defaults(func=_change_passphrase)

    recover = sub.add_parser("recover", help="set a new passphrase with the recovery code")
    recover.set_defaults(func=_recover)

    backup = sub.add_parser("backup", help="write an encrypted backup")
    backup.add_argument("--out", metavar="PATH", help="the backup file (default: backups folder)")
    backup.set_defaults(func=_backup)

    restore = sub.add_parser("restore", help="replace the journal with a backup")
    restore.add_argument("path", metavar="PATH")
    restore.set_defaults(func=_restore)

    verify = sub.add_parser("verify", help="check that the journal opens and is whole")
    verify.set_defaults(func=_verify)


def _init(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    if vault.exists():
        raise UsageError(f"There is already a journal in {ctx.data_dir}; it was left as it is.")
    passphrase = ctx.secret("JOURNAL_APP_PASSPHRASE", "New passphrase: ", confirm=True)
    journal, code = Journal.create(ctx.data_dir, passphrase)
    journal.close()
    ctx.print(f"Created your journal in {ctx.data_dir}.")
    ctx.print("Keep this recovery code somewhere safe and private. It is shown only once;")
    ctx.print("with it you can set a new passphrase if you forget yours.")
    ctx.print(f"Recovery code: {code}")
    return 0


def _change_passphrase(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    old = ctx.passphrase()
    new = ctx.secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
    vault.change_passphrase(old, new)
    ctx.print("Your passphrase is changed. The old one no longer opens the journal.")
    return 0


def _recover(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    vault.read_key_record()  # says "no journal here" before asking for anything
    code = ctx.secret(RECOVERY_CODE_ENV, "Recovery code: ")
    new = ctx.secret(NEW_PASSPHRASE_ENV, "New passphrase: ", confirm=True)
    vault.recover(code, new)
    ctx.print("Your new passphrase is set. Your recovery code still works; keep it safe.")
    return 0


def _backup(args: argparse.Namespace, ctx: Context) -> int:
    if args.out:
        out = Path(args.out).expanduser()
        if out.is_dir():
            out = out / _backup_name()
    else:
        out = Vault(ctx.data_dir).paths.backups / _backup_name()
    with ctx.open_journal() as journal:
        journal.backup(out)
    ctx.print(f"Encrypted backup written to {out}.")
    ctx.print("It opens with the passphrase you use now (or your recovery code).")
    return 0


def _backup_name() -> str:
    return f"journal-{datetime.now():%Y%m%d-%H%M%S}{backups.BACKUP_SUFFIX}"


def _restore(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    count, kept = backups.restore(vault, Path(args.path).expanduser(), ctx.passphrase())
    ctx.print(f"Restored {count} records from {args.path}.")
    if kept is not None:
        ctx.print(f"The journal it replaced was kept, still encrypted, in {kept}.")
    return 0


def _verify(args: argparse.Namespace, ctx: Context) -> int:
    vault = Vault(ctx.data_dir)
    data_key = vault.unlock(ctx.passphrase())
    version, count = backups.check_database(vault.paths.database, data_key)
    copies = {p.read_bytes() for p in (vault.paths.key, vault.paths.key_copy) if p.exists()}
    if len(copies) != 1:
        raise backups.BadBackup(
            "The two copies of the key record differ; open the journal once "
            "to repair them, then verify again."
        )
    ctx.print(
        f"Your journal is whole: {count} records, store version {version}, key record copies agree."
    )
    return 0
