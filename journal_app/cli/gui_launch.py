"""Opening the desktop app from the command line (``journal-app`` with no command)."""

from __future__ import annotations

from journal_app.cli.main import Context


def open_app(ctx: Context, *, demo: bool) -> int:
    from journal_app.app import run

    return run(ctx.data_dir, demo=demo)
