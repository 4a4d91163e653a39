"""Parsed reports kept as JSON in the user's cache folder, keyed by the file's content hash.

One entry per report file, named by a checksum of its resolved path. An entry is plain
JSON data — never code: it is read back through a schema that accepts only the model's
fields with their types, so a planted or damaged entry can at worst be a miss. It is used
only when the SHA-256 of the report file's bytes *now* equals the one it was made from
(an edit that keeps size and mtime, as ``cp -p``, ``rsync -t`` or unzip do, is a miss),
and when app version, cache format and model shape all match. Any miss or fault just
means "parse the YAML again", after which the entry is rewritten atomically.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import stat as stat_module
import zlib
from pathlib import Path
from typing import Any

from vibe_desktop import __version__
from vibe_desktop.core import model
from vibe_desktop.core.model import Footnote, Indicator, Person, Principle, Quote, Report, Rights
from vibe_desktop.userdata.atomic import atomic_write

try:  # CPython's own SHA-256 (hashlib would load OpenSSL, ~3 ms, before the first paint)
    from _sha256 import sha256 as _sha256
except ImportError:  # another Python, or a newer one (_sha2)
    from hashlib import sha256 as _sha256

#: Bump when the stored form changes in a way the model fingerprint cannot see.
CACHE_VERSION = 2
#: Entries kept at most; beyond it the oldest go (reports moved or removed leave orphans).
MAX_ENTRIES = 256
FORMAT = "vibe-desktop-report-cache"
SUFFIX = ".json"
_READ_AT_MOST = 5 * 1024 * 1024 + 1  # the loader's limit: a larger file is never a report
_ENTRY_AT_MOST = 64 * 1024 * 1024
_MODEL_CLASSES = (Report, Principle, Indicator, Quote, model.Footnote, Person, Rights)


def model_fingerprint() -> str:
    """A short hash of the model's classes and fields: changes whenever their shape does."""
    shape = ";".join(
        f"{cls.__module__}.{cls.__qualname__}("
        + ",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(cls)) + ")"
        for cls in _MODEL_CLASSES
    )
    data = shape.encode("utf-8")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


class _BadError(Exception):
    """The entry does not match the schema."""


class ReportCache:
    """Reports as JSON in ``folder``; get/put/discard never raise for cache trouble."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self._version = f"{__version__}/{CACHE_VERSION}/{model_fingerprint()}"
        self._seen: dict[str, str] = {}  # resolved path -> content hash at the last miss

    def entry_file(self, path: Path) -> Path:
        """Where the entry for the report file ``path`` is kept."""
        resolved = str(Path(path).resolve()).encode("utf-8", errors="surrogateescape")
        # a clash of two paths only makes them take turns: the path inside is compared in full
        name = f"{zlib.crc32(resolved):08x}{zlib.adler32(resolved):08x}{SUFFIX}"
        return self.folder / name

    @staticmethod
    def content_hash(path: Path) -> str | None:
        """SHA-256 of the report file's bytes (None if it cannot be read)."""
        try:
            with open(path, "rb") as handle:
                data = handle.read(_READ_AT_MOST)
        except OSError:
            return None
        digest: str = _sha256(data).hexdigest()
        return digest

    def _hash_for_get(self, path: Path) -> str | None:
        digest = self.content_hash(path)
        if digest is not None:
            self._seen[str(Path(path).resolve())] = digest
        return digest

    def get(self, path: Path, stat: os.stat_result | None = None) -> Report | None:
        """The report cached for ``path`` as its bytes are now, or None (miss or bad entry).

        ``stat`` is accepted for the library's cache protocol; the content decides.
        """
        try:
            digest = self._hash_for_get(path)  # first: put() compares it with the parsed file's
            blob = self._read_own(self.entry_file(path))
            if blob is None or digest is None:
                return None
            entry = json.loads(blob.decode("utf-8"))
            if not isinstance(entry, dict) or entry.get("format") != FORMAT \
                    or entry.get("version") != self._version \
                    or entry.get("path") != str(Path(path).resolve()):
                return None
            if entry.get("sha256") != digest:
                return None
            return report_from_data(entry.get("report"))
        except Exception:  # noqa: BLE001 - a broken entry is a miss; put() rewrites it
            return None

    def put(self, path: Path, stat: os.stat_result | None, report: Report) -> None:
        """Keep ``report`` for ``path`` as its bytes are now (silently skipped if it cannot be).

        The library calls get() (a miss) before parsing and put() after: if the file's hash
        changed in between, it may have changed under the parser, and nothing is kept.
        """
        try:
            digest = self.content_hash(path)
            before = self._seen.pop(str(Path(path).resolve()), digest)
            if digest is None or digest != before:
                return
            entry = {"format": FORMAT, "version": self._version,
                     "path": str(Path(path).resolve()), "sha256": digest,
                     "report": report_to_data(report)}
            blob = json.dumps(entry, ensure_ascii=False, allow_nan=False,
                              separators=(",", ":")).encode("utf-8")
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write(self.entry_file(path), blob)
            self._prune()
        except Exception:  # noqa: BLE001, S110 - no cache means a slower start, nothing worse
            pass

    def _prune(self) -> None:
        """Keep at most MAX_ENTRIES entries (oldest written go first); old pickles go at once."""
        for stale in self.folder.glob("*.pickle"):  # the former format: never read again
            stale.unlink(missing_ok=True)
        entries = list(self.folder.glob(f"*{SUFFIX}"))
        if len(entries) <= MAX_ENTRIES:
            return
        aged = sorted(entries, key=lambda entry: entry.stat().st_mtime_ns)
        for entry in aged[: len(entries) - MAX_ENTRIES]:
            entry.unlink(missing_ok=True)

    def discard(self, path: Path) -> None:
        """Forget the entry for ``path`` (after the report was removed)."""
        with contextlib.suppress(OSError):
            self.entry_file(path).unlink(missing_ok=True)

    @staticmethod
    def _read_own(file: Path) -> bytes | None:
        """The entry's bytes if it is a regular file (not a link) nobody else may write."""
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(file, flags)
        except OSError:
            return None
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat_module.S_ISREG(info.st_mode) or info.st_size > _ENTRY_AT_MOST:
                return None
            if hasattr(os, "getuid") and (
                info.st_uid != os.getuid()
                or info.st_mode & (stat_module.S_IWGRP | stat_module.S_IWOTH)
            ):
                return None
            return handle.read()


# -- the stored form: the model as JSON data, read back through a strict schema ------------

def report_to_data(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (extra fields as they are: lists, dicts, scalars)."""
    data = dataclasses.asdict(report)
    json.dumps(data["extra"], allow_nan=False)  # a date or bytes in an extra field: no entry
    return data


def _str(value: Any) -> str:
    if type(value) is not str:
        raise _BadError
    return value


def _opt_str(value: Any) -> str | None:
    return None if value is None else _str(value)


def _int(value: Any) -> int:
    if type(value) is not int:
        raise _BadError
    return value


def _score(value: Any) -> float | None:
    if value is None:
        return None
    if type(value) not in (int, float):
        raise _BadError
    return value  # type: ignore[no-any-return]


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(_str(v) for v in _list(value))


def _list(value: Any) -> list[Any]:
    if type(value) is not list:
        raise _BadError
    return value


def _map(value: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    if type(value) is not dict or set(value) != set(keys):
        raise _BadError
    return value


def _person(value: Any) -> Person:
    d = _map(value, ("name", "details"))
    return Person(_str(d["name"]), _str(d["details"]))


def _indicator(value: Any) -> Indicator:
    d = _map(value, ("number", "title", "score", "paragraphs", "quotes"))
    quotes = tuple(Quote(_str(q["text"]), _opt_str(q["speaker"]))
                   for q in (_map(q, ("text", "speaker")) for q in _list(d["quotes"])))
    return Indicator(_int(d["number"]), _str(d["title"]), _score(d["score"]),
                     _strs(d["paragraphs"]), quotes)


def _principle(value: Any) -> Principle:
    d = _map(value, ("number", "title", "score", "intro", "indicators"))
    return Principle(_int(d["number"]), _str(d["title"]), _score(d["score"]), _strs(d["intro"]),
                     tuple(_indicator(i) for i in _list(d["indicators"])))


def report_from_data(value: Any) -> Report | None:
    """The Report that ``report_to_data`` stored, or None if ``value`` is anything else."""
    try:
        d = _map(value, tuple(f.name for f in dataclasses.fields(Report)))
        rights = _map(d["rights"], ("copyright", "notice", "funding"))
        extra = d["extra"]
        if type(extra) is not dict or not all(type(k) is str for k in extra):
            raise _BadError
        return Report(
            _str(d["id"]), _str(d["country"]), _int(d["edition"]), _str(d["title"]),
            _str(d["publisher"]), _score(d["overall_score"]), _strs(d["summary"]),
            tuple(_principle(p) for p in _list(d["principles"])),
            tuple(Footnote(_int(f["number"]), _str(f["text"]))
                  for f in (_map(f, ("number", "text")) for f in _list(d["footnotes"]))),
            tuple(_person(p) for p in _list(d["panel"])),
            None if d["moderator"] is None else _person(d["moderator"]),
            Rights(_str(rights["copyright"]), _str(rights["notice"]), _str(rights["funding"])),
            _int(d["schema_version"]), extra,
        )
    except (_BadError, KeyError, TypeError):
        return None


def default_cache() -> ReportCache:
    """The app's report cache: ``reports`` in the user's cache folder."""
    from vibe_desktop import paths

    return ReportCache(paths.cache_dir() / "reports")
