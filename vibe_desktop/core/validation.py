"""Typed checks over a composed YAML node tree that collect every problem with its line."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, cast

from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from vibe_desktop.core import markup
from vibe_desktop.core.bands import SCORE_MAX, SCORE_MIN
from vibe_desktop.core.model import PRINCIPLE_TITLES

SCHEMA_VERSIONS = (1,)
ID_PATTERN = re.compile(r"[a-z0-9-]+")
PRINCIPLES = range(1, 5)
INDICATORS = range(1, 21)
MAX_DEPTH = 40  # a report is at most six levels deep; deeper is junk, not data

_T = "tag:yaml.org,2002:"
STR, MAP, SEQ = _T + "str", _T + "map", _T + "seq"
_BAD: Any = object()  # a value that failed its check (None is a valid value: null)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a report file: where it is and what is wrong."""

    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        # one line whatever the data holds: line breaks and control characters are escaped
        return f"{_one_line(self.file)}:{self.line}: {_one_line(self.path)}: " \
               f"{_one_line(self.message)}"


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _one_line(text: str) -> str:
    """``text`` with control, line-break and bidi characters written as escapes."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_FNREF = re.compile(r"\[\^(\d+)\]")


def footnote_refs(text: str) -> list[int]:
    """markup.footnote_refs(text), with a fast path for text no markup can hide a [^N] in."""
    if "\\" in text or "<" in text or "](" in text:  # escapes, autolinks, link targets
        return markup.footnote_refs(text)
    return [int(n) for n in _FNREF.findall(text)]


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if not key.isidentifier():  # a key with spaces, line breaks, dots ...: quoted, one line
        return f"{path}[{key!r}]"
    return f"{path}.{key}" if path else key


def _short(text: str, limit: int = 40) -> str:
    text = text.replace("\n", " ")
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


class Checker:
    """Walks the YAML node tree once, recording problems with line numbers, and builds a Report."""

    def __init__(self, file: str, last_line: int = 1 << 30) -> None:
        self.file = file
        self.last_line = last_line  # YAML also breaks lines at a lone CR, NEL, LS and PS
        self.problems: list[Problem] = []
        self.extra: dict[str, object] = {}
        self._seen: set[int] = set()
        self._constructor = SafeConstructor()
        self.refs: list[tuple[int, Node, str]] = []  # footnote references: number, node, path

    # -- recording ------------------------------------------------------------
    def add(self, node: Node | None, path: str, message: str) -> None:
        line = min(node.start_mark.line + 1, self.last_line) if node is not None else 1
        self.problems.append(Problem(self.file, line, path or "(top)", message))

    def _visit(self, node: Node, path: str) -> bool:
        """False (with a problem) if this node was already visited: it is a YAML alias."""
        if id(node) in self._seen:
            self.add(node, path, "YAML anchors and aliases (&name / *name) are not allowed; "
                     "write the value out")
            return False
        self._seen.add(id(node))
        return True

    # -- generic values -------------------------------------------------------
    def scalar(self, node: Node, path: str) -> Any:
        """The Python value of a scalar node (str, int, float, bool, None, date...) or _BAD."""
        if not isinstance(node, ScalarNode):
            return _BAD
        if node.tag == STR:
            return node.value
        try:
            return self._constructor.construct_object(node)
        except Exception as err:  # noqa: BLE001 - any scalar PyYAML cannot build is bad input
            problem = getattr(err, "problem", None) or str(err)
            self.add(node, path, f"unsupported YAML value (put text in quotes): {problem}")
            return _BAD

    @staticmethod
    def _reported(node: Node, value: Any) -> bool:
        """Whether scalar() already reported this value (an unsupported tag)."""
        return value is _BAD and isinstance(node, ScalarNode)

    def describe(self, node: Node) -> str:
        """How a wrong value is named in a message: its kind, and a glimpse of it."""
        if isinstance(node, MappingNode):
            return "a mapping" if node.tag == MAP else f"a mapping tagged {node.tag}"
        if isinstance(node, SequenceNode):
            return "a list" if node.tag == SEQ else f"a list tagged {node.tag}"
        try:
            value = self._constructor.construct_object(node) if node.tag != STR else node.value
        except Exception:  # noqa: BLE001 - only used to word a message
            return f"a value tagged {node.tag}"
        if value is None:
            return "null"
        if isinstance(value, bool):
            return f"true/false ({node.value})"
        if isinstance(value, (int, float)):
            return f"a number ({node.value})"
        if isinstance(value, str):
            return f"text {_short(value)}"
        return f"a {type(value).__name__} ({str(node.value)[:40]})"

    def to_python(self, node: Node, path: str, depth: int = 0) -> Any:
        """An unknown field's value as plain Python (kept in Report.extra)."""
        if depth > MAX_DEPTH:
            self.add(node, path, f"nested more than {MAX_DEPTH} levels deep")
            return _BAD
        if not self._visit(node, path):
            return _BAD
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        if isinstance(node, SequenceNode) and node.tag == SEQ:
            return [self.to_python(item, _join(path, i), depth + 1)
                    for i, item in enumerate(node.value)]
        pairs = self._pairs(node, path)
        if pairs is None:
            self.add(node, path, f"unsupported YAML value: {self.describe(node)}")
            return _BAD
        return {key: self.to_python(value, _join(path, key), depth + 1)
                for key, value in pairs.items()}

    def _pairs(self, node: Node, path: str) -> dict[str, Node] | None:
        if not isinstance(node, MappingNode) or node.tag != MAP:
            return None
        out: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _T + "merge":
                self.add(key_node, path, "YAML merge keys (<<) are not allowed")
                continue
            key = self.scalar(key_node, path)
            if not isinstance(key, str):
                self.add(key_node, path,
                         f"a field name must be text, not {self.describe(key_node)}")
                continue
            if not self._visit(key_node, path):
                continue
            if key in out:
                first = out[key].start_mark.line + 1
                self.add(key_node, _join(path, key),
                         f"duplicate field (first given on line {first})")
                continue
            out[key] = value_node
        return out

    # -- typed accessors --------------------------------------------------------
    def mapping(self, node: Node, path: str, what: str) -> dict[str, Node] | None:
        if not self._visit(node, path):
            return None
        pairs = self._pairs(node, path)
        if pairs is None:
            self.add(node, path, f"expected {what} (a mapping), got {self.describe(node)}")
        return pairs

    def sequence(self, node: Node, path: str, what: str) -> list[Node] | None:
        if not self._visit(node, path):
            return None
        if not isinstance(node, SequenceNode) or node.tag != SEQ:
            self.add(node, path, f"expected {what} (a list), got {self.describe(node)}")
            return None
        return list(node.value)

    def field(self, fields: dict[str, Node], parent: Node, path: str, key: str,
              what: str) -> Node | None:
        node = fields.get(key)
        if node is None:
            self.add(parent, _join(path, key), f"missing field '{key}' ({what})")
        return node

    def text(self, node: Node | None, path: str, *, empty_ok: bool = False) -> str:
        """A text value (non-empty unless ``empty_ok``); its footnote references are noted."""
        if node is None or not self._visit(node, path):
            return cast(str, _BAD)
        value = self.scalar(node, path)
        if not isinstance(value, str):
            if not self._reported(node, value):
                self.add(node, path, f"expected text, got {self.describe(node)}")
            return cast(str, _BAD)
        if not empty_ok and not value.strip():
            self.add(node, path, "is empty")
            return cast(str, _BAD)
        if "[^" in value:  # any text may cite a footnote: a title or a quote as well
            self.refs.extend((n, node, path) for n in footnote_refs(value))
        return value

    def is_null(self, node: Node) -> bool:
        """Whether the node is a YAML null (~, null, or nothing)."""
        return isinstance(node, ScalarNode) and node.tag == _T + "null"

    def optional_text(self, node: Node | None, path: str) -> str | None:
        if node is not None and self.is_null(node):
            self._visit(node, path)
            return None
        return self.text(node, path)

    def integer(self, node: Node | None, path: str, allowed: range, what: str) -> int:
        if node is None or not self._visit(node, path):
            return cast(int, _BAD)
        value = self.scalar(node, path)
        if type(value) is not int:
            if not self._reported(node, value):
                self.add(node, path, f"expected {what} (a whole number), got {self.describe(node)}")
            return cast(int, _BAD)
        if value not in allowed:
            self.add(node, path, f"{what} {value} is outside {allowed.start}-{allowed.stop - 1}")
            return cast(int, _BAD)
        return value

    def score(self, node: Node | None, path: str) -> float | None:
        if node is None or not self._visit(node, path):
            return cast(float | None, _BAD)
        value = self.scalar(node, path)
        if value is None:
            return None
        if type(value) not in (int, float):
            if not self._reported(node, value):
                self.add(node, path, "expected a score (a number 0-40, or null where the report "
                         f"gives none), got {self.describe(node)}")
            return cast(float | None, _BAD)
        if math.isnan(value) or not SCORE_MIN <= value <= SCORE_MAX:
            self.add(node, path, f"score {node.value} is outside {SCORE_MIN}-{SCORE_MAX}")
            return cast(float | None, _BAD)
        checked: float = value  # an int or a float, in range
        return checked

    def texts(self, node: Node | None, path: str, what: str, *,
              non_empty: bool = False) -> tuple[str, ...]:
        """A list of text values (paragraphs)."""
        if node is None:
            return cast(tuple[str, ...], _BAD)
        items = self.sequence(node, path, what)
        if items is None:
            return cast(tuple[str, ...], _BAD)
        if non_empty and not items:
            self.add(node, path, f"{what} is an empty list")
            return cast(tuple[str, ...], _BAD)
        values = [self.text(item, _join(path, i)) for i, item in enumerate(items)]
        return _BAD if any(v is _BAD for v in values) else tuple(values)

    def keep_unknown(self, fields: dict[str, Node], known: tuple[str, ...], path: str) -> None:
        """Fields this version does not know are allowed (DESIGN.md) and kept in Report.extra."""
        for key, node in fields.items():
            if key not in known:
                value = self.to_python(node, _join(path, key), 1)
                self.extra[_join(path, key)] = value


def check_principle_title(c: Checker, node: Node | None, path: str, number: int,
                          title: str) -> None:
    """A principle's title is the VIBE methodology's (DESIGN.md), spacing aside."""
    expected = PRINCIPLE_TITLES.get(number)
    if expected is not None and " ".join(title.split()) != expected:
        c.add(node, path, f"principle {number} is titled {_short(title, 60)}, but the VIBE "
              f"methodology names it {expected!r}")


def _half_unit(node: Node | None) -> float:
    """Half the last written digit of a score: 0.5 for '21', 0.05 for '21.6'."""
    text = str(getattr(node, "value", "")).lower()
    if "." not in text or "e" in text:
        return 0.5
    return 0.5 * 10.0 ** -len(text.split(".", 1)[1])


def check_averages(c: Checker, score: tuple[Any, Node | None, str],
                   parts: list[tuple[Any, Node | None, str]], what: str) -> None:
    """A score that averages others agrees with their mean, where all of them are given.

    VIBE publishes each score rounded (to whole numbers, sometimes to one decimal), and
    averages the unrounded scores. So the rounded parts' mean may be off the true mean by
    half a unit of their last digit, and the score itself by half a unit of its own: a
    score is accepted within the sum of both (±1 for whole numbers, ±0.1 at one decimal).
    """
    value, node, path = score
    if value is None or value is _BAD or not parts:
        return
    if any(v is None or v is _BAD for v, _, _ in parts):
        return  # not all given (or already reported): nothing to compare with
    mean = sum(v for v, _, _ in parts) / len(parts)
    tolerance = _half_unit(node) + max(_half_unit(n) for _, n, _ in parts) + 1e-9
    if abs(value - mean) > tolerance:
        given = ", ".join(str(getattr(n, "value", v)) for v, n, _ in parts)
        c.add(node, path, f"score {getattr(node, 'value', value)} does not agree with the "
              f"average of {what} ({given}: {mean:.2f}); a score is that average, rounded")
