"""The baseline: a bare PySide6 window (QMainWindow, QSplitter, QTreeView, QTextBrowser).

Every start-up and memory figure of the app is a ratio against this window measured in the
same run. With VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT=1 it prints ``VIBE_FIRST_PAINT
<time.monotonic()>`` on the first paint of the text browser and quits, like the app does.
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeView


class FirstPaint(QObject):
    """Prints the time of the first paint of the watched widget, then quits."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"VIBE_FIRST_PAINT {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    splitter = QSplitter()
    splitter.addWidget(QTreeView())
    browser = QTextBrowser()
    browser.setPlainText("Bare window")
    splitter.addWidget(browser)
    window.setCentralWidget(splitter)
    window.resize(1100, 760)
    if os.environ.get("VIBE_DESKTOP_BENCH_EXIT_AFTER_PAINT") == "1":
        browser.viewport().installEventFilter(FirstPaint(browser))
    if "--self-test" in sys.argv:  # the bundle build runs every bundle this way
        print("bare window: OK")
        return 0
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
