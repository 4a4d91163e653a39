"""Compare: a dialog showing one indicator side by side across reports (score, then text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vibe_desktop.core.markup import escape, to_html
from vibe_desktop.core.model import Anchor, Report
from vibe_desktop.i18n import translate
from vibe_desktop.render.pages import INTERNAL_SCHEME, score_html
from vibe_desktop.ui.shell import dialogs

if TYPE_CHECKING:
    from vibe_desktop.ui.shell.host import ReaderHost

INDICATORS = range(1, 21)
#: Supplies the reports to compare and the (id, error) of those that cannot be opened.
Source = Callable[[], tuple[list[Report], list[tuple[str, str]]]]


def _column_html(report: Report, number: int) -> tuple[str, str, str]:
    """Header, score and text cells for one report's indicator (all escaped)."""
    indicator = report.indicator(number)
    label = translate("Compare", "Open in reader")
    open_link = f'<a href="{INTERNAL_SCHEME}:{escape(report.id)}/i{number}">{escape(label)}</a>'
    header = (f"<b>{escape(report.country)} {report.edition}</b> · {open_link}<br/>"
              f"<i>{escape(indicator.title)}</i>")
    score = f"<b>{escape(translate('Compare', 'Score:'))}</b> {score_html(indicator.score)}"

    def footnote(n: int, rid: str = report.id) -> str:
        return f"{INTERNAL_SCHEME}:{rid}/fn{n}"

    parts = [f"<p>{to_html(text, footnote_href=footnote)}</p>" for text in indicator.paragraphs]
    for quote in indicator.quotes:
        speaker = f"<br/>— {escape(quote.speaker)}" if quote.speaker else ""
        parts.append(f'<p class="quote"><i>“{to_html(quote.text, footnote_href=footnote)}”'
                     f"</i>{speaker}</p>")
    if not parts:
        none = translate("Compare", "This report has no text for this indicator.")
        parts.append(f"<p><i>{escape(none)}</i></p>")
    return header, score, "".join(parts)


def compare_html(reports: list[Report], number: int, broken: list[tuple[str, str]]) -> str:
    """The comparison page: a table with one column per report."""
    if not reports:
        body = "<p>{}</p>".format(
            escape(translate("Compare", "No report in the library can be opened.")))
    else:
        width = 100 // len(reports)
        columns = [_column_html(report, number) for report in reports]
        rows = []
        for part in range(3):
            cells = "".join(f'<td width="{width}%" valign="top">{column[part]}</td>'
                            for column in columns)
            rows.append(f"<tr>{cells}</tr>")
        body = ('<table width="100%" border="1" cellspacing="0" cellpadding="8" '
                'style="border-collapse: collapse;">' + "".join(rows) + "</table>")
    if broken:
        names = "; ".join(f"{rid}: {error.splitlines()[0]}" for rid, error in broken)
        label = translate("Compare", "Not shown (cannot be opened):")
        body += f"<p><small>{escape(label)} {escape(names)}</small></p>"
    return body


class CompareView(QDialog):
    """A dialog comparing one indicator across reports (Esc, Ctrl+W and Close close it);
    "Open in reader" shows the place in the reader and closes the dialog, a footnote shows
    below the table, where the person is looking."""

    anchor_requested = Signal(str)

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.source = source
        self.setWindowTitle(self.tr("Compare indicator"))
        self.setAccessibleName(self.tr("Compare indicator"))
        self.picker = QComboBox(self)
        self.picker.setAccessibleName(self.tr("Indicator to compare"))
        # long indicator titles must not make the dialog wider than a small screen
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(24)
        label = QLabel(self.tr("&Indicator:"), self)
        label.setBuddy(self.picker)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Indicator text, one column per report"))
        self.browser.anchorClicked.connect(self._link)
        self.footnote = QTextBrowser(self)
        self.footnote.setOpenLinks(False)
        self.footnote.setAccessibleName(self.tr("Footnote"))
        self.footnote.setMaximumHeight(110)
        self.footnote.anchorClicked.connect(lambda url: dialogs.show_link(self, url.toString()))
        self.footnote.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.reject)
        QShortcut(QKeySequence("Ctrl+W"), self, self.reject)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.footnote)
        layout.addWidget(buttons)
        self.reports: list[Report] = []
        self.broken: list[tuple[str, str]] = []
        self.picker.currentIndexChanged.connect(self._render)
        self.reload()

    def sizeHint(self) -> QSize:
        return QSize(1100, 720)

    def reload(self) -> None:
        """Fetch the reports again (after the library changed) and refill the picker."""
        self.reports, self.broken = self.source()
        current = self.indicator()
        self.picker.blockSignals(True)
        self.picker.clear()
        for number in INDICATORS:
            title = next((r.indicator(number).title for r in self.reports), "")
            label = self.tr("Indicator {n}").format(n=number)
            self.picker.addItem(f"{label}: {title}" if title else label, number)
        self.picker.setCurrentIndex(max(0, current - 1))
        self.picker.blockSignals(False)
        self._render()

    def indicator(self) -> int:
        data = self.picker.currentData()
        return int(data) if data is not None else 1

    def set_indicator(self, number: int) -> None:
        self.picker.setCurrentIndex(number - 1)  # renders if it changed

    @Slot()
    def _render(self) -> None:
        self.browser.setHtml(compare_html(self.reports, self.indicator(), self.broken))

    @Slot(QUrl)
    def _link(self, url: QUrl) -> None:
        href = url.toString()
        if not href.startswith(f"{INTERNAL_SCHEME}:"):
            dialogs.show_link(self, href)
            return
        anchor = href[len(INTERNAL_SCHEME) + 1:]
        try:
            place = Anchor.parse(anchor)
        except ValueError:
            return
        if place.footnote is not None:
            self.show_footnote(place.report_id, place.footnote)
            return
        self.anchor_requested.emit(anchor)  # shown in the reader, which comes forward
        self.reject()

    def show_footnote(self, report_id: str, number: int) -> bool:
        """Show footnote ``number`` of a report below the table (False if there is none)."""
        report = next((r for r in self.reports if r.id == report_id), None)
        try:
            note = report.footnote(number) if report is not None else None
        except KeyError:
            note = None
        if note is None or report is None:
            return False
        title = self.tr("{report}, footnote {n}:").format(
            report=f"{report.country} {report.edition}", n=number)
        self.footnote.setHtml(f"<p><b>{escape(title)}</b> {to_html(note.text)}</p>")
        self.footnote.show()
        return True


def library_source(host: ReaderHost) -> Source:
    """Every report of the host's library that opens, and the error of each that does not."""
    def source() -> tuple[list[Report], list[tuple[str, str]]]:
        library = host.library
        broken = list(library.check_all().items())
        return library.reports(), broken
    return source


class Comparer(QObject):
    """Tools → Compare Indicator…: opens (and re-uses) the compare window."""

    def __init__(self, host: ReaderHost) -> None:
        super().__init__(host.widget())
        self.setObjectName("comparer")
        self.host = host
        self.view: CompareView | None = None
        self.action = QAction(self.tr("&Compare Indicator…"), self)
        self.action.setObjectName("compare-indicator")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.action.triggered.connect(self.show)
        host.add_actions("tools", "tools", [self.action])

    @Slot(str)
    def _open_in_reader(self, anchor: str) -> None:
        self.host.open_anchor(anchor)
        window = self.host.widget().window()
        if not dialogs.headless():  # (the offscreen platform cannot raise a window)
            window.raise_()
        window.activateWindow()
        self.host.detail.setFocus()

    @Slot()
    def show(self) -> CompareView:
        if self.view is None:
            from vibe_desktop.ui.shell.dialogs import fit_to_screen

            self.view = CompareView(library_source(self.host), self.host.widget())
            self.view.anchor_requested.connect(self._open_in_reader)
            fit_to_screen(self.view, self.view.sizeHint(), self.host.widget())
        else:
            self.view.reload()
        page = self.host.current_anchor()
        number = Anchor.parse(page).indicator if page else None
        if number is not None:
            self.view.set_indicator(number)
        if self.view.isVisible() and not self.view.isActiveWindow():
            self.view.raise_()  # already open behind the reader: bring it forward
            self.view.activateWindow()
        self.view.show()
        return self.view
