"""Every word a person reads is translated, and the translations keep what the code needs.

- every translatable string in the code (and the writing prompts) has a finished
  translation in every ``resources/translations/*.ts``, none is left over;
- the reading of the code agrees with ``pyside6-lupdate`` wherever lupdate can see;
- every translation keeps each placeholder of its source ({name}, %1, %n), its
  mnemonic and its surrounding spaces;
- the shipped ``.qm`` files are built from the ``.ts`` files as they are;
- no user-visible literal escapes ``tr()``: a scan of the code for texts handed to
  widgets, dialogs, command-line help and output, and error messages.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "journal_app"


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location(
        "journal_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tool = _tool()
TS_FILES = tool.ts_files()


@pytest.fixture(scope="module")
def extracted() -> dict[Any, Any]:
    found, unknown = tool.extract()
    assert [str(u) for u in unknown] == []
    return found


def test_spanish_is_shipped() -> None:
    assert [p.name for p in TS_FILES] == ["journal_app_es.ts"]
    assert (tool.FOLDER / "journal_app_es.qm").is_file()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_in_the_code_is_translated_and_none_is_left_over(
    ts: Path, extracted: dict[Any, Any]
) -> None:
    entries = tool.read_ts(ts)
    missing = [key for key in extracted if key not in entries]
    unfinished = [key for key, entry in entries.items() if not entry.translated]
    left_over = [key for key in entries if key not in extracted]
    assert missing == [], "new strings: run packaging/translations.py update and translate them"
    assert unfinished == [], "strings not translated yet (or marked unfinished)"
    assert left_over == [], "strings no longer in the code: run packaging/translations.py update"
    plural = {key for key, message in extracted.items() if message.numerus}
    assert plural == {key for key, entry in entries.items() if entry.message.numerus}
    assert len(extracted) > 1300  # the whole app: screens, command line, exports, prompts


def test_the_code_reading_sees_everything_lupdate_sees() -> None:
    if tool.lupdate_tool() is None:
        pytest.skip("pyside6-lupdate is not installed")
    mine, _unknown = tool.scan_code()
    theirs = tool.scan_lupdate()
    named = {key: m for key, m in theirs.items() if key[0]}
    assert [key for key in named if key not in mine] == []
    assert [key for key, m in named.items() if m.numerus and not mine[key].numerus] == []
    # What lupdate cannot place (module helpers such as words._tr) has a context here.
    placed = {(source, comment) for _context, source, comment in mine}
    unplaced = [key for key in theirs if not key[0] and (key[1], key[2]) not in placed]
    assert unplaced == []
    assert len(named) > 500 and len(theirs) > len(named)


# {name} (str.format), %(name)s and %s (Python's %), %1 and %n (Qt's).
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%\([a-z_]+\)[sr]|%[srd]|%\d|%n")
MNEMONIC = re.compile(r"&(?=[^&\s])")


def _mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))


def _placeholder_problems(source: str, forms: list[str], numerus: bool) -> list[str]:
    problems = []
    wanted = Counter(PLACEHOLDER.findall(source))
    for index, text in enumerate(forms):
        expected = wanted.copy()
        found = Counter(PLACEHOLDER.findall(text))
        if numerus and index == 0 and "%n" not in found:
            expected.pop("%n", None)  # the singular may say "one" in words
        if set(found) != set(expected):
            problems.append(f"placeholders {sorted(expected)} -> {sorted(found)}")
        if _mnemonics(text) != _mnemonics(source):
            problems.append("the & mnemonic")
        if (source[:1].isspace(), source[-1:].isspace()) != (
            text[:1].isspace(),
            text[-1:].isspace(),
        ):
            problems.append("leading or trailing space")
    return problems


def test_the_placeholder_check_itself() -> None:
    assert _placeholder_problems("Hi {name}", ["Hola {name}"], False) == []
    assert _placeholder_problems("Hi {name}", ["Hola {nombre}"], False)
    assert _placeholder_problems("%n days", ["un día", "%n días"], True) == []
    assert _placeholder_problems("%n days", ["%n día", "días"], True)
    assert _placeholder_problems("&Save", ["Guardar"], False) == ["the & mnemonic"]
    assert _placeholder_problems("Type: ", ["Escribe:"], False) == ["leading or trailing space"]
    assert _placeholder_problems("{{x}} {a}", ["{{x}} {a}"], False) == []
    assert _placeholder_problems("bad %(value)r: %s", ["mal %(value)r: %s"], False) == []
    assert _placeholder_problems("bad %(value)r: %s", ["mal %(valor)r: %s"], False)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_keeps_every_placeholder_of_its_source(ts: Path) -> None:
    problems = {
        f"{key[0]}: {key[1]!r}": found
        for key, entry in tool.read_ts(ts).items()
        if (found := _placeholder_problems(key[1], entry.translation, entry.message.numerus))
    }
    assert problems == {}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_shipped_qm_is_built_from_the_ts(ts: Path, tmp_path: Path) -> None:
    if tool.lrelease_tool() is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / ts.with_suffix(".qm").name
    tool.compile_ts(ts, fresh)
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
        "run packaging/translations.py build"
    )


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_a_ts_file_reads_back_as_it_was_written(ts: Path, tmp_path: Path) -> None:
    """Tools that read and write a .ts (update, a translator's script) change nothing else."""
    entries = tool.read_ts(ts)
    places = {f for entry in entries.values() for f, _line in entry.message.places}
    assert all((ROOT / f).is_file() for f in places), "locations name files of this checkout"
    copy = tmp_path / ts.name
    tool.write_ts(copy, "es", entries.values())

    def seen(found: dict[Any, Any]) -> dict[Any, Any]:
        return {
            key: (e.translation, e.finished, e.message.numerus, sorted(e.message.places))
            for key, e in found.items()
        }

    assert seen(tool.read_ts(copy)) == seen(entries)


def test_plural_forms_come_out_for_each_count() -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(tool.FOLDER / "journal_app_es.qm"))
    one = translator.translate("summary", "%n times", None, 1)
    many = translator.translate("summary", "%n times", None, 3)
    assert (one, many) == ("%n vez", "%n veces")
    assert translator.translate("MainView", "Today") == "Hoy"


# -- the scanner on a small made-up package ------------------------------------------------


def test_the_reading_follows_helpers_across_modules_and_flags_what_it_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "pkg"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "core" / "__init__.py").write_text(
        "from journal_app.i18n import translate\n"
        "CTX = 'core'\n"
        "def tr(text):\n    return translate(CTX, text)\n"
    )
    (package / "core" / "use.py").write_text(
        "from pkg.core import tr as say\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "def counted(source, n=-1):\n"
        "    return QCoreApplication.translate('count', source, None, n)\n"
        "def f(count, word):\n"
        "    say('Hello')\n"
        "    say(word)\n"
        "    counted('%n days', count)\n"
        "    counted('Plain')\n"
        "    'abc'.translate(None)\n"
        "class View:\n"
        "    def g(self, other):\n"
        "        self.tr('In a class')\n"
        "        self.tr('%n items', '', 3)\n"
        "        other.tr('Whose?')\n"
    )
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    found, unknown = tool.scan_code(package)
    assert {key: m.numerus for key, m in found.items()} == {
        ("core", "Hello", ""): False,
        ("count", "%n days", ""): True,
        ("count", "Plain", ""): False,
        ("View", "In a class", ""): False,
        ("View", "%n items", ""): True,
    }
    assert sorted((u.line, u.why) for u in unknown) == [
        (7, "say() of a variable"),
        (15, "a tr() not called on self: its context is unknown"),
    ]


# -- nothing visible escapes tr() ------------------------------------------------------------

# Qt calls that show their text argument(s): method -> positions of the text.
TEXT_METHODS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        (
            "setText",
            "setToolTip",
            "setPlaceholderText",
            "setWindowTitle",
            "setAccessibleName",
            "setAccessibleDescription",
            "setStatusTip",
            "setWhatsThis",
            "setTitle",
            "setLabelText",
            "setPrefix",
            "setSuffix",
            "setSpecialValueText",
            "setPlainText",
            "setHtml",
            "showMessage",
            "setHeaderLabel",
            "setWindowIconText",
            "setCancelButtonText",
            "addItem",
            "addAction",
            "addRow",
            "setDefaultSuffix",
        ),
        (0,),
    ),
    "setItemText": (1,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "insertItem": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "addItems": (0,),
    "setHeaderLabels": (0,),
    "drawText": (-1,),
    # QMessageBox / QInputDialog / QFileDialog statics: title and text (or filter).
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    # The command line: what it prints, and argparse's help.
    "print": (0,),
    "add_argument_group": (0, 1),
    "error": (0,),
}
WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QAction",
    "QMessageBox",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QTableWidgetItem",
    "QCommandLinkButton",
    "QDialogButtonBox",
}
HELP_KEYWORDS = {"help", "description", "epilog", "title", "usage"}
# Parameters of the app's own helpers that hold words to show (wrap_label(text), ...).
TEXT_PARAMETERS = {
    "text",
    "title",
    "heading",
    "label",
    "hint",
    "low_hint",
    "high_hint",
    "message",
    "caption",
    "paragraphs",
    "question",
    "placeholder",
    "accessible_name",
}
# Not words: option names, the program's name, format fields, a recovery code's shape.
NOT_WORDS = re.compile(r"--[a-z][a-z-]*|journal-app|\{[^{}]*\}|\bX{4}\b")
LETTERS = re.compile(r"[^\W\d_]{2,}")

# Literals shown on purpose, each with its reason.
ALLOWED = {
    ("journal_app/cli/vaultcmds.py", "Recovery code: "): "a contract line scripts read",
    ("journal_app/app.py", "shown "): "the start-up report for benchmarks and smoke tests",
    ("journal_app/ui/main_view.py", "a page failed to open ("): "a log line on stderr",
}


def _words(node: ast.AST) -> list[str]:
    """The literal text pieces of ``node`` that hold words (``tr(...)`` calls are not)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        pieces = [node.value]
    elif isinstance(node, ast.JoinedStr):
        pieces = [v.value for v in node.values if isinstance(v, ast.Constant)]
    elif isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    elif isinstance(node, ast.List | ast.Tuple):
        return [w for element in node.elts for w in _words(element)]
    else:
        return []
    return [str(p) for p in pieces if LETTERS.search(NOT_WORDS.sub("", str(p)))]


def _classes_below(trees: dict[Path, ast.Module], roots: set[str]) -> set[str]:
    found = set(roots)
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in found:
                    bases = {
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "")
                        for b in node.bases
                    }
                    if bases & found:
                        found.add(node.name)
                        changed = True
    return found


def _text_parameters(trees: dict[Path, ast.Module]) -> dict[str, dict[int | str, str]]:
    """The app's own functions and classes whose parameters take words to show."""
    found: dict[str, dict[int | str, str]] = {}
    for path, tree in trees.items():
        if "ui" not in path.parts:
            continue
        for node in tree.body:
            function, name = None, None
            if isinstance(node, ast.FunctionDef):
                function, name = node, node.name
            elif isinstance(node, ast.ClassDef):
                function = next(
                    (
                        f
                        for f in node.body
                        if isinstance(f, ast.FunctionDef) and f.name == "__init__"
                    ),
                    None,
                )
                name = node.name
            if function is None or name is None:
                continue
            params = [a.arg for a in function.args.posonlyargs + function.args.args]
            if params and params[0] in ("self", "cls"):
                params = params[1:]
            slots: dict[int | str, str] = {
                i: p for i, p in enumerate(params) if p in TEXT_PARAMETERS
            }
            slots.update({p: p for p in params if p in TEXT_PARAMETERS})
            if function.args.vararg and function.args.vararg.arg in TEXT_PARAMETERS:
                slots["*"] = function.args.vararg.arg
                slots["*from"] = str(len(params))
            if any(k != "*from" for k in slots):
                found[name] = slots
    return found


def escaped_literals(package: Path = PACKAGE) -> list[str]:
    trees = {p: ast.parse(p.read_text("utf-8"), str(p)) for p in sorted(package.rglob("*.py"))}
    # ValidationError(field, message): the field is a key; only the message is shown.
    message_second = _classes_below(trees, {"ValidationError"})
    known_errors = _classes_below(trees, {"KnownError"}) - message_second
    translating = {"tr", "_tr", "translate"}
    for tree in trees.values():
        translating.update(tool._helpers(tree, tool._constants(tree)))
    helpers = {k: v for k, v in _text_parameters(trees).items() if k not in translating}
    found = []
    for path, tree in trees.items():
        file = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            shown: list[ast.AST] = []
            if name == "error" and "parser" not in ast.unparse(func):
                name = ""  # only argparse's parser.error(message) prints its argument
            if name in TEXT_METHODS:
                shown += [
                    node.args[i]
                    for i in TEXT_METHODS[name]
                    if -len(node.args) <= i < len(node.args)
                ]
            if name in WIDGETS or name in known_errors or name == "BadZipFile":
                shown += node.args
            if name in message_second:
                shown += node.args[1:2]
            if name in helpers:
                slots = helpers[name]
                for i, arg in enumerate(node.args):
                    if i in slots or ("*" in slots and i >= int(slots["*from"])):
                        shown.append(arg)
                shown += [k.value for k in node.keywords if k.arg in slots]
            shown += [k.value for k in node.keywords if k.arg in HELP_KEYWORDS]
            for arg in dict.fromkeys(shown):
                for words in _words(arg):
                    if not any(f == file and w in words for f, w in ALLOWED):
                        found.append(f"{file}:{node.lineno}: {words!r}")
    return found


def test_no_user_visible_literal_escapes_tr() -> None:
    assert escaped_literals() == []


def test_the_escape_scan_finds_what_it_should(tmp_path: Path) -> None:
    package = tmp_path / "journal_app"
    (package / "ui").mkdir(parents=True)
    (package / "ui" / "view.py").write_text(
        "def wrap_label(text='', parent=None):\n    pass\n"
        "class KnownError(Exception):\n    pass\n"
        "class Oops(KnownError):\n    pass\n"
        "def build(self, box, parser, count):\n"
        "    box.setText('Hello there')\n"
        "    box.setText(self.tr('Fine'))\n"
        "    box.addItem('Light', 'light')\n"
        "    box.addItem(self.tr('Dark'), 'dark')\n"
        "    QPushButton(f'Save {count}')\n"
        "    wrap_label('A quiet hint')\n"
        "    wrap_label(parent=None, text='Also a hint')\n"
        "    parser.add_argument('--week', help='the week')\n"
        "    raise Oops('Something broke')\n"
        "    box.setPlaceholderText('XXXX-XXXX')\n"
        "    box.setText('--week: ' + self.tr('bad'))\n"
        "    box.setText(', ')\n"
    )
    found = [line.split(": ", 1)[1] for line in escaped_literals(package)]
    assert sorted(found) == sorted(
        [
            "'Hello there'",
            "'Light'",
            "'Save '",
            "'A quiet hint'",
            "'Also a hint'",
            "'the week'",
            "'Something broke'",
        ]
    )
