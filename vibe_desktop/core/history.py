"""Back / forward navigation history of anchors (plain Python, no Qt)."""

from __future__ import annotations


class History:
    """A browser-style history: visiting after going back drops the forward entries."""

    def __init__(self, limit: int = 200) -> None:
        self._items: list[str] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> str | None:
        return self._items[self._index] if self._index >= 0 else None

    def visit(self, anchor: str) -> None:
        """Record a new location (a repeat of the current one is not recorded twice)."""
        if anchor == self.current:
            return
        del self._items[self._index + 1:]
        self._items.append(anchor)
        if len(self._items) > self._limit:
            del self._items[: len(self._items) - self._limit]
        self._index = len(self._items) - 1

    def replace(self, anchor: str) -> None:
        """Update the current entry in place (e.g. the paragraph read within the same page)."""
        if self._index >= 0:
            self._items[self._index] = anchor
        else:
            self.visit(anchor)

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index + 1 < len(self._items)

    def back(self) -> str | None:
        if not self.can_go_back():
            return None
        self._index -= 1
        return self._items[self._index]

    def forward(self) -> str | None:
        if not self.can_go_forward():
            return None
        self._index += 1
        return self._items[self._index]

    def __len__(self) -> int:
        return len(self._items)
