"""Where the journal lives: ``--data-dir``, else ``JOURNAL_APP_DATA_DIR``, else the platform's."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "journal-app"
DATA_DIR_ENV = "JOURNAL_APP_DATA_DIR"


def default_data_dir() -> Path:
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(given: str | os.PathLike[str] | None) -> Path:
    return Path(given).expanduser() if given else default_data_dir()
