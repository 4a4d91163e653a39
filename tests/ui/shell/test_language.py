"""View → Language: the four choices, the saved setting, the prompt to restart."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from tests.ui.reader_helpers import make_window
from vibe_desktop.ui.shell import dialogs, language
from vibe_desktop.userdata.settings import Settings


@pytest.fixture
def window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = Settings(str(tmp_path / "settings.ini"))
    win = make_window(qtbot, tmp_path / "lib", settings=settings, show=False, persist=False)
    language.install(win)
    return win


def test_view_menu_has_the_language_submenu(window) -> None:  # type: ignore[no-untyped-def]
    chooser = window.feature("language")
    entry = window.findChild(QAction, "language")
    assert entry is not None and entry.menu() is chooser.menu
    assert entry in window.menu("view").actions()
    labels = [a.text() for a in chooser.menu.actions()]
    assert labels == ["&System language", "English", "Русский", "Қазақша"]
    assert chooser.actions["system"].isChecked()


def test_choosing_saves_and_restarts_when_asked(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, list[str]]] = []
    restarted: list[object] = []
    monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, options, default=0:
                        asked.append((text, options)) or 0)
    monkeypatch.setattr(language, "restart", lambda w=None: restarted.append(w) or True)
    window.feature("language").actions["kk"].trigger()
    assert Settings(window.settings.qsettings.fileName()).language == "kk"
    assert "starts again" in asked[0][0] and asked[0][1] == ["&Restart Now", "&Later"]
    assert restarted == [window]


def test_later_only_says_when_it_changes(window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, options, default=0: 1)
    monkeypatch.setattr(language, "restart", lambda w=None: pytest.fail("restarted"))
    shown: list[str] = []
    monkeypatch.setattr(window, "show_status", lambda text, msecs=5000: shown.append(text))
    chooser = window.feature("language")
    chooser.actions["ru"].trigger()
    assert window.settings.language == "ru" and chooser.actions["ru"].isChecked()
    assert shown and "starts again" in shown[0]
    chooser.actions["ru"].trigger()  # the same choice again asks nothing
    assert len(shown) == 1


def test_a_bad_setting_reads_as_system(tmp_path: Path) -> None:
    settings = Settings(str(tmp_path / "s.ini"))
    settings.qsettings.setValue("view/language", "tlh")
    assert settings.language == "system"
    with pytest.raises(ValueError, match="unknown language"):
        settings.language = "tlh"


def test_restart_command_starts_the_same_program(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    script = tmp_path / "vibe-desktop"
    script.write_text("#!python\n")
    monkeypatch.setattr(sys, "argv", [str(script), "--indicator", "6"])
    assert language.restart_command() == (sys.executable, [str(script), "--indicator", "6"])
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "vibe_desktop" / "__main__.py"), "-x"])
    assert language.restart_command() == (sys.executable, ["-m", "vibe_desktop", "-x"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "argv", ["/opt/vibe/vibe-desktop", "--theme", "dark"])
    assert language.restart_command() == (sys.executable, ["--theme", "dark"])
