"""The command line: a thin layer over the same services as the desktop app."""

from journal_app.cli.main import main

__all__ = ["main"]
