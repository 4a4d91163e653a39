"""Test configuration shared by every test: offscreen Qt, a throw-away user home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "0")

# Property tests explore new random cases on developers' machines (that is how they find
# bugs); on CI (CI=true) they run a fixed, derandomized set so a landing never hinges on luck.
# Neither writes an example database into the tree.
settings.register_profile("dev", database=None, print_blob=True)
settings.register_profile("ci", database=None, print_blob=True, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty user directory (settings, notes, added reports)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("VIBE_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["vibe-desktop-tests"]


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session")
def qapp(qapp, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The application with English's plural forms loaded, as the app loads them for English."""
    from PySide6.QtCore import QTranslator

    from vibe_desktop import i18n

    qm = i18n.qm_file("en", cache=tmp_path_factory.mktemp("qm"))
    translator = QTranslator(qapp)
    if qm is not None and translator.load(str(qm)):
        qapp.installTranslator(translator)
    return qapp


REPO = Path(__file__).resolve().parent.parent
SOURCE_TXT = REPO / "data" / "sources" / "kazakhstan-2022.txt"
BUNDLED_YAML = REPO / "data" / "reports" / "kazakhstan-2022.yaml"
