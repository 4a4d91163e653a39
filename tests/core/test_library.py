"""The report library: discovery without parsing, lazy loading, broken files, adding and removing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from tests.factories import make_report
from vibe_desktop.core.library import Library, LibraryError, peek_header
from vibe_desktop.core.model import Report


class FakeLoader:
    """Stands in for core.loader: a tiny YAML header becomes a full synthetic report."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, path: object) -> Report:
        self.calls.append(Path(str(path)).name)
        data = yaml.safe_load(Path(str(path)).read_text(encoding="utf-8"))
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
    loader_module = pytest.importorskip("vibe_desktop.core.loader")
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
    loader_module = pytest.importorskip("vibe_desktop.core.loader")
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


def test_add_yaml_copies_into_user_dir(dirs: tuple[Path, Path], tmp_path: Path) -> None:
    bundled, user = dirs
    source = write(tmp_path / "downloads", "delta-2024", country="Delta", edition=2024)
    library = Library.discover(sorted(bundled.iterdir()), user, loader=FakeLoader())
    entry = library.add_file(source)
    assert (entry.id, entry.bundled, entry.title) == ("delta-2024", False, "Delta 2024")
    assert (user / "delta-2024.yaml").read_bytes() == source.read_bytes()
    assert sorted(p.name for p in user.iterdir()) == ["delta-2024.yaml"]
    assert library.get("delta-2024").country == "Delta"
    again = Library.discover(sorted(bundled.iterdir()), user, loader=FakeLoader())
    assert "delta-2024" in again


def test_add_refuses_duplicates_and_bad_files(dirs: tuple[Path, Path], tmp_path: Path) -> None:
    bundled, user = dirs
    library = Library.discover(sorted(bundled.iterdir()), user, loader=FakeLoader())
    with pytest.raises(LibraryError, match="bundled with the app"):
        library.add_file(write(tmp_path / "in", "alpha-2021"))
    library.add_file(write(tmp_path / "in", "delta-2024"))
    with pytest.raises(LibraryError, match="remove it first"):
        library.add_file(write(tmp_path / "in2", "delta-2024"))
    with pytest.raises(LibraryError, match="not a report"):
        library.add_file(write(tmp_path / "in", "junk", body="- a list\n"))
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF")
    with pytest.raises(LibraryError, match="expected a report"):
        library.add_file(other)
    assert sorted(p.name for p in user.iterdir()) == ["delta-2024.yaml"]


def test_nothing_half_added_when_the_copy_does_not_load(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    bundled, user = dirs
    loader = FakeLoader()
    library = Library.discover(sorted(bundled.iterdir()), user, loader=loader)
    source = write(tmp_path / "in", "delta-2024")

    def flaky(path: object) -> Report:
        if ".staging" in str(path):
            raise OSError("disk went away")
        return loader(path)

    library._loader = flaky
    with pytest.raises(OSError, match="disk went away"):
        library.add_file(source)
    assert list(user.iterdir()) == [] and "delta-2024" not in library


def test_remove_user_report_only(dirs: tuple[Path, Path], tmp_path: Path) -> None:
    bundled, user = dirs
    library = Library.discover(sorted(bundled.iterdir()), user, loader=FakeLoader())
    library.add_file(write(tmp_path / "in", "delta-2024"))
    library.remove("delta-2024")
    assert "delta-2024" not in library and list(user.iterdir()) == []
    with pytest.raises(LibraryError, match="cannot be removed"):
        library.remove("alpha-2021")
    assert (bundled / "alpha-2021.yaml").exists()


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


def test_real_loader_add_yaml(tmp_path: Path) -> None:
    from tests.fixtures.reports import write_report

    user = tmp_path / "user"
    library = Library.discover([], user)
    source = write_report(tmp_path / "downloads", report_id="delta-2024", country="Delta")
    entry = library.add_file(source)
    assert entry.path == user / "delta-2024.yaml" and library.get("delta-2024").country == "Delta"
    assert sorted(p.name for p in user.iterdir()) == ["delta-2024.yaml"]


def test_add_text_export_imports_it(tmp_path: Path) -> None:
    from tests.conftest import SOURCE_TXT

    user = tmp_path / "user"
    library = Library.discover([], user)
    entry = library.add_file(SOURCE_TXT)
    assert (entry.id, entry.title) == ("kazakhstan-2022", "Kazakhstan 2022")
    assert library.get("kazakhstan-2022").overall_score == 15
    fresh = Library.discover([], user)
    assert fresh.get("kazakhstan-2022") == library.get("kazakhstan-2022")
    assert sorted(p.name for p in user.iterdir()) == ["kazakhstan-2022.yaml"]


def test_add_text_export_refused_when_bundled_and_bad_text_fails_clearly(
    tmp_path: Path,
) -> None:
    from tests.conftest import BUNDLED_YAML, SOURCE_TXT

    user = tmp_path / "user"
    library = Library.discover([BUNDLED_YAML], user)
    with pytest.raises(LibraryError, match="bundled with the app"):
        library.add_file(SOURCE_TXT)
    bad = tmp_path / "notes.txt"
    bad.write_text("Just some notes I took.\n", encoding="utf-8")
    with pytest.raises(LibraryError, match="notes.txt could not be imported"):
        library.add_file(bad)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"caf\xe9\n")
    with pytest.raises(LibraryError, match="latin.txt"):
        library.add_file(latin)
    assert not user.exists() or list(user.iterdir()) == []
