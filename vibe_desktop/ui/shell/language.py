"""View → Language: System, English, Русский, Қазақша; saved, applied when the app starts again."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from vibe_desktop import i18n
from vibe_desktop.i18n import translate
from vibe_desktop.ui.shell import dialogs
from vibe_desktop.userdata.settings import Settings

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this app again as it was started: the frozen
    executable, or this Python with the same script (``-m vibe_desktop`` for the package)."""
    argv = list(sys.argv)
    if getattr(sys, "frozen", False):
        return sys.executable, argv[1:]
    script = Path(argv[0]) if argv and argv[0] else None
    if script is None or script.name == "__main__.py" or not script.exists():
        return sys.executable, ["-m", "vibe_desktop", *argv[1:]]
    return sys.executable, [str(script), *argv[1:]]


def restart(window: object | None = None) -> bool:
    """Close the window (saving its state), start the app again and quit this one."""
    program, arguments = restart_command()
    close = getattr(window, "close", None)
    if callable(close):
        close()
    started = bool(QProcess.startDetached(program, arguments)[0])
    if started:
        QApplication.quit()
    return started


class LanguageMenu(QObject):
    """The View → Language submenu: one checkable action per choice, the saved one checked."""

    def __init__(self, host: ReaderHost, settings: Settings | None = None) -> None:
        window = host.widget()
        super().__init__(window)
        self.host = host
        self.settings = settings or getattr(window, "settings", None) or Settings()
        self.menu = QMenu(translate("Language", "&Language"), window)
        self.menu.setObjectName("menu-language")
        self.menu.menuAction().setObjectName("language")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        choices = [("system", translate("Language", "&System language"))]
        # Each language by its own name, so a person who cannot read the current one finds it.
        choices += [(code, i18n.NATIVE_NAMES[code]) for code in i18n.UI_LANGUAGES]
        current = self.settings.language
        for code, label in choices:
            action = QAction(label, self.menu)
            action.setObjectName(f"language-{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.group.triggered.connect(self.choose)

    @Slot(QAction)
    def choose(self, action: QAction) -> None:
        """Save the chosen language and offer to restart now (Restart Now / Later)."""
        code = str(action.data())
        if code == self.settings.language:
            return
        self.settings.language = code
        self.settings.sync()
        window = self.host.widget()
        answer = dialogs.choose(
            window,
            translate("Language", "Language"),
            translate("Language", "The language changes when VIBE Desktop starts again.\n\n"
                      "Restart it now?"),
            [translate("Language", "&Restart Now"), translate("Language", "&Later")],
        )
        if answer == 0:
            restart(window)
        else:
            self.host.show_status(
                translate("Language", "The language changes when VIBE Desktop starts again."))


def install(host: ReaderHost) -> None:
    """Add View → Language to the "language" section of the View menu."""
    chooser = LanguageMenu(host)
    host.add_actions("view", "language", [chooser.menu.menuAction()])
    host.register_feature("language", chooser)
