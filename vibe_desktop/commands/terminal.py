"""Text for a terminal: control, escape and bidi characters from report data written as escapes."""

from __future__ import annotations

import re
from typing import TextIO

# C0 controls (ESC starts terminal sequences), DEL, C1 (CSI U+009B is an ESC[ of its own),
# line and paragraph separators, bidi marks, embeddings, overrides and isolates
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` on one line with every unsafe character shown as an escape (``\\x1b``)."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def clean_json(text: str) -> str:
    """A JSON document with the characters json.dumps leaves raw written as ``\\uXXXX``."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def say(text: str, file: TextIO) -> None:
    """Print one cleaned line."""
    print(clean(text), file=file)
