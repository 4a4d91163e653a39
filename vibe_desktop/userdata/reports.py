"""The user's added reports: copy a validated YAML or import a VIBE text export, remove one."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vibe_desktop.core.library import ID_PATTERN, Library, LibraryEntry, LibraryError
from vibe_desktop.core.model import Report
from vibe_desktop.userdata.atomic import fsync_dir, write_temp

__all__ = ["LibraryError", "PreparedReport", "add_report_file", "commit_report_file",
           "prepare_report_file", "remove_user_report"]


@dataclass(frozen=True, slots=True)
class PreparedReport:
    """A report read (or imported) from ``source`` and the exact YAML bytes to keep."""

    source: Path
    report: Report
    data: bytes

_STAGING = ".staging"


def _is_report_error(exc: BaseException) -> bool:
    from vibe_desktop.core.loader import ReportError

    return isinstance(exc, ReportError)


def add_report_file(library: Library, path: Path, *,
                    progress: Callable[[float, str], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> LibraryEntry:
    """Add a report YAML (validated) or a VIBE text export (imported) to the user's reports.

    The new file appears in ``library.user_dir`` complete or not at all; any problem raises
    LibraryError (bad or duplicate report) or the loader's ReportError, with the cause.
    """
    return commit_report_file(library, prepare_report_file(library, path, progress=progress,
                                                           cancelled=cancelled))


def prepare_report_file(library: Library, path: Path, *,
                        progress: Callable[[float, str], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> PreparedReport:
    """The slow half of adding a report (reading, importing, validating): safe in a worker
    thread, as it only reads the file and uses the library's loader. ``progress`` and
    ``cancelled`` are passed to the importer (ImportCancelledError ends it early)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml", ".vibe"):  # .vibe: the same YAML (file association)
        try:
            report = library.load_file(path)
            data = path.read_bytes()
        except Exception as exc:
            if _is_report_error(exc):
                raise
            raise LibraryError(f"{path}: {exc}") from exc
        return PreparedReport(path, report, data)
    if suffix == ".txt":
        report, data = _import_text(path, progress, cancelled)
        return PreparedReport(path, report, data)
    raise LibraryError(
        f"{path.name}: not a report file (expected a report .yaml or .vibe, or a VIBE text "
        "export .txt)"
    )


def commit_report_file(library: Library, prepared: PreparedReport) -> LibraryEntry:
    """The quick half, on the thread that owns ``library``: check the id, write, register."""
    _check_new_id(library, prepared.report.id, prepared.source)
    target = _stage_and_commit(library, prepared.report.id, prepared.data, prepared.source)
    return library.register(target, prepared.report)


def remove_user_report(library: Library, report_id: str) -> None:
    """Delete a user-added report from the library and the user's folder."""
    if report_id not in library:
        raise LibraryError(f"no report {report_id!r} in the library")
    entry = library.entry(report_id)
    if entry.bundled:
        raise LibraryError(f"{report_id!r} is bundled with the app and cannot be removed")
    Path(str(entry.path)).unlink(missing_ok=True)
    library.forget(report_id)


def _import_text(path: Path, progress: Callable[[float, str], None] | None,
                 cancelled: Callable[[], bool] | None) -> tuple[Report, bytes]:
    from vibe_desktop.core.dump import dump_report
    from vibe_desktop.importer import ImportFailureError, import_bytes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        report = import_bytes(data, source_name=str(path), progress=progress,
                              cancelled=cancelled)
    except ImportFailureError as exc:
        raise LibraryError(f"{path} could not be imported:\n{exc}") from exc
    return report, dump_report(report).encode("utf-8")


def _check_new_id(library: Library, report_id: str, source: Path) -> None:
    if not ID_PATTERN.match(report_id):
        raise LibraryError(f"{source}: {report_id!r} is not a valid report id")
    if report_id not in library:
        return
    existing = library.entry(report_id)
    if existing.bundled:
        raise LibraryError(
            f"{source}: the report {report_id!r} is bundled with the app already; "
            "a user copy with the same id is not added"
        )
    raise LibraryError(
        f"{source}: the library already has a report {report_id!r} ({existing.path}); "
        "remove it first to replace it"
    )


def _stage_and_commit(library: Library, report_id: str, data: bytes, source: Path) -> Path:
    """Write the file under a staging folder, check it loads, then rename it into place.

    A problem is told about ``source`` (the file the person chose), never the staging path.
    """
    user_dir = library.user_dir
    user_dir.mkdir(parents=True, exist_ok=True)
    staging = user_dir / _STAGING
    staging.mkdir(exist_ok=True)
    target = user_dir / f"{report_id}.yaml"
    staged = staging / target.name
    temp = write_temp(staging, target.name, data)
    try:
        temp.replace(staged)
        try:
            report = library.load_file(staged)  # the exact bytes that will be kept must load
        except Exception as exc:  # noqa: BLE001 - every cause is worded about the source
            if not _is_report_error(exc):  # e.g. the disk went away: the cause, not our path
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                raise LibraryError(f"{source}: could not be added ({reason})") from None
            raise _renamed(exc, staged, source) from None
        if report.id != report_id:
            raise LibraryError(f"{source}: the written report has id {report.id!r}")
        if target.exists():
            raise LibraryError(f"{target} appeared meanwhile; not overwritten")
        staged.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        staged.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    fsync_dir(user_dir)
    return target


def _renamed(error: Exception, staged: Path, source: Path) -> Exception:
    """The loader's ReportError about the staged copy, told about the person's own file."""
    from dataclasses import replace

    from vibe_desktop.core.loader import ReportError

    assert isinstance(error, ReportError)
    where = f"{source} (as imported)" if source.suffix.lower() == ".txt" else str(source)
    return ReportError([replace(p, file=where) if p.file == str(staged) else p
                        for p in error.problems])
