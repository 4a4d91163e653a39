"""Damaged exports: refusals name their line, what is accepted loads, time is linear, Cancel
works.
"""

from __future__ import annotations

import re
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SOURCE_TXT
from tests.importer.synth import make_source
from vibe_desktop.core.dump import dump_report
from vibe_desktop.core.loader import load_report_bytes
from vibe_desktop.importer import (
    ImportCancelledError,
    ImportFailureError,
    import_bytes,
    import_text,
)

SOURCE = SOURCE_TXT.read_text(encoding="utf-8")
LINES = SOURCE.split("\n")
JUNK = ["²", "¹⁴", "[^3]", "[^999]", "*", "**", "[", "](", "<https://x.org/(a>", "\x1b[31m",
        "\u202e", "Indicator 5: Again.", "1 <https://example.org/x>", "", "",
        "LIST OF PANEL PARTICIPANTS",
        "“Quoted words that repeat nothing at all in this report,” said Ana.",
        "\t", "\ufeff", "Principle 2", "0", "999 https://x.org 2020"]

damage = st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "insert", "append", "swap"]),
                            st.integers(0, len(LINES) - 1), st.integers(0, len(LINES) - 1),
                            st.sampled_from(JUNK)), min_size=1, max_size=4)


def damaged(ops: list[tuple[str, int, int, str]]) -> str:
    lines = list(LINES)
    for op, at, other, junk in ops:
        at, other = at % len(lines), other % len(lines)
        if op == "delete":
            del lines[at]
        elif op == "duplicate":
            lines.insert(at, lines[at])
        elif op == "insert":
            lines.insert(at, junk)
        elif op == "append":
            lines[at] += junk
        else:
            lines[at], lines[other] = lines[other], lines[at]
    return "\n".join(lines)


@settings(max_examples=40, deadline=None)
@given(damage)
def test_whatever_the_importer_writes_the_loader_accepts(ops: list[tuple[str, int, int, str]],
                                                         ) -> None:
    text = damaged(ops)
    try:
        report = import_text(text, source_name="bad.txt")
    except ImportFailureError as failure:
        last = text.count("\n") + 1
        for line in failure.lines():
            m = re.match(r"^bad\.txt:(\d+): \S", line)
            assert m and 1 <= int(m.group(1)) <= last, line
        return
    load_report_bytes(dump_report(report).encode("utf-8"), "imported.yaml")


def test_a_superscript_in_a_footnote_definition_stays_text() -> None:
    text = SOURCE.replace("\n1 ", "\n1 Area in km² and ¹⁴ notes; ", 1)
    report = import_text(text, source_name="k.txt")
    assert report.footnote(1).text.startswith("Area in km² and ¹⁴ notes; ")
    load_report_bytes(dump_report(report).encode("utf-8"), "k.yaml")


def test_a_report_the_loader_would_refuse_is_refused_with_its_source_line() -> None:
    line = next(n for n, row in enumerate(LINES, 1) if row.startswith("2 Matveeva"))
    text = SOURCE.replace("\n2 Matveeva", "\n2 See also [^777]. Matveeva", 1)
    with pytest.raises(ImportFailureError) as caught:
        import_text(text, source_name="k.txt")
    assert any(f"k.txt:{line}: the imported text would make an invalid report" in entry
               and "[^777]" in entry for entry in caught.value.lines()), caught.value.lines()


def _bigger(copies: int) -> bytes:
    """The real export with its long paragraphs repeated (each copy's words varied)."""
    out = []
    for para in SOURCE.split("\n\n"):
        out.append(para)
        if (len(para) > 400 and para.rstrip().endswith(".") and para[:1].isupper()
                and "\n" not in para.strip() and not re.search(r"\[\^?\d+\]|\^\d|^\d+ ", para)
                and "Indicator" not in para[:20]):
            out.extend(" ".join(f"{w}{j}" if n % 5 == 1 and not w.endswith(".") else w
                                for n, w in enumerate(para.split(" "))) for j in range(copies))
    return "\n\n".join(out).encode("utf-8")


def _seconds(data: bytes) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        import_bytes(data, source_name="big.txt")
        best = min(best, time.perf_counter() - started)
    return best


def test_import_time_grows_linearly_with_the_export() -> None:
    small, big = _bigger(1), _bigger(24)
    size_ratio = len(big) / len(small)
    assert size_ratio > 4
    time_ratio = _seconds(big) / _seconds(small)
    # linear: about the size ratio; the old quadratic search was ~size_ratio² (10 s vs 0.5 s)
    assert time_ratio < 2 * size_ratio, f"{time_ratio:.1f}x the time for {size_ratio:.1f}x the text"


def test_progress_is_reported_and_ends_at_one() -> None:
    seen: list[tuple[float, str]] = []
    import_bytes(SOURCE.encode(), source_name="k.txt", progress=lambda f, s: seen.append((f, s)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert len(seen) > 8 and {"taking out pull quotes", "checking"} <= {s for _, s in seen}


def test_cancel_from_another_thread_stops_the_import() -> None:
    cancel = threading.Event()
    outcome: list[BaseException | None] = []
    started = threading.Event()

    def progress(fraction: float, step: str) -> None:
        started.set()
        assert cancel.wait(30)  # the "GUI thread" presses Cancel while we are at work

    def work() -> None:
        try:
            import_bytes(SOURCE.encode(), source_name="k.txt", progress=progress,
                         cancelled=cancel.is_set)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    assert started.wait(30)
    cancel.set()
    worker.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], ImportCancelledError)


def test_synthetic_source_still_imports() -> None:
    assert import_text(make_source(), source_name="s.txt").id
