"""Atomic file replacement: temp file in the same folder, flush, fsync, rename, fsync the folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a directory; its renames are journaled anyway
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_temp(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to a new, fsynced temp file in ``folder``.

    The caller renames or removes it.
    """
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def link_backup(path: Path, backup: Path) -> None:
    """Make ``backup`` hold what ``path`` holds now, atomically (hard link, or copy + rename)."""
    # a name no other writer uses (two processes backing up at once must not collide)
    staging = backup.with_name(f".{backup.name}.{os.urandom(16).hex()}.tmp")
    try:
        os.link(path, staging)
    except OSError:  # file systems without hard links: copy through a temp file instead
        staging = write_temp(path.parent, backup.name, path.read_bytes())
    try:
        os.replace(staging, backup)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes, *, backup: Path | None = None) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old or the new bytes, never a mix.

    With ``backup``, the file's current content first becomes ``backup`` (also atomically),
    so at every moment the old version survives in ``path`` or in ``backup``.
    """
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    temp = write_temp(folder, path.name, data)
    try:
        if backup is not None and path.exists():
            link_backup(path, backup)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)
