"""Presentation mode: full-screen slides generated from the report, presenter view, PDF export."""

from __future__ import annotations

from vibe_desktop.ui.presentation.none_guard import protect_none

protect_none()
