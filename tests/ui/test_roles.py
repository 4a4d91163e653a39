"""The custom item-data roles: one table, every role distinct and above Qt's own roles."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vibe_desktop.ui import roles


def test_roles_are_distinct_user_roles() -> None:
    values = {name: value for name, value in vars(roles).items() if name.endswith("Role")}
    assert len(values) >= 10
    assert len(set(values.values())) == len(values)
    assert all(int(v) > int(Qt.ItemDataRole.UserRole) for v in values.values())
