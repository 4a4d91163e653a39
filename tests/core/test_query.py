"""Search queries: words, quoted phrases, hyphenated words, and the prefix on the last word."""

from __future__ import annotations

from vibe_desktop.core.query import parse_query


def test_parse_query_words_phrases_and_prefix() -> None:
    q = parse_query('freedom "of speech" Kazakh-language medi')
    assert q.groups == (("freedom",), ("of", "speech"), ("kazakh", "language"), ("medi",))
    assert q.prefix_last
    assert not parse_query("media ").prefix_last
    assert not parse_query('"free speech"').prefix_last
    assert not parse_query("media", prefix=False).prefix_last
    assert not parse_query("freedom m").prefix_last  # one letter: the word itself only
    assert parse_query("freedom me").prefix_last
    assert parse_query('  "" ,, ').empty
