"""Property tests: wherever a page break, footnote or pull quote cuts a paragraph, it comes
back whole.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.importer.synth import make_source
from vibe_desktop.core.model import Quote
from vibe_desktop.importer import import_text

PARAGRAPH = ("The state dominates the broadcasting sector, leaving almost no alternative sources "
             "of information on that platform; editorial offices of state media lack "
             "independence and coordinate their positions with the ministry¹ on significant "
             "topics, while private outlets depend on advertising and donor grants.")
WORDS = PARAGRAPH.split(" ")
QUOTE = "“Independent online portals have appeared in both Russian and Kazakh languages.” said Ana"
ORIGINAL = "Independent online portals have appeared in both Russian and Kazakh languages."
CUTS = [k for k in range(1, len(WORDS)) if WORDS[k - 1][-1] not in ".;,"]
INSERTS = {
    "page": [],
    "nbsp": [],  # a line holding only a no-break space, next to the blank line
    "footnote": ["1 <https://example.org/source>"],
    "quote": [QUOTE],
    "footnote and quote": ["1 <https://example.org/source>", QUOTE],
}


@settings(max_examples=40, deadline=None)
@given(cut=st.sampled_from(CUTS), insert=st.sampled_from(sorted(INSERTS)))
def test_a_cut_paragraph_is_restored(cut: int, insert: str) -> None:
    first, second = " ".join(WORDS[:cut]), " ".join(WORDS[cut:])
    # a page's footnotes come at its end, after the text that cites them
    assume("footnote" not in insert or "¹" in first)
    if insert == "nbsp":
        first += "\n\u00a0"
    footnote_def = [] if "footnote" in insert else ["1 <https://example.org/source>"]
    text = make_source(indicators={
        3: ["Indicator 3 opens.", first, *INSERTS[insert], second, *footnote_def],
        7: [f"Portals grew. {ORIGINAL} Readers followed."],
    })
    report = import_text(text, source_name="t.txt")
    assert report.indicator(3).paragraphs == (
        "Indicator 3 opens.", PARAGRAPH.replace("¹", "[^1]"))
    assert report.indicator(7).quotes == ((Quote(ORIGINAL, "Ana"),) if "quote" in insert else ())
    assert [(f.number, f.text) for f in report.footnotes] == [(1, "<https://example.org/source>")]
