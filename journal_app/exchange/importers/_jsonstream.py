"""JSON read as a stream: the big list in a file one item at a time.

Every JSON file an importer reads is an object or a list whose bulk is one
long list (Day One's ``entries``, Pixels' days, our own ``records``). Parsing
the whole file at once holds the text and every parsed object together
(a 300 MB file took 1.5 GB); here the text is read in chunks and each item
is parsed by ``json`` on its own and handed over, so only the records built
from them stay.

Errors say the line and column, counted over the whole file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import json_problem, tr
from journal_app.exchange.importers._source import Source, as_source, text_stream

_CHUNK = 1 << 20
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class JsonReader:
    """A cursor over JSON text: ``peek`` what comes, then ``value``, ``items`` or ``members``.

    ``items()`` walks a list and ``members()`` an object (yielding each name;
    the caller then reads or ``skip``s its value). ``finish()`` checks that
    nothing follows the top-level value.
    """

    def __init__(self, text: IO[str], what: str) -> None:
        self._text = text
        self._what = what
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._line = 1  # the line of _buf[0]
        self._col = 0  # the column (from 0) of _buf[0]

    # -- the buffer ----------------------------------------------------------------

    def _more(self, at_least: int = _CHUNK) -> None:
        """Drop what was read, then read at least ``at_least`` more characters (or to the end)."""
        if self._pos:
            gone = self._buf[: self._pos]
            newlines = gone.count("\n")
            if newlines:
                self._line += newlines
                self._col = len(gone) - gone.rfind("\n") - 1
            else:
                self._col += len(gone)
            self._buf = self._buf[self._pos :]
            self._pos = 0
        parts = [self._buf]
        wanted = at_least
        while wanted > 0 and not self._eof:
            chunk = self._text.read(max(_CHUNK, wanted))
            if not chunk:
                self._eof = True
                break
            parts.append(chunk)
            wanted -= len(chunk)
        self._buf = "".join(parts)

    def _where(self, pos: int) -> tuple[int, int]:
        newlines = self._buf.count("\n", 0, pos)
        if newlines:
            return self._line + newlines, pos - self._buf.rfind("\n", 0, pos)
        return self._line, self._col + pos + 1

    def error(self, message: str, pos: int | None = None) -> InvalidImportFile:
        line, column = self._where(self._pos if pos is None else pos)
        return InvalidImportFile(json_problem(message, self._what, line, column))

    # -- reading -------------------------------------------------------------------

    def peek(self) -> str:
        """The next character that is not white space, or "" at the end of the text."""
        while True:
            match = _SPACE.match(self._buf, self._pos)
            self._pos = match.end() if match else self._pos
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if self._eof:
                return ""
            self._more()

    def begin(self, char: str, not_ours: InvalidImportFile) -> None:
        """Check the file opens with ``char`` ("{" or "["); else say why it is not ours.

        A file that is not JSON at all gets the syntax error (line and column);
        one that is JSON of another shape gets ``not_ours``.
        """
        if self.peek() == char:
            return
        self.value()  # raises when it is not JSON
        raise not_ours

    def _take(self, char: str, message: str) -> None:
        if self.peek() != char:
            raise self.error(message)
        self._pos += 1

    def value(self) -> Any:
        """The next whole value (a list or object is parsed whole: use it for items)."""
        if self.peek() == "":
            raise self.error("Expecting value")
        wanted = _CHUNK
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(self._buf) - 8 or exc.msg.startswith("Unterminated")
                if self._eof or not cut:
                    raise self.error(exc.msg, exc.pos) from None
                self._more(wanted)
                wanted *= 2
                continue
            except RecursionError:
                raise InvalidImportFile(
                    tr("This {what} is nested too deeply to be read.").format(what=self._what)
                ) from None
            if end >= len(self._buf) and not self._eof:  # a number may go on in the next chunk
                self._more(wanted)
                continue
            self._pos = end
            _check_text(value, self._what)
            return value

    def _another(self, close: str) -> bool:
        """After an item: True at a comma (another follows), False at ``close`` (the end)."""
        char = self.peek()
        if char not in (",", close):
            raise self.error("Expecting ',' delimiter")
        self._pos += 1
        return char == ","

    def items(self) -> Iterator[Any]:
        """Each item of the list that comes next."""
        self._take("[", "Expecting value")
        if self.peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            if not self._another("]"):
                return

    def members(self) -> Iterator[str]:
        """Each name of the object that comes next; read or ``skip`` its value before the next."""
        self._take("{", "Expecting value")
        if self.peek() == "}":
            self._pos += 1
            return
        while True:
            if self.peek() != '"':
                raise self.error("Expecting property name enclosed in double quotes")
            name = self.value()
            self._take(":", "Expecting ':' delimiter")
            yield name
            if not self._another("}"):
                return

    def skip(self) -> None:
        """Pass over the next value without keeping it (lists and objects item by item)."""
        char = self.peek()
        if char == "[":
            for _ in self.items():
                pass
        elif char == "{":
            for _ in self.members():
                self.skip()
        else:
            self.value()

    def finish(self) -> None:
        """Nothing but white space may follow the top-level value."""
        if self.peek() != "":
            raise self.error("Extra data")


def _check_text(value: Any, what: str) -> None:
    """A lone surrogate (\\ud800) is valid JSON but not text that can be stored."""
    if isinstance(value, int | float | bool) or value is None:
        return
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidImportFile(
            tr(
                "This {what} holds an escaped character that is not valid text (a lone surrogate)."
            ).format(what=what)
        ) from None
    except RecursionError:
        raise InvalidImportFile(
            tr("This {what} is nested too deeply to be read.").format(what=what)
        ) from None


@contextmanager
def json_reader(data: bytes | Source, what: str) -> Iterator[JsonReader]:
    """A ``JsonReader`` over ``data``, its size and UTF-8 checked first; ``finish`` at the end."""
    source = as_source(data)
    source.check_text_size(what)
    with text_stream(source, what) as text:
        reader = JsonReader(text, what)
        yield reader
        reader.finish()


def expect_list(reader: JsonReader, what: str, name: str) -> Iterator[Any]:
    """The items of the list ``name`` that comes next, or a message that it is not a list."""
    if reader.peek() != "[":
        raise InvalidImportFile(
            tr("This {what} is damaged: {name} should be a list.").format(
                what=what, name=repr(name)
            )
        )
    return reader.items()
