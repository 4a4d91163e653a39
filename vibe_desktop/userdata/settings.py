"""Typed access to the window's settings: QSettings in INI format on paths.settings_file()."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from vibe_desktop import paths

THEMES = ("system", "light", "dark", "high-contrast")
#: The UI language: follow the system's, or one of ours (i18n.UI_LANGUAGES).
LANGUAGES = ("system", "en", "ru", "kk")
ZOOM_MIN, ZOOM_MAX = -4, 12


class Settings:
    """Window geometry and state, last reading position, zoom, theme and UI language; bad values
    fall back."""

    def __init__(self, path: str | None = None) -> None:
        self.qsettings = QSettings(str(path or paths.settings_file()), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._set("window/splitter", value)

    @property
    def last_anchor(self) -> str | None:
        value = self.qsettings.value("reader/last_anchor")
        return value if isinstance(value, str) and value else None

    @last_anchor.setter
    def last_anchor(self, value: str) -> None:
        self._set("reader/last_anchor", value)

    @property
    def zoom(self) -> int:
        value = self.qsettings.value("reader/zoom", 0)
        try:
            zoom: int = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 0
        return min(ZOOM_MAX, max(ZOOM_MIN, zoom))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set("reader/zoom", int(value))

    @property
    def theme(self) -> str:
        value = self.qsettings.value("view/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"unknown theme {value!r}; expected one of {', '.join(THEMES)}")
        self._set("view/theme", value)

    @property
    def language(self) -> str:
        value = self.qsettings.value("view/language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(
                f"unknown language {value!r}; expected one of {', '.join(LANGUAGES)}")
        self._set("view/language", value)

    def sync(self) -> None:
        self.qsettings.sync()
