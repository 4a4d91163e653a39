"""Back/forward history: browser rules, no repeats, a bounded length, replacing in place."""

from __future__ import annotations

from vibe_desktop.core.history import History


def test_visiting_after_going_back_drops_the_forward_entries() -> None:
    history = History()
    for anchor in ("a", "b", "c"):
        history.visit(anchor)
    assert history.back() == "b" and history.can_go_forward()
    history.visit("d")
    assert not history.can_go_forward()
    assert [history.back(), history.back(), history.back()] == ["b", "a", None]


def test_a_repeat_is_not_recorded_and_replace_updates_in_place() -> None:
    history = History()
    history.replace("start")  # an empty history: replace is a visit
    history.visit("start")
    assert len(history) == 1
    history.replace("start/p3")
    assert history.current == "start/p3" and len(history) == 1
    assert history.forward() is None


def test_the_oldest_entries_go_beyond_the_limit() -> None:
    history = History(limit=3)
    for anchor in "abcde":
        history.visit(anchor)
    assert len(history) == 3 and history.current == "e"
    assert [history.back(), history.back(), history.back()] == ["d", "c", None]


def test_history() -> None:
    history = History(limit=3)
    assert history.current is None and history.back() is None
    for anchor in ("a", "b", "b", "c"):
        history.visit(anchor)
    assert len(history) == 3
    assert history.back() == "b"
    assert history.back() == "a"
    assert history.back() is None
    assert history.forward() == "b"
    history.replace("b/p2")
    history.visit("d")
    assert not history.can_go_forward()
    assert history.back() == "b/p2"
    history.visit("e")
    history.visit("f")
    assert len(history) == 3 and history.current == "f"
