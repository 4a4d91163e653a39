"""The search feature: Edit → Search All Reports (Ctrl+Shift+F) opens the search dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from vibe_desktop.i18n import translate
from vibe_desktop.ui.shell.actions import make_action

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost


# The dock's name, the same in every language (the saved layout).
DOCK = "dock-search"


def install(host: ReaderHost) -> None:
    """Add Search All Reports; the dock and its panel are made on first use."""
    docks: list[QDockWidget] = []

    def show_panel() -> None:
        from vibe_desktop.ui.search.panel import SearchPanel

        if not docks:
            panel = SearchPanel(host)
            # transient: Esc in it returns to the text and closes it
            docks.append(host.add_panel(panel, translate("Search", "Search"), transient=True,
                                        name=DOCK))
            host.register_feature("search", panel)
        docks[0].show()
        docks[0].raise_()
        shown = docks[0].widget()
        assert isinstance(shown, SearchPanel)
        shown.focus_field()

    host.add_actions("edit", "find", [make_action(
        host.widget(), translate("Search", "&Search All Reports…"), show_panel,
        [QKeySequence("Ctrl+Shift+F")], "search-all")])
    host.add_panel_opener(translate("Search", "Search"), show_panel, name=DOCK)  # View toggle
