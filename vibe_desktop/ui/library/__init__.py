"""The report library in the window: add, drop, list and remove reports."""
