"""Where the files in the top-level ``resources/`` folder are found at run time.

``resources/`` (icons, translations, writing prompts, crisis lines) sits at the
top of the source tree, as the design card asks. The same folder is found:

- in a source checkout or an editable install: ``<checkout>/resources``;
- in an installed wheel: ``journal_app/_resources`` (copied in at build time);
- in a frozen bundle (PyInstaller): ``<bundle>/resources``;
- or wherever ``JOURNAL_APP_RESOURCES`` points (tests, packagers).

Only ``os``, ``sys`` and ``pathlib``: the command line stays light.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "JOURNAL_APP_RESOURCES"


def _candidates() -> list[Path]:
    found: list[Path] = []
    env = os.environ.get(RESOURCES_ENV)
    if env:
        found.append(Path(env))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    found.append(here / "_resources")
    found.append(here.parent / "resources")
    return found


def resources_dir() -> Path:
    """The resources folder (the first candidate that exists; the source one otherwise)."""
    candidates = _candidates()
    for folder in candidates:
        if folder.is_dir():
            return folder
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    """A file or folder inside ``resources/`` (it may not exist)."""
    return resources_dir().joinpath(*parts)
