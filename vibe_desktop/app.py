"""The composition root: the application, its translators, the library, the search index and
the window (which installs the features after its first paint); also --screenshot and --present."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vibe_desktop import APP_NAME, ORG_NAME, __version__
from vibe_desktop.core.model import Anchor


def _app(argv: list[str]):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QApplication.setApplicationName(APP_NAME)
        QApplication.setOrganizationName(ORG_NAME)
        QApplication.setApplicationVersion(__version__)
        QApplication.setDesktopFileName("vibe-desktop")
        app = QApplication(argv)
    return app


def set_window_icon(app) -> bool:  # type: ignore[no-untyped-def]
    """Give the application its icon (the bundled SVG); False if it is missing."""
    from PySide6.QtGui import QIcon

    from vibe_desktop import paths

    icon = paths.resource("icons", "vibe-desktop.svg")
    if not icon.is_file():
        return False
    app.setWindowIcon(QIcon(str(icon)))
    return True


def target_anchor(args: argparse.Namespace, window) -> str | None:  # type: ignore[no-untyped-def]
    """Where the command line asks to open (None: the last position or the first overview)."""
    report_id = getattr(args, "report", None)
    if getattr(args, "anchor", None):
        return str(args.anchor)
    if report_id is None and (args.indicator is not None or args.principle is not None):
        start = window.start_anchor()
        report_id = start.split("/", 1)[0] if start else None
    if report_id is None:
        return None
    if args.indicator is not None:
        return str(Anchor.indicator_page(report_id, args.indicator))
    if args.principle is not None:
        return str(Anchor.principle_page(report_id, args.principle))
    return str(Anchor.summary_page(report_id))


def check_args(args: argparse.Namespace) -> str | None:
    """A clear message for out-of-range options, or None."""
    if getattr(args, "indicator", None) is not None and not 1 <= args.indicator <= 20:
        return f"--indicator {args.indicator}: indicators are numbered 1 to 20"
    if getattr(args, "principle", None) is not None and not 1 <= args.principle <= 4:
        return f"--principle {args.principle}: principles are numbered 1 to 4"
    shot = getattr(args, "screenshot", None)
    if shot and Path(shot).suffix.lower() != ".png":
        return f"--screenshot {shot}: the file name must end in .png"
    return None


def run_app(args: argparse.Namespace) -> int:
    """Open the reader window as the command line asks; returns the exit code."""
    problem = check_args(args)
    if problem:
        print(f"vibe-desktop: {problem}", file=sys.stderr)
        return 2
    app = _app(sys.argv[:1])
    screenshot = getattr(args, "screenshot", None)
    instance = None
    if not screenshot:  # one window per user store: a second launch hands over and exits
        from vibe_desktop.handoff import claim

        instance, go_on = claim(sys.argv[1:])
        if not go_on:
            return 0
    from vibe_desktop.core import citation
    from vibe_desktop.i18n import install_translations, place_words
    from vibe_desktop.ui.search.index import IndexStore
    from vibe_desktop.ui.shell.main_window import MainWindow, default_library
    from vibe_desktop.userdata.settings import Settings

    install_translations(app, Settings().language)
    citation.use_words(place_words())
    library = default_library()
    window = MainWindow(library, search_index=IndexStore(library),
                        install_features=not screenshot)
    window.persist = not screenshot  # a screenshot never changes the person's settings
    window.interactive = not screenshot  # and never waits for a click on a message box
    window.set_theme(args.theme or window.theme())  # applies it to the application too
    window.theme_from_command_line = bool(args.theme)
    if args.size:
        window.resize(*args.size)
    requested = target_anchor(args, window)
    if requested is not None and requested.split("/", 1)[0] not in window.library:
        known = ", ".join(window.library.ids) or "none"
        print(f"vibe-desktop: no report {requested.split('/', 1)[0]!r} (reports: {known})",
              file=sys.stderr)
        return 2
    anchor = requested or window.start_anchor()
    if anchor is None or not window.open_anchor(anchor):
        if requested is not None:
            print(f"vibe-desktop: cannot open {anchor}", file=sys.stderr)
            return 2
        window.show_empty()
    # The icon is drawn from SVG (the image plugin, QtSvg) for the window manager: not
    # needed to paint the page, so it is set right after the first paint.
    window.first_painted.connect(lambda: set_window_icon(app))
    if screenshot:
        return _screenshot(app, window, Path(screenshot))
    window.show()
    if instance is not None:  # the server (QtNetwork) starts after the first paint
        window.first_painted.connect(instance.listen)
        instance.message_received.connect(lambda argv: follow(window, argv))
    files = [Path(f) for f in getattr(args, "files", None) or []]
    if files:  # a double-click on a report file: add it (after the features are installed)
        from vibe_desktop.handoff import add_files

        window.first_painted.connect(lambda: add_files(window, files))
    if getattr(args, "present", False):
        window.first_painted.connect(lambda: present(window))
    return int(app.exec())


def follow(window, argv: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Do in the running window what a second launch asked: show it, open, add, present."""
    from vibe_desktop.handoff import add_files
    from vibe_desktop.options import window_parser

    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    try:
        args, _rest = window_parser().parse_known_args(argv)
    except SystemExit:  # arguments the parser refuses: showing the window is enough
        return
    if args.files:
        add_files(window, [Path(f) for f in args.files])
    anchor = target_anchor(args, window)
    if anchor is not None:
        window.open_anchor(anchor)
    if args.present:
        present(window)


def present(window) -> None:  # type: ignore[no-untyped-def]
    """Start presenting in ``window`` (--present, or a second launch asking for it)."""
    from PySide6.QtGui import QAction

    window.ensure_features()
    action = window.findChild(QAction, "present")
    if action is None:
        print("vibe-desktop: the presentation feature is not installed", file=sys.stderr)
        return
    action.trigger()


def _screenshot(app, window, path: Path) -> int:  # type: ignore[no-untyped-def]
    """Show the window, wait for its first paint, save it as PNG and quit."""
    from PySide6.QtCore import QTimer

    result = {"code": 1}

    def grab() -> None:
        image = window.grab()
        path.parent.mkdir(parents=True, exist_ok=True)
        if image.isNull() or not image.save(str(path), "PNG"):
            print(f"vibe-desktop: could not write the screenshot {path}", file=sys.stderr)
        else:
            result["code"] = 0
        window.close()
        app.quit()

    window.first_painted.connect(lambda: QTimer.singleShot(50, grab))
    window.show()
    app.exec()
    return result["code"]
