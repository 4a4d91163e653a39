"""Parsed reports kept as pickles in the user's cache folder, so a normal start parses no YAML.

One file per report file, named by a checksum of its resolved path. Each holds a key (resolved
path, size, mtime_ns, app version, cache format, model shape) and a CRC-32 of the pickle;
nothing is unpickled unless both match, and only files in this cache's own folder, owned by
the user and writable by nobody else, are ever read. Any miss or fault just means "parse the
YAML again", after which the entry is rewritten atomically.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
import stat as stat_module
import struct
import zlib
from pathlib import Path

from vibe_desktop import __version__
from vibe_desktop.core import model
from vibe_desktop.core.model import Report
from vibe_desktop.userdata.atomic import atomic_write

#: Bump when the pickled form changes in a way the model fingerprint cannot see.
CACHE_VERSION = 1
#: Entries kept at most; beyond it the oldest go (reports moved or removed leave orphans).
MAX_ENTRIES = 256
MAGIC = b"VIBE-RPC"
_LENGTH = struct.Struct(">I")  # key length, then the payload's CRC-32
_MODEL_CLASSES = (
    model.Report, model.Principle, model.Indicator, model.Quote, model.Footnote,
    model.Person, model.Rights,
)


def model_fingerprint() -> str:
    """A short hash of the model's classes and fields: changes whenever their shape does."""
    shape = ";".join(
        f"{cls.__module__}.{cls.__qualname__}("
        + ",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(cls)) + ")"
        for cls in _MODEL_CLASSES
    )
    data = shape.encode("utf-8")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


class ReportCache:
    """Pickled Reports in ``folder``; get/put/discard never raise for cache trouble."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._version = f"{__version__}/{CACHE_VERSION}/{model_fingerprint()}"

    def entry_file(self, path: Path) -> Path:
        """Where the entry for the report file ``path`` is kept."""
        resolved = str(Path(path).resolve()).encode("utf-8", errors="surrogateescape")
        # a clash of two paths only makes them take turns: the key inside is compared in full
        name = f"{zlib.crc32(resolved):08x}{zlib.adler32(resolved):08x}.pickle"
        return self.folder / name

    def key(self, path: Path, stat: os.stat_result) -> bytes:
        """What must match for an entry to be used: the file as it was, and this app."""
        resolved = str(Path(path).resolve())
        return "\0".join(
            (resolved, str(stat.st_size), str(stat.st_mtime_ns), self._version)
        ).encode("utf-8", errors="surrogateescape")

    def get(self, path: Path, stat: os.stat_result) -> Report | None:
        """The report cached for ``path`` as it was at ``stat``, or None (miss or bad entry)."""
        try:
            blob = self._read_own(self.entry_file(path))
            if blob is None:
                return None
            payload = self._payload(blob, self.key(path, stat))
            if payload is None:
                return None
            report = pickle.loads(payload)  # our own file; key and checksum checked above
        except Exception:  # noqa: BLE001 - a broken entry is a miss; put() rewrites it
            return None
        return report if isinstance(report, Report) else None

    def put(self, path: Path, stat: os.stat_result, report: Report) -> None:
        """Keep ``report`` for ``path`` as it is at ``stat`` (silently skipped if it cannot be)."""
        try:
            key = self.key(path, stat)
            payload = pickle.dumps(report, protocol=5)
            blob = b"".join((
                MAGIC, _LENGTH.pack(len(key)), key, _LENGTH.pack(zlib.crc32(payload)), payload,
            ))
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.entry_file(path), blob)
            self._prune()
        except Exception:  # noqa: BLE001, S110 - no cache means a slower start, nothing worse
            pass

    def _prune(self) -> None:
        """Keep at most MAX_ENTRIES entries, dropping the ones written longest ago."""
        entries = list(self.folder.glob("*.pickle"))
        if len(entries) <= MAX_ENTRIES:
            return
        aged = sorted(entries, key=lambda entry: entry.stat().st_mtime_ns)
        for entry in aged[: len(entries) - MAX_ENTRIES]:
            entry.unlink(missing_ok=True)

    def discard(self, path: Path) -> None:
        """Forget the entry for ``path`` (after the report was removed)."""
        try:
            self.entry_file(path).unlink(missing_ok=True)
        except OSError:
            pass

    @staticmethod
    def _read_own(file: Path) -> bytes | None:
        """The file's bytes if it is a regular file of ours that nobody else may write."""
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(file, flags)
        except OSError:
            return None
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat_module.S_ISREG(info.st_mode):
                return None
            if hasattr(os, "getuid") and (
                info.st_uid != os.getuid() or info.st_mode & (stat_module.S_IWGRP | stat_module.S_IWOTH)
            ):
                return None
            return handle.read()

    @staticmethod
    def _payload(blob: bytes, key: bytes) -> bytes | None:
        """The pickle inside ``blob`` if its key is ``key`` and its checksum is right."""
        if not blob.startswith(MAGIC):
            return None
        start = len(MAGIC) + _LENGTH.size
        if len(blob) < start:
            return None
        (length,) = _LENGTH.unpack_from(blob, len(MAGIC))
        if blob[start:start + length] != key:
            return None
        checksum = blob[start + length:start + length + _LENGTH.size]
        payload = blob[start + length + _LENGTH.size:]
        if len(checksum) != _LENGTH.size or _LENGTH.unpack(checksum)[0] != zlib.crc32(payload):
            return None
        return payload


def default_cache() -> ReportCache:
    """The app's report cache: ``reports`` in the user's cache folder."""
    from vibe_desktop import paths

    return ReportCache(paths.cache_dir() / "reports")
