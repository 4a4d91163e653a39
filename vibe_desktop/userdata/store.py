"""A JSON document store that never loses data: locked read-merge-write, atomic, with a backup."""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from vibe_desktop.userdata.atomic import atomic_write
from vibe_desktop.userdata.filelock import FileLock, LockBusyError, LockUnavailableError

SCHEMA_VERSION = 1


class StoreError(Exception):
    """The store cannot be written (the message says why); nothing was changed."""


class StoreReadOnlyError(StoreError):
    """The store can be read but never written: read-only or missing folder, newer schema.

    The app says so once (the notice from ``load``) and keeps working with what it read.
    """


@dataclass(frozen=True, slots=True)
class StoreNotice:
    """Something the user should be told about their stored data (shown through the dialog seam)."""

    text: str  # in English, for logs and the command line
    damaged: tuple[Path, ...] = ()
    # For the UI to word it in the UI language: what happened ("read-only", "stuck",
    # "recovered", "no-backup", "backup-unreadable", "unavailable", "skipped"), the file or
    # folder it is about, when the backup was saved, how many entries, and the technical
    # reason (English, like the loader's messages).
    code: str = ""
    path: Path | None = None
    saved: datetime | None = None
    count: int = 0
    reason: str = ""


class _UnreadableError(Exception):
    pass


class AtomicJsonStore:
    """One JSON document on disk, ``{"schema_version": N, "kind": ..., "data": {...}}``.

    ``save`` writes a temp file in the same folder, flushes, fsyncs, keeps the current good
    file as ``<name>.bak`` and renames the temp file over it, so at every moment the file is
    the old or the new version. ``load`` never overwrites a file it cannot read: it moves it
    to ``<name>.damaged-<timestamp>``, falls back to the backup, and reports what it did.
    """

    def __init__(self, path: Path, kind: str = "vibe-desktop") -> None:
        self.path = Path(path)
        self.kind = kind
        self.backup = self.path.with_name(self.path.name + ".bak")
        self.lock_path = self.path.with_name(f".{self.path.name}.lock")
        self.read_only_reason: str | None = None

    # -- reading ----------------------------------------------------------------
    def _read(self, path: Path) -> dict[str, Any]:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise _UnreadableError(f"cannot be read ({exc.strerror or exc})") from exc
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _UnreadableError(f"is not valid JSON ({exc})") from exc
        if not isinstance(document, dict) or not isinstance(document.get("data"), dict):
            raise _UnreadableError("does not hold a VIBE Desktop document")
        version = document.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _UnreadableError(f"has no valid schema_version ({version!r})")
        if document.get("kind", self.kind) != self.kind:
            raise _UnreadableError(f"holds {document.get('kind')!r}, not {self.kind!r}")
        return document

    def load(self) -> tuple[dict[str, Any], list[StoreNotice]]:
        """The stored data (``{}`` if none yet) and notices about any recovery that happened.

        Reads under the store's lock, so no other copy of the app is half-way through a save.
        A folder that cannot be written (or created) is read all the same; the store then
        becomes read-only and one notice says that changes cannot be saved.
        """
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(self.lock_path)
            lock.acquire()
        except OSError as exc:
            data, notices = self._load_unlocked()
            if isinstance(exc, LockBusyError):
                return data, notices  # a busy (or hung) other copy: read what is there
            if self.read_only_reason is None:
                self.read_only_reason = (
                    f"{self.path.parent} cannot be written ({exc.strerror or exc}); "
                    "what is saved there is shown, but changes cannot be saved")
                notices.append(StoreNotice(f"Changes cannot be saved: {self.read_only_reason}.",
                                           code="read-only", path=self.path.parent,
                                           reason=str(exc.strerror or exc)))
            return data, notices
        try:
            return self._load_unlocked()
        finally:
            lock.release()

    def _load_unlocked(self) -> tuple[dict[str, Any], list[StoreNotice]]:
        with contextlib.suppress(OSError):  # a read-only folder: leftovers stay, never read
            self._remove_stale_temps()
        if not self.path.exists():
            if not self.backup.exists():
                return {}, []
            data, notices = self._recover([], "is missing")
            return data, notices
        try:
            document = self._read(self.path)
        except _UnreadableError as exc:
            try:
                damaged = self._set_aside(self.path)
            except (OSError, StoreError) as move_error:
                # cannot even move it: leave everything as it is and never write over it
                self.read_only_reason = (
                    f"{self.path} {exc} and could not be set aside ({move_error}); "
                    "changes are not saved until it is fixed or removed"
                )
                data, notices = self._recover([], str(exc), keep_backup=True)
                return data, [*notices, StoreNotice(self.read_only_reason, (self.path,),
                                                    code="stuck", path=self.path,
                                                    reason=f"{exc}; {move_error}")]
            return self._recover([damaged], str(exc))
        return self._checked(document, self.path), []

    def _checked(self, document: dict[str, Any], source: Path) -> dict[str, Any]:
        if document["schema_version"] > SCHEMA_VERSION:
            self.read_only_reason = (
                f"{source} was written by a newer version of VIBE Desktop "
                f"(schema {document['schema_version']}); it is shown but not changed"
            )
        data: dict[str, Any] = document["data"]
        return data

    def _recover(self, damaged: list[Path], problem: str, *, keep_backup: bool = False,
                 ) -> tuple[dict[str, Any], list[StoreNotice]]:
        where = f"{self.path.name} {problem}"
        kept = f" The damaged file was kept as {damaged[0]}." if damaged else ""
        if self.backup.exists():
            try:
                document = self._read(self.backup)
            except _UnreadableError as exc:
                try:
                    if not keep_backup:
                        damaged.append(self._set_aside(self.backup))
                except (OSError, StoreError) as move_error:
                    self.read_only_reason = (f"{self.backup} could not be set aside "
                                             f"({move_error}); changes are not saved")
                kept_all = ", ".join(str(p) for p in damaged) or str(self.backup)
                text = (
                    f"{where}, and its backup {exc}. Starting empty; nothing was deleted: "
                    f"the damaged files are kept as {kept_all}."
                )
                return {}, [StoreNotice(text, tuple(damaged), code="backup-unreadable",
                                        path=self.path, reason=f"{problem}; backup: {exc}")]
            data = self._checked(document, self.backup)
            saved = datetime.fromtimestamp(self.backup.stat().st_mtime)
            stamp = saved.strftime("%Y-%m-%d %H:%M")
            text = f"{where}. Your data was recovered from the backup saved {stamp}.{kept}"
            return data, [StoreNotice(text, tuple(damaged), code="recovered", path=self.path,
                                      saved=saved, reason=problem)]
        text = f"{where} and there is no backup. Starting empty.{kept}"
        return {}, [StoreNotice(text, tuple(damaged), code="no-backup", path=self.path,
                                reason=problem)]

    def _set_aside(self, path: Path) -> Path:
        """Rename a damaged file to a name no other file has; it is never overwritten."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for n in range(1000):
            suffix = f".damaged-{stamp}" + (f"-{n}" if n else "")
            target = path.with_name(path.name + suffix)
            if not target.exists():
                try:
                    os.link(path, target)  # fails rather than overwrite an existing name
                except FileExistsError:
                    continue
                except OSError:
                    os.replace(path, target)
                    return target
                path.unlink()
                return target
        raise StoreError(f"cannot set {path} aside: too many damaged copies")

    def _remove_stale_temps(self) -> None:
        folder = self.path.parent
        if not folder.is_dir():
            return
        for prefix in (f".{self.path.name}.", f".{self.backup.name}."):
            for temp in folder.glob(f"{prefix}*.tmp"):
                temp.unlink(missing_ok=True)

    # -- writing ----------------------------------------------------------------
    def save(self, data: dict[str, Any]) -> None:
        """Write ``data`` atomically, keeping the previous good version as the backup."""
        self.update(lambda _current: data, data)

    def update(self, mutate: Callable[[dict[str, Any]], dict[str, Any]],
               base: dict[str, Any]) -> dict[str, Any]:
        """Read-merge-write under the store's lock; returns the data now on disk.

        ``mutate`` receives the data as it is on disk *now* (another copy of the app may
        have saved since this one loaded) and returns what to write, so a change is made
        to the latest version and never undoes someone else's. ``base`` stands in for a
        file that is missing or damaged (the damaged file is set aside, never overwritten).
        """
        if self.read_only_reason:
            raise StoreReadOnlyError(self.read_only_reason)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreReadOnlyError(f"{self.path.parent} cannot be created "
                                f"({exc.strerror or exc})") from exc
        try:
            lock = FileLock(self.lock_path)
            lock.acquire()
        except LockBusyError as exc:
            raise StoreError(str(exc)) from exc
        except LockUnavailableError as exc:
            raise StoreReadOnlyError(str(exc)) from exc
        try:
            current, keep_backup = self._current(base)
            data = mutate(current)
            document = {"schema_version": SCHEMA_VERSION, "kind": self.kind, "data": data}
            payload = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode()
            atomic_write(self.path, payload, backup=None if keep_backup else self.backup)
        finally:
            lock.release()
        return data

    def _current(self, base: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """The data on disk (or ``base``), and whether the backup must be left as it is."""
        if not self.path.exists():
            return base, False
        try:
            document = self._read(self.path)
        except _UnreadableError:  # damaged since it was loaded: keep it, and keep the old backup
            self._set_aside(self.path)
            return base, True
        if document["schema_version"] > SCHEMA_VERSION:  # a newer version saved meanwhile
            self._checked(document, self.path)
            raise StoreReadOnlyError(str(self.read_only_reason))
        data: dict[str, Any] = document["data"]
        return data, False
