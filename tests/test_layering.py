"""The layering of DESIGN.md, checked by walking every import in the package.

ui and cli → services → storage → domain; insights and exchange never reach
the widgets; storage never imports Qt at all; the UI never runs SQL.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "journal_app"

# layer: module prefixes it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "PySide6",
        "sqlcipher3",
        "sqlite3",
        "journal_app.storage",
        "journal_app.services",
        "journal_app.insights",
        "journal_app.exchange",
        "journal_app.ui",
        "journal_app.cli",
    ),
    "storage": (
        "PySide6",
        "journal_app.services",
        "journal_app.insights",
        "journal_app.exchange",
        "journal_app.ui",
        "journal_app.cli",
    ),
    "insights": (
        "PySide6.QtWidgets",
        "PySide6.QtGui",
        "sqlcipher3",
        "sqlite3",
        "journal_app.storage",
        "journal_app.services",
        "journal_app.exchange",
        "journal_app.ui",
        "journal_app.cli",
    ),
    "exchange": ("PySide6.QtWidgets", "journal_app.ui", "journal_app.cli"),
    "services": ("PySide6", "journal_app.ui", "journal_app.cli"),
    "ui": ("sqlcipher3", "sqlite3", "journal_app.storage.database", "journal_app.cli"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def sources(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    assert sources(layer), f"no modules found in {layer}"
    problems = [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path in sources(layer)
        for module in sorted(imported_modules(path))
        if module.startswith(FORBIDDEN[layer])
    ]
    assert not problems, "\n".join(problems)


def test_the_ui_runs_no_sql() -> None:
    keywords = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "PRAGMA ", ".execute(")
    problems = [
        f"{path.relative_to(PACKAGE.parent)}: {word.strip()}"
        for path in sources("ui")
        for word in keywords
        if word in path.read_text("utf-8")
    ]
    assert not problems, "\n".join(problems)


def test_the_walk_catches_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtWidgets import QLabel\nimport journal_app.ui.theme\n")
    assert {"PySide6.QtWidgets", "journal_app.ui.theme"} <= imported_modules(module)
