"""Bundled VIBE reports (reports/*.yaml) and the text exports they came from (sources/*.txt)."""
