"""``vibe-desktop --self-test``: check this machine, load every bundled report, render every page.

The order matters: the system is checked before QtWidgets is imported, so a missing
library is named (with the package to install) instead of ending in Qt's abort. Output
goes to stdout; every problem goes to stderr, so a build can fail on unexpected stderr.
Exit status: 0 all good, 1 a report or page failed, 2 this machine cannot run the window.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from vibe_desktop import __version__
from vibe_desktop.diagnostics import (
    check_environment,
    platform_name,
    prepare_qt_environment,
    qt_font_findings,
)

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from vibe_desktop.core.model import Report

EXIT_OK, EXIT_CONTENT, EXIT_SYSTEM = 0, 1, 2


@dataclass
class Outcome:
    """What a self-test step found: how many things it checked and what went wrong."""

    checked: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def check_system(platform: str) -> Outcome:
    """Step 1: system libraries, fonts, locale for the platform Qt will use."""
    outcome = Outcome()
    for finding in check_environment(platform):
        (outcome.problems if finding.severity == "error" else outcome.notes).append(str(finding))
        outcome.checked += 1
    return outcome


def check_qt_fonts() -> Outcome:
    """Step 1b, once Qt runs: the fonts Qt itself finds have real letters (every platform)."""
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "vibe-desktop"])
    outcome = Outcome(checked=1)
    outcome.problems += [str(finding) for finding in qt_font_findings()]
    return outcome


def _loader() -> Callable[[Any], Report] | None:
    if importlib.util.find_spec("vibe_desktop.core.loader") is None:
        return None
    from vibe_desktop.core.loader import load_report

    return load_report


def load_reports(
    files: Iterable[Traversable], load: Callable[[Any], Report]
) -> tuple[list[Report], Outcome]:
    """Step 2: load each bundled report; every problem of every file is listed."""
    outcome, reports = Outcome(), []
    for file in files:
        outcome.checked += 1
        try:
            reports.append(load(file))
        except Exception as exc:  # noqa: BLE001 (ReportError has .problems; others are bugs)
            problems = getattr(exc, "problems", None) or [f"{type(exc).__name__}: {exc}"]
            outcome.problems += [f"{file.name}: {problem}" for problem in problems]
    if outcome.checked == 0:
        outcome.problems.append("no bundled report was found (data/reports/*.yaml)")
    return reports, outcome


def window_available() -> bool:
    """Whether this build has the reader window and its page list yet."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("vibe_desktop.ui.shell.main_window", "vibe_desktop.render.pages")
    )


def render_pages(reports: list[Report], make_window: Callable[[], Any] | None = None) -> Outcome:
    """Step 3: open every page of every report in the main window and paint it once."""
    from PySide6.QtWidgets import QApplication

    from vibe_desktop.core.navigation import all_page_anchors

    outcome = Outcome()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "vibe-desktop"])
    if make_window is None:
        from vibe_desktop.ui.shell.main_window import MainWindow

        def make_window() -> Any:
            return MainWindow(install_features=False)

    window = make_window()
    try:
        window.persist = False  # the self-test never changes the person's settings
        window.resize(1100, 760)
        if hasattr(window, "ensure_features"):  # every feature must install in this build
            window.ensure_features()
            for spec, exc in window.feature_failures:
                outcome.problems.append(f"feature {spec}: {type(exc).__name__}: {exc}")
            outcome.notes.append(f"features: {len(_features())} registered, "
                                 f"{len(window.feature_failures)} failed to install")
        for report in reports:
            for anchor in all_page_anchors(report):
                outcome.checked += 1
                try:
                    opened = window.open_anchor(anchor)
                    app.processEvents()
                    painted = window.detail.viewport().grab()
                except Exception as exc:  # noqa: BLE001 (a page that raises is what this finds)
                    outcome.problems.append(f"{anchor}: {type(exc).__name__}: {exc}")
                    continue
                if not opened:
                    outcome.problems.append(f"{anchor}: the window refused to open this page")
                elif painted.isNull():
                    outcome.problems.append(f"{anchor}: the page painted nothing")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return outcome


def _features() -> tuple[object, ...]:
    from vibe_desktop.ui.shell.features import FEATURES

    return FEATURES


def _attach_windows_console() -> None:
    """The Windows exe is a windowed program: typed in cmd.exe, print to that console."""
    if sys.platform != "win32" or sys.stdout is not None:
        return  # output already goes somewhere (a pipe, a file, a console)
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # the console of the parent (cmd.exe)
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = sys.stdout


def run_self_test(
    args: argparse.Namespace | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the three steps, print what was checked, return the exit status."""
    _attach_windows_console()
    out, err = out or sys.stdout, err or sys.stderr
    started = time.perf_counter()
    prepare_qt_environment()
    platform = platform_name()
    frozen = "frozen" if getattr(sys, "frozen", False) else "python"
    print(f"VIBE Desktop {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, "
          f"Qt platform '{platform}')", file=out)

    system = check_system(platform)
    for note in system.notes:
        print(note, file=err)
    if system.problems:
        for problem in system.problems:
            print(problem, file=err)
        print(f"FAILED: this machine cannot run the window ({len(system.problems)} problems)",
              file=err)
        return EXIT_SYSTEM
    fonts = check_qt_fonts()
    if fonts.problems:
        for problem in fonts.problems:
            print(problem, file=err)
        print("FAILED: Qt has no usable font on this machine", file=err)
        return EXIT_SYSTEM
    print("system: libraries, fonts and locale OK", file=out)
    from vibe_desktop.paths import home_description

    print(f"user files: {home_description()}", file=out)

    load = _loader()
    if load is None:
        print("FAILED: this build has no report loader (vibe_desktop.core.loader)", file=err)
        return EXIT_CONTENT
    from vibe_desktop.paths import bundled_report_files

    reports, loaded = load_reports(bundled_report_files(), load)
    for problem in loaded.problems:
        print(f"report problem: {problem}", file=err)
    print(f"reports: {len(reports)} of {loaded.checked} loaded", file=out)

    rendered = Outcome()
    if not window_available():
        print("pages: skipped, this build has no reader window yet "
              "(vibe_desktop.ui.shell.main_window)",
              file=out)
    elif reports:
        rendered = render_pages(reports)
        for problem in rendered.problems:
            print(f"page problem: {problem}", file=err)
        for note in rendered.notes:
            print(note, file=out)
        print(f"pages: {rendered.checked - len(rendered.problems)} of {rendered.checked} rendered",
              file=out)

    failures = len(loaded.problems) + len(rendered.problems)
    seconds = time.perf_counter() - started
    if failures:
        print(f"FAILED: {failures} problems ({seconds:.2f} s)", file=err)
        return EXIT_CONTENT
    print(f"OK ({seconds:.2f} s)", file=out)
    return EXIT_OK
