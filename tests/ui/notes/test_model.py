"""The notes model: grouping, reading order, live updates from the store, editing via a signal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from vibe_desktop.ui.notes.model import COLUMN_NOTE, NotesModel
from vibe_desktop.ui.roles import AnchorRole
from vibe_desktop.userdata.annotations import AnnotationStore, Bookmark, Highlight


def make_store(tmp_path: Path) -> AnnotationStore:
    store = AnnotationStore(tmp_path / "a.json")
    store.load()
    store.add(Highlight("beta-2022/i6/p2", 0, 4, "Beta", note="n1"))
    store.add(Bookmark("alpha-2021/i3"))
    store.add(Highlight("alpha-2021/summary/p1", 3, 9, "summar"))
    return store


def texts(model: NotesModel, parent: QModelIndex, column: int = 0) -> list[str]:
    return [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]


def test_groups_and_order(qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    model = NotesModel(make_store(tmp_path), title=lambda rid: rid.upper())
    qtmodeltester.check(model)
    assert texts(model, QModelIndex()) == ["ALPHA-2021", "BETA-2022"]
    alpha = model.index(0, 0)
    assert texts(model, alpha) == ["Overview ¶ 1", "Indicator 3"]
    assert model.index(0, 0, alpha).data(AnchorRole) == "alpha-2021/summary/p1"
    assert model.index(0, 0, model.index(1, 0)).siblingAtColumn(COLUMN_NOTE).data() == "n1"


def test_live_updates_pass_the_model_tester(qtmodeltester, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = make_store(tmp_path)
    model = NotesModel(store)
    qtmodeltester.check(model)  # keeps watching every signal below
    new = store.add(Bookmark("alpha-2021/pr1")).after
    assert texts(model, model.index(0, 0))[1] == "Principle 1"
    assert texts(model, model.index(0, 0), 1)[1] == "(bookmark)"
    store.add(Bookmark("gamma-2023/i1"))
    assert texts(model, QModelIndex()) == ["alpha-2021", "beta-2022", "gamma-2023"]
    beta_item = store.highlights("beta-2022")[0]
    store.update(beta_item.id, note="changed")
    assert model.index(0, COLUMN_NOTE, model.index(1, 0)).data() == "changed"
    store.remove(beta_item.id)
    assert texts(model, QModelIndex()) == ["alpha-2021", "gamma-2023"]
    assert new is not None and model.index_of(new.id).isValid()
    with qtbot.waitSignal(model.edit_requested) as blocker:
        assert model.setData(model.index_of(new.id).siblingAtColumn(COLUMN_NOTE), "label")
    assert blocker.args == [new.id, "label"]
    assert not model.flags(model.index(0, COLUMN_NOTE)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index_of(new.id).siblingAtColumn(COLUMN_NOTE)) & (
        Qt.ItemFlag.ItemIsEditable)
    model.detach()
    store.add(Bookmark("zeta-2020/i1"))
    assert model.rowCount() == 2
