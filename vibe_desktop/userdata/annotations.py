"""Bookmarks and highlights (with notes), keyed by paragraph anchors, with undoable changes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vibe_desktop.core.model import Anchor
from vibe_desktop.userdata.store import AtomicJsonStore, StoreError, StoreNotice, StoreReadOnlyError

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
        """Where the quote is in the paragraph's text now.

        Its offsets, the nearest match, or None.
        """
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
    # What was done, as a code the UI words (userdata has no Qt): "add", "edit", "delete",
    # "external" (another copy of the app changed it); "" for a change made by hand.
    action: str = ""

    def inverted(self) -> Change:
        return Change(self.after, self.before, self.action)

    @property
    def kind(self) -> str:
        """"bookmark" or "highlight": what the change is about."""
        return "bookmark" if isinstance(self.after or self.before, Bookmark) else "highlight"

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


def _kind(item: Item) -> str:
    return "bookmarks" if isinstance(item, Bookmark) else "highlights"


def _apply_raw(data: dict[str, Any], change: Change) -> dict[str, Any]:
    """Make ``change`` to the stored form ``data`` by item id (entries it cannot read stay)."""
    item = change.after or change.before
    assert item is not None
    kind = _kind(item)
    entries = data.get(kind)
    if not isinstance(entries, list):
        entries = data[kind] = []
    at = next((n for n, raw in enumerate(entries)
               if isinstance(raw, dict) and raw.get("id") == change.item_id), None)
    if change.after is None:
        if at is not None:
            del entries[at]
    elif at is None:  # new, or removed in another window while edited here: the edit wins
        entries.append(asdict(change.after))
    else:
        entries[at] = asdict(change.after)
    return data


class AnnotationStore:
    """All of the user's bookmarks and highlights, saved after every change.

    Every change is made to the file as it is on disk at that moment, under the store's
    lock (``AtomicJsonStore.update``), so two copies of the app on one store never undo
    each other's notes, whichever way their saves interleave. What the other copy changed
    is picked up on the way and reported to ``listeners`` like any other change.
    """

    def __init__(self, path: Path | None = None) -> None:
        unavailable: str | None = None
        if path is None:
            from vibe_desktop import paths

            try:
                path = paths.data_dir() / FILE_NAME
            except OSError as exc:  # a read-only or missing home: read nothing, save nothing
                unavailable = (f"the folder for notes cannot be created "
                               f"({exc.strerror or exc}: {exc.filename or ''})")
                path = Path(exc.filename or ".") / FILE_NAME
        self.store = AtomicJsonStore(path, kind="vibe-desktop-annotations")
        self._unavailable = unavailable
        self._items: dict[str, Item] = {}
        self.listeners: list[Callable[[Change], None]] = []
        self.skipped: list[str] = []
        self._unreadable: dict[str, list[Any]] = {"bookmarks": [], "highlights": []}
        self._raw_unknown: dict[str, Any] = {}

    @property
    def save_problem(self) -> str | None:
        """Why changes cannot be saved (shown once to the user), or None when they can."""
        return self._unavailable or self.store.read_only_reason

    # -- loading ----------------------------------------------------------------
    def load(self) -> list[StoreNotice]:
        """Read the store; returns notices for the user (recovered from backup, entries skipped)."""
        if self._unavailable:
            self.store.read_only_reason = self._unavailable
            return [StoreNotice(f"Notes and bookmarks cannot be saved: {self._unavailable}.",
                                code="unavailable", reason=self._unavailable)]
        data, notices = self.store.load()
        self._take(data)
        if self.skipped:
            notices.append(StoreNotice(
                f"{len(self.skipped)} saved entries in {self.store.path} could not be read and "
                "are not shown; they are kept in the file unchanged.",
                code="skipped", path=self.store.path, count=len(self.skipped),
            ))
        return notices

    def refresh(self) -> list[Change]:
        """Re-read the file (another copy of the app may have saved) and tell the listeners."""
        if self._unavailable:
            return []
        before = dict(self._items)
        data, _notices = self.store.load()
        self._take(data)
        return self._announce_external(before, skip=None)

    def _take(self, data: dict[str, Any]) -> None:
        """Make the stored form ``data`` the store's content."""
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
        self._raw_unknown = {k: v for k, v in data.items() if k not in ("bookmarks", "highlights")}

    def _announce_external(self, before: dict[str, Item], skip: str | None) -> list[Change]:
        """Changes another copy of the app made (before -> now), told to the listeners."""
        changes = [
            Change(before.get(item_id), self._items.get(item_id), "external")
            for item_id in sorted(before.keys() | self._items.keys())
            if item_id != skip and before.get(item_id) != self._items.get(item_id)
        ]
        for change in changes:
            for listener in list(self.listeners):
                listener(change)
        return changes
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
            raise ValueError(f"empty or reversed highlight {item.start}..{item.end} "
                             f"at {item.anchor}")
        return Change(None, item, "add")

    def editing(self, item_id: str, **changes: Any) -> Change:
        """The change that edits fields (note, label) of an item (not yet applied)."""
        before = self._items[item_id]
        return Change(before, replace(before, **changes), "edit")

    def removing(self, item_id: str) -> Change:
        """The change that deletes an item (not yet applied)."""
        before = self._items[item_id]
        return Change(before, None, "delete")

    def add(self, item: Item) -> Change:
        return self.apply(self.adding(item))

    def update(self, item_id: str, **changes: Any) -> Change:
        return self.apply(self.editing(item_id, **changes))

    def remove(self, item_id: str) -> Change:
        return self.apply(self.removing(item_id))

    def apply(self, change: Change) -> Change:
        """Make ``change`` (or an inverted one, to undo) and save it; a failed save changes nothing.

        Raises StoreReadOnlyError when the store can never be saved, StoreError when this save
        failed.
        """
        before = dict(self._items)
        try:
            data = self.store.update(lambda current: _apply_raw(current, change), self._data())
        except (OSError, StoreError) as exc:
            error = StoreReadOnlyError if isinstance(exc, StoreReadOnlyError) else StoreError
            raise error(f"could not save {self.store.path}: {exc}") from exc
        self._take(data)
        for listener in list(self.listeners):
            listener(change)
        self._announce_external(before, skip=change.item_id)
        return change

    def _data(self) -> dict[str, Any]:
        """The stored form of what this store holds now."""
        data: dict[str, Any] = dict(self._raw_unknown)
        data["bookmarks"] = [asdict(b) for b in self.bookmarks()] + self._unreadable["bookmarks"]
        data["highlights"] = [asdict(h) for h in self.highlights()] + self._unreadable["highlights"]
        return data

    def save(self) -> None:
        """Write what this store holds, merged with what is on disk (nothing there is lost)."""
        mine = self._data()

        def merge(current: dict[str, Any]) -> dict[str, Any]:
            for kind in ("bookmarks", "highlights"):
                ours = {raw.get("id"): raw for raw in mine[kind] if isinstance(raw, dict)}
                found = current.get(kind)
                theirs: list[Any] = found if isinstance(found, list) else []
                kept = [raw for raw in theirs
                        if not (isinstance(raw, dict) and raw.get("id") in ours)]
                current[kind] = kept + mine[kind]
            return current

        self._take(self.store.update(merge, mine))
