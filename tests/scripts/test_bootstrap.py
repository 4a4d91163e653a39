"""scripts/bootstrap.py: which packages each mode needs, sudo only when needed, clear refusals."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

_spec = importlib.util.spec_from_file_location("bootstrap", REPO / "scripts" / "bootstrap.py")
assert _spec and _spec.loader
bootstrap = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bootstrap)


def test_run_needs_qt_libraries_and_a_font_and_test_needs_more() -> None:
    run = bootstrap.wanted_packages("run")
    test = bootstrap.wanted_packages("test")
    assert {"libxcb-cursor0", "libgl1", "fonts-dejavu-core", "fontconfig-config"} <= set(run)
    assert "wine" not in run and "xvfb" not in run
    assert set(run) < set(test)
    assert {"xvfb", "dpkg-dev", "wine", "wine32:i386", "gcc-mingw-w64-x86-64", "npm"} <= set(test)


def test_the_system_python_needs_libpython_for_pyinstaller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "base_prefix", "/usr")
    lib = f"libpython{sys.version_info.major}.{sys.version_info.minor}"
    assert bootstrap.libpython_package() == lib
    assert lib in bootstrap.wanted_packages("test")
    monkeypatch.setattr(sys, "base_prefix", "/root/.pyenv/versions/3.11.7")
    assert bootstrap.libpython_package() is None


def test_sudo_only_when_not_root_and_there(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bootstrap.os, "geteuid", lambda: 0)
    assert bootstrap.privilege_prefix() == []
    assert bootstrap.apt_command(["libgl1"], as_root=True) == "apt-get install libgl1"
    monkeypatch.setattr(bootstrap.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(bootstrap.shutil, "which", lambda name: "/usr/bin/sudo")
    assert bootstrap.privilege_prefix() == ["sudo"]
    monkeypatch.setattr(bootstrap.shutil, "which", lambda name: None)
    assert bootstrap.privilege_prefix() is None


def test_a_user_who_cannot_install_gets_the_command_and_a_failure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bootstrap.shutil, "which",
                        lambda name: f"/usr/bin/{name}" if name != "sudo" else None)
    monkeypatch.setattr(bootstrap.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(bootstrap, "installed", lambda package: package != "libgl1")
    assert bootstrap.ensure_packages("run") is False
    out = capsys.readouterr().out
    assert "apt-get install libgl1" in out and "sudo apt" not in out
    assert "not root, no sudo" in out


def test_nothing_to_install_runs_no_apt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bootstrap.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(bootstrap, "installed", lambda package: True)
    monkeypatch.setattr(bootstrap.subprocess, "run", lambda *a, **k: pytest.fail("ran apt"))
    assert bootstrap.ensure_packages("test") is True


def test_the_readme_and_ci_use_the_same_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for command in ("python3 scripts/bootstrap.py run", "python3 scripts/bootstrap.py test"):
        assert f"```sh\n{command}\n```" in readme
    assert "\npython3 scripts/bootstrap.py test\n" in ci
    assert Path(REPO / "scripts" / "bootstrap.py").read_text(encoding="utf-8").startswith('"""')


def test_a_command_already_on_path_needs_no_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bootstrap.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(bootstrap, "installed", lambda package: package != "npm")
    monkeypatch.setattr(bootstrap.subprocess, "run", lambda *a, **k: pytest.fail("ran apt"))
    assert bootstrap.ensure_packages("test") is True  # npm from NodeSource, say
