"""Reading an import file within bounds: sizes checked first, text streamed, ZIPs inspected.

A file to import may be anything: a zip bomb posing as a backup, a 300 MB
JSON, a ZIP of a hundred thousand photos with one journal inside. So:

* a plain file's size is checked before a byte is read (``MAX_TEXT_BYTES``);
* a ZIP's table of contents is checked (number of files, its own size) from
  its last bytes before ``zipfile`` reads it, and a member is read through a
  counter that stops at the limit, whatever sizes the ZIP claims;
* text is checked to be UTF-8 in one streaming pass (saying the line and
  byte where it breaks), then read again as a stream, never held whole.

A ``Source`` is something that can be opened for reading more than once: a
file on disk, bytes in memory (tests, fuzzing), or a member of a ZIP.
"""

from __future__ import annotations

import codecs
import io
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO

from journal_app.errors import InvalidImportFile
from journal_app.exchange.importers._common import (
    MAX_TEXT_BYTES,
    MAX_ZIP_DIRECTORY_BYTES,
    MAX_ZIP_MEMBERS,
    megabytes,
    tr,
)

ZIP_MAGIC = b"PK\x03\x04"
_BOM = codecs.BOM_UTF8
_CHUNK = 1 << 20

# Everything a damaged or hostile ZIP can raise while it is read.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,  # an encrypted member
    OverflowError,
    struct.error,
)

Opener = Callable[[], BinaryIO]


class Source:
    """A file to import that can be opened (more than once) and has a known size.

    Attributes:
        name: how messages name it ("Journal.json", "this file").
        size: its size in bytes (uncompressed, as far as it is known).
    """

    def __init__(self, opener: Opener, size: int, name: str) -> None:
        self._opener = opener
        self.size = size
        self.name = name

    @classmethod
    def of_bytes(cls, data: bytes, name: str = "") -> Source:
        return cls(lambda: io.BytesIO(data), len(data), name)

    @classmethod
    def of_path(cls, path: Path, size: int) -> Source:
        return cls(lambda: path.open("rb"), size, path.name)

    def open(self) -> BinaryIO:
        return self._opener()

    def head(self, n: int = 4) -> bytes:
        with self.open() as stream:
            return stream.read(n)

    def is_zip(self) -> bool:
        return self.head(4) == ZIP_MAGIC

    def check_text_size(self, what: str) -> None:
        """Refuse a text file (CSV, JSON) past ``MAX_TEXT_BYTES`` before reading it."""
        if self.size > MAX_TEXT_BYTES:
            raise too_large(what, self.size)


def as_source(data: bytes | Source) -> Source:
    """``data`` as a ``Source`` (bytes are read from memory)."""
    return data if isinstance(data, Source) else Source.of_bytes(data)


def too_large(what: str, size: int | None = None, limit: int | None = None) -> InvalidImportFile:
    """The message for a file (or the journal inside a ZIP) past ``limit`` bytes."""
    limit = MAX_TEXT_BYTES if limit is None else limit
    if size is None:
        return InvalidImportFile(
            tr(
                "This {what} is too large to import: more than {limit}. Nothing was imported."
            ).format(what=what, limit=megabytes(limit))
        )
    return InvalidImportFile(
        tr(
            "This {what} is too large to import ({size}; at most {limit}). Nothing was imported."
        ).format(what=what, size=megabytes(size), limit=megabytes(limit))
    )


# -- text ------------------------------------------------------------------------------


def check_utf8(source: Source, what: str, *, refuse_nul: bool = False) -> None:
    """Read ``source`` once as UTF-8 (with or without a byte-order mark), keeping nothing.

    Raises:
        InvalidImportFile: naming the line and byte where it is not UTF-8
            (or, with ``refuse_nul``, where it holds a NUL byte).
    """
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    done = 0  # bytes handed to the decoder so far
    lines = 1
    with source.open() as stream:
        first = stream.read(len(_BOM))
        if first != _BOM:
            pending = first
        else:
            done, pending = len(_BOM), b""
        while True:
            chunk = pending + stream.read(_CHUNK)
            pending = b""
            final = not chunk
            if refuse_nul and b"\x00" in chunk:
                at = chunk.index(b"\x00")
                raise InvalidImportFile(
                    tr(
                        "This {what} holds a NUL byte at line {line}: it is not a text file. "
                        "Nothing was imported."
                    ).format(what=what, line=lines + chunk.count(b"\n", 0, at))
                )
            held = len(decoder.getstate()[0])
            try:
                decoder.decode(chunk, final)
            except UnicodeDecodeError as exc:
                start = done - held + exc.start
                seen = chunk[: max(0, exc.start - held)]
                raise InvalidImportFile(
                    tr(
                        "This {what} is not UTF-8 text: line {line} has bytes that cannot be "
                        "read (at byte {byte}). Export it again from the app it came from."
                    ).format(what=what, line=lines + seen.count(b"\n"), byte=start)
                ) from None
            if final:
                return
            done += len(chunk)
            lines += chunk.count(b"\n")


@contextmanager
def text_stream(source: Source, what: str, *, refuse_nul: bool = False) -> Iterator[IO[str]]:
    """``source`` as a stream of text, after ``check_utf8``; lines as written (newline="")."""
    check_utf8(source, what, refuse_nul=refuse_nul)
    binary = source.open()
    try:
        with io.TextIOWrapper(binary, encoding="utf-8-sig", newline="") as text:
            yield text
    finally:
        binary.close()


# -- ZIP -------------------------------------------------------------------------------


def _zip_contents_size(stream: BinaryIO) -> tuple[int, int]:
    """The number of files a ZIP lists and the size of its list, from its last bytes."""
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    tail_len = min(size, 22 + 0xFFFF)
    stream.seek(size - tail_len)
    tail = stream.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise zipfile.BadZipFile(tr("no end of central directory"))
    _, _, _, _, count, directory, offset, _ = struct.unpack("<4sHHHHIIH", tail[at : at + 22])
    if count == 0xFFFF or directory == 0xFFFFFFFF or offset == 0xFFFFFFFF:
        locator = at - 20
        if locator < 0 or tail[locator : locator + 4] != b"PK\x06\x07":
            raise zipfile.BadZipFile(tr("a ZIP64 archive without its locator"))
        (record_at,) = struct.unpack("<Q", tail[locator + 8 : locator + 16])
        stream.seek(record_at)
        record = stream.read(56)
        if len(record) < 56 or record[:4] != b"PK\x06\x06":
            raise zipfile.BadZipFile(tr("a damaged ZIP64 end record"))
        count, directory = struct.unpack("<QQ", record[32:48])
    return count, directory


@contextmanager
def open_zip(source: Source, what: str) -> Iterator[zipfile.ZipFile]:
    """``source`` as a ZIP whose table of contents is within bounds.

    Raises:
        InvalidImportFile: it is not a readable ZIP, or it lists more files
            than ``MAX_ZIP_MEMBERS`` (checked before the list is read).
    """
    stream = source.open()
    try:
        try:
            count, directory = _zip_contents_size(stream)
        except ZIP_ERRORS as exc:
            raise damaged_zip(what, exc) from None
        if count > MAX_ZIP_MEMBERS or directory > MAX_ZIP_DIRECTORY_BYTES:
            raise InvalidImportFile(
                tr(
                    "This {what} holds too many files to import ({count}; at most {limit}). "
                    "Nothing was imported."
                ).format(what=what, count=count, limit=MAX_ZIP_MEMBERS)
            )
        stream.seek(0)
        try:
            archive = zipfile.ZipFile(stream)
        except ZIP_ERRORS as exc:
            raise damaged_zip(what, exc) from None
        with archive:
            yield archive
    finally:
        stream.close()


def damaged_zip(what: str, problem: object) -> InvalidImportFile:
    return InvalidImportFile(
        tr("This {what} is damaged: the ZIP file cannot be read ({problem}).").format(
            what=what, problem=problem
        )
    )


class _Counted(io.RawIOBase):
    """A ZIP member read through a counter: past ``limit`` bytes, the import is refused.

    The sizes a ZIP states can be false (a zip bomb states small ones), so
    the bytes actually produced are counted. Errors of a damaged member
    become ``InvalidImportFile``.
    """

    def __init__(self, member: IO[bytes], limit: int, what: str) -> None:
        super().__init__()
        self._member = member
        self._limit = limit
        self._what = what
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        try:
            data = self._member.read(len(buffer))
        except ZIP_ERRORS as exc:
            raise damaged_zip(self._what, exc) from None
        self._count += len(data)
        if self._count > self._limit:
            raise too_large(self._what, limit=self._limit)
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._member.close()
        super().close()


def member_source(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, what: str, limit: int | None = None
) -> Source:
    """One file inside a ZIP as a ``Source``, refused past ``limit`` bytes (stated or read)."""
    limit = MAX_TEXT_BYTES if limit is None else limit
    if info.file_size > limit:
        raise too_large(what, info.file_size, limit)

    def opener() -> BinaryIO:
        try:
            member = archive.open(info)
        except ZIP_ERRORS as exc:
            raise damaged_zip(what, exc) from None
        return io.BufferedReader(_Counted(member, limit, what), _CHUNK)

    return Source(opener, info.file_size, info.filename)
