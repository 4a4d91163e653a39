"""The atomic JSON store: round trip, backup, recovery from damage, and a writer killed 200
times.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from vibe_desktop.userdata.store import SCHEMA_VERSION, AtomicJsonStore, StoreError

ITEMS = 4000
WRITER = """
import sys
from pathlib import Path
from vibe_desktop.userdata.store import AtomicJsonStore
store = AtomicJsonStore(Path(sys.argv[1]))
data, notices = store.load()
assert not notices, notices
n = data.get("n", 0)
print("ready", flush=True)
while True:
    n += 1
    store.save({"n": n, "items": [n] * ITEMS, "tail": f"end-{n}"})
""".replace("ITEMS", str(ITEMS))


def check_complete(data: dict) -> int:
    """A version is complete when every part of it says the same version number."""
    n = data["n"]
    assert data["items"] == [n] * ITEMS
    assert data["tail"] == f"end-{n}"
    return n


def test_round_trip_and_backup(tmp_path: Path) -> None:
    store = AtomicJsonStore(tmp_path / "notes.json")
    assert store.load() == ({}, [])
    store.save({"v": 1})
    store.save({"v": 2, "text": "Қазақстан “quoted”"})
    assert store.load() == ({"v": 2, "text": "Қазақстан “quoted”"}, [])
    backup = json.loads((tmp_path / "notes.json.bak").read_text(encoding="utf-8"))
    assert backup == {"schema_version": SCHEMA_VERSION, "kind": "vibe-desktop", "data": {"v": 1}}
    # the lock file stays (empty): deleting it would race with a process about to lock it
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".notes.json.lock", "notes.json", "notes.json.bak"]


@pytest.mark.parametrize(
    "damage", [b"{\"schema_version\": 1, \"data\": {\"v\"", b"\xff\xfe garbage", b"[]", b""]
)
def test_damaged_file_is_set_aside_and_backup_recovered(tmp_path: Path, damage: bytes) -> None:
    path = tmp_path / "notes.json"
    store = AtomicJsonStore(path)
    store.save({"v": 1})
    store.save({"v": 2})
    path.write_bytes(damage)
    data, notices = AtomicJsonStore(path).load()
    assert data == {"v": 1}
    assert len(notices) == 1 and "recovered from the backup" in notices[0].text
    (damaged,) = notices[0].damaged
    assert damaged.name.startswith("notes.json.damaged-") and damaged.read_bytes() == damage
    assert str(damaged) in notices[0].text
    assert not path.exists()  # nothing written over it; the next save writes a fresh file
    store = AtomicJsonStore(path)
    store.load()
    store.save({"v": 3})
    assert AtomicJsonStore(path).load() == ({"v": 3}, [])
    assert damaged.read_bytes() == damage


def test_both_damaged_starts_empty_and_keeps_both(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(b"{bad")
    (tmp_path / "notes.json.bak").write_bytes(b"{worse")
    data, notices = AtomicJsonStore(path).load()
    assert data == {}
    assert len(notices[0].damaged) == 2
    assert sorted(p.read_bytes() for p in notices[0].damaged) == [b"{bad", b"{worse"]
    # a second damage in the same second gets its own name, never overwriting the first
    path.write_bytes(b"{again")
    _, notices2 = AtomicJsonStore(path).load()
    assert notices2[0].damaged[0] not in notices[0].damaged
    assert notices2[0].damaged[0].read_bytes() == b"{again"


def test_damage_after_load_is_not_overwritten_nor_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    store = AtomicJsonStore(path)
    store.save({"v": 1})
    store.save({"v": 2})
    path.write_bytes(b"{broken by something else")
    store.save({"v": 3})
    assert AtomicJsonStore(path).load() == ({"v": 3}, [])
    backup = json.loads((tmp_path / "notes.json.bak").read_text(encoding="utf-8"))
    assert backup["data"] == {"v": 1}
    damaged = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in damaged] == [b"{broken by something else"]


def test_newer_schema_is_read_but_never_written(tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    text = json.dumps({"schema_version": SCHEMA_VERSION + 1, "data": {"future": True}})
    path.write_text(text, encoding="utf-8")
    store = AtomicJsonStore(path)
    assert store.load() == ({"future": True}, [])
    with pytest.raises(StoreError, match="newer version"):
        store.save({})
    assert path.read_text(encoding="utf-8") == text


def test_writer_killed_at_random_moments_never_loses_or_corrupts(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    rng = random.Random(os.environ.get("VIBE_KILL_SEED", "5"))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    last = 0
    killed_mid_write = 0
    kills = 200
    for _ in range(kills):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        )
        assert writer.stdout is not None and writer.stdout.readline() == b"ready\n", (
            writer.stderr.read() if writer.stderr else b""
        )
        with contextlib.suppress(subprocess.TimeoutExpired):
            writer.wait(timeout=rng.uniform(0.0, 0.03))
        assert writer.returncode is None, writer.stderr.read() if writer.stderr else b""
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        if writer.stderr:
            writer.stderr.close()
        killed_mid_write += any(p.suffix == ".tmp" for p in tmp_path.iterdir())
        backup = tmp_path / "store.json.bak"
        if backup.exists():  # the backup is always a complete, older version too
            check_complete(json.loads(backup.read_text(encoding="utf-8"))["data"])
        data, notices = AtomicJsonStore(path).load()
        assert notices == []
        if data:
            n = check_complete(data)
            assert n >= last  # the newest finished version, or a newer one: never older
            last = n
    print(f"{kills} kills, {killed_mid_write} mid-write, {last} versions written")
    assert last >= 50  # the writer really wrote many versions in between
    assert killed_mid_write > 0  # and some kills landed in the middle of a write
    backup = json.loads((tmp_path / "store.json.bak").read_text(encoding="utf-8"))
    # A kill between refreshing the backup and replacing the store leaves both at the same
    # version (the unfinished newer one is simply not there): older or equal, never newer.
    assert check_complete(backup["data"]) <= last


def test_damaged_file_that_cannot_be_moved_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.json"
    store = AtomicJsonStore(path)
    store.save({"v": 1})
    store.save({"v": 2})
    path.write_bytes(b"{damaged")

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "link", refuse)
    monkeypatch.setattr(os, "replace", refuse)
    store = AtomicJsonStore(path)
    data, notices = store.load()
    assert data == {"v": 1}  # recovered from the backup
    assert any("could not be set aside" in n.text for n in notices)
    with pytest.raises(StoreError, match="could not be set aside"):
        store.save({"v": 3})
    assert path.read_bytes() == b"{damaged"
