"""The bundled YAML, read back by core/loader.py, is exactly the report the importer makes."""

from __future__ import annotations

from tests.conftest import BUNDLED_YAML, SOURCE_TXT
from vibe_desktop.core.loader import load_report
from vibe_desktop.importer import import_text


def test_loaded_yaml_equals_the_import() -> None:
    imported = import_text(SOURCE_TXT.read_text(encoding="utf-8"), source_name=str(SOURCE_TXT))
    loaded = load_report(BUNDLED_YAML)
    assert loaded == imported
    assert list(loaded.paragraphs()) == list(imported.paragraphs())
