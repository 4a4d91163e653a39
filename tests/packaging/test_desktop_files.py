"""The desktop entry, AppStream metainfo and app icon that the .deb installs."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.conftest import REPO

APP_ID = "org.vibedesktop.VibeDesktop"
DESKTOP = REPO / "resources" / f"{APP_ID}.desktop"
METAINFO = REPO / "resources" / f"{APP_ID}.metainfo.xml"
ICON = REPO / "resources" / "icons" / "vibe-desktop.svg"


def test_desktop_entry_launches_the_command_with_the_app_icon() -> None:
    lines = dict(
        line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines()
        if "=" in line
    )
    assert lines["Exec"].split()[0] == "vibe-desktop"
    assert lines["Icon"] == APP_ID
    assert lines["Type"] == "Application"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (desktop-file-utils)")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], check=False,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli is not installed (appstream)")
def test_metainfo_is_valid() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_desktop_entry_and_the_acknowledgment() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    text = ET.tostring(root, encoding="unicode")
    assert "is a product of IREX with funding from USAID" in " ".join(text.split())


def test_app_icon_is_a_valid_svg(qapp: object) -> None:
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICON))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 256
