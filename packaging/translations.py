"""The app's translations: find every translatable string, keep the ``.ts`` files, build ``.qm``.

    python packaging/translations.py update [--new LANG]   code -> resources/translations/*.ts
    python packaging/translations.py build                 *.ts -> *.qm (pyside6-lrelease)
    python packaging/translations.py check                 exit 1 if anything is out of date
    python packaging/translations.py pseudo DIR [--lang L] DIR/journal_app_L.qm, every string
                                                           stretched by 40% (to find clipped text)

Where the strings come from. ``pyside6-lupdate`` reads ``self.tr("…")`` (context: the class)
and ``translate("context", "…")``. Three things it cannot see are added by a small reading
of the code with Python's ``ast``, which finds every one of the others too (a test checks
that the two agree on everything lupdate sees):

- module helpers such as ``words._tr(text)`` or ``storage.tr(text)``, which pass their
  argument on to ``translate(CONTEXT, text)``: a call ``_tr("Close people")`` belongs to
  that helper's context, in the module that defines it and in every module importing it
  (lupdate files these under no context at all);
- plural forms whose count is a variable, ``QCoreApplication.translate(ctx, "%n x", None,
  count)`` (lupdate takes ``count`` for an encoding name and drops the plural);
- texts kept as data: the writing prompts (``resources/prompts/prompts.json``,
  context ``prompts``), argparse's own words (``journal_app/cli/argparse_words.py``,
  context ``argparse``) and Qt's own words its translation lacks
  (``journal_app/ui/qt_words.py``).

``update`` keeps every translation already written; a string that is new, or whose English
changed, is left unfinished (with the old translation of a near-identical English text as
a suggestion), and a string no longer in the code is dropped. ``build`` compiles what is
there; the compiled ``.qm`` files are committed, so a checkout, a wheel and the frozen
bundle all carry them without a build step (``check`` says when one is stale).
"""

from __future__ import annotations

import argparse
import ast
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "journal_app"
FOLDER = ROOT / "resources" / "translations"
PREFIX = "journal_app_"
SOURCE_LANGUAGE = "en"
PROMPTS_CONTEXT = "prompts"
ARGPARSE_CONTEXT = "argparse"
# Contexts whose texts are listed as data, not written in calls (``translate(CONTEXT, text)``).
DATA_CONTEXTS = (PROMPTS_CONTEXT, ARGPARSE_CONTEXT)

Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""  # Qt's disambiguation
    numerus: bool = False
    places: list[tuple[str, int]] = field(default_factory=list)  # (file, line)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Unknown:
    """A translation call whose text or context cannot be read from the code."""

    file: str
    line: int
    why: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.why}"


# -- reading the code -------------------------------------------------------------------


@dataclass(frozen=True)
class _Helper:
    """A function that hands its ``text`` argument to ``translate(context, text)``."""

    context: str
    text_index: int
    count_index: int | None  # the argument that is the plural count, if any
    count_name: str | None


def _string(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Constant)
            and isinstance(value.value, str)
        ):
            found[target.id] = value.value
    return found


def _is_translate(call: ast.Call) -> bool:
    """``translate(…)`` or ``<anything>.translate(…)``."""
    func = call.func
    return (isinstance(func, ast.Name) and func.id == "translate") or (
        isinstance(func, ast.Attribute) and func.attr == "translate"
    )


def _count_argument(call: ast.Call, position: int) -> ast.AST | None:
    """The plural count of a ``tr``/``translate`` call (positional ``position`` or ``n=``)."""
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == "n"), None)


def _helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, _Helper]:
    helpers: dict[str, _Helper] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.posonlyargs + node.args.args]
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and _is_translate(call) and len(call.args) >= 2):
                continue
            context, text = _string(call.args[0], constants), call.args[1]
            if context is None or not (isinstance(text, ast.Name) and text.id in params):
                continue
            count = _count_argument(call, 3)
            count_name = count.id if isinstance(count, ast.Name) and count.id in params else None
            helpers[node.name] = _Helper(
                context,
                params.index(text.id),
                params.index(count_name) if count_name else None,
                count_name,
            )
            break
    return helpers


class _Reader(ast.NodeVisitor):
    def __init__(
        self,
        file: str,
        constants: dict[str, str],
        helpers: dict[str, _Helper],
        found: dict[Key, Message],
        unknown: list[Unknown],
    ) -> None:
        self.file = file
        self.constants = constants
        self.helpers = helpers
        self.found = found
        self.unknown = unknown
        self.classes: list[str] = []
        self.functions: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def _add(self, context: str, source: str, comment: str, numerus: bool, line: int) -> None:
        message = self.found.setdefault(
            (context, source, comment), Message(context, source, comment)
        )
        message.numerus = message.numerus or numerus
        message.places.append((self.file, line))

    def _inside_helper(self) -> bool:
        """The helper's own body passes a variable on: not a call site."""
        return not self.classes and bool(self.functions) and self.functions[0] in self.helpers

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            self._method_tr(node, func)
        elif _is_translate(node) and len(node.args) >= 2:
            self._translate(node)
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            self._helper(node, self.helpers[func.id], func.id)
        self.generic_visit(node)

    def _method_tr(self, node: ast.Call, func: ast.Attribute) -> None:
        if not (isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes):
            self.unknown.append(
                Unknown(self.file, node.lineno, "a tr() not called on self: its context is unknown")
            )
            return
        text = _string(node.args[0] if node.args else None, {})
        if text is None:
            self.unknown.append(Unknown(self.file, node.lineno, "self.tr() of a variable"))
            return
        comment = _string(node.args[1], {}) if len(node.args) > 1 else None
        self._add(
            self.classes[-1], text, comment or "", _count_argument(node, 2) is not None, node.lineno
        )

    def _translate(self, node: ast.Call) -> None:
        context = _string(node.args[0], self.constants)
        if context is None:
            return  # str.translate(table), bytes.translate(None, chars): not Qt's
        text = _string(node.args[1], {})
        if text is None:
            if not self._inside_helper() and context not in DATA_CONTEXTS:
                self.unknown.append(Unknown(self.file, node.lineno, "translate() of a variable"))
            return
        comment = _string(node.args[2], {}) if len(node.args) > 2 else None
        self._add(context, text, comment or "", _count_argument(node, 3) is not None, node.lineno)

    def _helper(self, node: ast.Call, helper: _Helper, name: str) -> None:
        argument = node.args[helper.text_index] if len(node.args) > helper.text_index else None
        text = _string(argument, {})
        if text is None:
            if not self._inside_helper() and helper.context not in DATA_CONTEXTS:
                self.unknown.append(Unknown(self.file, node.lineno, f"{name}() of a variable"))
            return
        count = None
        if helper.count_index is not None:
            count = _count_argument(node, helper.count_index)
            if count is None and helper.count_name is not None:
                count = next((k.value for k in node.keywords if k.arg == helper.count_name), None)
        self._add(helper.context, text, "", count is not None, node.lineno)


def _imported_helpers(
    tree: ast.Module, module: str, helpers: dict[str, dict[str, _Helper]]
) -> dict[str, _Helper]:
    found: dict[str, _Helper] = {}
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom):
            continue
        source = node.module or ""
        if node.level:
            base = module.split(".")[: -node.level]
            source = ".".join([*base, source] if source else base)
        for alias in node.names:
            helper = helpers.get(source, {}).get(alias.name)
            if helper is not None:
                found[alias.asname or alias.name] = helper
    return found


def _python_files(package: Path) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "_resources" not in p.parts)


def scan_code(package: Path = PACKAGE) -> tuple[dict[Key, Message], list[Unknown]]:
    """Every translatable string in the package's code, and the calls that could not be read."""
    trees = {path: ast.parse(path.read_text("utf-8"), str(path)) for path in _python_files(package)}
    constants = {path: _constants(tree) for path, tree in trees.items()}
    helpers = {_module_name(path): _helpers(tree, constants[path]) for path, tree in trees.items()}
    found: dict[Key, Message] = {}
    unknown: list[Unknown] = []
    for path, tree in trees.items():
        module = _module_name(path)
        usable = {**_imported_helpers(tree, module, helpers), **helpers[module]}
        file = path.relative_to(ROOT).as_posix()
        _Reader(file, constants[path], usable, found, unknown).visit(tree)
    return found, unknown


def scan_prompts() -> dict[Key, Message]:
    """The writing prompts and reflections, translated in the context ``prompts``."""
    sys.path.insert(0, str(ROOT))
    from journal_app.services.prompts import load_prompts

    found: dict[Key, Message] = {}
    for prompt in load_prompts().all():
        message = Message(PROMPTS_CONTEXT, prompt.source)
        message.places.append(("resources/prompts/prompts.json", 0))
        found.setdefault(message.key, message)
    return found


def scan_argparse() -> dict[Key, Message]:
    """argparse's own words, as ``journal_app.cli.argparse_words`` lists them."""
    sys.path.insert(0, str(ROOT))
    from journal_app.cli.argparse_words import CONTEXT, WORDS

    found: dict[Key, Message] = {}
    for text in WORDS:
        message = Message(CONTEXT, text)
        message.places.append(("journal_app/cli/argparse_words.py", 0))
        found.setdefault(message.key, message)
    return found


def qt_tool(name: str) -> str | None:
    """PySide6's ``pyside6-<name>`` beside this Python (a virtual environment), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    return str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")


def scan_qt_words() -> dict[Key, Message]:
    """Qt's own words its translations lack, as ``journal_app.ui.qt_words`` lists them."""
    sys.path.insert(0, str(ROOT))
    from journal_app.ui.qt_words import WORDS

    found: dict[Key, Message] = {}
    for context, text, comment in WORDS:
        message = Message(context, text, comment)
        message.places.append(("journal_app/ui/qt_words.py", 0))
        found.setdefault(message.key, message)
    return found


def lupdate_tool() -> str | None:
    return qt_tool("lupdate")


def lrelease_tool() -> str | None:
    return qt_tool("lrelease")


def scan_lupdate(package: Path = PACKAGE) -> dict[Key, Message]:
    """What ``pyside6-lupdate`` finds in the package (its no-context messages included)."""
    tool = lupdate_tool()
    if tool is None:
        raise SystemExit("translations: pyside6-lupdate is not installed (pip install -e .)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "lupdate.ts"
        subprocess.run(
            [
                tool,
                "-silent",
                "-extensions",
                "py",
                "-locations",
                "absolute",
                str(package),
                "-ts",
                str(out),
            ],
            check=True,
            capture_output=True,
        )
        return {key: entry.message for key, entry in read_ts(out).items()}


def extract(package: Path = PACKAGE) -> tuple[dict[Key, Message], list[Unknown]]:
    """Every string to translate: lupdate's, the helpers' and the data files'."""
    found, unknown = scan_code(package)
    for key, message in scan_lupdate(package).items():
        if not message.context:
            continue  # a module helper's call: scan_code gave it its context
        mine = found.setdefault(key, message)
        mine.numerus = mine.numerus or message.numerus
    for key, message in {**scan_prompts(), **scan_argparse(), **scan_qt_words()}.items():
        found.setdefault(key, message)
    return found, unknown


# -- .ts files ----------------------------------------------------------------------------


@dataclass
class Entry:
    """A message of a ``.ts`` file with its translation (a list of forms when plural)."""

    message: Message
    translation: list[str]
    finished: bool
    vanished: bool = False

    @property
    def translated(self) -> bool:
        return self.finished and all(self.translation) and bool(self.translation)


def _text(element: ET.Element | None) -> str:
    return "" if element is None else "".join(element.itertext())


def read_ts(path: Path) -> dict[Key, Entry]:
    root = ET.parse(path).getroot()  # noqa: S314 - our own .ts files, or lupdate's
    entries: dict[Key, Entry] = {}
    for context in root.iter("context"):
        name = _text(context.find("name"))
        for element in context.iter("message"):
            numerus = element.get("numerus") == "yes"
            message = Message(
                name, _text(element.find("source")), _text(element.find("comment")), numerus
            )
            for location in element.iter("location"):
                message.places.append(
                    (_from_ts(path, location.get("filename", "")), int(location.get("line") or 0))
                )
            translation = element.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if numerus and translation is not None:
                forms = [_text(f) for f in translation.iter("numerusform")]
            else:
                forms = [_text(translation)]
            entries[message.key] = Entry(
                message, forms, kind == "", vanished=kind in ("vanished", "obsolete")
            )
    return entries


def _from_ts(ts: Path, filename: str) -> str:
    """A location as the ``.ts`` writes it (relative to its folder) as a path in the checkout."""
    where = Path(os.path.normpath(ts.parent / filename))
    return where.relative_to(ROOT).as_posix() if where.is_relative_to(ROOT) else filename


def _language_of(path: Path) -> str:
    return path.stem[len(PREFIX) :]


def plural_forms(language: str) -> int:
    """How many plural forms Qt knows for ``language`` (Spanish: 2, like English)."""
    few = {"ja": 1, "ko": 1, "zh": 1, "tr": 1, "vi": 1, "th": 1, "id": 1}
    three = {"pl", "ru", "uk", "cs", "sk", "hr", "sr", "lt", "lv", "ro", "bs"}
    base = language.split("_")[0]
    if base in few:
        return few[base]
    return 3 if base in three else 2


def merge(extracted: dict[Key, Message], existing: dict[Key, Entry], language: str) -> list[Entry]:
    """The new file's entries: translations kept, new ones unfinished, gone ones dropped."""
    forms = plural_forms(language)
    gone = [e for k, e in existing.items() if k not in extracted and e.translated]
    merged: list[Entry] = []
    for key, message in extracted.items():
        old = existing.get(key)
        if old is not None and old.translated and old.message.numerus == message.numerus:
            merged.append(Entry(message, old.translation, True))
            continue
        if old is not None and any(old.translation):
            guess = old.translation  # kept, to be looked at again
        else:
            guess = _suggestion(message, gone)
        if message.numerus:
            guess = (guess + [guess[-1] if guess else ""] * forms)[:forms]
        else:
            guess = guess[:1] or [""]
        merged.append(Entry(message, guess, False))
    return merged


def _suggestion(message: Message, gone: list[Entry]) -> list[str]:
    """The translation of the most similar English text that left this context."""
    best, score = None, 0.85
    for entry in gone:
        if entry.message.context != message.context:
            continue
        ratio = difflib.SequenceMatcher(None, entry.message.source, message.source).ratio()
        if ratio > score:
            best, score = entry, ratio
    return list(best.translation) if best else []


def _order(entries: Iterable[Entry]) -> list[Entry]:
    """By context, then file, then English text: an order that no line number moves,
    so a change to the code changes only its own strings in the file."""

    def place(entry: Entry) -> tuple[str, str, str]:
        first = min((file for file, _line in entry.message.places), default="")
        return (first, entry.message.source, entry.message.comment)

    return sorted(entries, key=lambda e: (e.message.context, place(e)))


def _xml(text: str) -> str:
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> None:
    """A ``.ts`` file as Qt Linguist writes it; locations name the file only (no lines)."""
    relative = Path(os.path.relpath(ROOT, path.parent))
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="{SOURCE_LANGUAGE}">',
    ]
    context = None
    for entry in _order(entries):
        message = entry.message
        if message.context != context:
            if context is not None:
                lines.append("</context>")
            context = message.context
            lines += ["<context>", f"    <name>{_xml(context)}</name>"]
        numerus = ' numerus="yes"' if message.numerus else ""
        lines.append(f"    <message{numerus}>")
        for file in sorted({f for f, _line in message.places}):
            lines.append(f'        <location filename="{_xml((relative / file).as_posix())}"/>')
        lines.append(f"        <source>{_xml(message.source)}</source>")
        if message.comment:
            lines.append(f"        <comment>{_xml(message.comment)}</comment>")
        kind = "" if entry.finished else ' type="unfinished"'
        if message.numerus:
            lines.append(f"        <translation{kind}>")
            for form in entry.translation:
                lines.append(f"            <numerusform>{_xml(form)}</numerusform>")
            lines.append("        </translation>")
        else:
            lines.append(f"        <translation{kind}>{_xml(entry.translation[0])}</translation>")
        lines.append("    </message>")
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", "utf-8")


def ts_files(folder: Path = FOLDER) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}*.ts"))


def update(new: list[str] | None = None, folder: Path = FOLDER) -> list[str]:
    """Bring every ``.ts`` file in line with the code. Returns one line per file."""
    extracted, unknown = extract()
    for problem in unknown:
        print(f"translations: cannot read {problem}", file=sys.stderr)
    paths = ts_files(folder) + [folder / f"{PREFIX}{lang}.ts" for lang in new or []]
    report = []
    for path in dict.fromkeys(paths):
        language = _language_of(path)
        existing = read_ts(path) if path.exists() else {}
        entries = merge(extracted, existing, language)
        write_ts(path, language, entries)
        open_ = sum(1 for e in entries if not e.translated)
        report.append(f"{path.name}: {len(entries)} strings, {open_} to translate")
    return report


# -- .qm files ----------------------------------------------------------------------------


def compile_ts(source: Path, target: Path) -> None:
    tool = lrelease_tool()
    if tool is None:
        raise SystemExit("translations: pyside6-lrelease is not installed (pip install -e .)")
    subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)


def build(folder: Path = FOLDER) -> list[Path]:
    built = []
    for source in ts_files(folder):
        target = source.with_suffix(".qm")
        compile_ts(source, target)
        built.append(target)
    return built


def check(folder: Path = FOLDER) -> list[str]:
    """What is out of date: strings untranslated or gone, stale ``.qm`` files, unread calls."""
    extracted, unknown = extract()
    problems = [f"cannot read {u}" for u in unknown]
    for path in ts_files(folder):
        entries = read_ts(path)
        missing = [k for k in extracted if k not in entries or not entries[k].translated]
        extra = [k for k in entries if k not in extracted]
        if missing:
            problems.append(f"{path.name}: {len(missing)} strings not translated yet")
        if extra:
            problems.append(f"{path.name}: {len(extra)} strings no longer in the code")
        qm = path.with_suffix(".qm")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            compile_ts(path, fresh)
            if not qm.exists() or qm.read_bytes() != fresh.read_bytes():
                problems.append(f"{qm.name} is not built from {path.name}: run build")
    return problems


# -- pseudo-translation ---------------------------------------------------------------------

STRETCH = 1.4
_ACCENTED = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")
# Kept as they are: format fields ({n}, %(name)s, %s), Qt's %1 and %n, mnemonics, tags.
_PROTECTED = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%\([a-z_]+\)[sr]|%[srd]|%\d|%n|&&|&(?=\S)|<[^<>]+>")


def _pieces(text: str) -> Iterator[tuple[bool, str]]:
    at = 0
    for match in _PROTECTED.finditer(text):
        if match.start() > at:
            yield False, text[at : match.start()]
        yield True, match.group(0)
        at = match.end()
    if at < len(text):
        yield False, text[at:]


def pseudo(text: str) -> str:
    """``text`` accented and stretched to 140% of its length, placeholders untouched.

    ``"&Save"`` becomes ``"[&Sávé ~~]"``: the brackets show where a string starts and
    ends on screen, and the filler (words that may wrap) makes it 40% longer.
    """
    if not text.strip():
        return text
    body = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    accented = "".join(p if kept else p.translate(_ACCENTED) for kept, p in _pieces(body))
    extra = max(2, round(len(body) * (STRETCH - 1)) - 2)  # the brackets count too
    filler = " ".join("~" * min(6, extra - i) for i in range(0, extra, 7)).strip()
    return f"{lead}[{accented} {filler}]{trail}"


def pseudo_ts(path: Path, language: str, extracted: dict[Key, Message]) -> None:
    entries = [
        Entry(m, [pseudo(m.source)] * (plural_forms(language) if m.numerus else 1), True)
        for m in extracted.values()
    ]
    write_ts(path, language, entries)


def build_pseudo(folder: Path, language: str = "es") -> Path:
    """``folder/journal_app_<language>.qm`` holding the pseudo-translation of every string."""
    extracted, _unknown = extract()
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{PREFIX}{language}.ts"
    pseudo_ts(source, language, extracted)
    target = source.with_suffix(".qm")
    compile_ts(source, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("update", help="bring the .ts files in line with the code")
    up.add_argument("--new", action="append", metavar="LANG", help="start a new language")
    commands.add_parser("build", help="compile every .ts into its .qm")
    commands.add_parser("check", help="say what is out of date; exit 1 if anything is")
    ps = commands.add_parser("pseudo", help="a pseudo-translation, 40%% longer, for layouts")
    ps.add_argument("folder", type=Path)
    ps.add_argument("--lang", default="es", help="the language it stands in for (default es)")
    args = parser.parse_args(argv)
    if args.command == "update":
        print("\n".join(update(args.new)))
    elif args.command == "build":
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
    elif args.command == "check":
        problems = check()
        print("\n".join(problems) or "translations are complete and built")
        return 1 if problems else 0
    else:
        print(build_pseudo(args.folder, args.lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
