"""The importer's one exception: every problem it finds, each with its source line."""

from __future__ import annotations


class ImportFailureError(Exception):
    """The source could not be turned into a report; ``problems`` holds (line, message)."""

    def __init__(self, problems: list[tuple[int, str]], source_name: str = "<source>") -> None:
        self.problems = sorted(problems)
        self.source_name = source_name
        super().__init__(self.problems)

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """Each problem as ``SOURCE:LINE: message`` (a problem of the whole file: line 1)."""
        return [f"{self.source_name}:{max(line, 1)}: {message}" for line, message in self.problems]


class ImportCancelledError(Exception):
    """The import was cancelled (``cancelled()`` returned True); nothing was produced."""

