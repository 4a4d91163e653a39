"""Reading the source: UTF-8 check, normalisation, blocks with line numbers."""

from __future__ import annotations

import pytest

from vibe_desktop.importer.errors import ImportFailureError
from vibe_desktop.importer.source import blocks, decode, normalise


def test_decode_accepts_utf8() -> None:
    assert decode("Kazakhstan’s “news”\n".encode()) == "Kazakhstan’s “news”\n"


def test_decode_names_line_and_column_of_a_bad_byte() -> None:
    with pytest.raises(ImportFailureError) as caught:
        decode(b"first line\nsecond \xe9t\xe9 line\n")
    assert caught.value.problems == [
        (2, "not UTF-8 text: byte 0xe9 at column 8 (save the export as UTF-8)")
    ]


def test_normalise_crlf_bom_and_blank_looking_lines() -> None:
    text = "\ufeffA\r\nB \r\n\u00a0\r\n\t \u202f\rC\n"
    assert normalise(text) == ["A", "B", "", "", "C"]


def test_blocks_keep_line_numbers_and_blank_runs() -> None:
    lines = normalise("\n\nTitle\n\nOne\ntwo\n\u00a0\n\n\nThree\n")
    got = [(b.line, b.end_line, b.text, b.blank_before) for b in blocks(lines)]
    assert got == [(3, 3, "Title", 2), (5, 6, "One two", 1), (10, 10, "Three", 3)]


def test_failure_lines_name_the_source() -> None:
    failure = ImportFailureError([(7, "b"), (3, "a"), (0, "whole file")], "x.txt")
    assert failure.lines() == ["x.txt:1: whole file", "x.txt:3: a", "x.txt:7: b"]
    assert str(failure) == "x.txt:1: whole file\nx.txt:3: a\nx.txt:7: b"
