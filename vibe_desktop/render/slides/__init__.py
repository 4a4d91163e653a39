"""Slides: theme, pagination and the one slide painter (screen, presenter view, PDF)."""
