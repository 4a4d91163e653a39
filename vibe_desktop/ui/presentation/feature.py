"""The presentation feature: Present (F5, Shift+F5, Ctrl+F5) and File → Export / Print slides and handout.

Nothing heavy is imported or built until one of them is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from vibe_desktop.ui.presentation.session import Presentation
    from vibe_desktop.ui.shell.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("presentation", text)


def start_presentation(
    window: MainWindow, *, from_start: bool = False, presenter: bool | None = None
) -> Presentation | None:
    """Present the window's report from its current place (or the start); Esc returns there."""
    from vibe_desktop.ui.presentation.session import Presentation

    try:
        report = window.current_report()
    except RuntimeError:
        from vibe_desktop.ui.shell import dialogs

        dialogs.info(window, _tr("Present"), _tr("Open a report first: there is nothing to present."))
        return None
    old = getattr(window, "presentation", None)
    if old is not None and old.running:
        old.controller.end()
    session = Presentation(
        report,
        start_anchor=None if from_start else window.current_anchor(),
        presenter=presenter,
        parent=window,
    )
    session.ended.connect(lambda anchor: window.open_anchor(anchor))
    window.presentation = session  # type: ignore[attr-defined]
    session.start()
    return session


def _action(window: MainWindow, name: str, text: str, shortcut: QKeySequence | None, slot) -> QAction:  # type: ignore[no-untyped-def]
    action = QAction(text, window)
    action.setObjectName(name)  # app.py finds "present" for --present
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def install(window: MainWindow) -> None:
    """Add the presentation and export actions to the window's menus."""
    from vibe_desktop.ui.presentation import actions

    view, file = window.menu("view"), window.menu("file")
    view.addSeparator()
    view.addAction(_action(window, "present", _tr("&Present"), QKeySequence("F5"),
                           lambda: start_presentation(window)))
    view.addAction(_action(window, "present_from_start", _tr("Present from &start"), QKeySequence("Shift+F5"),
                           lambda: start_presentation(window, from_start=True)))
    view.addAction(_action(window, "present_with_presenter", _tr("Present with presenter &view"), QKeySequence("Ctrl+F5"),
                           lambda: start_presentation(window, presenter=True)))
    items = [
        _action(window, "export_slides_pdf", _tr("Export &slides as PDF…"), None,
                lambda: actions.export_slides(window)),
        _action(window, "export_handout_pdf", _tr("Export &handout as PDF…"), None,
                lambda: actions.export_handout(window)),
        _action(window, "print_slides", _tr("Print slides…"), None,
                lambda: actions.print_slides(window)),
        _action(window, "print_handout", _tr("Print handout…"), None,
                lambda: actions.print_handout(window)),
    ]
    quit_action = next((a for a in file.actions() if a.objectName() == "quit"), None)
    if quit_action is None:  # no Quit: append at the end
        file.addSeparator()
        file.addActions(items)
    else:  # above Quit, in their own group
        file.insertActions(quit_action, items)
        file.insertSeparator(quit_action)
        file.insertSeparator(items[0])
