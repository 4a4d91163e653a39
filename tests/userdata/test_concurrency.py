"""Two copies of the app on one notes store: no acknowledged note is ever lost, nothing crashes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vibe_desktop.userdata import atomic
from vibe_desktop.userdata.annotations import AnnotationStore, Bookmark, Change, Highlight
from vibe_desktop.userdata.filelock import FileLock, LockBusyError
from vibe_desktop.userdata.store import AtomicJsonStore, StoreReadOnlyError

A = "testland-2030/i1/p1"

WRITER = """
import sys
from pathlib import Path
from vibe_desktop.userdata.annotations import AnnotationStore, Bookmark
store = AnnotationStore(Path(sys.argv[1]))
store.load()                      # read once, then save many times from a stale copy
print("ready", flush=True)
sys.stdin.readline()              # every writer starts at once
for n in range(int(sys.argv[3])):
    change = store.add(Bookmark(f"testland-2030/i{n % 20 + 1}/p1", f"{sys.argv[2]}-{n}"))
    print(change.item_id, flush=True)  # acknowledged: the save returned
"""


def _disk_ids(path: Path) -> set[str]:
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    return {raw["id"] for kind in ("bookmarks", "highlights") for raw in data.get(kind, [])}


def test_writers_in_several_processes_never_lose_an_acknowledged_note(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    per_writer = 60
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), f"w{n}", str(per_writer)],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for n in range(3)
    ]
    try:
        for writer in writers:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        for writer in writers:
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        acknowledged: set[str] = set()
        victim = writers[0]  # killed part-way: what it had acknowledged must survive
        assert victim.stdout is not None
        for _ in range(per_writer // 3):
            acknowledged.add(victim.stdout.readline().strip())
        victim.send_signal(signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
        victim.wait(timeout=60)
        acknowledged |= {line.strip() for line in victim.stdout if line.strip()}
        for writer in writers[1:]:
            out, _ = writer.communicate(timeout=120)
            assert writer.returncode == 0
            lines = out.split()
            assert len(lines) == per_writer
            acknowledged.update(lines)
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
            writer.__exit__(None, None, None)  # closes the pipes, waits
    on_disk = _disk_ids(path)
    assert acknowledged <= on_disk, f"lost {len(acknowledged - on_disk)} acknowledged notes"
    assert len(on_disk) >= 2 * per_writer + per_writer // 3
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 2  # at most what the killed writer left mid-write
    store = AnnotationStore(path)
    assert store.load() == []  # the next start cleans those up and reads everything
    assert {p.name for p in tmp_path.iterdir()} == {
        "annotations.json", "annotations.json.bak", ".annotations.json.lock"}


def test_two_stale_copies_in_turn_keep_both_notes_and_see_each_other(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    one, two = AnnotationStore(path), AnnotationStore(path)
    one.load()
    two.load()
    seen: list[Change] = []
    two.listeners.append(seen.append)
    first = one.add(Bookmark(A, "from one")).item_id
    second = two.add(Highlight(A, 0, 4, "Vibr", "from two")).item_id
    assert {c.item_id for c in seen} == {first, second}  # its own change, then the other's
    assert seen[1].before is None and seen[1].action == "external"
    one.update(first, label="edited in one")
    two.remove(second)
    assert _disk_ids(path) == {first}
    assert len(one) == 2  # one has not saved since two removed its highlight...
    assert [c.item_id for c in one.refresh()] == [second]  # ... until it looks again
    assert len(one) == 1 and one.get(first) == two.get(first)
    assert two.get(first).label == "edited in one"  # type: ignore[union-attr]


def test_editing_a_note_another_copy_deleted_keeps_the_note(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    one, two = AnnotationStore(path), AnnotationStore(path)
    one.load()
    note = one.add(Highlight(A, 0, 4, "Vibr", "v1")).item_id
    two.load()
    two.remove(note)
    one.update(note, note="v2, typed while the other window deleted it")
    assert AnnotationStore(path).load() == []
    assert note in _disk_ids(path)


OPS = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["add", "edit", "remove", "undo"]),
                         st.integers(0, 50)), max_size=25)


@settings(max_examples=40, deadline=None)
@given(OPS)
def test_any_interleaving_of_three_copies_equals_one_sequential_history(
        ops: list[tuple[int, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.json"
        copies = [AnnotationStore(path) for _ in range(3)]
        for copy in copies:
            copy.load()
        expected: dict[str, str] = {}  # id -> label, as one sequential history would have it
        done: list[Change] = []
        for who, op, n in ops:
            copy = copies[who]
            ids = sorted(expected)
            if op == "add" or not ids:
                change = copy.add(Bookmark(f"testland-2030/i{n % 20 + 1}", f"label {n}"))
            elif op == "edit":
                target = ids[n % len(ids)]
                change = copy.apply(Change(Bookmark(A, expected[target], id=target),
                                           Bookmark(A, f"edit {n}", "t", id=target)))
            elif op == "remove":
                target = ids[n % len(ids)]
                change = copy.apply(Change(Bookmark(A, expected[target], id=target), None))
            else:
                if not done:
                    continue
                change = copy.apply(done.pop().inverted())
            if op != "undo":
                done.append(change)
            if change.after is None:
                expected.pop(change.item_id, None)
            else:
                expected[change.item_id] = change.after.label  # type: ignore[union-attr]
        final = AnnotationStore(path)
        assert final.load() == []
        assert {b.id: b.label for b in final.bookmarks()} == expected


def test_backup_staging_names_are_unique_and_cleaned(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.json"
    target.write_bytes(b"old")
    names: list[str] = []
    real_link = os.link

    def recording_link(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        names.append(Path(dst).name)
        real_link(src, dst)

    monkeypatch.setattr(os, "link", recording_link)
    for n in range(3):
        atomic.atomic_write(target, f"v{n}".encode(), backup=tmp_path / "x.json.bak")
    assert len(set(names)) == 3 and all(name.endswith(".tmp") for name in names)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json", "x.json.bak"]


def test_lock_is_exclusive_and_freed_when_its_holder_is_killed(tmp_path: Path) -> None:
    lock_file = tmp_path / ".lock"
    with FileLock(lock_file), pytest.raises(LockBusyError, match="stayed locked"):
        FileLock(lock_file, timeout=0.01).acquire()
    with subprocess.Popen(
        [sys.executable, "-c", ("import sys; from pathlib import Path;"
         "from vibe_desktop.userdata.filelock import FileLock;"
         "FileLock(Path(sys.argv[1])).acquire(); print('held', flush=True); sys.stdin.read()"),
         str(lock_file)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(LockBusyError):
            FileLock(lock_file, timeout=0.01).acquire()
        holder.kill()
    with FileLock(lock_file, timeout=30):  # no stale lock: the OS dropped it with the process
        pass


def test_home_that_cannot_be_created_reads_nothing_and_says_so_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the home should be")
    monkeypatch.setenv("VIBE_DESKTOP_HOME", str(blocker / "home"))
    store = AnnotationStore()
    notices = store.load()
    assert len(notices) == 1 and "cannot be saved" in notices[0].text
    assert store.save_problem and len(store) == 0
    with pytest.raises(StoreReadOnlyError, match="could not save"):
        store.add(Bookmark(A))
    assert len(store) == 0


def test_read_only_folder_is_read_and_never_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.json"
    writer = AnnotationStore(path)
    writer.load()
    kept = writer.add(Bookmark(A, "kept")).item_id
    before = path.read_bytes()

    def read_only(*args: object, **kwargs: object) -> int:
        raise PermissionError(30, "Read-only file system")

    real_open = os.open
    monkeypatch.setattr(os, "open", lambda p, *a, **k: (
        read_only() if str(p).endswith(".lock") else real_open(p, *a, **k)))
    store = AnnotationStore(path)
    notices = store.load()
    assert [b.id for b in store.bookmarks()] == [kept]
    assert len(notices) == 1 and "Read-only file system" in notices[0].text
    with pytest.raises(StoreReadOnlyError):
        store.add(Bookmark(A, "not saved"))
    assert [b.id for b in store.bookmarks()] == [kept] and path.read_bytes() == before


def test_generic_store_update_reads_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    one, two = AtomicJsonStore(path), AtomicJsonStore(path)
    assert one.load() == ({}, []) and two.load() == ({}, [])
    one.update(lambda d: {**d, "one": 1}, {})
    assert two.update(lambda d: {**d, "two": 2}, {}) == {"one": 1, "two": 2}
