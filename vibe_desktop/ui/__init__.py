"""Qt widgets of the reader: one widget (or closely-knit pair) per module."""
