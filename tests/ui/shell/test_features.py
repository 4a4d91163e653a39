"""The feature list: every loader imports its module; a broken feature never stops the others."""

from __future__ import annotations

import logging

import pytest

from vibe_desktop.ui.shell import features


def test_every_listed_feature_loads_an_install_function() -> None:
    names = [name for name, _ in features.FEATURES]
    assert len(names) == len(set(names))
    for name, load in features.FEATURES:
        assert callable(load()), name


def test_install_all_calls_each_and_isolates_failures(caplog: pytest.LogCaptureFixture) -> None:
    host = object()
    installed: list[object] = []

    def broken(_host: object) -> None:
        raise RuntimeError("boom")

    def missing() -> features.Install:
        raise ModuleNotFoundError("No module named 'vibe_missing_module'")

    chosen = (("broken", lambda: broken), ("good", lambda: installed.append), ("missing", missing))
    with caplog.at_level(logging.ERROR, logger="vibe_desktop.ui.shell.features"):
        failures = features.install_all(host, chosen)  # type: ignore[arg-type]
    assert installed == [host]
    assert [name for name, _ in failures] == ["broken", "missing"]
    assert isinstance(failures[0][1], RuntimeError)
    assert isinstance(failures[1][1], ModuleNotFoundError)
    assert "feature broken failed to install" in caplog.text
