"""The parsed-report cache: hits, misses, invalidation, broken entries, and no YAML on a warm
start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_YAML, REPO
from tests.factories import make_report
from tests.fixtures.reports import write_report
from vibe_desktop.core.library import Library
from vibe_desktop.userdata import report_cache
from vibe_desktop.userdata.report_cache import ReportCache, default_cache


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    return write_report(tmp_path / "reports", report_id="testland-2030")


@pytest.fixture
def cache(tmp_path: Path) -> ReportCache:
    return ReportCache(tmp_path / "cache")


def test_miss_then_hit(cache: ReportCache, report_file: Path) -> None:
    report = make_report()
    stat = report_file.stat()
    assert cache.get(report_file, stat) is None
    cache.put(report_file, stat, report)
    assert cache.get(report_file, stat) == report
    assert [p.suffix for p in cache.folder.iterdir()] == [".json"]
    if hasattr(os, "getuid"):
        assert cache.entry_file(report_file).stat().st_mode & 0o077 == 0
    cache.put(report_file, stat, report)  # rewritten in place: still one file per report
    assert len(list(cache.folder.iterdir())) == 1


def test_content_decides_not_size_or_mtime(cache: ReportCache, report_file: Path,
                                            tmp_path: Path) -> None:
    cache.put(report_file, report_file.stat(), make_report())
    old = report_file.stat()
    os.utime(report_file, ns=(old.st_atime_ns, old.st_mtime_ns + 1_000_000_000))
    assert cache.get(report_file, report_file.stat()) is not None  # touched, same bytes: a hit
    # an edit keeping size and mtime (cp -p, rsync -t, unzip) is a miss
    text = report_file.read_bytes()
    edited = text.replace(b"Testland", b"Testlanz", 1)
    assert len(edited) == len(text)
    report_file.write_bytes(edited)
    os.utime(report_file, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert report_file.stat().st_size == old.st_size
    assert report_file.stat().st_mtime_ns == old.st_mtime_ns
    assert cache.get(report_file, report_file.stat()) is None


def test_a_file_changed_while_it_was_parsed_is_not_kept(cache: ReportCache,
                                                        report_file: Path) -> None:
    assert cache.get(report_file) is None  # the library asks first: a miss, hash noted
    report_file.write_bytes(report_file.read_bytes() + b"\n# changed meanwhile\n")
    cache.put(report_file, None, make_report())  # what the parser saw is uncertain
    assert cache.get(report_file) is None and not cache.entry_file(report_file).exists()


def test_another_path_is_a_miss(cache: ReportCache, report_file: Path, tmp_path: Path) -> None:
    other = write_report(tmp_path / "elsewhere", report_id="testland-2030")
    cache.put(report_file, report_file.stat(), make_report())
    assert cache.get(other, other.stat()) is None


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "magic"])
def test_corrupt_entry_is_ignored_then_rewritten(
    tmp_path: Path, report_file: Path, damage: str
) -> None:
    cache = ReportCache(tmp_path / "cache")
    stat = report_file.stat()
    cache.put(report_file, stat, make_report())
    entry = cache.entry_file(report_file)
    blob = entry.read_bytes()
    broken = {  # "magic": the format name changed
        "truncate": blob[: len(blob) // 2],
        "flip": blob[:-10] + bytes([blob[-10] ^ 0xFF]) + blob[-9:],
        "garbage": os.urandom(300),
        "empty": b"",
        "magic": blob.replace(b"vibe-desktop-report-cache", b"vibe-desktop-report-cachX"),
    }[damage]
    entry.write_bytes(broken)
    assert cache.get(report_file, stat) is None
    library = Library.discover([report_file], tmp_path / "user", cache=cache)
    assert library.get("testland-2030").id == "testland-2030"
    assert entry.read_bytes() != broken and cache.get(report_file, stat) is not None


@pytest.mark.parametrize("tamper", [
    lambda r: r.update(edition="2030"), lambda r: r.update(summary="one string"),
    lambda r: r["principles"][0].update(score="12"), lambda r: r.update(extra=[1]),
    lambda r: r["panel"].append({"name": "x"}), lambda r: r.update(unknown=1),
    lambda r: r.update(moderator={"name": 1, "details": ""}),
    lambda r: r.update(__reduce__="os.system"),
])
def test_entries_off_the_schema_are_misses(cache: ReportCache, report_file: Path,
                                           tamper: object) -> None:
    cache.put(report_file, None, make_report())
    entry = cache.entry_file(report_file)
    data = json.loads(entry.read_text(encoding="utf-8"))
    tamper(data["report"])  # type: ignore[operator]
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert cache.get(report_file) is None


def test_a_planted_entry_is_data_never_code(cache: ReportCache, report_file: Path) -> None:
    # the old cache unpickled what it found; JSON through a schema cannot run anything
    cache.folder.mkdir(parents=True)
    planted = {"format": report_cache.FORMAT, "version": cache._version,
               "path": str(report_file.resolve()),
               "sha256": ReportCache.content_hash(report_file),
               "report": {"py/reduce": ["os.system", ["touch /tmp/owned"]]}}
    cache.entry_file(report_file).write_text(json.dumps(planted), encoding="utf-8")
    os.chmod(cache.entry_file(report_file), 0o600)
    assert cache.get(report_file) is None
    pickled = cache.entry_file(report_file).with_suffix(".pickle")
    pickled.write_bytes(b"\x80\x05cos\nsystem\n.")  # an old-format entry is never read ...
    cache.put(report_file, None, make_report())
    assert not pickled.exists()  # ... and is removed


def test_wrong_version_is_ignored(
    tmp_path: Path, report_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stat = report_file.stat()
    ReportCache(tmp_path / "cache").put(report_file, stat, make_report())
    monkeypatch.setattr(report_cache, "CACHE_VERSION", report_cache.CACHE_VERSION + 1)
    assert ReportCache(tmp_path / "cache").get(report_file, stat) is None
    monkeypatch.undo()
    monkeypatch.setattr(report_cache, "__version__", "99.0")
    assert ReportCache(tmp_path / "cache").get(report_file, stat) is None
    monkeypatch.undo()
    monkeypatch.setattr(report_cache, "model_fingerprint", lambda: "another-shape")
    assert ReportCache(tmp_path / "cache").get(report_file, stat) is None
    monkeypatch.undo()
    assert ReportCache(tmp_path / "cache").get(report_file, stat) is not None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
def test_entry_others_may_write_is_never_read(cache: ReportCache, report_file: Path) -> None:
    stat = report_file.stat()
    cache.put(report_file, stat, make_report())
    os.chmod(cache.entry_file(report_file), 0o666)
    assert cache.get(report_file, stat) is None
    entry = cache.entry_file(report_file)
    elsewhere = entry.with_name("real.json")
    os.chmod(entry, 0o600)
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)  # a link out of the folder is not followed
    assert cache.get(report_file, stat) is None


def test_unwritable_cache_folder_is_not_an_error(tmp_path: Path, report_file: Path) -> None:
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("x")
    cache = ReportCache(blocker / "reports")
    cache.put(report_file, report_file.stat(), make_report())
    assert cache.get(report_file, report_file.stat()) is None
    library = Library.discover([report_file], tmp_path / "user", cache=cache)
    assert library.get("testland-2030").country == "Testland"


def test_default_cache_lives_in_the_users_cache_folder(user_home: Path) -> None:
    assert default_cache().folder == user_home / "cache" / "reports"


_WARM_START = """
import sys, time
from pathlib import Path
from vibe_desktop.core.library import Library
from vibe_desktop.userdata.report_cache import ReportCache
library = Library.discover([Path(sys.argv[1])], Path(sys.argv[2]),
                           cache=ReportCache(Path(sys.argv[3])))
started = time.perf_counter()
report = library.get("kazakhstan-2022")
elapsed = time.perf_counter() - started
assert report.overall_score == 15, report.overall_score
print(elapsed, "yaml" in sys.modules, "vibe_desktop.core.loader" in sys.modules)
"""


def _start(tmp_path: Path) -> tuple[float, bool, bool]:
    done = subprocess.run(
        [sys.executable, "-c", _WARM_START, str(BUNDLED_YAML), str(tmp_path / "user"),
         str(tmp_path / "cache")],
        cwd=REPO, capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    elapsed, yaml_loaded, loader_loaded = done.stdout.split()
    return float(elapsed), yaml_loaded == "True", loader_loaded == "True"


def test_warm_start_imports_neither_yaml_nor_the_loader(tmp_path: Path) -> None:
    cold, cold_yaml, cold_loader = _start(tmp_path)
    assert cold_yaml and cold_loader  # the first start parses the YAML and fills the cache
    warm, warm_yaml, warm_loader = _start(tmp_path)
    assert not warm_yaml and not warm_loader
    print(f"library.get bundled report: cold {cold * 1000:.1f} ms, warm {warm * 1000:.1f} ms")


def test_bundled_report_through_the_cache_equals_the_parsed_one(tmp_path: Path) -> None:
    from vibe_desktop.core.loader import load_report

    cache = ReportCache(tmp_path / "cache")
    Library.discover([BUNDLED_YAML], tmp_path / "user", cache=cache).get("kazakhstan-2022")
    warm = Library.discover([BUNDLED_YAML], tmp_path / "user", cache=cache,
                            loader=lambda path: pytest.fail("parsed again"))
    report = warm.get("kazakhstan-2022")
    parsed = load_report(BUNDLED_YAML)
    assert report == parsed and report.extra == parsed.extra
    assert list(report.paragraphs()) == list(parsed.paragraphs())


def test_orphaned_entries_are_pruned_oldest_first(
    cache: ReportCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_cache, "MAX_ENTRIES", 3)
    files = [write_report(tmp_path / f"moved{n}", report_id="testland-2030") for n in range(5)]
    for n, file in enumerate(files):
        cache.put(file, file.stat(), make_report())
        os.utime(cache.entry_file(file), ns=(n * 10**9, n * 10**9))  # written in this order
    kept = sorted(p.name for p in cache.folder.iterdir())
    assert kept == sorted(cache.entry_file(f).name for f in files[2:])
    assert cache.get(files[-1], files[-1].stat()) is not None
