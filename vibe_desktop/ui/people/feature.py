"""The People feature: Tools → People opens the dock of panelists, their quotes and mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget

from vibe_desktop.i18n import translate
from vibe_desktop.ui.shell.actions import make_action

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost


def install(host: ReaderHost) -> None:
    """Add Tools → People; the dock and its view are made on first use."""
    docks: list[QDockWidget] = []

    def show_view() -> None:
        from vibe_desktop.ui.people.view import PeopleView

        if not docks:
            view = PeopleView(host)
            docks.append(host.add_panel(view, translate("People", "People"), name="dock-people"))
            host.register_feature("people", view)
        docks[0].show()
        docks[0].raise_()
        shown = docks[0].widget()
        assert isinstance(shown, PeopleView)
        shown.focus_first()

    host.add_actions("tools", "tools", [make_action(
        host.widget(), translate("People", "&People…"), show_view, [], "people")])
    host.add_panel_opener(translate("People", "People"), show_view, "Ctrl+Shift+E",
                          name="dock-people")
