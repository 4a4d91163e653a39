"""Adding and removing the user's reports: validated copies, imported text exports, nothing
half-added.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.test_library import FakeLoader, write
from vibe_desktop.core.library import Library, ReportPath
from vibe_desktop.core.model import Report
from vibe_desktop.userdata.reports import LibraryError, add_report_file, remove_user_report


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write(bundled, "alpha-2021", country="Alpha", edition=2021)
    write(bundled, "beta-2022", country="'Beta Land'", edition=2022)
    user.mkdir()
    return bundled, user



def test_add_yaml_copies_into_user_dir(dirs: tuple[Path, Path], tmp_path: Path) -> None:
    bundled, user = dirs
    source = write(tmp_path / "downloads", "delta-2024", country="Delta", edition=2024)
    library = Library.discover(sorted(bundled.iterdir()), user, loader=FakeLoader())
    entry = add_report_file(library, source)
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
        add_report_file(library, write(tmp_path / "in", "alpha-2021"))
    add_report_file(library, write(tmp_path / "in", "delta-2024"))
    with pytest.raises(LibraryError, match="remove it first"):
        add_report_file(library, write(tmp_path / "in2", "delta-2024"))
    with pytest.raises(LibraryError, match="not a report"):
        add_report_file(library, write(tmp_path / "in", "junk", body="- a list\n"))
    other = tmp_path / "notes.pdf"
    other.write_bytes(b"%PDF")
    with pytest.raises(LibraryError, match="expected a report"):
        add_report_file(library, other)
    assert sorted(p.name for p in user.iterdir()) == ["delta-2024.yaml"]


def test_nothing_half_added_when_the_copy_does_not_load(
    dirs: tuple[Path, Path], tmp_path: Path
) -> None:
    bundled, user = dirs
    loader = FakeLoader()
    library = Library.discover(sorted(bundled.iterdir()), user, loader=loader)
    source = write(tmp_path / "in", "delta-2024")

    def flaky(path: ReportPath) -> Report:
        if ".staging" in str(path):
            raise OSError("disk went away")
        return loader(path)

    library._loader = flaky
    with pytest.raises(LibraryError, match="disk went away") as caught:
        add_report_file(library, source)
    assert ".staging" not in str(caught.value) and str(source) in str(caught.value)
    assert list(user.iterdir()) == [] and "delta-2024" not in library


def test_remove_user_report_only(dirs: tuple[Path, Path], tmp_path: Path) -> None:
    bundled, user = dirs
    library = Library.discover(sorted(bundled.iterdir()), user, loader=FakeLoader())
    add_report_file(library, write(tmp_path / "in", "delta-2024"))
    remove_user_report(library, "delta-2024")
    assert "delta-2024" not in library and list(user.iterdir()) == []
    with pytest.raises(LibraryError, match="cannot be removed"):
        remove_user_report(library, "alpha-2021")
    assert (bundled / "alpha-2021.yaml").exists()


def test_real_loader_add_yaml(tmp_path: Path) -> None:
    from tests.fixtures.reports import write_report

    user = tmp_path / "user"
    library = Library.discover([], user)
    source = write_report(tmp_path / "downloads", report_id="delta-2024", country="Delta")
    entry = add_report_file(library, source)
    assert entry.path == user / "delta-2024.yaml" and library.get("delta-2024").country == "Delta"
    assert sorted(p.name for p in user.iterdir()) == ["delta-2024.yaml"]


def test_add_text_export_imports_it(tmp_path: Path) -> None:
    from tests.conftest import SOURCE_TXT

    user = tmp_path / "user"
    library = Library.discover([], user)
    entry = add_report_file(library, SOURCE_TXT)
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
        add_report_file(library, SOURCE_TXT)
    bad = tmp_path / "notes.txt"
    bad.write_text("Just some notes I took.\n", encoding="utf-8")
    with pytest.raises(LibraryError, match="notes.txt could not be imported"):
        add_report_file(library, bad)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"caf\xe9\n")
    with pytest.raises(LibraryError, match="latin.txt"):
        add_report_file(library, latin)
    assert not user.exists() or list(user.iterdir()) == []


def test_remove_unknown_report_says_so(dirs: tuple[Path, Path]) -> None:
    bundled, user = dirs
    library = Library.discover(sorted(bundled.iterdir()), user, loader=FakeLoader())
    with pytest.raises(LibraryError, match="no report 'nope-1999'"):
        remove_user_report(library, "nope-1999")


def test_added_report_is_cached_and_removal_forgets_it(tmp_path: Path) -> None:
    from tests.fixtures.reports import write_report
    from vibe_desktop.userdata.report_cache import ReportCache

    user, cache = tmp_path / "user", ReportCache(tmp_path / "cache")
    library = Library.discover([], user, cache=cache)
    entry = add_report_file(library, write_report(tmp_path / "in", report_id="delta-2024"))
    target = Path(str(entry.path))
    assert cache.get(target, target.stat()) == library.get("delta-2024")
    remove_user_report(library, "delta-2024")
    assert not target.exists() and list((tmp_path / "cache").iterdir()) == []
