"""The menu entry, the AppStream metainfo and the icon: valid, consistent and neutral."""

from __future__ import annotations

import configparser
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from packaging_support import RESOURCES, ROOT
from system_tools import require

import journal_app
from journal_app import APP_ID

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON = RESOURCES / "icons" / f"{APP_ID}.svg"

# Words that must not show on a taskbar, in a menu or on the icon: what the app is for.
REVEALING = re.compile(r"journal|diary|trauma|abuse|therapy|mood|recover", re.IGNORECASE)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates() -> None:
    done = subprocess.run(
        [require("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates() -> None:
    done = subprocess.run(
        [require("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_one_id_everywhere() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_ID
    assert entry["Exec"].split()[0] == "journal-app"  # install.sh points it at the bundle
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("icon") == APP_ID
    assert root.findtext("provides/binary") == "journal-app"
    assert ICON.is_file()
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9]+)+\.[A-Za-z][A-Za-z0-9]*", APP_ID)


def test_what_a_glance_sees_is_neutral() -> None:
    entry = desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords", "Icon", "StartupWMClass"):
        assert not REVEALING.search(entry[key]), f"{key}={entry[key]}"
    assert not REVEALING.search(APP_ID)
    root = ET.parse(METAINFO).getroot()
    for path in ("name", "summary", "keywords/keyword", "categories/category"):
        for element in root.findall(path):
            assert not REVEALING.search(element.text or ""), f"{path}: {element.text}"
    drawing = ET.parse(ICON).getroot()
    texts = [el for el in drawing.iter() if el.tag.rsplit("}", 1)[-1] in ("text", "title")]
    assert texts == [], "the icon holds no words"


def test_release_notes_for_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases, "the metainfo lists no release"
    newest = releases[0]
    assert newest.get("version") == journal_app.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date") or "")
    assert newest.findall("description/*"), "the release has no notes"
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type") == "oars-1.1"


def test_screenshots_come_from_docs() -> None:
    root = ET.parse(METAINFO).getroot()
    images = [el.text or "" for el in root.findall("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        name = url.rsplit("/docs/", 1)[1]
        assert (ROOT / "docs" / name).is_file(), f"{url} is not a file in docs/"
    assert [s.get("type") for s in root.findall("screenshots/screenshot")].count("default") == 1


def test_icon_renders_at_every_size(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    scalable = tmp_path / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == ICON.read_bytes()
