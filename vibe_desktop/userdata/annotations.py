"""Bookmarks and highlights (with notes), keyed by paragraph anchors, with undoable changes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vibe_desktop.core.model import Anchor
from vibe_desktop.userdata.store import AtomicJsonStore, StoreError, StoreNotice

FILE_NAME = "annotations.json"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A bookmarked page or paragraph (``anchor``), with an optional label."""

    anchor: str
    label: str = ""
    created: str = field(default_factory=_now)
    id: str = field(default_factory=_new_id)

    @property
    def report_id(self) -> str:
        return Anchor.parse(self.anchor).report_id


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlighted passage: characters ``start:end`` of the paragraph ``anchor`` as shown.

    ``quote`` keeps the highlighted text itself, so the passage can be found again if the
    offsets move (a corrected report edition) and is never lost if it cannot.
    """

    anchor: str
    start: int
    end: int
    quote: str
    note: str = ""
    created: str = field(default_factory=_now)
    id: str = field(default_factory=_new_id)

    @property
    def report_id(self) -> str:
        return Anchor.parse(self.anchor).report_id

    def locate(self, paragraph_text: str) -> tuple[int, int] | None:
        """Where the quote is in the paragraph's text now: its offsets, the nearest match, or None."""
        if paragraph_text[self.start : self.end] == self.quote:
            return self.start, self.end
        if not self.quote:
            return None
        hits = []
        at = paragraph_text.find(self.quote)
        while at >= 0:
            hits.append(at)
            at = paragraph_text.find(self.quote, at + 1)
        if not hits:
            return None
        best = min(hits, key=lambda hit: abs(hit - self.start))
        return best, best + len(self.quote)


Item = Bookmark | Highlight


@dataclass(frozen=True, slots=True)
class Change:
    """One undoable change: ``before`` -> ``after`` (None before: added; None after: removed)."""

    before: Item | None
    after: Item | None
    text: str = ""

    def inverted(self) -> Change:
        return Change(self.after, self.before, self.text)

    @property
    def item_id(self) -> str:
        item = self.after or self.before
        assert item is not None
        return item.id


def _check_anchor(anchor: str) -> None:
    Anchor.parse(anchor)  # ValueError with the anchor in the message


def _item_from(kind: str, raw: dict[str, Any]) -> Item:
    if kind == "bookmarks":
        return Bookmark(str(raw["anchor"]), str(raw.get("label", "")),
                        str(raw.get("created", "")), str(raw["id"]))
    return Highlight(str(raw["anchor"]), int(raw["start"]), int(raw["end"]),
                     str(raw.get("quote", "")), str(raw.get("note", "")),
                     str(raw.get("created", "")), str(raw["id"]))


class AnnotationStore:
    """All of the user's bookmarks and highlights, saved atomically after every change."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            from vibe_desktop import paths

            path = paths.data_dir() / FILE_NAME
        self.store = AtomicJsonStore(path, kind="vibe-desktop-annotations")
        self._items: dict[str, Item] = {}
        self.listeners: list[Callable[[Change], None]] = []
        self.skipped: list[str] = []
        self._unreadable: dict[str, list[Any]] = {"bookmarks": [], "highlights": []}
        self._raw_unknown: dict[str, Any] = {}

    # -- loading ----------------------------------------------------------------
    def load(self) -> list[StoreNotice]:
        """Read the store; returns notices for the user (recovered from backup, entries skipped)."""
        data, notices = self.store.load()
        self._items.clear()
        self.skipped = []
        self._unreadable = {"bookmarks": [], "highlights": []}
        for kind in ("bookmarks", "highlights"):
            for raw in data.get(kind, []) if isinstance(data.get(kind), list) else []:
                try:
                    item = _item_from(kind, raw)
                    _check_anchor(item.anchor)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    self.skipped.append(f"{kind}: {raw!r}: {exc}")
                    self._unreadable[kind].append(raw)
                    continue
                self._items[item.id] = item
        if self.skipped:
            notices.append(StoreNotice(
                f"{len(self.skipped)} saved entries in {self.store.path} could not be read and "
                "are not shown; they are kept in the file unchanged.",
            ))
        self._raw_unknown = {k: v for k, v in data.items() if k not in ("bookmarks", "highlights")}
        return notices

    # -- reading ----------------------------------------------------------------
    def items(self) -> list[Item]:
        """Every bookmark and highlight, in creation order."""
        return sorted(self._items.values(), key=lambda item: (item.created, item.id))

    def bookmarks(self, report_id: str | None = None) -> list[Bookmark]:
        return [i for i in self.items() if isinstance(i, Bookmark)
                and (report_id is None or i.report_id == report_id)]

    def highlights(self, report_id: str | None = None) -> list[Highlight]:
        return [i for i in self.items() if isinstance(i, Highlight)
                and (report_id is None or i.report_id == report_id)]

    def highlights_in(self, paragraph_anchors: Iterable[str]) -> list[Highlight]:
        """Highlights on any of these paragraphs (for painting one page)."""
        wanted = set(paragraph_anchors)
        return [h for h in self.highlights() if h.anchor in wanted]

    def bookmark_for(self, anchor: str) -> Bookmark | None:
        return next((b for b in self.bookmarks() if b.anchor == anchor), None)

    def get(self, item_id: str) -> Item:
        return self._items[item_id]

    def __len__(self) -> int:
        return len(self._items)

    # -- changing (every change is saved and can be undone) ---------------------------
    def adding(self, item: Item) -> Change:
        """The change that adds ``item`` (checked, not yet applied)."""
        _check_anchor(item.anchor)
        if isinstance(item, Highlight) and not 0 <= item.start < item.end:
            raise ValueError(f"empty or reversed highlight {item.start}..{item.end} at {item.anchor}")
        kind = "bookmark" if isinstance(item, Bookmark) else "highlight"
        return Change(None, item, f"add {kind}")

    def editing(self, item_id: str, **changes: Any) -> Change:
        """The change that edits fields (note, label) of an item (not yet applied)."""
        before = self._items[item_id]
        return Change(before, replace(before, **changes), "edit")

    def removing(self, item_id: str) -> Change:
        """The change that deletes an item (not yet applied)."""
        before = self._items[item_id]
        kind = "bookmark" if isinstance(before, Bookmark) else "highlight"
        return Change(before, None, f"delete {kind}")

    def add(self, item: Item) -> Change:
        return self.apply(self.adding(item))

    def update(self, item_id: str, **changes: Any) -> Change:
        return self.apply(self.editing(item_id, **changes))

    def remove(self, item_id: str) -> Change:
        return self.apply(self.removing(item_id))

    def apply(self, change: Change) -> Change:
        """Make ``change`` (or an inverted one, to undo) and save; on a failed save, undo it."""
        previous = self._items.get(change.item_id)
        if change.after is None:
            self._items.pop(change.item_id, None)
        else:
            self._items[change.item_id] = change.after
        try:
            self.save()
        except (OSError, StoreError) as exc:
            if previous is None:
                self._items.pop(change.item_id, None)
            else:
                self._items[change.item_id] = previous
            raise StoreError(f"could not save {self.store.path}: {exc}") from exc
        for listener in list(self.listeners):
            listener(change)
        return change

    def save(self) -> None:
        data: dict[str, Any] = dict(self._raw_unknown)
        data["bookmarks"] = [asdict(b) for b in self.bookmarks()] + self._unreadable["bookmarks"]
        data["highlights"] = [asdict(h) for h in self.highlights()] + self._unreadable["highlights"]
        self.store.save(data)
