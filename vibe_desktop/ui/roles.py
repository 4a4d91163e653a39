"""The one table of custom item-data roles every model and delegate of the window uses."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = Qt.ItemDataRole.UserRole

AnchorRole = _BASE + 1  # str: the anchor a row opens (id/i6, id/i6/p3, id/panel/2 ...)
ScoreRole = _BASE + 2  # float | None: a score shown as a chip
NumberRole = _BASE + 3  # int | None: a principle's or indicator's number
KindRole = _BASE + 4  # str: what a contents row is (summary, principle, indicator, panel)
HitRole = _BASE + 5  # core.search.Hit: the search hit behind a row
PlaceRole = _BASE + 6  # str: where a hit or mention is, in words
SnippetHtmlRole = _BASE + 7  # str: escaped snippet HTML with the matches marked
ItemIdRole = _BASE + 8  # str: a bookmark's or highlight's id
ReportIdRole = _BASE + 9  # str: a library entry's report id
ErrorRole = _BASE + 10  # str: why a library entry cannot be opened ("" if it can)
HighlightRole = _BASE + 11  # str: what to paint in the page a row opens
