"""One build step on top of pyproject.toml: ship the top-level ``resources/`` inside the package.

``resources/`` (icons, translations, prompts, crisis lines) sits at the top of
the source tree, outside ``journal_app/``. A wheel only carries what is inside
the package, so building one copies the whole folder, whatever it holds, to
``journal_app/_resources``, where ``journal_app.resource_files`` looks in an
installed copy. An editable install reads ``resources/`` where it is and gets
no copy (a stale copy would hide later edits).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCE = Path(__file__).resolve().parent / "resources"
TARGET = ("journal_app", "_resources")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


class BuildWithResources(build_py):
    """``build_py`` that also copies ``resources/`` into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib).joinpath(*TARGET)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(SOURCE, target, ignore=SKIP)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs: list[str] = list(super().get_outputs(include_bytecode))
        if getattr(self, "editable_mode", False):
            return outputs
        target = Path(self.build_lib).joinpath(*TARGET)
        outputs += [str(path) for path in target.rglob("*") if path.is_file()]
        return outputs


setup(cmdclass={"build_py": BuildWithResources})
