"""Files the person exports: written atomically, with the permissions the user's umask gives."""

from __future__ import annotations

import os
from pathlib import Path

from vibe_desktop.userdata.atomic import atomic_write

UTF8_BOM = "\ufeff"


def user_mode() -> int:
    """The mode a new file gets under the process's umask (0644 under the usual 022)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_export(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, then give it normal permissions (the atomic
    writer's temporary file is private, 0600, which an exported file should not be)."""
    atomic_write(path, data)
    os.chmod(path, user_mode())


def with_bom(text: str) -> str:
    """``text`` starting with one UTF-8 byte-order mark (spreadsheets then read it as UTF-8)."""
    return text if text.startswith(UTF8_BOM) else UTF8_BOM + text
