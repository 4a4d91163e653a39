"""People: panelists and moderator with their quotes and mentions."""
