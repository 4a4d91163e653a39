"""Fifty good user reports and broken files of every kind: nothing raises, every break is
flagged.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from tests.factories import consistent_scores, make_report
from tests.fixtures.reports import report_yaml, write_report
from vibe_desktop.core.library import Library, peek_header
from vibe_desktop.core.loader import ReportError

GOOD = 50
LINE = re.compile(r"^.+:\d+: \S.*: .+$")


def _good_text() -> str:
    return report_yaml(consistent_scores(make_report("model-2030")))


def _broken_files(user: Path) -> dict[str, str]:
    """Make every kind of broken file; returns {id the library lists: what the message says}."""
    good = _good_text()
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, says: str) -> None:
        (user / name).write_bytes(data)
        expected[name.removesuffix(".yaml")] = says

    put("empty-2001.yaml", b"", "empty")
    put("blank-2002.yaml", b"\n\n   \n# only a comment\n", "no YAML document")
    put("bom-2003.yaml", b"\xef\xbb\xbf", "empty")
    put("latin1-2004.yaml", good.replace("model-2030", "latin1-2004").encode("utf-8")
        .replace(b"Testland", b"Testl\xe4nd"), "not UTF-8")
    put("nul-2005.yaml", b"id: nul-2005\x00\n", "not allowed in YAML")
    put("list-2006.yaml", b"- just\n- a list\n", "expected a report")
    put("flood-2007.yaml", b"x: [" + b"[], " * 200_000 + b"]\n", "more than 20,000 values")
    put("deep-2008.yaml", b"x: " + b"[" * 10_000 + b"]" * 10_000, "nest")
    put("alias-2009.yaml", good.replace("model-2030", "alias-2009")
        .replace("country: Testland", "country: &c Testland\nextra: *c").encode(), "aliases")
    put("twodocs-2010.yaml", (good.replace("model-2030", "twodocs-2010") + "---\na: 1\n")
        .encode(), "more than one YAML document")
    put("mismatch-2011.yaml", good.encode(), "rename the file to model-2030.yaml")
    put("syntax-2012.yaml", b"id: [unclosed\n", "YAML syntax error")
    put("huge-2013.yaml", b"", "larger than 5 MiB")
    with (user / "huge-2013.yaml").open("r+b") as handle:
        handle.truncate(6 * 1024 * 1024)  # sparse: cheap to make
    put("header-2014.yaml", b"country: X\nedition: \xc2\xb2\n" + b"edition: " + b"9" * 5000,
        "")
    put("Bad Name.yaml", good.encode(), "not a valid report id")
    (user / "folder-2015.yaml").mkdir()
    expected["folder-2015"] = "is a folder"
    os.symlink("loop-2016.yaml", user / "loop-2016.yaml")
    expected["loop-2016"] = "leads back to itself"
    os.symlink("nowhere/at-all.yaml", user / "dangling-2017.yaml")
    expected["dangling-2017"] = "which cannot be opened"
    if hasattr(os, "mkfifo"):
        os.mkfifo(user / "fifo-2018.yaml")  # opening it would block forever
        expected["fifo-2018"] = "not a regular file"
    if Path("/proc/self/mem").exists():
        os.symlink("/proc/self/mem", user / "unreadable-2019.yaml")  # EIO, even for root
        expected["unreadable-2019"] = "cannot read"
    unreadable = user / "noperm-2020.yaml"
    unreadable.write_text(good.replace("model-2030", "noperm-2020"))
    unreadable.chmod(0)
    if not os.access(unreadable, os.R_OK):
        expected["noperm-2020"] = "cannot read"
    if sys.platform != "win32" and sys.platform != "darwin":
        name = os.fsdecode(b"bytes-\xff.yaml")
        (user / name).write_bytes(b"")
        expected[name.removesuffix(".yaml")] = "not a valid report id"
    put("alpha-2021.yaml", good.replace("model-2030", "alpha-2021").encode(),
        "already in the library")
    return expected


@pytest.fixture
def library(tmp_path: Path) -> tuple[Library, dict[str, str], list[str]]:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    write_report(bundled, report_id="alpha-2021", country="Alpha", edition=2021)
    user.mkdir()
    text = _good_text()
    good = [f"good{n:02d}-2030" for n in range(GOOD)]
    for report_id in good:
        (user / f"{report_id}.yaml").write_text(text.replace("model-2030", report_id),
                                                encoding="utf-8")
    expected = _broken_files(user)
    if "noperm-2020" not in expected:  # root reads it all the same: then it is a good report
        good.append("noperm-2020")
    return Library.discover(sorted(bundled.iterdir()), user), expected, good


def test_nothing_raises_and_every_broken_file_is_flagged_with_its_message(
        library: tuple[Library, dict[str, str], list[str]]) -> None:
    lib, expected, good = library
    titles = [entry.title for entry in lib.entries]  # listing peeks at headers: no raise
    assert len(titles) == len(lib)
    broken = lib.check_all()
    flagged = {key.split(" (")[0] if "duplicate" in key else key: value
               for key, value in broken.items()}
    assert set(flagged) == set(expected), set(flagged) ^ set(expected)
    for report_id, message in flagged.items():
        assert expected[report_id] in message, (report_id, message)
        for line in message.splitlines():
            assert LINE.match(line), line
    assert [r.id for r in lib.reports()] == ["alpha-2021", *good]
    for report_id in broken:
        with pytest.raises(ReportError):
            lib.get(report_id)
        assert lib.entry(report_id).error


def test_header_peek_never_raises_or_blocks(tmp_path: Path) -> None:
    (tmp_path / "h.yaml").write_bytes(b"country: X\nedition: \xc2\xb2\n")
    assert peek_header(tmp_path / "h.yaml") == ("X", None)
    (tmp_path / "big.yaml").write_bytes(b"edition: " + b"9" * 5000 + b"\n")
    assert peek_header(tmp_path / "big.yaml") == (None, None)
    assert peek_header(tmp_path) == (None, None)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "p.yaml")
        assert peek_header(tmp_path / "p.yaml") == (None, None)


def test_an_unlistable_user_folder_is_reported_not_raised(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object) -> list[str]:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "listdir", refuse)
    lib = Library.discover([], tmp_path)
    assert len(lib) == 0 and lib.folder_error and "Permission denied" in lib.folder_error
    monkeypatch.undo()
    assert Library.discover([], tmp_path / "not-yet").folder_error is None
