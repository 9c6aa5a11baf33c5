"""Programs some tests need from the system (Xvfb, D-Bus, AT-SPI, desktop-file-utils...).

On a developer's machine a missing one skips the test; in CI (``CI`` set) it fails,
because ``.ci/run`` installs every one of them and a skip there would hide a gap.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest


def require(name: str, *folders: str) -> str:
    """The path of program ``name`` (on PATH, or in one of ``folders``)."""
    found = shutil.which(name)
    for folder in folders:
        if found is None and (Path(folder) / name).is_file():
            found = str(Path(folder) / name)
    if found is None:
        message = f"{name} is not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found
