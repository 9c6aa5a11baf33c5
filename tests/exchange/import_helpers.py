"""Shared helpers for the import tests: sample paths and building a .daylio backup."""

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
