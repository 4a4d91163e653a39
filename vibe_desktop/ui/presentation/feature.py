"""The presentation feature: Present (F5, Shift+F5, Ctrl+F5) and File → Export / Print slides
and handout.

Nothing heavy is imported or built until one of them is used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from vibe_desktop.i18n import translate
from vibe_desktop.ui.shell.actions import make_action

if TYPE_CHECKING:
    from vibe_desktop.ui.presentation.session import Presentation
    from vibe_desktop.ui.shell.host import ReaderHost


def start_presentation(
    host: ReaderHost, *, from_start: bool = False, presenter: bool | None = None
) -> Presentation | None:
    """Present the open report from its current place (or the start); Esc returns there."""
    from vibe_desktop.ui.presentation.session import REHEARSAL, Presentation

    try:
        report = host.current_report()
    except RuntimeError:
        from vibe_desktop.ui.shell import dialogs

        dialogs.info(host.widget(), translate("Presentation", "Present"),
                     translate("Presentation", "Open a report first: there is nothing to present."))
        return None
    rehearsal: bool | None = None
    if presenter and one_screen():
        choice = choose_one_screen_mode(host)
        if choice is None:
            return None
        presenter, rehearsal = choice == REHEARSAL, choice == REHEARSAL
    old = host.feature("presentation")
    if isinstance(old, Presentation) and old.running:
        old.controller.end()
    session = Presentation(
        report,
        start_anchor=None if from_start else host.current_anchor(),
        presenter=presenter,
        rehearsal=rehearsal,
        parent=host.widget(),
    )
    session.ended.connect(lambda anchor: host.open_anchor(anchor))
    host.register_feature("presentation", session)
    session.start()
    return session


def one_screen() -> bool:
    """Whether there is only one picture to show on (one screen, or mirrored screens)."""
    from PySide6.QtGui import QGuiApplication

    from vibe_desktop.ui.presentation.session import distinct_screens

    return distinct_screens(QGuiApplication.screens()) <= 1


def choose_one_screen_mode(host: ReaderHost) -> str | None:
    """Ctrl+F5 with one screen: full screen for the audience (no notes), or the presenter
    view alone to rehearse; None if cancelled. The notes never reach the audience unasked."""
    from vibe_desktop.ui.presentation.session import AUDIENCE_ONLY, REHEARSAL
    from vibe_desktop.ui.shell import dialogs

    picked = dialogs.choose(
        host.widget(), translate("Presentation", "Present with presenter view"),
        translate("Presentation",
                  "Only one screen is connected (or the projector mirrors this screen), so "
                  "the audience would see the presenter view with your notes.\n\n"
                  "Present full screen to the audience without the presenter view, or show "
                  "the presenter view only to rehearse?"),
        [translate("Presentation", "Present &Full Screen"),
         translate("Presentation", "&Rehearse with Presenter View")])
    return None if picked is None else (AUDIENCE_ONLY, REHEARSAL)[picked]


def install(host: ReaderHost) -> None:
    """Add the presentation actions (View) and the slide and handout exports (File)."""
    from vibe_desktop.ui.presentation import actions

    parent = host.widget()

    def act(name: str, text: str, keys: list[str], slot: Callable[[], object]) -> QAction:
        action = make_action(parent, text, slot, keys, name)  # app.py finds "present"
        parent.addAction(action)
        return action

    host.add_actions("view", "present", [
        act("present", translate("Presentation", "&Present"), ["F5"],
            lambda: start_presentation(host)),
        act("present_from_start", translate("Presentation", "Present from &start"), ["Shift+F5"],
            lambda: start_presentation(host, from_start=True)),
        act("present_with_presenter", translate("Presentation", "Present with presenter vie&w"),
            ["Ctrl+F5"], lambda: start_presentation(host, presenter=True)),
    ])
    host.add_actions("file", "export", [
        act("export_slides_pdf", translate("Presentation", "Export &slides as PDF…"), [],
            lambda: actions.export_slides(host)),
        act("export_handout_pdf", translate("Presentation", "Export &handout as PDF…"), [],
            lambda: actions.export_handout(host)),
    ])
    host.add_actions("file", "print", [
        act("print_slides", translate("Presentation", "Print slides…"), [],
            lambda: actions.print_slides(host)),
        act("print_handout", translate("Presentation", "Print handout…"), [],
            lambda: actions.print_handout(host)),
    ])
