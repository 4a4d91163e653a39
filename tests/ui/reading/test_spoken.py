"""The speakable text of a page: footnotes spoken, markers gone, offsets mapped both ways."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from vibe_desktop.ui.reading.spoken import SpokenText, link_name, short_url

HTML = ('<h1>Title</h1><p>false information.<sup><a href="footnote:9">9</a></sup> Next.</p>'
        '<table><tr><td>&nbsp;</td><td><p>A quote.</p><p>— Maricheva</p></td></tr></table>'
        '<p>See <a href="https://www.orda.kz/a/very/long/path/to/an/article/2021">orda</a>.</p>')


def _spoken(qapp) -> tuple[QTextDocument, SpokenText]:  # type: ignore[no-untyped-def]
    document = QTextDocument()
    document.setHtml(HTML)
    return document, SpokenText(document)


def test_footnotes_are_spoken_and_markers_gone(qapp) -> None:  # type: ignore[no-untyped-def]
    _document, spoken = _spoken(qapp)
    assert "information. (footnote 9) Next." in spoken.text
    assert not any(c in spoken.text for c in "\ufdd0\ufdd1\u2029\xa0")
    roles = [(e.role, e.name) for e in spoken.elements]
    assert ("heading", "Title") in roles
    assert ("link", "footnote 9") in roles
    quote = next(e for e in spoken.elements if e.role == "quote")
    assert quote.name == "A quote." and quote.description == "said by Maricheva"


def test_offsets_map_both_ways(qapp) -> None:  # type: ignore[no-untyped-def]
    document, spoken = _spoken(qapp)
    raw = document.toRawText()
    after = raw.index(" Next.")
    assert spoken.text[spoken.to_spoken(after):].startswith(" Next.")
    assert spoken.to_document(spoken.text.index(" Next.")) == after
    reference = raw.index("9")
    assert spoken.to_spoken(reference) == spoken.text.index(" (footnote 9)")
    skipped = {reference, raw.index("\xa0")}  # a reference and the quote bar are replaced
    for position in range(len(raw)):
        if position not in skipped:
            assert spoken.to_document(spoken.to_spoken(position)) == position


def test_link_names(qapp) -> None:  # type: ignore[no-untyped-def]
    assert link_name("footnote:12", "12") == ("footnote 12", "")
    assert link_name("vibe:x/i6", " Indicator 6 ") == ("Indicator 6", "")
    name, description = link_name("https://www.orda.kz/a/very/long/path/to/an/article/2021", "")
    assert name.startswith("link: orda.kz/") and name.endswith("…")
    assert description.startswith("https://")
    assert short_url("mailto:a@b.org") == "a@b.org"
