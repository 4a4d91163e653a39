"""The feature registry: each feature module installs its actions, shortcuts and panels itself.

Add ONE line per feature to ``FEATURES``: ``"vibe_desktop.ui.some_module:install"``, where
``install(window: MainWindow) -> None`` adds menu actions (``window.menu("tools")``),
shortcuts and docks (``window.add_panel(...)``). Install functions must be cheap: create
heavy widgets on first use, never before the window's first paint. The main window calls
``install_all`` once, right after its first paint (or at once via ``ensure_features()``).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

#: "module:function" of every feature's install function, in menu order.
FEATURES: tuple[str, ...] = (
    "vibe_desktop.ui.reading.find_bar:install",
    "vibe_desktop.ui.search.panel:install",
    "vibe_desktop.ui.people.view:install",
    "vibe_desktop.ui.notes.panel:install",
    "vibe_desktop.ui.library.feature:install",
    "vibe_desktop.ui.compare.view:install",
    "vibe_desktop.ui.presentation.feature:install",
)


def resolve(spec: str) -> Callable[[MainWindow], None]:
    """The install function named by a ``"module:function"`` string (imports the module)."""
    module_name, sep, function_name = spec.partition(":")
    if not sep or not module_name or not function_name:
        raise ValueError(f"feature {spec!r} is not of the form 'module:function'")
    function = getattr(importlib.import_module(module_name), function_name)
    if not callable(function):
        raise TypeError(f"feature {spec!r} does not name a function")
    return function  # type: ignore[no-any-return]


def install_all(
    window: MainWindow, features: tuple[str, ...] | None = None
) -> list[tuple[str, BaseException]]:
    """Install every feature into ``window``; one broken feature never stops the others.

    Returns the features that failed with their error (also logged), so the self-test and
    tests can report them.
    """
    failures: list[tuple[str, BaseException]] = []
    for spec in FEATURES if features is None else features:
        try:
            resolve(spec)(window)
        except Exception as exc:  # a broken feature must not take the reader down
            log.exception("feature %s failed to install", spec)
            failures.append((spec, exc))
    return failures
