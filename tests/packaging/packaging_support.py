"""Shared by the packaging tests: the source tree, copying it, unpacking a download."""

from __future__ import annotations

import shutil
import subprocess
import tarfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"

# What a copy of the source tree leaves behind: local environments, builds, caches.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "scratch",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
)


def copy_source(target: Path) -> Path:
    """The source tree as a fresh clone would have it, copied to ``target``."""
    shutil.copytree(ROOT, target, ignore=_NOT_SOURCE)
    return target


def files_under(folder: Path) -> set[str]:
    """Every file below ``folder``, as relative POSIX paths."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


Run = Callable[..., subprocess.CompletedProcess[str]]


def unpack(tarball: Path, into: Path) -> Path:
    """Unpack a download; the one folder it holds."""
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(tarball) as archive:
        archive.extractall(into, filter="tar")
    (folder,) = into.iterdir()
    return folder


def installed_files(home: Path) -> list[Path]:
    return sorted(p for p in home.rglob("*") if p.is_file() or p.is_symlink())
