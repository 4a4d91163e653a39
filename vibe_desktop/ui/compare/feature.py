"""The compare feature: Tools → Compare Indicator… (one indicator across the library's reports)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost


def install(host: ReaderHost) -> None:
    """Add Tools → Compare Indicator…; the compare window is made on first use."""
    from vibe_desktop.ui.compare.view import Comparer

    host.register_feature("compare", Comparer(host))
