"""The user's added reports: copy a validated YAML or import a VIBE text export, remove one."""

from __future__ import annotations

import shutil
from pathlib import Path

from vibe_desktop.core.library import ID_PATTERN, Library, LibraryEntry, LibraryError
from vibe_desktop.core.model import Report
from vibe_desktop.userdata.atomic import fsync_dir, write_temp

__all__ = ["LibraryError", "add_report_file", "remove_user_report"]

_STAGING = ".staging"


def _is_report_error(exc: BaseException) -> bool:
    from vibe_desktop.core.loader import ReportError

    return isinstance(exc, ReportError)


def add_report_file(library: Library, path: Path) -> LibraryEntry:
    """Add a report YAML (validated) or a VIBE text export (imported) to the user's reports.

    The new file appears in ``library.user_dir`` complete or not at all; any problem raises
    LibraryError (bad or duplicate report) or the loader's ReportError, with the cause.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        try:
            report = library.load_file(path)
        except Exception as exc:
            if _is_report_error(exc):
                raise
            raise LibraryError(f"{path}: {exc}") from exc
        _check_new_id(library, report.id, path)
        data = path.read_bytes()
    elif suffix == ".txt":
        report, data = _import_text(path)
        _check_new_id(library, report.id, path)
    else:
        raise LibraryError(
            f"{path.name}: not a report file (expected a report .yaml or a VIBE text export .txt)"
        )
    target = _stage_and_commit(library, report.id, data)
    return library.register(target, report)


def remove_user_report(library: Library, report_id: str) -> None:
    """Delete a user-added report from the library and the user's folder."""
    if report_id not in library:
        raise LibraryError(f"no report {report_id!r} in the library")
    entry = library.entry(report_id)
    if entry.bundled:
        raise LibraryError(f"{report_id!r} is bundled with the app and cannot be removed")
    Path(str(entry.path)).unlink(missing_ok=True)
    library.forget(report_id)


def _import_text(path: Path) -> tuple[Report, bytes]:
    from vibe_desktop.core.dump import dump_report
    from vibe_desktop.importer import ImportFailure, import_bytes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LibraryError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        report = import_bytes(data, source_name=str(path))
    except ImportFailure as exc:
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


def _stage_and_commit(library: Library, report_id: str, data: bytes) -> Path:
    """Write the file under a staging folder, check it loads, then rename it into place."""
    user_dir = library.user_dir
    user_dir.mkdir(parents=True, exist_ok=True)
    staging = user_dir / _STAGING
    staging.mkdir(exist_ok=True)
    target = user_dir / f"{report_id}.yaml"
    staged = staging / target.name
    temp = write_temp(staging, target.name, data)
    try:
        temp.replace(staged)
        report = library.load_file(staged)  # the exact bytes that will be kept must load
        if report.id != report_id:
            raise LibraryError(f"{staged}: written report has id {report.id!r}")
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
