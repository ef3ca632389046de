"""The layers of DESIGN.md, checked on the source: imports point down only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "quizapp"

QT = ("PySide6", "shiboken6")
# Plain Python: no Qt, no database, nothing from the layers above.
PURE = (*QT, "sqlalchemy", "alembic", "quizapp.storage", "quizapp.services", "quizapp.ui")

# What reaches a database: only the services may use it, and only storage may build on it.
DATABASE = ("quizapp.storage", "sqlalchemy", "alembic", "sqlite3")

# package folder (or module) -> top-level modules it must never import
FORBIDDEN = {
    "domain": PURE,
    "generate": PURE,
    "formats": PURE,
    "storage": (*QT, "quizapp.services", "quizapp.ui"),
    "services": (*QT, "quizapp.ui"),
    # The window talks to services only: pages get the bound facade, never a Database.
    "ui": DATABASE,
    # The command line opens, reads and writes its data through the services too.
    "cli.py": (*DATABASE, *QT),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    place = PACKAGE / layer
    files = [place] if place.is_file() else sorted(place.rglob("*.py"))
    assert files, f"quizapp/{layer} has no modules"
    offences = [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path in files
        for module in imported_modules(path)
        if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_only_the_ui_imports_qt() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]
    offences = [
        str(path.relative_to(PACKAGE.parent))
        for path in outside
        if any(m.split(".")[0] in ("PySide6", "shiboken6") for m in imported_modules(path))
    ]
    assert offences == []


@pytest.mark.parametrize("layer", ["services", "ui"])
def test_queries_are_built_in_storage_only(layer: str) -> None:
    """Services and the UI may catch the database's errors, never build its statements."""
    offences = [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for module in imported_modules(path)
        if module in ("sqlalchemy", "sqlalchemy.sql", "quizapp.storage.models", "sqlite3")
    ]
    assert offences == []
