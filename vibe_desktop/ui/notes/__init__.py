"""Keep: bookmarks, highlights and notes, citations, the notes panel and its feature."""
