"""The frozen program's entry point: ``journal-app`` (the app with no command, else the CLI)."""

import sys

from journal_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
