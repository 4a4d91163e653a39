"""Plain-Python report model, loading, validation, markup, search: no Qt here."""
