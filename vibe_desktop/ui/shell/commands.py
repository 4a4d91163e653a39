"""The reader window's own commands (actions.ReaderCommands): clipboard, focus, zoom, themes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from vibe_desktop.i18n import translate
from vibe_desktop.ui.shell.actions import about_text, shortcuts_text
from vibe_desktop.userdata.settings import THEMES

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from vibe_desktop.core.model import Report
    from vibe_desktop.ui.reading.contents import ReportTree
    from vibe_desktop.ui.reading.reading_pane import ReadingPane
    from vibe_desktop.ui.shell.actions import MenuBar, ReaderActions
    from vibe_desktop.ui.shell.docks import Panels
    from vibe_desktop.ui.shell.navigator import Navigator


class WindowCommands:
    """Mixed into MainWindow: what its menus' own actions call."""

    if TYPE_CHECKING:
        detail: ReadingPane
        tree: ReportTree
        navigator: Navigator
        menus: MenuBar
        actions_: ReaderActions
        theme_actions: dict[str, QAction]
        contents_action: QAction
        panels: Panels
        theme_from_command_line: bool
        _theme: str

        def reading_position(self) -> str: ...
        def show_status(self, text: str, msecs: int = 5000) -> None: ...
        def _render(self, report: Report, page: str) -> None: ...

    def _parent_widget(self) -> QWidget:
        assert isinstance(self, QWidget)  # MainWindow is a QWidget
        return self

    def show_contents(self, visible: bool) -> None:
        """View → Contents: show or hide the contents tree (the focus moves to the text)."""
        had_focus = self.tree.hasFocus()
        self.tree.setHidden(not visible)
        if self.contents_action.isChecked() != visible:
            self.contents_action.setChecked(visible)
        if had_focus and not visible:
            self.detail.setFocus()

    def _contents_chosen(self, visible: bool) -> None:
        """The person toggled View → Contents: their choice stands over the panel rules."""
        self.panels.tree_given_up = False
        self.panels.may_hide_tree = False if visible else self.panels.may_hide_tree

    def _tree_for_panels(self, visible: bool) -> None:
        """The panels need the tree's room (or give it back): say so, it is not remembered."""
        self.show_contents(visible)
        if not visible:
            self.show_status(translate("MainWindow",
                                       "Contents hidden to keep the text readable; F9 shows it."))

    def copy_text(self) -> None:
        self.detail.copy()

    def select_all_text(self) -> None:
        self.detail.selectAll()

    def focus_tree(self) -> None:
        if self.tree.isHidden():
            self.contents_action.trigger()  # as if chosen in View → Contents
        self.tree.setFocus()

    def focus_text(self) -> None:
        self.detail.setFocus()

    def zoom_level(self) -> int:
        return self.detail.zoom_level

    def set_zoom(self, level: int) -> None:
        self.detail.set_zoom(level)

    def zoom_in(self) -> None:
        self.set_zoom(self.detail.zoom_level + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.detail.zoom_level - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    def theme(self) -> str:
        return self._theme

    def choose_theme(self, name: str) -> None:
        """The person picked a theme in the View menu: use it and remember it."""
        self.theme_from_command_line = False
        self.set_theme(name)

    def set_theme(self, name: str) -> None:
        """Switch theme ("system", "light", "dark", "high-contrast") and redraw the page."""
        from vibe_desktop.ui.shell.themes import apply_theme

        if name not in THEMES:
            raise ValueError(f"unknown theme {name!r}")
        self._theme = name
        self.theme_actions[name].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self.detail.apply_palette()
        self.actions_.refresh_icons()
        report, page = self.navigator.report, self.navigator.page
        if report is not None and page:
            position = self.reading_position()
            self._render(report, page)
            if position != page:
                self.detail.scroll_to_paragraph(position)

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme == "system":  # follow the desktop's light/dark switch live
            self.set_theme("system")

    def show_about(self) -> None:
        from vibe_desktop.ui.shell import dialogs  # on first use: not needed to start

        dialogs.info(self._parent_widget(), translate("Help", "About VIBE Desktop"), about_text())

    def show_shortcuts(self) -> None:
        from vibe_desktop.ui.shell import dialogs  # on first use: not needed to start

        dialogs.info(self._parent_widget(), translate("Help", "Keyboard Shortcuts"),
                        shortcuts_text(self.menus.menus.values()))

