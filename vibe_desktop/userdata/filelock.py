"""An inter-process lock on a lock file (fcntl on POSIX, msvcrt on Windows), freed if its
holder dies.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Self

#: How long a writer waits for another copy of the app to finish its save.
DEFAULT_TIMEOUT = 10.0


class LockUnavailableError(OSError):
    """The lock file cannot be created or opened (a read-only or missing folder)."""


class LockBusyError(LockUnavailableError):
    """Another process held the lock for longer than the timeout."""


class FileLock:
    """``with FileLock(path):`` holds an exclusive lock on ``path`` (created if need be).

    The operating system drops the lock when the holding process exits or is killed, so a
    crash never leaves a stale lock behind; the (empty) lock file itself stays, which is
    harmless and avoids the race of deleting a file another process is about to lock.
    Not reentrant: one ``with`` block at a time per instance.
    """

    def __init__(self, path: Path, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._fd: int | None = None

    def acquire(self) -> None:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as exc:
            raise LockUnavailableError(exc.errno, f"cannot create the lock file {self.path}: "
                                  f"{exc.strerror or exc}") from exc
        deadline = time.monotonic() + self.timeout
        delay = 0.001
        while True:
            try:
                _lock(fd)
            except OSError as exc:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise LockBusyError(
                        exc.errno, f"{self.path} stayed locked by another copy of VIBE Desktop "
                        f"for {self.timeout:g} s") from exc
                time.sleep(delay)  # another process is saving; it holds the lock for milliseconds
                delay = min(delay * 2, 0.05)
                continue
            self._fd = fd
            return

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # one byte; locking past the end is allowed

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
