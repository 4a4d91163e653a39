"""Bookmarks and highlights: persistence by anchor, undoable changes, relocation, unreadable
entries.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vibe_desktop.userdata.annotations import AnnotationStore, Bookmark, Change, Highlight
from vibe_desktop.userdata.store import StoreError

A = "testland-2030/i6/p2"


def test_default_path_is_in_the_user_data_dir(user_home: Path) -> None:
    store = AnnotationStore()
    store.load()
    store.add(Bookmark("testland-2030/i6"))
    assert (user_home / "data" / "annotations.json").exists()


def test_add_update_remove_persist(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store = AnnotationStore(path)
    assert store.load() == []
    bookmark = store.add(Bookmark("testland-2030/pr2", label="read later")).after
    highlight = store.add(Highlight(A, 2, 10, "second p", note="check")).after
    assert isinstance(bookmark, Bookmark) and isinstance(highlight, Highlight)
    store.update(highlight.id, note="checked ✓")
    again = AnnotationStore(path)
    assert again.load() == []
    assert again.bookmarks() == [bookmark]
    assert again.highlights("testland-2030")[0].note == "checked ✓"
    assert again.highlights("other-2020") == []
    assert again.highlights_in([A, "x/i1/p1"]) == again.highlights()
    assert again.bookmark_for("testland-2030/pr2") == bookmark
    again.remove(bookmark.id)
    assert AnnotationStore(path).load() == [] and len(again) == 1


def test_changes_undo_and_redo(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "a.json")
    store.load()
    seen: list[Change] = []
    store.listeners.append(seen.append)
    added = store.add(Highlight(A, 0, 5, "A sec"))
    edited = store.update(added.item_id, note="n")
    removed = store.remove(added.item_id)
    assert len(store) == 0
    store.apply(removed.inverted())  # undo delete
    assert store.get(added.item_id).note == "n"  # type: ignore[union-attr]
    store.apply(edited.inverted())  # undo edit
    assert store.get(added.item_id).note == ""  # type: ignore[union-attr]
    store.apply(added.inverted())  # undo add
    assert len(store) == 0
    store.apply(added)  # redo
    assert len(seen) == 7
    reloaded = AnnotationStore(tmp_path / "a.json")
    reloaded.load()
    assert [h.id for h in reloaded.highlights()] == [added.item_id]


def test_bad_input_is_refused_with_the_reason(tmp_path: Path) -> None:
    store = AnnotationStore(tmp_path / "a.json")
    store.load()
    with pytest.raises(ValueError, match="not a paragraph anchor"):
        store.add(Bookmark("nowhere"))
    with pytest.raises(ValueError, match="empty or reversed"):
        store.add(Highlight(A, 5, 5, ""))
    assert len(store) == 0


def test_failed_save_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    store = AnnotationStore(path)
    store.load()
    store.add(Bookmark("testland-2030/i1"))
    before = path.read_bytes()
    store.store.read_only_reason = "written by a newer version"
    with pytest.raises(StoreError, match="newer version"):
        store.add(Bookmark("testland-2030/i2"))
    assert len(store) == 1 and path.read_bytes() == before


def test_relocate_highlight_after_text_moves() -> None:
    highlight = Highlight(A, 10, 15, "Vibra")
    assert highlight.locate("0123456789Vibrant") == (10, 15)
    assert highlight.locate("Vibrant, Vibrant, and Vibrant once more") == (9, 14)
    assert highlight.locate("no longer here") is None


def test_unreadable_entries_are_reported_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    good = {"anchor": A, "start": 0, "end": 3, "quote": "abc", "note": "", "created": "x",
            "id": "good"}
    document = {"schema_version": 1, "kind": "vibe-desktop-annotations",
                "data": {"highlights": [good, {"anchor": "broken"}], "future_field": [1]}}
    path.write_text(json.dumps(document), encoding="utf-8")
    store = AnnotationStore(path)
    notices = store.load()
    assert len(notices) == 1 and "1 saved entries" in notices[0].text
    assert [h.id for h in store.highlights()] == ["good"]
    store.add(Bookmark("testland-2030/i3"))
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    assert {"anchor": "broken"} in data["highlights"] and data["future_field"] == [1]
