"""The bundled Kazakhstan 2022 report: byte-identical source, regenerated YAML, faithfulness.

Faithfulness compares letter streams: the source's running text (title block, footnote
definitions and pull quotes left out) against the data's paragraphs in reading order, with
footnote references kept as markers on both sides. Comparing letters, not words, makes a
word cut by a page break (``dis-`` / ``cuss``) and its restoration (``discuss``) equal, while
any word lost, repeated, moved, or footnote cited in a different place shows up.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import BUNDLED_YAML, REPO, SOURCE_TXT
from vibe_desktop.core.dump import dump_report
from vibe_desktop.core.markup import footnote_refs, to_plain
from vibe_desktop.core.model import PRINCIPLE_TITLES, Report
from vibe_desktop.importer import import_bytes

SHARED_SOURCE = REPO.parent / "shared" / "sources" / "vibe-kazakhstan-2022.txt"
SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@pytest.fixture(scope="module")
def report() -> Report:
    return import_bytes(SOURCE_TXT.read_bytes(), source_name=str(SOURCE_TXT))


def source_blocks() -> list[tuple[int, str]]:
    """The source's blocks (line, text), read independently of the importer."""
    out: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    lines = SOURCE_TXT.read_text(encoding="utf-8").split("\n")
    for number, line in enumerate([*lines, ""], 1):
        if line.strip(" \u00a0\t\r"):
            if not current:
                start = number
            current.append(line.strip(" \u00a0\t\r"))
        elif current:
            out.append((start, " ".join(current)))
            current = []
    return out


def letters(markup: str) -> str:
    """Lower-case letters and digits of a paragraph, footnote references as #N#."""
    plain = to_plain(markup, footnote_refs=True)
    plain = re.sub(r"\[(\d+)\]", r"#\1#", plain)
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == "#")


def source_markup(text: str) -> str:
    return re.sub("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: f"[^{m.group(0).translate(SUPER)}]", text)


def running_region() -> list[tuple[int, str]]:
    blocks = source_blocks()
    first = next(i for i, (_, text) in enumerate(blocks) if text.startswith("OVERALL")) + 1
    last = next(i for i, (_, text) in enumerate(blocks) if text == "LIST OF PANEL PARTICIPANTS")
    return blocks[first:last]


def data_running_text(report: Report) -> list[str]:
    out = list(report.summary)
    for principle in report.principles:
        out += principle.intro
        for indicator in principle.indicators:
            out.append(f"Indicator {indicator.number}: {indicator.title}")
            out += indicator.paragraphs
    return out


def first_difference(a: str, b: str) -> str:
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"at letter {i}: source …{a[max(0, i - 60):i + 40]}… data …{b[max(0, i - 60):i + 40]}…"


@pytest.mark.skipif(not SHARED_SOURCE.exists(), reason="the shared source is not on this machine")
def test_source_is_byte_identical_to_the_shared_copy() -> None:
    assert SOURCE_TXT.read_bytes() == SHARED_SOURCE.read_bytes()


def test_bundled_yaml_is_what_the_importer_makes(report: Report) -> None:
    assert BUNDLED_YAML.read_text(encoding="utf-8") == dump_report(report)


def test_every_word_once_in_order_and_footnotes_cited_where_the_source_cites_them(
    report: Report,
) -> None:
    region = running_region()
    fn_lines = set()
    for footnote in report.footnotes:
        superscript = str(footnote.number).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
        spellings = {f"{footnote.number} {footnote.text}", f"{superscript} {footnote.text}"}
        hits = [line for line, text in region if text in spellings]
        assert len(hits) == 1, f"footnote {footnote.number} is not one source block: {hits}"
        fn_lines.update(hits)
    quote_lines = set()
    for indicator in report.indicators():
        for quote in indicator.quotes:
            said = ([letters(quote.text) + "said" + letters(quote.speaker),
                     letters(quote.text) + letters(quote.speaker) + "said"]
                    if quote.speaker else [letters(quote.text)])
            hits = [line for line, text in region if letters(text) in said]
            assert len(hits) == 1, f"pull quote {quote.text[:40]!r} is not one source block: {hits}"
            quote_lines.update(hits)
    source = "".join(letters(source_markup(text)) for line, text in region
                     if line not in fn_lines | quote_lines)
    data = "".join(letters(p) for p in data_running_text(report))
    assert source == data, first_difference(source, data)
    for indicator in report.indicators():
        for quote in indicator.quotes:  # out of the running text: only its original remains
            assert data.count(letters(quote.text)) == 1, quote.text


def test_footnotes_all_defined_and_cited(report: Report) -> None:
    assert [f.number for f in report.footnotes] == list(range(1, 15))
    cited = [n for _, text in report.paragraphs() for n in footnote_refs(text)]
    assert sorted(cited) == list(range(1, 15))


def test_pull_quotes_attached_with_speakers(report: Report) -> None:
    got = [(i.number, q.speaker, q.text.split()[:4]) for i in report.indicators() for q in i.quotes]
    assert got == [
        (1, "Maricheva", ["The", "main", "task", "of"]),
        (6, "Maricheva", ["Now", "the", "situation", "is"]),
        (13, None, ["There", "are", "no", "talk"]),
        (15, None, ["Due", "to", "the", "lack"]),
        (18, "Jalilov", ["An", "independent", "civil", "society,"]),
        (19, None, ["Due", "to", "the", "lack"]),
    ]


def test_page_breaks_restored(report: Report) -> None:
    text = "\n".join(p for _, p in report.paragraphs())
    assert "covering election-related events" in text  # a compound kept
    assert "convey their point of view and discuss these topics" in text  # a cut word joined
    assert report.indicator(1).paragraphs[5].startswith(
        "The media community has only recently begun to seriously discuss ethical issues and")
    assert report.indicator(2).paragraphs[3].startswith(
        "According to Maricheva, the main problem remains the manipulation of data, rather")
    assert report.indicator(4).paragraphs[1].endswith(
        "through a state order: these are thousands against millions of users,\" Maricheva said.")


def test_what_the_source_does_not_give_is_null(report: Report) -> None:
    assert report.overall_score == 15
    assert [p.title for p in report.principles] == list(PRINCIPLE_TITLES.values())
    assert all(p.score is None for p in report.principles)
    assert all(i.score is None for i in report.indicators())
    assert (report.id, report.country, report.edition, report.publisher) == (
        "kazakhstan-2022", "Kazakhstan", 2022, "IREX")


def test_back_matter_verbatim(report: Report) -> None:
    blocks = [text for _, text in source_blocks()]
    start = blocks.index("LIST OF PANEL PARTICIPANTS") + 1
    moderator = blocks.index("MODERATOR AND AUTHOR")
    assert [f"{p.name}, {p.details}" for p in report.panel] == blocks[start:moderator]
    assert report.moderator is not None
    assert f"{report.moderator.name}, {report.moderator.details}" == blocks[moderator + 1]
    assert [report.rights.copyright, report.rights.notice, report.rights.funding] == blocks[-3:]
    assert "The Vibrant Information Barometer (VIBE) is a product of IREX with funding from " \
           "USAID." in report.rights.notice


def test_summary_is_the_text_before_principle_1(report: Report) -> None:
    assert len(report.summary) == 6
    assert report.summary[0].startswith("The pandemic affected all spheres")
    assert report.principle(1).intro[0].startswith("Despite the strong influence of the state")



def mutated(old: str, new: str) -> str:
    text = SOURCE_TXT.read_text(encoding="utf-8")
    assert text.count(old) == 1
    return text.replace(old, new)


def source_line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(needle))


def test_crlf_copy_gives_the_same_report(report: Report) -> None:
    crlf = SOURCE_TXT.read_text(encoding="utf-8").replace("\n", "\r\n")
    assert import_bytes(crlf.encode(), source_name="crlf.txt") == report


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ("Indicator 7: People have adequate access to channels of information.\n\n", "",
         "Indicator 8:", "Indicator 8 out of sequence: expected Indicator 7"),
        ("9 “Journalists were summoned", "“Journalists were summoned", "unspoken",
         "footnote 9 is cited here but never defined"),
        ("\n\n\n\nThe majority of Kazakhstanis", "\n\nThe majority of Kazakhstanis",
         "Indicator 6:", ("Indicator 6 belongs to principle 2 but stands in principle 1 "
         "(principles are separated by 3 or more blank lines)")),
        ("\nMODERATOR AND AUTHOR\n", "\n", "Copyright",
         "expected 'MODERATOR AND AUTHOR' after the panel list"),
    ],
)
def test_broken_copies_of_the_real_source_name_the_line(
    old: str, new: str, needle: str, message: str
) -> None:
    from vibe_desktop.importer import ImportFailureError

    text = mutated(old, new)
    with pytest.raises(ImportFailureError) as caught:
        import_bytes(text.encode(), source_name="k.txt")
    assert (source_line(text, needle), message) in caught.value.problems
