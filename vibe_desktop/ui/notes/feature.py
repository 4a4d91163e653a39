"""The Keep feature: bookmarks, highlights with notes, copy with citation and the notes panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost


def install(host: ReaderHost) -> None:
    """Add Keep's actions, painting and panel to ``host``."""
    from vibe_desktop.ui.notes.keeper import Keeper

    host.register_feature("notes", Keeper(host))
