"""The report library: discovery without parsing, lazy loading, broken files, register,
parsed cache.
"""

from __future__ import annotations

import os
import time
import zipfile
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest
import yaml

from tests.factories import make_report
from vibe_desktop.core.library import Library, ReportPath, peek_header, real_file
from vibe_desktop.core.model import Report


class FakeLoader:
    """Stands in for core.loader: a tiny YAML header becomes a full synthetic report."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, path: ReportPath) -> Report:
        file = path if isinstance(path, Traversable) else Path(str(path))
        self.calls.append(file.name)
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "id" not in data:
            raise ValueError("not a report: no id")
        return make_report(data["id"], data.get("country", "X"), data.get("edition", 2030))


def write(folder: Path, report_id: str, *, country: str = "Testland", edition: int = 2030,
          body: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{report_id}.yaml"
    text = body if body is not None else (
        f"schema_version: 1\nid: {report_id}\ncountry: {country}\nedition: {edition}\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write(bundled, "alpha-2021", country="Alpha", edition=2021)
    write(bundled, "beta-2022", country="'Beta Land'", edition=2022)
    user.mkdir()
    return bundled, user


def test_discover_lists_without_loading(dirs: tuple[Path, Path]) -> None:
    bundled, user = dirs
    write(user, "gamma-2023", country="Gamma", edition=2023)
    loader = FakeLoader()
    library = Library.discover(sorted(bundled.iterdir()), user, loader=loader)
    assert [(e.id, e.bundled, e.error) for e in library.entries] == [
        ("alpha-2021", True, None),
        ("beta-2022", True, None),
        ("gamma-2023", False, None),
    ]
    assert [e.title for e in library.entries] == ["Alpha 2021", "Beta Land 2022", "Gamma 2023"]
    assert loader.calls == []


def test_get_loads_once_and_caches(dirs: tuple[Path, Path]) -> None:
    bundled, user = dirs
    loader = FakeLoader()
    library = Library.discover(sorted(bundled.iterdir()), user, loader=loader)
    report = library.get("beta-2022")
    assert report.id == "beta-2022"
    assert library.get("beta-2022") is report
    assert loader.calls == ["beta-2022.yaml"]
    assert library.is_loaded("beta-2022") and not library.is_loaded("alpha-2021")
    with pytest.raises(KeyError):
        library.get("nope-1999")


def test_discovery_stays_flat_with_100_files(tmp_path: Path) -> None:
    user = tmp_path / "user"
    filler = "summary:\n" + "".join(f"  - paragraph {n} " + "x" * 400 + "\n" for n in range(2000))
    for n in range(100):
        body = f"id: r{n:03d}-2020\ncountry: Land {n}\nedition: 2020\n{filler}"
        write(user, f"r{n:03d}-2020", body=body)
    loader = FakeLoader()
    started = time.perf_counter()
    library = Library.discover([], user, loader=loader)
    elapsed = time.perf_counter() - started
    assert len(library) == 100 and loader.calls == []
    assert library.entry("r042-2020").title == "Land 42 2020"
    print(f"discover 100 files of {len(filler) // 1024} KiB: {elapsed * 1000:.1f} ms")


def test_peek_header_ignores_nested_and_late_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "x-1", body="id: x-1\nmoderator:\n  country: Nested\n")
    assert peek_header(path) == (None, None)
    path = write(tmp_path, "y-1", body='country: "Côte d’Ivoire"  # c\nedition: 2024\n')
    assert peek_header(path) == ("Côte d’Ivoire", 2024)


def test_broken_file_is_listed_with_its_error_and_others_open(dirs: tuple[Path, Path]) -> None:
    from vibe_desktop.core import loader as loader_module
    bundled, user = dirs
    write(user, "broken-2020", body="just: [unclosed\n")
    loader = FakeLoader()
    library = Library.discover(sorted(bundled.iterdir()), user, loader=loader)
    assert library.check_all() == {"broken-2020": library.entry("broken-2020").error}
    assert "broken-2020.yaml" in (library.entry("broken-2020").error or "")
    with pytest.raises(loader_module.ReportError):
        library.get("broken-2020")
    assert [r.id for r in library.reports()] == ["alpha-2021", "beta-2022"]


def test_file_name_must_match_report_id(dirs: tuple[Path, Path]) -> None:
    from vibe_desktop.core import loader as loader_module
    _bundled, user = dirs
    write(user, "wrong-name", body="id: other-2020\n")
    library = Library.discover([], user, loader=FakeLoader())
    with pytest.raises(loader_module.ReportError, match="other-2020"):
        library.get("wrong-name")


def test_user_copy_of_a_bundled_id_is_listed_as_duplicate(dirs: tuple[Path, Path]) -> None:
    bundled, user = dirs
    write(user, "alpha-2021")
    library = Library.discover(sorted(bundled.iterdir()), user, loader=FakeLoader())
    assert library.entry("alpha-2021").bundled
    duplicates = [e for e in library.entries if e.error]
    assert len(duplicates) == 1 and "already in the library" in (duplicates[0].error or "")


def test_real_loader_broken_file_listed_and_others_open(tmp_path: Path) -> None:
    from tests.fixtures.reports import write_report
    from vibe_desktop.core.loader import ReportError

    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write_report(bundled, report_id="alpha-2021", country="Alpha", edition=2021)
    write_report(user, report_id="gamma-2023", country="Gamma", edition=2023, scores=False)
    (user / "broken-2020.yaml").write_text("id: broken-2020\ncountry: Broken\nsummary: [\n")
    library = Library.discover(sorted(bundled.iterdir()), user)
    assert [e.title for e in library.entries] == ["Alpha 2021", "Broken", "Gamma 2023"]
    assert library.get("gamma-2023").indicator(6).score is None
    with pytest.raises(ReportError) as caught:
        library.get("broken-2020")
    assert "broken-2020.yaml:" in str(caught.value)
    assert library.entry("broken-2020").error == str(caught.value)
    assert [r.id for r in library.reports()] == ["alpha-2021", "gamma-2023"]


class DictCache:
    """An in-memory ParsedCache that records what the library asks of it."""

    def __init__(self, *, broken: bool = False) -> None:
        self.kept: dict[tuple[Path, int, int], Report] = {}
        self.calls: list[str] = []
        self.broken = broken

    def get(self, path: Path, stat: os.stat_result) -> Report | None:
        self.calls.append(f"get {path.name}")
        if self.broken:
            raise OSError("cache disk gone")
        return self.kept.get((path, stat.st_size, stat.st_mtime_ns))

    def put(self, path: Path, stat: os.stat_result, report: Report) -> None:
        self.calls.append(f"put {path.name}")
        if self.broken:
            raise OSError("cache disk gone")
        self.kept[(path, stat.st_size, stat.st_mtime_ns)] = report

    def discard(self, path: Path) -> None:
        self.calls.append(f"discard {path.name}")
        self.kept = {k: v for k, v in self.kept.items() if k[0] != path}


def test_parsed_cache_is_consulted_before_the_loader(dirs: tuple[Path, Path]) -> None:
    bundled, user = dirs
    cache, loader = DictCache(), FakeLoader()
    first = Library.discover(sorted(bundled.iterdir()), user, loader=loader, cache=cache)
    report = first.get("alpha-2021")
    assert loader.calls == ["alpha-2021.yaml"]
    assert cache.calls == ["get alpha-2021.yaml", "put alpha-2021.yaml"]
    second = Library.discover(sorted(bundled.iterdir()), user, loader=loader, cache=cache)
    assert second.get("alpha-2021") is report
    assert loader.calls == ["alpha-2021.yaml"]  # not parsed again
    assert second.entry("alpha-2021").title == "Alpha 2021"


def test_parsed_cache_with_another_id_or_failing_is_ignored(dirs: tuple[Path, Path]) -> None:
    bundled, user = dirs
    cache, loader = DictCache(), FakeLoader()
    path = bundled / "alpha-2021.yaml"
    stat = path.stat()
    cache.kept[(path, stat.st_size, stat.st_mtime_ns)] = make_report("beta-2022")
    library = Library.discover([path], user, loader=loader, cache=cache)
    assert library.get("alpha-2021").id == "alpha-2021"
    assert loader.calls == ["alpha-2021.yaml"]
    broken = DictCache(broken=True)
    library = Library.discover([path], user, loader=loader, cache=broken)
    assert library.get("alpha-2021").id == "alpha-2021"
    assert library.entry("alpha-2021").error is None
    assert broken.calls == ["get alpha-2021.yaml", "put alpha-2021.yaml"]


def test_file_without_a_real_path_skips_the_cache(tmp_path: Path) -> None:
    archive = tmp_path / "reports.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zeta-2020.yaml", "id: zeta-2020\ncountry: Zeta\nedition: 2020\n")
    member = zipfile.Path(archive, "zeta-2020.yaml")
    assert real_file(member) is None and real_file(archive) == archive
    cache = DictCache()
    library = Library.discover([member], tmp_path / "user", loader=FakeLoader(), cache=cache)
    assert library.entry("zeta-2020").title == "Zeta 2020"
    assert library.get("zeta-2020").country == "Zeta"
    assert cache.calls == []


def test_register_and_forget(dirs: tuple[Path, Path]) -> None:
    bundled, user = dirs
    cache = DictCache()
    library = Library.discover(sorted(bundled.iterdir()), user, loader=FakeLoader(), cache=cache)
    path = write(user, "delta-2024", country="Delta", edition=2024)
    report = library.load_file(path)
    entry = library.register(path, report)
    assert (entry.id, entry.bundled, entry.title, entry.path) == (
        "delta-2024", False, "Delta 2024", path)
    assert library.is_loaded("delta-2024") and library.get("delta-2024") is report
    assert cache.calls == ["put delta-2024.yaml"]
    assert library.forget("delta-2024") == entry
    assert "delta-2024" not in library and path.exists()  # the file is the caller's business
    assert cache.calls[-1] == "discard delta-2024.yaml" and cache.kept == {}
    with pytest.raises(KeyError):
        library.forget("delta-2024")


def test_discovery_reads_no_file_until_an_entry_is_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start needs only ids: headers are peeked lazily, so start-up stays flat."""
    from tests.fixtures.reports import write_report
    from vibe_desktop.core import library as library_module

    write_report(tmp_path, report_id="alpha-2030", country="Alphaland")
    peeked: list[str] = []
    original = library_module.peek_header

    def counting_peek(path):  # type: ignore[no-untyped-def]
        peeked.append(path.name)
        return original(path)

    monkeypatch.setattr(library_module, "peek_header", counting_peek)
    lib = Library.discover([], tmp_path)
    assert lib.ids == ("alpha-2030",) and peeked == []
    assert lib.entry("alpha-2030").title == "Alphaland 2030"
    assert lib.entries[0].title == "Alphaland 2030"
    assert peeked == ["alpha-2030.yaml"]  # once, then remembered
