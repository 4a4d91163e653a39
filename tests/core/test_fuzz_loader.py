"""Seeded fuzz of the loader: thousands of bad report files, no traceback, hang or blow-up."""

from __future__ import annotations

import random
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator

import yaml

from tests.conftest import BUNDLED_YAML
from vibe_desktop.core.loader import MAX_BYTES, ReportError, load_report_bytes

VALID = (BUNDLED_YAML.parent.parent.parent / "tests" / "core" / "data" / "valid.yaml").read_bytes()
BUNDLED = BUNDLED_YAML.read_bytes()
CASES = 2000
TRACE_EVERY = 40
SEED = 14
#: A hang detector, not a speed test: the slowest case takes ~0.2 s on a loaded laptop.
HANG = 5.0
#: Memory a single load may take at its peak (the bundled report takes ~4 MiB).
MEMORY = 128 * 1024 * 1024
LINE = re.compile(r"^[^\n]*:\d+: [^\n]+: [^\n]+$")
TOKENS = [b"&a ", b"*a", b"---\n", b"...\n", b"[", b"]", b"{", b"}", b"!!python/object:os.system ",
          b"<<: *a\n", b"\t", b"\x00", b"\xff", b"\xef\xbb\xbf", "\u2028".encode(), b"\r",
          b"? ", b": ", b"- ", b"#", b"'", b'"', b"\\", b"|\n", b">-\n", b"%YAML 1.1\n",
          b"!!binary ", b"2022-02-30", b"0x1F", b".nan", b"~", b"[^1]", b"**a *b ", b"[a ",
          b"](javascript:x)", b"<https://x.org/x)/S/JS(app.alert(1)>", b"\x1b[31m",
          b"score: 41", b"number: 7", b"title: Wrong", b"\n" * 5, b" " * 40]


def _line_edits(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(lines))
        op = rng.randrange(5)
        if op == 0:
            del lines[at]
        elif op == 1:
            lines.insert(at, lines[rng.randrange(len(lines))])
        elif op == 2:
            other = rng.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == 3:
            lines[at] = b" " * rng.randint(0, 6) + lines[at].lstrip()
        else:
            lines[at] = lines[at][: rng.randint(0, len(lines[at]))]
        if not lines:
            lines = [b""]
    return b"\n".join(lines)


def _byte_edits(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        at = rng.randrange(len(buf) + 1)
        op = rng.randrange(3)
        if op == 0:
            buf[at:at] = rng.choice(TOKENS)
        elif op == 1 and buf:
            del buf[at:at + rng.randint(1, 8)]
        elif buf:
            buf[min(at, len(buf) - 1)] = rng.randrange(256)
    return bytes(buf)


def _value_edits(rng: random.Random, data: bytes) -> bytes:
    """Valid YAML, wrong report: values of the wrong type, range, markup or shape."""
    doc = yaml.load(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    weird: list[object] = [None, "", "x" * 5000, 41, -1, 3.5, float("inf"), True, [], {}, [[[]]],
                           "**a *b " * 300, "[a " * 2000, "[" * 500 + "]" * 500, "\x1b[2J",
                           {"a": [1, {"b": None}]}, "2022", 10**30, "[^99]"]
    for _ in range(rng.randint(1, 3)):
        node: object = doc
        path: list[object] = []
        while isinstance(node, (dict, list)) and node and rng.random() < 0.75:
            key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
            path.append(key)
            node = node[key]  # type: ignore[index]
        if not path:
            continue
        parent: object = doc
        for key in path[:-1]:
            parent = parent[key]  # type: ignore[index]
        choice = rng.randrange(3)
        if choice == 0:
            parent[path[-1]] = rng.choice(weird)  # type: ignore[index]
        elif choice == 1 and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, list):
            parent.append(rng.choice(parent))
        else:
            parent[f"new_{rng.randrange(99)}"] = rng.choice(weird)  # type: ignore[index]
    try:
        return yaml.dump(doc, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                         allow_unicode=rng.random() < 0.5, width=rng.choice([40, 10**6]),
                         default_flow_style=rng.choice([None, True, False])).encode()
    except (yaml.YAMLError, ValueError, OverflowError):
        return data


def _floods(rng: random.Random, _data: bytes) -> bytes:
    unit = rng.choice([b"[], ", b"{}, ", b"a, ", b"[a], ", b"{a: b}, ", b"- a\n", b"? a\n",
                       b"[" * 8, b"- - - - \n", b"&x a, ", b"*x, "])
    # mostly small floods; now and then one just under the size limit (the 512 MiB case)
    size = MAX_BYTES - 64 if rng.random() < 0.05 else rng.choice([1_000, 4_000, 12_000, 80_000])
    body = unit * (size // len(unit))
    return b"x: [" + body + b"]\n" if b"\n" not in unit else b"x:\n" + body


def _nesting(rng: random.Random, _data: bytes) -> bytes:
    depth = rng.choice([30, 40, 100, 5000, 100_000])
    opener, closer = rng.choice([(b"[", b"]"), (b"{a: ", b"}"), (b"[{x: ", b"}]")])
    return b"id: x\nx: " + opener * depth + closer * depth + b"\n"


MUTATORS: list[Callable[[random.Random, bytes], bytes]] = [
    _line_edits, _byte_edits, _byte_edits, _value_edits, _value_edits, _floods, _nesting,
]


def cases() -> Iterator[bytes]:
    rng = random.Random(SEED)
    for n in range(CASES):
        base = BUNDLED if n % 25 == 0 else VALID
        yield rng.choice(MUTATORS)(rng, base)


def _peak_rss() -> int | None:
    """The process's peak resident memory in bytes (None where it cannot be told)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def test_thousands_of_bad_files_never_raise_hang_or_blow_up() -> None:
    rss_before = _peak_rss()
    slowest, slowest_case, heaviest, refused, accepted = 0.0, -1, 0, 0, 0
    started_all = time.perf_counter()
    for n, data in enumerate(cases()):
        traced = n % TRACE_EVERY == 0  # tracemalloc triples the cost: a sample, plus peak RSS
        if traced:
            tracemalloc.start()
        started = time.perf_counter()
        try:
            load_report_bytes(data, f"case{n}.yaml")
            accepted += 1
        except ReportError as error:  # anything else is a traceback: the test fails
            refused += 1
            assert error.problems, n
            for line in str(error).splitlines():
                assert LINE.match(line), (n, line)
            assert all(p.line >= 1 for p in error.problems), n
        finally:
            took = time.perf_counter() - started
            if traced:
                heaviest = max(heaviest, tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
        if took > slowest:
            slowest, slowest_case = took, n
        assert took < HANG, f"case {n} took {took:.1f} s"
    total = time.perf_counter() - started_all
    rss_after = _peak_rss()
    grown = None if rss_before is None or rss_after is None else rss_after - rss_before
    print(f"\nfuzz: {CASES} files in {total:.1f} s, {refused} refused, {accepted} accepted; "
          f"slowest {slowest * 1000:.0f} ms (case {slowest_case}); sampled peak "
          f"{heaviest / 2**20:.1f} MiB; process peak grew "
          f"{'?' if grown is None else f'{grown / 2**20:.0f} MiB'}")
    assert heaviest < MEMORY
    assert grown is None or grown < MEMORY
    assert refused > CASES * 0.7  # the mutations really produce bad files
