"""The report library: bundled and user-added report files, found fast, loaded on demand."""

from __future__ import annotations

import errno
import os
import re
import stat as stat_module
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeAlias

from vibe_desktop.core.model import Report

if TYPE_CHECKING:  # importlib.resources costs ~5 ms to import at start
    from importlib.resources.abc import Traversable

ReportPath: TypeAlias = "Traversable | Path"
Loader = Callable[[ReportPath], Report]


class ParsedCache(Protocol):
    """Parsed reports kept between runs, keyed by file and stat (implemented in userdata).

    Every method is best effort: a miss, a broken entry or a failed write is never an error.
    """

    def get(self, path: Path, stat: os.stat_result) -> Report | None:
        """The report parsed from ``path`` when it had this ``stat``, or None."""

    def put(self, path: Path, stat: os.stat_result, report: Report) -> None:
        """Remember ``report`` as what ``path`` with this ``stat`` holds."""

    def discard(self, path: Path) -> None:
        """Forget whatever is kept for ``path``."""

#: A report id as it appears in a file name: ``kazakhstan-2022``.
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_HEADER_BYTES = 4096
_HEADER_FIELD = re.compile(r"^(country|edition|title):[ \t]*(.*?)[ \t]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    """One report file in the library; ``error`` says why it cannot be opened, if it cannot."""

    id: str
    path: ReportPath
    bundled: bool
    error: str | None = None
    country: str | None = None
    edition: int | None = None

    @property
    def title(self) -> str:
        """A display title from the file's header, or its id when the header gives none."""
        if self.country and self.edition:
            return f"{self.country} {self.edition}"
        return self.country or self.id


class LibraryError(Exception):
    """A report could not be added to or removed from the library (the message says why)."""


def _default_loader(path: ReportPath) -> Report:
    from vibe_desktop.core.loader import load_report

    return load_report(path)


def _report_error(file: ReportPath | str, message: str) -> Exception:
    from vibe_desktop.core.loader import Problem, ReportError

    return ReportError([Problem(str(file), 1, "(file)", message)])


def _is_report_error(exc: BaseException) -> bool:
    try:
        from vibe_desktop.core.loader import ReportError
    except ImportError:  # pragma: no cover - the loader is part of core
        return False
    return isinstance(exc, ReportError)


def _unquote(value: str) -> str:
    value = value.split(" #", 1)[0].strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value


def peek_header(path: ReportPath) -> tuple[str | None, int | None]:
    """Country and edition from the first lines of a report file, without parsing the YAML.

    Never raises, and never opens what is not a regular file (a pipe would block).
    """
    file = real_file(path)
    try:
        if file is not None and not stat_module.S_ISREG(os.stat(file).st_mode):
            return None, None
        with path.open("rb") as handle:
            head = handle.read(_HEADER_BYTES).decode("utf-8", errors="replace")
    except (OSError, ValueError):
        return None, None
    fields = {m.group(1): _unquote(m.group(2)) for m in _HEADER_FIELD.finditer(head)}
    country = fields.get("country") or None
    edition_text = fields.get("edition", "")
    edition = None
    if edition_text.isascii() and edition_text.isdigit() and len(edition_text) <= 4:
        edition = int(edition_text)
    return country, edition


def file_problem(path: Path) -> str | None:
    """Why a directory entry named like a report is not a readable report file, or None."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if path.is_symlink():
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            if exc.errno == errno.ELOOP:
                return f"is a link that leads back to itself ({target})"
            return f"is a link to {target}, which cannot be opened ({exc.strerror or exc})"
        return f"cannot be read ({exc.strerror or exc})"
    if stat_module.S_ISDIR(info.st_mode):
        return "is a folder, not a report file"
    if not stat_module.S_ISREG(info.st_mode):
        return "is not a regular file (a pipe, socket or device), so it is not opened"
    return None


def real_file(path: ReportPath) -> Path | None:
    """The file system path behind ``path``, or None (a file inside a zip has none)."""
    if isinstance(path, os.PathLike):
        return Path(os.fspath(path))
    return None


def _file_id(name: str) -> str | None:
    if not name.endswith(".yaml") or name.startswith("."):
        return None
    return name[: -len(".yaml")]


class Library:
    """Every report the app can show: the bundled ones, then the ones the user added."""

    def __init__(
        self, user_dir: Path, loader: Loader | None = None, cache: ParsedCache | None = None
    ) -> None:
        self.user_dir = Path(user_dir)
        self._loader: Loader = loader or _default_loader
        self._parsed = cache
        self._entries: dict[str, LibraryEntry] = {}
        self._cache: dict[str, Report] = {}
        self._failures: dict[str, Exception] = {}
        self._peeked: set[str] = set()
        #: Why the user's folder could not be listed (None when it could, or is not there yet).
        self.folder_error: str | None = None

    # -- discovery ------------------------------------------------------------
    @classmethod
    def discover(
        cls,
        bundled_files: Iterable[ReportPath],
        user_dir: Path,
        *,
        loader: Loader | None = None,
        cache: ParsedCache | None = None,
    ) -> Library:
        """List the reports without reading any: ids come from file names; the titles from a
        peek at each file's header, taken only when an entry is first asked for (so a start,
        which needs only ids, stays flat however many reports there are).

        With ``cache``, get() takes a report parsed on an earlier run when its file is unchanged.
        """
        library = cls(user_dir, loader, cache)
        for path in bundled_files:
            library._discover_one(path, bundled=True)
        folder = Path(user_dir)
        try:
            names = sorted(os.listdir(folder))
        except FileNotFoundError:
            names = []
        except OSError as exc:  # never raised out: the folder's problem is kept to be shown
            library.folder_error = f"{folder} cannot be read ({exc.strerror or exc})"
            names = []
        for name in names:
            if _file_id(name) is not None:
                path = folder / name
                library._discover_one(path, bundled=False, problem=file_problem(path))
        return library

    def _discover_one(self, path: ReportPath, *, bundled: bool,
                      problem: str | None = None) -> None:
        report_id = _file_id(path.name)
        if report_id is None:
            return
        error = problem
        if report_id in self._entries:
            error = error or (
                f"a report with the id {report_id!r} is already in the library "
                f"({self._entries[report_id].path}); this copy is not opened"
            )
            report_id = f"{report_id} ({path.name}, duplicate)"
            if report_id in self._entries:
                return
        elif not ID_PATTERN.match(report_id):
            error = error or (f"{report_id!r} is not a valid report id "
                              "(lower-case letters, digits, -)")
        if error is not None:  # worded like every report problem: FILE:1: (file): message
            failure = _report_error(path, error)
            self._failures[report_id] = failure
            error = str(failure)
        self._entries[report_id] = LibraryEntry(report_id, path, bundled, error)

    def _with_header(self, entry: LibraryEntry) -> LibraryEntry:
        """The entry with its country and edition read from the file's header (once)."""
        if entry.id in self._peeked:
            return entry
        country, edition = peek_header(entry.path)
        entry = replace(entry, country=country, edition=edition)
        self._entries[entry.id] = entry
        self._peeked.add(entry.id)
        return entry

    # -- reading ----------------------------------------------------------------
    @property
    def entries(self) -> tuple[LibraryEntry, ...]:
        """Every entry: bundled reports first, then the user's, each in file-name order."""
        return tuple(self._with_header(entry) for entry in list(self._entries.values()))

    @property
    def ids(self) -> tuple[str, ...]:
        """Ids of the entries that have not (yet) failed to load."""
        return tuple(e.id for e in self._entries.values() if e.error is None)

    def entry(self, report_id: str) -> LibraryEntry:
        """The entry for ``report_id`` (KeyError if there is none)."""
        return self._with_header(self._entries[report_id])

    def __contains__(self, report_id: object) -> bool:
        return report_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def is_loaded(self, report_id: str) -> bool:
        """Whether ``report_id`` has been loaded already (get() will not touch the disk)."""
        return report_id in self._cache

    def get(self, report_id: str) -> Report:
        """The report, loaded on first use and cached; raises ReportError for a broken file."""
        cached = self._cache.get(report_id)
        if cached is not None:
            return cached
        if report_id in self._failures:
            raise self._failures[report_id]
        entry = self._entries.get(report_id)
        if entry is None:
            raise KeyError(f"no report {report_id!r} in the library")
        if entry.error is not None:
            raise _report_error(entry.path, entry.error)
        try:
            report = self._load_entry(entry)
        except Exception as exc:  # noqa: BLE001 - one broken file never stops the others
            failure = exc if _is_report_error(exc) else _report_error(entry.path, str(exc))
            self._failures[report_id] = failure
            self._entries[report_id] = replace(entry, error=str(failure))
            raise failure from None
        self._cache[report_id] = report
        self._entries[report_id] = replace(
            entry, country=report.country, edition=report.edition
        )
        self._peeked.add(report_id)
        return report

    def check_all(self) -> dict[str, str]:
        """Load every entry once (slow: for a library view).

        Returns ``{id: error}`` of the broken ones.
        """
        broken: dict[str, str] = {}
        for report_id in list(self._entries):
            if self._try_get(report_id) is None:
                broken[report_id] = self._entries[report_id].error or "cannot be read"
        return broken

    def reports(self) -> list[Report]:
        """Every report that loads, in library order; broken entries are skipped (see entries)."""
        loaded = (self._try_get(report_id) for report_id in list(self._entries))
        return [report for report in loaded if report is not None]

    def _try_get(self, report_id: str) -> Report | None:
        try:
            return self.get(report_id)
        except Exception:  # noqa: BLE001 - get() recorded the error on the entry
            return None

    def _load_entry(self, entry: LibraryEntry) -> Report:
        """Parse the entry's file, or take it from the parsed cache when the file is unchanged."""
        file = real_file(entry.path) if self._parsed is not None else None
        stat = None
        if file is not None:
            try:
                stat = file.stat()
            except OSError:
                stat = None
        if stat is not None and file is not None:
            cached = self._cache_call("get", file, stat)
            if isinstance(cached, Report) and cached.id == entry.id:
                return cached
        report = self._loader(entry.path)
        if report.id != entry.id:
            raise _report_error(
                entry.path,
                f"the file name says {entry.id!r} but the report's id is "
                f"{report.id!r}; rename the file to {report.id}.yaml"
            )
        if stat is not None and file is not None:
            self._cache_call("put", file, stat, report)
        return report

    def _cache_call(self, method: str, *args: object) -> object:
        """Call the parsed cache; its failures are never the user's problem."""
        try:
            return getattr(self._parsed, method)(*args)
        except Exception:  # noqa: BLE001 - a cache is an optimisation only
            return None

    # -- the user's part (files are written by vibe_desktop.userdata.reports) -------
    def load_file(self, path: ReportPath) -> Report:
        """Parse a report file with this library's loader, without adding it."""
        return self._loader(path)

    def register(self, path: Path, report: Report) -> LibraryEntry:
        """Add the user's report file ``path`` (already written, holding ``report``) to the list."""
        entry = LibraryEntry(report.id, Path(path), False, None, report.country, report.edition)
        self._entries[report.id] = entry
        self._peeked.add(report.id)
        self._cache[report.id] = report
        self._failures.pop(report.id, None)
        if self._parsed is not None:
            try:
                stat = Path(path).stat()
            except OSError:
                return entry
            self._cache_call("put", Path(path), stat, report)
        return entry

    def forget(self, report_id: str) -> LibraryEntry:
        """Drop ``report_id`` from the list (its file is the caller's business).

        Returns its entry.
        """
        entry = self._entries.pop(report_id)
        self._cache.pop(report_id, None)
        self._failures.pop(report_id, None)
        file = real_file(entry.path)
        if self._parsed is not None and file is not None:
            self._cache_call("discard", file)
        return entry
