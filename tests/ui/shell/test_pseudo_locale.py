"""Under a pseudo translation (every string wrapped ``[!! … !!]``) no user-visible text is bare.

The pseudo ``.ts`` is generated from lupdate's output over the whole package, so a string that
lupdate does not find (a ``tr()`` in an f-string, English built by construction, a lookup under
another context than lupdate files it under) shows up here unwrapped, by name. The report's own
words (titles, paragraphs, quotes, names) are exempt. ``ALLOWED`` (known misses) is empty and
should stay so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabBar,
    QToolBar,
    QWidget,
)

from tests.conftest import BUNDLED_YAML
from tests.translation_helpers import lrelease, lupdate, messages, pseudo_ts, tool
from tests.ui.reader_helpers import make_window
from vibe_desktop import ACKNOWLEDGMENT, APP_NAME, i18n
from vibe_desktop.core import citation, markup, navigation
from vibe_desktop.core.deck import build_deck
from vibe_desktop.core.loader import load_report
from vibe_desktop.core.model import Report
from vibe_desktop.render import pages
from vibe_desktop.render.scores import ScoreData
from vibe_desktop.render.slides import painter as slide_painter
from vibe_desktop.ui.shell import dialogs

pytestmark = pytest.mark.skipif(tool("lupdate") is None or tool("lrelease") is None,
                                reason="pyside6-lupdate / pyside6-lrelease are not installed")

# Texts known to reach the screen untranslated, each -> where it comes from and what it needs.
# Empty: every visible text goes through translation. Qt's own texts (standard buttons, dock
# and tab-bar buttons) are skipped: qtbase_xx.qm translates them (tests/test_i18n.py).
ALLOWED: dict[str, str] = {}

_INNERMOST = re.compile(r"\[!!(?:(?!\[!!|!!\]).)*!!\]", re.DOTALL)
_WORD = re.compile(r"[^\W\d_]+")
# Key names in the F1 list and tooltips ("Ctrl+PgDown"): Qt's, not ours to translate.
_KEYS = re.compile(r"\b(?:Ctrl|Shift|Alt|Meta|Enter|Return|Esc|Tab|Backspace|Del|Ins|Home|End|"
                   r"PgUp|PgDown|Left|Right|Up|Down|Space|F\d+)\b")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text))


def report_words(report: Report) -> str:
    """The report's own words (titles, paragraphs, quotes, names, rights), word by word, one
    string a line: a bare text is the report's own if its words run inside one line."""
    found = [report.title, report.country, report.publisher, report.id, ACKNOWLEDGMENT,
             APP_NAME, "VIBE IREX USAID", "PDF YAML CSV Markdown", "http https mailto"]
    for _, text in report.paragraphs():
        found += [markup.to_plain(text), markup.to_plain(text, footnote_refs=True)]
    for principle in report.principles:
        found.append(principle.title)
        for indicator in principle.indicators:
            found.append(indicator.title)
            for quote in indicator.quotes:
                found += [markup.to_plain(quote.text), quote.speaker or ""]
    for footnote in report.footnotes:
        found.append(markup.to_plain(footnote.text))
    for person in (*report.panel, *([report.moderator] if report.moderator else [])):
        found += [person.name, person.details or "", f"{person.name} {person.details or ''}"]
    # The title block as pages and handouts set it: title · publisher, title — country year.
    found += [f"{report.title} {report.publisher}", f"{report.title} {report.country}",
              f"{report.country} {report.title}"]
    rights = report.rights
    found += [getattr(rights, name, "") or "" for name in ("copyright", "notice", "funding")]
    return "\n".join(f" {_words(s)} " for s in found if s and s.strip())


def leftovers(text: str, report_text: str) -> list[str]:
    """The parts of ``text`` that are neither pseudo-translated nor the report's own words."""
    rest = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    while True:  # innermost first: "[!! [!! Overview !!]. Score: [!! … !!] !!]"
        shorter = _INNERMOST.sub("\n", rest)
        if shorter == rest:
            break
        rest = shorter
    bare = []
    for line in rest.splitlines():
        if line.strip().startswith("/") and " " not in line.strip():
            continue  # a file's path (a report's tooltip)
        words = _words(_KEYS.sub(" ", line))
        if len(words) > 1 and f" {words} " not in report_text:
            bare.append(" ".join(line.split()))
    return bare


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    extracted = folder / "extracted.ts"
    lupdate(extracted)
    pseudo = folder / "vibe_desktop_pseudo.ts"
    pseudo_ts(extracted, pseudo)
    return lrelease(pseudo, folder / "vibe_desktop_pseudo.qm")


@pytest.fixture
def pseudo(qapp, pseudo_qm: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale("ru"))
    citation.use_words(i18n.place_words())  # as app.py does after loading the translators
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
        citation.use_words(citation.ENGLISH)


@pytest.fixture(scope="module")
def report() -> Report:
    return load_report(BUNDLED_YAML)


class Findings:
    """Every bare text seen, by where it was seen."""

    def __init__(self, report: Report) -> None:
        self.report_text = report_words(report)
        self.bare: dict[str, str] = {}

    def check(self, where: str, text: object) -> None:
        if not isinstance(text, str) or not text:
            return
        if text.startswith("<qt>"):  # a tooltip through ui/tips.plain_tip: escaped rich text
            doc = QTextDocument()
            doc.setHtml(text)
            text = doc.toPlainText()
        for rest in leftovers(text, self.report_text):
            self.bare.setdefault(rest, where)

    def widget(self, where: str, root: QWidget) -> None:
        for w in [root, *root.findChildren(QWidget)]:
            if w.objectName().startswith("qt_") or isinstance(w.parent(), QTabBar):
                continue  # Qt's own (dock and tab-bar buttons): qtbase_xx.qm translates them
            box = w.parent()
            if (isinstance(w, QPushButton) and isinstance(box, QDialogButtonBox)
                    and box.standardButton(w) != QDialogButtonBox.StandardButton.NoButton):
                continue  # a standard button (Close, Cancel): qtbase_xx.qm translates it
            name = f"{where}: {type(w).__name__} {w.objectName()!r}"
            if w.isWindow() or isinstance(w, QDockWidget):
                self.check(name + " title", w.windowTitle())
            self.check(name + " accessible name", w.accessibleName())
            self.check(name + " accessible description", w.accessibleDescription())
            self.check(name + " tooltip", w.toolTip())
            if isinstance(w, QLabel):
                self.html(name + " text", w.text())
            elif isinstance(w, QAbstractButton):
                self.check(name + " text", w.text())
            elif isinstance(w, QLineEdit):
                self.check(name + " placeholder", w.placeholderText())
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.check(name + f" item {i}", w.itemText(i))

    def menu(self, where: str, menu: QMenu) -> None:
        self.check(where + " title", menu.title())
        for action in menu.actions():
            if action.isSeparator() or action.objectName().startswith(("report-", "language-")):
                continue  # report titles (the report's words) and languages' own names
            self.action(f"{where} → {action.objectName() or action.text()}", action)
            sub = action.menu()
            if isinstance(sub, QMenu):
                self.menu(where + " → " + sub.title(), sub)

    def action(self, where: str, action: QAction) -> None:
        self.check(where + " text", action.text())
        if action.toolTip() != action.text().replace("&", ""):
            self.check(where + " tooltip", action.toolTip())
        self.check(where + " status tip", action.statusTip())

    def model(self, where: str, model: QAbstractItemModel | None,
              parent: QModelIndex | None = None) -> None:
        if model is None:
            return
        parent = parent or QModelIndex()
        try:
            columns = model.columnCount(parent)
        except TypeError:  # list models keep columnCount private: one column
            columns = 1
        for column in range(columns):
            self.check(f"{where} header {column}", model.headerData(
                column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        self.check(f"{where} row {row} column {column} role {role}", value)
            if columns > 1 or not parent.isValid():
                child = model.index(row, 0, parent)
                if model.rowCount(child) > 0:
                    self.model(where, model, child)

    def html(self, where: str, html: str) -> None:
        doc = QTextDocument()
        doc.setHtml(html)
        self.check(where, doc.toPlainText())


def test_leftovers_sees_through_nested_wrapping() -> None:
    report_text = " Information Quality \n Some words of a paragraph "
    assert leftovers("[!! [!! Overview !!]. Score: [!! none !!] !!]", report_text) == []
    assert leftovers("[!! Principle 1 !!] Information Quality", report_text) == []
    assert leftovers("words of a.3", report_text) == []
    assert leftovers("&Go Back 12", report_text) == ["Go Back 12"]
    assert leftovers("[!! Next !!]: Ctrl+PgDown\n12:30 · 3/20", report_text) == []
    assert leftovers("Quality Some", report_text) == ["Quality Some"]


def test_every_visible_string_is_translated(qtbot, tmp_path: Path, report: Report, pseudo,  # type: ignore[no-untyped-def]
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    seen = Findings(report)
    shown: list[tuple[str, str, str]] = []
    for kind in ("info", "warning", "error"):
        monkeypatch.setattr(dialogs, kind, lambda parent, title, text, k=kind:
                            shown.append((k, title, text)))
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, text:
                        shown.append(("ask", title, text)) and False)
    # The second choice: "Later" for the language prompt, "Rehearse" for one screen.
    monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, options, default=0:
                        shown.append(("choose", title, "\n".join([text, *options]))) or 1)
    window = make_window(qtbot, tmp_path / "lib", report)
    window.ensure_features()
    # Panels and windows are made on first use: open each one, and keep something (a
    # bookmark, a highlight) so the notes panel has rows and Undo has a text.
    assert window.open_anchor(f"{report.id}/i6")
    for name in ("search-all", "toggle-dock-notes-and-bookmarks", "library-show", "people",
                 "compare-indicator", "keep-bookmark"):
        action = window.findChild(QAction, name)
        assert action is not None, name
        action.trigger()
    for dock in window.findChildren(QDockWidget):
        dock.show()

    seen.check("window title", window.windowTitle())
    for action in window.menuBar().actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            seen.menu(sub.title(), sub)
    for bar in window.findChildren(QToolBar):
        seen.check(f"toolbar {bar.objectName()}", bar.windowTitle())
        for action in bar.actions():
            seen.action(f"toolbar {bar.objectName()} → {action.objectName()}", action)
    seen.widget("window", window)

    # The tree's labels (the contents model) and every page's own words.
    for view in window.findChildren(QAbstractItemView):
        seen.model(f"{type(view).__name__} {view.objectName()!r}", view.model())
    for anchor in navigation.all_page_anchors(report):
        seen.html(f"page {anchor}", pages.render_page(report, anchor).html)
    seen.check("chart description", ScoreData.from_report(report).describe())

    # Slides: each one's label, header and body as the painter builds them.
    from vibe_desktop.render.slides.theme import PAPER
    for slide in build_deck(report):
        where = f"slide {slide.kind} {slide.number}"
        seen.check(where + " label", slide_painter.slide_label(slide))
        seen.html(where + " header", slide_painter.header_html(slide, 20, PAPER))
        seen.html(where + " body", slide_painter.body_html(slide, 20, PAPER))
    from vibe_desktop.export.handout import handout_html
    seen.html("handout", handout_html(report))

    # Dialogs through the seam: About, the F1 list, a refused link, the language prompt.
    for name in ("about", "shortcuts"):
        action = window.findChild(QAction, name)
        assert action is not None, name
        action.trigger()
    dialogs.show_link(window, "javascript:alert(1)")
    chooser = window.feature("language")
    if chooser is not None:
        chooser.actions["kk"].trigger()
    assert shown
    for kind, title, text in shown:
        seen.check(f"{kind} dialog title", title)
        seen.check(f"{kind} dialog {title!r} text", text)

    # The presenter view and the audience window.
    from vibe_desktop.ui.presentation.feature import start_presentation
    session = start_presentation(window, presenter=True)
    assert session is not None
    for top in [w for w in qtbot_top_levels() if w is not window and w.isVisible()]:
        seen.widget(f"top-level {type(top).__name__}", top)
        for view in top.findChildren(QAbstractItemView):
            seen.model(f"{type(top).__name__} {type(view).__name__}", view.model())
    session.controller.end()

    unexpected = {text: where for text, where in seen.bare.items() if text not in ALLOWED}
    assert not unexpected, "not translated:\n" + "\n".join(
        f"  {text!r} ({where})" for text, where in sorted(unexpected.items()))
    stale = sorted(set(ALLOWED) - set(seen.bare))
    assert not stale, f"translated now, remove from ALLOWED: {stale}"


def qtbot_top_levels() -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return list(QApplication.topLevelWidgets())


def test_the_pseudo_translation_wraps_every_message(tmp_path: Path, pseudo_qm: Path) -> None:
    extracted = tmp_path / "extracted.ts"
    lupdate(extracted)
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    for m in messages(extracted):
        shown = translator.translate(m.context, m.source, m.comment or None, 2 if m.numerus else -1)
        assert shown == f"[!! {m.source} !!]", (m.context, m.source)
