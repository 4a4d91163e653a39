"""The features the reader window installs after its first paint: an explicit, typed list.

Each feature module has ``install(host: ReaderHost) -> None`` that adds its actions to named
menu sections (``host.add_actions("edit", "find", [...])``), shortcuts and panels
(``host.add_panel``). Installing must be cheap: heavy widgets are made on first use. The
modules are imported by the loaders in ``FEATURES``, not at the top, so none of them is
loaded before the window's first paint. To add a feature: write its ``install``, a loader
here, and one line in ``FEATURES``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost

log = logging.getLogger(__name__)

Install = Callable[["ReaderHost"], None]


# One loader per feature: it imports the feature's module (only when installing, so
# nothing here is loaded before the first paint) and returns its install function. A
# module that fails to import is reported like a failing install, and the rest go on.
def _find() -> Install:
    from vibe_desktop.ui.reading.find_bar import install
    return install


def _search() -> Install:
    from vibe_desktop.ui.search.feature import install
    return install


def _people() -> Install:
    from vibe_desktop.ui.people.feature import install
    return install


def _notes() -> Install:
    from vibe_desktop.ui.notes.feature import install
    return install


def _library() -> Install:
    from vibe_desktop.ui.library.feature import install
    return install


def _compare() -> Install:
    from vibe_desktop.ui.compare.feature import install
    return install


def _language() -> Install:
    from vibe_desktop.ui.shell.language import install
    return install


def _presentation() -> Install:
    from vibe_desktop.ui.presentation.feature import install
    return install


#: Every feature as (name, loader), in menu order.
FEATURES: tuple[tuple[str, Callable[[], Install]], ...] = (
    ("find", _find),
    ("search", _search),
    ("people", _people),
    ("notes", _notes),
    ("library", _library),
    ("compare", _compare),
    ("presentation", _presentation),
    ("language", _language),
)


def install_all(
    host: ReaderHost, chosen: Sequence[tuple[str, Callable[[], Install]]] | None = None
) -> list[tuple[str, BaseException]]:
    """Install every feature into ``host``; one broken feature never stops the others.

    Returns the features that failed with their error (also logged), so the self-test and
    tests can report them.
    """
    failures: list[tuple[str, BaseException]] = []
    for name, load in FEATURES if chosen is None else chosen:
        try:
            load()(host)
        except Exception as exc:  # a broken feature must not take the reader down
            log.exception("feature %s failed to install", name)
            failures.append((name, exc))
    return failures
