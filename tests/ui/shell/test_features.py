"""The feature registry: resolving "module:function" strings and isolating broken features."""

from __future__ import annotations

import logging
import sys
import types

import pytest

from vibe_desktop.ui.shell import features


@pytest.fixture
def fake_module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType("vibe_fake_feature")
    module.installed = []  # type: ignore[attr-defined]

    def install(window: object) -> None:
        module.installed.append(window)  # type: ignore[attr-defined]

    def broken(window: object) -> None:
        raise RuntimeError("boom")

    module.install = install  # type: ignore[attr-defined]
    module.broken = broken  # type: ignore[attr-defined]
    module.not_callable = 3  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "vibe_fake_feature", module)
    return module


def test_every_registered_feature_resolves() -> None:
    for spec in features.FEATURES:
        assert callable(features.resolve(spec)), spec


@pytest.mark.parametrize("spec", ["no_colon", ":install", "module:", "vibe_fake_feature:not_callable"])
def test_bad_specs_are_rejected(fake_module: types.ModuleType, spec: str) -> None:
    with pytest.raises((ValueError, TypeError)):
        features.resolve(spec)


def test_install_all_calls_each_and_isolates_failures(
    fake_module: types.ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    window = object()
    with caplog.at_level(logging.ERROR, logger="vibe_desktop.ui.shell.features"):
        failures = features.install_all(
            window,  # type: ignore[arg-type]
            ("vibe_fake_feature:broken", "vibe_fake_feature:install", "vibe_missing_module:install"),
        )
    assert fake_module.installed == [window]  # type: ignore[attr-defined]
    assert [spec for spec, _ in failures] == ["vibe_fake_feature:broken", "vibe_missing_module:install"]
    assert isinstance(failures[0][1], RuntimeError)
    assert isinstance(failures[1][1], ModuleNotFoundError)
    assert "vibe_fake_feature:broken" in caplog.text
