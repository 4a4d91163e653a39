"""Presentation mode: full-screen slides from the report, presenter view, slide and handout PDFs."""
