"""What the user keeps: bookmarks, notes, highlights, reading position, added reports."""
