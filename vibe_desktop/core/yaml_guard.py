"""Compose a YAML node tree from the parser's event stream with bounded nodes, depth and time."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, cast

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

__all__ = ["MAX_DEPTH", "MAX_NODES", "TIME_BUDGET", "GuardError", "compose", "compose_or_fail"]

#: Nodes in one file at most. The Kazakhstan report has 737 YAML events (~370 nodes); a
#: report with every field filled and long indicator texts stays under a few thousand, so
#: 20,000 is 50 times the real thing, and a flood is stopped within ~0.1 s.
MAX_NODES = 20_000
#: Nesting at most: a report is six levels deep; unknown fields may add a few more.
MAX_DEPTH = 32
#: Seconds of parsing at most (checked every few hundred events): a hang detector that no
#: real report comes near (the bundled one composes in ~5 ms).
TIME_BUDGET = 2.0
_CHECK_EVERY = 256

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster


class GuardError(Exception):
    """The YAML is structurally refused; ``line`` (1-based) is where, ``message`` says why."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _line(event: Any) -> int:
    mark = getattr(event, "start_mark", None)
    return mark.line + 1 if mark is not None else 1


def compose(text: str, *, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH,
            time_budget: float = TIME_BUDGET) -> Node | None:
    """The single document's node tree (None if the stream holds none), built while parsing.

    Refused with GuardError, before the rest of the file is even parsed: more than
    ``max_nodes`` nodes, nesting deeper than ``max_depth``, anchors and aliases (``&a`` /
    ``*a``: a tiny file can expand to an enormous tree, and a shared value is not data a
    person wrote), a second document (``---``), parsing longer than ``time_budget``.
    yaml.YAMLError (syntax) passes through for the caller to word.
    """
    resolver = Resolver()
    started = time.perf_counter()
    stack: list[tuple[Node, list[Any]]] = []  # open collections and the items they hold
    root: Node | None = None
    documents = 0
    count = nodes = 0
    starts = (SequenceStartEvent, MappingStartEvent)
    ends = (SequenceEndEvent, MappingEndEvent)
    # one type look-up per event: this loop runs for every value of the file
    event: Any
    for event in yaml.parse(text, Loader=_LOADER):
        count += 1
        if not count & (_CHECK_EVERY - 1) and time.perf_counter() - started > time_budget:
            raise GuardError(_line(event), f"the YAML took over {time_budget:g} s to read "
                             "(stopped here); a report reads in milliseconds")
        kind = type(event)
        if kind in ends:
            node, items = stack.pop()
            node.value = (list(zip(items[::2], items[1::2], strict=True))
                          if kind is MappingEndEvent else items)
            node.end_mark = event.end_mark
            continue
        if kind is ScalarEvent or kind in starts:
            if event.anchor is not None:
                raise GuardError(_line(event), "YAML anchors and aliases (&name / *name) are "
                                 "not allowed; write the value out")
            if len(stack) >= max_depth:
                raise GuardError(_line(event), f"the YAML is nested more than {max_depth} "
                                 "levels deep; a report is six levels deep")
            nodes += 1
            if nodes > max_nodes:
                raise GuardError(_line(event), f"the YAML has more than {max_nodes:,} values; "
                                 "far beyond any report (is it the right file?)")
            node = _node(event, resolver)
            if stack:
                stack[-1][1].append(node)
            else:
                root = node
            if kind is not ScalarEvent:
                stack.append((node, []))
        elif kind is AliasEvent:
            raise GuardError(_line(event), "YAML anchors and aliases (&name / *name) are not "
                             "allowed; write the value out")
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise GuardError(_line(event), "the file holds more than one YAML document "
                                 "('---' starts another): expected a single document")
    return root


#: ``Resolver.resolve`` is untyped in the PyYAML stubs: (node kind, scalar value, implicit) -> tag.
_Resolve = Callable[[type[Node], str | None, Any], str]


def _node(event: Any, resolver: Resolver) -> Node:
    tag = event.tag
    resolve = cast(_Resolve, resolver.resolve)
    if isinstance(event, ScalarEvent):
        if tag is None or tag == "!":
            tag = resolve(ScalarNode, event.value, event.implicit)
        return ScalarNode(tag, event.value, event.start_mark, event.end_mark,  # type: ignore[arg-type]
                          style=event.style)
    kind = SequenceNode if isinstance(event, SequenceStartEvent) else MappingNode
    if tag is None or tag == "!":
        tag = resolve(kind, None, event.implicit)
    return kind(tag, [], event.start_mark, None, flow_style=event.flow_style)


def compose_or_fail(text: str, fail: Callable[..., Exception]) -> Node:
    """The YAML node tree (with line numbers), or raise ``fail(line, message, path)``.

    Every YAML problem is worded for a person: syntax errors with line and column (and the
    tab hint), forbidden characters, the guard's refusals, an empty document.
    """
    try:
        root = compose(text)
    except GuardError as err:
        raise fail(err.line, err.message, "(yaml)") from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        body = text.rstrip()
        last = body.count("\n") + 1  # an error at the end of input: at the end of the last line
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        if line > last:
            line, column = last, len(body) - body.rfind("\n")
        message = err.problem or err.context or "not valid YAML"
        context_line = min(err.context_mark.line + 1, last) if err.context_mark else line
        if err.context and err.problem and context_line != line:
            message += f" ({err.context} on line {context_line})"
        row = text.split("\n", line)[line - 1] if line <= last else ""
        if "\t" in row[:column]:
            message += "; YAML indents with spaces, never tabs"
        raise fail(line, f"YAML syntax error at column {column}: {message}", "(yaml)") from None
    except yaml.reader.ReaderError as err:
        # libyaml gives a byte offset, PyYAML a character offset: find the character itself
        char = chr(err.character) if isinstance(err.character, int) else str(err.character)
        at = max(text.find(char), 0)
        line = text.count("\n", 0, at) + 1
        column = at - text.rfind("\n", 0, at)
        raise fail(line, f"character U+{ord(char[:1] or ' '):04X} at column {column} is not "
                   "allowed in YAML (a control or special character)", "(yaml)") from None
    except yaml.YAMLError as err:
        raise fail(1, f"not valid YAML: {' '.join(str(err).split())}", "(yaml)") from None
    except RecursionError:
        raise fail(1, "the YAML is nested too deeply to be a report", "(yaml)") from None
    if root is None:
        raise fail(1, "the file holds no YAML document (only comments or blank lines)")
    return root
