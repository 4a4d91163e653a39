"""The presentation deck generated from a Report: slides of verbatim text, no Qt.

A deck is never hand-written: a title slide, the score overview chart, a slide per
principle, a slide per indicator (its pull quotes with speakers, or where it has none its
opening sentences, verbatim) and a closing slide with the panel and IREX's
acknowledgment. Labels such as "Indicator 6" or "not given in this report" are not data;
the painter adds them through Qt translation. Splitting a slide that does not fit
happens in the UI (it needs font metrics), at sentence boundaries found here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from vibe_desktop.core import markup
from vibe_desktop.core.bands import band_for
from vibe_desktop.core.model import Anchor, Report, anchor

#: How many opening sentences an indicator without pull quotes shows.
OPENING_SENTENCES = 3
#: Stop adding opening sentences once this many characters are on the slide.
OPENING_CHARS = 420

# Slide kinds
TITLE, CHART, PRINCIPLE, INDICATOR, CLOSING = "title", "chart", "principle", "indicator", "closing"

# Block kinds
QUOTE, TEXT, ITEM, PERSON, MODERATOR, RIGHTS = (
    "quote", "text", "item", "person", "moderator", "rights"
)

_ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "jan", "feb",
     "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co",
     "corp", "gov", "sen", "rep", "jr", "sr", "u.s", "u.k", "u.n")
)
# A sentence ends at . ! ? or … , maybe followed by closing quotes / brackets / emphasis
# markers / footnote references, then whitespace, then something that can start a sentence.
_SENTENCE_END = re.compile(
    r"[.!?…][\"'”’»)\]*]*(?:\[\^\d+\])*(?=\s+[\"'“‘«(*\[]*[A-ZА-ЯЁ0-9])"
)


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of slide body text: a quote, a run of sentences, a list item or a person.

    ``text`` is inline markup (render with core.markup) unless ``plain`` is set, in which
    case it is plain text to be escaped. ``speaker`` is who a quote is attributed to.
    ``continues`` marks a block whose text goes on from the previous slide.
    """

    kind: str
    text: str
    speaker: str | None = None
    plain: bool = False
    continues: bool = False


@dataclass(frozen=True, slots=True)
class Slide:
    """One slide: what it shows, the report place it returns to, and the speaker's notes.

    ``number`` is the principle or indicator number for those kinds; ``part`` / ``parts``
    count the continued slides one logical slide was split into. ``notes`` are markup
    paragraphs (the indicator's or principle's narrative, the report summary).
    """

    kind: str
    anchor: str
    title: str
    blocks: tuple[Block, ...] = ()
    notes: tuple[str, ...] = ()
    number: int | None = None
    score: float | None = None
    band: str | None = None
    subtitle: str = ""
    part: int = 1
    parts: int = 1
    report: Report | None = field(default=None, compare=False, repr=False)

    @property
    def continued(self) -> bool:
        return self.part > 1


def split_sentences(text: str) -> list[str]:
    """Split one paragraph of markup into its sentences, verbatim.

    Joining the result with single spaces gives back the paragraph (runs of whitespace at
    the boundaries collapse to one). A split is only made where both halves parse to the
    same plain text as the whole, so it never falls inside a link or emphasis.
    """
    text = text.strip()
    whole = markup.to_plain(text, footnote_refs=True)
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        word = re.search(r"([\w.]+)[.!?…]?$", text[start:end].rstrip("\"'”’»)]*"))
        token = word.group(1).lower().rstrip(".") if word else ""
        if token in _ABBREVIATIONS or re.fullmatch(r"[a-zа-яё]", token):
            continue  # "Dr. Smith", "A. Jones"
        if re.fullmatch(r"\d+", token) and text[end:].lstrip()[:1].isdigit():
            continue
        left, right = text[start:end].strip(), text[end:].strip()
        if not left or not right:
            continue
        rebuilt = " ".join(markup.to_plain(t, footnote_refs=True) for t in (*out, left, right))
        if _squash(rebuilt) != _squash(whole):
            continue  # inside a link or emphasis
        out.append(left)
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def opening_sentences(
    paragraph: str, most: int = OPENING_SENTENCES, chars: int = OPENING_CHARS
) -> str:
    """The first 1..``most`` complete sentences of a paragraph (at least one, always whole)."""
    sentences = split_sentences(paragraph)
    taken: list[str] = []
    for sentence in sentences[:most]:
        if taken and sum(len(s) + 1 for s in taken) + len(sentence) > chars:
            break
        taken.append(sentence)
    return " ".join(taken)


def acknowledgment(report: Report) -> str:
    """IREX's acknowledgment as the notice of rights quotes it, or the whole notice."""
    notice = report.rights.notice
    for match in re.finditer(r"[“\"]([^”\"]+)[”\"]", notice):
        if "IREX" in match.group(1):
            return match.group(1)
    return notice


def build_deck(report: Report, principle: int | None = None) -> list[Slide]:
    """The whole deck for a report (or for one principle: its slides between title and close)."""
    rid = report.id
    overall_band = band_for(report.overall_score)
    slides = [
        Slide(
            TITLE,
            str(Anchor.summary_page(rid)),
            report.country,
            subtitle=report.title,
            notes=report.summary,
            number=report.edition,
            score=report.overall_score,
            band=overall_band.name if overall_band else None,
            report=report,
        ),
        Slide(CHART, str(Anchor.summary_page(rid)), "", report=report),
    ]
    for pr in report.principles:
        if principle is not None and pr.number != principle:
            continue
        band = band_for(pr.score)
        slides.append(
            Slide(
                PRINCIPLE,
                str(Anchor.principle_page(rid, pr.number)),
                pr.title,
                blocks=tuple(
                    Block(ITEM, ind.title, speaker=str(ind.number), plain=True)
                    for ind in pr.indicators
                ),
                notes=pr.intro,
                number=pr.number,
                score=pr.score,
                band=band.name if band else None,
            )
        )
        for ind in pr.indicators:
            band = band_for(ind.score)
            if ind.quotes:
                blocks = tuple(Block(QUOTE, q.text, speaker=q.speaker) for q in ind.quotes)
                place = str(Anchor.indicator_page(rid, ind.number))
            elif ind.paragraphs:
                blocks = (Block(TEXT, opening_sentences(ind.paragraphs[0])),)
                place = anchor(rid, f"i{ind.number}", 1)
            else:
                blocks, place = (), str(Anchor.indicator_page(rid, ind.number))
            slides.append(
                Slide(
                    INDICATOR,
                    place,
                    ind.title,
                    blocks=blocks,
                    notes=ind.paragraphs,
                    number=ind.number,
                    score=ind.score,
                    band=band.name if band else None,
                )
            )
    people = [Block(PERSON, p.name, speaker=p.details or None, plain=True) for p in report.panel]
    if report.moderator is not None:
        m = report.moderator
        people.append(Block(MODERATOR, m.name, speaker=m.details or None, plain=True))
    rights = [
        Block(RIGHTS, text, plain=True)
        for text in (report.rights.copyright, acknowledgment(report), report.rights.funding)
        if text
    ]
    slides.append(Slide(CLOSING, str(Anchor.panel_page(rid)), "", blocks=tuple(people + rights)))
    return slides


def split_block(block: Block) -> list[Block]:
    """A block cut into its sentences (each a block; later ones marked as continuing)."""
    if block.plain:
        return [block]
    sentences = split_sentences(block.text)
    if len(sentences) < 2:
        return [block]
    last = len(sentences) - 1
    return [
        replace(
            block,
            text=s,
            speaker=block.speaker if i == last else None,
            continues=block.continues or i > 0,
        )
        for i, s in enumerate(sentences)
    ]


def join_blocks(blocks: list[Block]) -> list[Block]:
    """Merge consecutive sentence blocks that were split from one block back together."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and block.continues
            and prev.kind == block.kind
            and prev.speaker is None
            and not block.plain
        ):
            out[-1] = replace(prev, text=f"{prev.text} {block.text}", speaker=block.speaker)
        else:
            out.append(block)
    return out


def slide_index_for(slides: list[Slide], place: str) -> int:
    """The first slide that shows ``place`` (an anchor), falling back to its section."""
    parts = place.strip("/").split("/")
    section = "/".join(parts[:2])
    for i, slide in enumerate(slides):
        if slide.anchor == place:
            return i
    for i, slide in enumerate(slides):
        if "/".join(slide.anchor.split("/")[:2]) == section:
            return i
    return 0


def indicator_slide(slides: list[Slide], number: int) -> int | None:
    """The first slide of indicator ``number``, if the deck has one."""
    for i, slide in enumerate(slides):
        if slide.kind == INDICATOR and slide.number == number:
            return i
    return None
