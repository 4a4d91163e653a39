"""Compare one indicator across the library's reports."""
