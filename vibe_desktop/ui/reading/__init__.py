"""Reading: the reading pane, the contents tree, link popups, find in page, the score widget."""
