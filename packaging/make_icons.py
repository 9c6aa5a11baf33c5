"""Render the app icon (one SVG in resources/icons/) to every size a desktop asks for.

    python packaging/make_icons.py OUT_DIR [--ico] [--icns]

writes ``OUT_DIR/hicolor/<n>x<n>/apps/<APP_ID>.png`` for the freedesktop icon
theme sizes and ``OUT_DIR/hicolor/scalable/apps/<APP_ID>.svg``; with ``--ico``
a Windows ``<APP_ID>.ico`` and with ``--icns`` a macOS ``<APP_ID>.icns``
(PyInstaller's ``icon=`` for those platforms). Nothing is drawn by hand: every
picture comes from the SVG, through Qt's own SVG renderer and image writers.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journal_app import APP_ID  # noqa: E402

SVG = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(size: int):  # type: ignore[no-untyped-def]
    """The icon as a ``size`` x ``size`` QImage with a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _save(image, path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), fmt):
        raise SystemExit(f"make_icons: Qt could not write {path} ({fmt})")


def make_hicolor(out: Path) -> list[Path]:
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        _save(render(size), path, "PNG")
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--ico", action="store_true", help="also write a Windows .ico")
    parser.add_argument("--icns", action="store_true", help="also write a macOS .icns")
    args = parser.parse_args(argv)

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["make_icons", "-platform", "offscreen"])
    written = make_hicolor(args.out)
    if args.ico:
        path = args.out / f"{APP_ID}.ico"
        _save(render(256), path, "ICO")
        written.append(path)
    if args.icns:
        path = args.out / f"{APP_ID}.icns"
        _save(render(512), path, "ICNS")
        written.append(path)
    del app
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
