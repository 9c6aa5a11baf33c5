"""Shared helpers for the import tests: sample paths, building a .daylio backup or Day One ZIP."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

SAMPLES = Path(__file__).parent / "samples"


def sample(name: str) -> Path:
    return SAMPLES / name


def daylio_zip(json_bytes: bytes, *, member: str = "backup.daylio", wrap: bool = False) -> bytes:
    """A .daylio backup: a ZIP holding base64 JSON (optionally wrapped at 76 columns)."""
    encoded = base64.b64encode(json_bytes)
    if wrap:
        encoded = b"\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, encoded)
        archive.writestr("assets/photos/2026/1/readme.txt", b"not a photo")
    return buf.getvalue()


def dayone_zip(journals: dict[str, bytes], *, photos: int = 2) -> bytes:
    """A Day One export ZIP: one ``<name>.json`` per journal beside its photos folder."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in journals.items():
            archive.writestr(name, data)
        for n in range(photos):
            archive.writestr(f"photos/{n:032x}.jpeg", b"\xff\xd8\xff not really a photo")
        archive.writestr("__MACOSX/._Journal.json", b"resource fork")
    return buf.getvalue()
