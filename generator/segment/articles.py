"""Turn a page's plan into ``Article`` records: headlines by role, byline, dateline,
continuation marks, captions, and a Markdown body with its subheads."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass

from ..records import Article
from .assemble import Plan
from .bylines import Byline, byline_words, credit, drawn_by, end_byline, parse_byline
from .chars import is_prose
from .headlines import DASHES, DATE_TEXT, LEADS_ON, Piece, assign_roles, derive_title, find_piles, heading_level, subhead_text
from .marks import Marks, ends_part, parse_dateline, take_marks
from .reflow import join_lines, reflow
from .sections import Passage, arrange
from .similarity import Weights
from .units import BYLINE, CAPTION, FURNITURE, HEAD, LABEL, NOTE, NOTE_LABEL, Unit, is_row, join_caption


@dataclass(frozen=True)
class Body:
    """An article's paragraphs as Markdown, with what the paragraphs' marks said."""

    markdown: str
    first: str
    dateline: str = ""
    continued_from: int | None = None
    continued_to: int | None = None
    bylines: tuple[str, ...] = ()  # printed in brackets in the text
    last: str = ""  # the last paragraph in page order


def split_subheads(heads: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """Separate an article's piled subheads from its kicker, title and subtitle; a pile of
    two that would leave no title, or only a kicker leading into it or a dash subtitle under
    it, is the title group."""
    piles = find_piles(heads)
    piled = {h.pos for p in piles for h in p}
    if len(piled) == len(heads) and piles and len(piles[0]) == 2 and len(piles) == 1:
        piled = set()
    rest = [h for h in heads if h.pos not in piled]
    if rest and all(h.lines[-1].endswith(LEADS_ON) or h.lines[0].startswith(DASHES) for h in rest):
        piled = set()  # only a kicker leading into the title, or a subtitle under it: the pile is the title group
    stacked = len(heads) <= 3 and all(b.pos == a.pos + 1 for a, b in zip(heads, heads[1:], strict=False))
    if stacked and len(piled) == 2 and heads[0].pos not in piled:
        piled = set()  # three decks printed together: kicker, then title and subtitle of a shape
    return [h for h in heads if h.pos not in piled], [h for h in heads if h.pos in piled]


@dataclass(frozen=True)
class Paragraph:
    """One reflowed paragraph with its continuation marks and, opening an article, its
    dateline; ``byline`` is one printed in brackets after the dateline or at its end."""

    text: str
    marks: Marks
    dateline: str = ""
    byline: str = ""


def _paragraph(unit: Unit, first: bool) -> Paragraph:
    """Reflow one paragraph unit; only an article's first paragraph may carry a dateline."""
    marks = take_marks(join_lines(unit.lines))
    text = marks.text
    dateline = parse_dateline(text) if first else None
    bylines = []
    if dateline and dateline.byline:
        at = text.find(dateline.byline, len(dateline.lead + dateline.text) - 1)
        text = text[:at].rstrip() + " " + text[at + len(dateline.byline) :].lstrip() if at >= 0 else text
        bylines.append(dateline.byline)
    signed = end_byline(text)
    if signed:
        text = text.rstrip()[: -len(signed)].rstrip()
        bylines.append(signed)
    if len(unit.lines) == 1 and is_row(text) and not dateline:
        return Paragraph(text.strip(), marks)  # a table's row keeps the spaces between its fields
    keep = len(dateline.lead + dateline.text) if dateline else 0
    credited = credit(text)  # a photographer's credit keeps its printed spacing
    body = text[: len(text) - len(credited)] if credited else text
    flowed = reflow([body], keep=keep) + (_spaced_credit(credited) if credited else "")
    return Paragraph(flowed, marks, dateline.text if dateline else "", " ".join(bylines))


def _spaced_credit(text: str) -> str:
    """A credit with a space between its words as it is printed (``（记者 赵明 摄）``,
    ``本报记者 韩东旭　摄``), one where a line break took it away."""
    text = text.strip()
    head = text[0] if text[:1] in "（(" else ""
    tail = text[-1] if head and text[-1:] in "）)" else ""
    out, at = "", 0
    for word in byline_words(text):
        found = text.find(word, at)
        gap = text[at:found] if found >= 0 else ""
        out += ("\u3000" if "\u3000" in gap else " ") if out else ""
        out += word
        at = found + len(word) if found >= 0 else at
    return head + out + tail


def _leading_wide(seg_paras: tuple[Unit, ...]) -> int:
    """How many paragraphs at the start of a passage are a lead set wide (at least one)."""
    n = 0
    while n < len(seg_paras) and seg_paras[n].wide:
        n += 1
    return max(n, 1)


def _in_place(plan: Plan, units: list[Unit]) -> dict[int, tuple[str, ...]]:
    """Subheads printed in front of their passage, keyed by that passage's segment index."""
    out: dict[int, tuple[str, ...]] = {}
    firsts = {seg.pos: i for i, seg in enumerate(plan.segments)}
    for pos in sorted(plan.in_place):
        nxt = next(u for u in units[pos + 1 :] if u.kind != HEAD)
        i = firsts[nxt.pos]
        out[i] = out.get(i, ()) + (subhead_text(units[pos].lines, units[pos].wrapped),)
    return out


def _segments_of(plan: Plan, article: int) -> list[int]:
    """The article's segments: its opening one first, then the others in page order."""
    rest = sorted((i for i, a in plan.owner.items() if a == article and i != article), key=lambda i: plan.segments[i].pos)
    return [article, *rest]


def build_body(plan: Plan, article: int, in_place: dict[int, tuple[str, ...]], piled: list[str], weights: Weights) -> Body:
    """The Markdown body of one article and what its first paragraph and marks say."""
    passages, paras = [], []
    for i in _segments_of(plan, article):
        seg = plan.segments[i]
        done = [_paragraph(u, first=(i == article and k == 0)) for k, u in enumerate(seg.paras)]
        paras.extend(done)
        breaks = tuple(u.after_gap for u in seg.paras)
        texts = tuple(p.text for p in done)
        ties = (0.0,) + tuple(weights.containment(a, b) for a, b in zip(texts, texts[1:], strict=False))
        passages.append(Passage(texts, seg.pos, i == article, in_place.get(i, ()), _leading_wide(seg.paras), breaks, ties))
    lead = paras[0]
    continued_to = next((p.marks.continued_to for p in paras if p.marks.continued_to), None)
    markdown = "\n\n".join(arrange(passages, piled, weights))
    bylines = tuple(p.byline for p in paras if p.byline)
    first = lead.text[len(lead.dateline) :].strip()
    return Body(markdown, first, lead.dateline, lead.marks.continued_from, continued_to, bylines, paras[-1].text)


def _byline(plan: Plan, article: int, units: list[Unit], body: Body) -> Byline:
    """The article's byline(s), parsed: the lines printed as bylines, then those in brackets
    in its text; several are joined by a space."""
    texts = [units[pos].text for pos, a in sorted(plan.bylines.items()) if a == article]
    return parse_byline(" ".join(texts + list(body.bylines)))


_FINISHED = re.compile(
    r"[（(]终[）)]$|[。！？!?…][”’」』\"')）)]*$"  # a full stop, perhaps in quotes; （终）
    r"|摄影?[）)]?$"  # a photographer's credit
    r"|(?:^|[。！？!?…][”’」』\"')）)]*\n?)[（(][^（）()]{2,60}[）)]$"  # a note in brackets: （作者单位：……）, （本文有删节）
    rf"|{DATE_TEXT}$"  # a signed date
)


def second_level(subheads: tuple[str, ...]) -> set[str]:
    """The subheads numbered below the article's highest numbering (``（一）`` and ``1.`` under
    ``一、``; ``(1)`` under ``3.``): headings of the second level."""
    ranks = {s: heading_level(s) for s in subheads}
    numbered = [r for r in ranks.values() if r >= 0]
    return {s for s, r in ranks.items() if numbered and r > min(numbered)}


def _demote(markdown: str, minor: set[str]) -> str:
    """The body with second-level subheads as ``###`` headings."""
    return "\n".join("#" + ln if ln.startswith("## ") and ln[3:] in minor else ln for ln in markdown.split("\n"))


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(names))


def note_text(unit: Unit) -> str:
    """An editor's note without its label (``编者按：``)."""
    text = reflow(list(unit.lines))
    return text[len(note_label(text)) :].strip()


def note_label(text: str) -> str:
    """The label opening an editor's note, as printed."""
    m = NOTE_LABEL.match(text)
    return m.group() if m else ""


def is_cut_short(last: str) -> bool:
    """True when an article's last paragraph stops in mid-sentence (``…直接关系到市民``); a
    box of short lines without a stop or comma (a weather report, a table) is not prose."""
    return bool(last.strip()) and is_prose(last) and not _FINISHED.search(last.strip()) and not ends_part(last)


def build_article(plan: Plan, article: int, units: list[Unit], in_place: dict[int, tuple[str, ...]], weights: Weights) -> Article:
    """One article record."""
    heads = [units[p] for p, a in sorted(plan.heads.items()) if a == article and p not in plan.in_place]
    titles, piled = split_subheads(heads)
    roles = assign_roles([Piece(h.lines, h.wide, h.large) for h in titles])
    piled_texts = [subhead_text(h.lines, h.wrapped) for h in piled]
    body = build_body(plan, article, in_place, piled_texts, weights)
    byline = _byline(plan, article, units, body)
    subheads = tuple(sub for i in _segments_of(plan, article) for sub in in_place.get(i, ())) + tuple(piled_texts)
    minor = second_level(subheads)
    captions = tuple(join_caption(units[p].lines) for p, a in sorted(plan.captions.items()) if a == article)
    dateline = parse_dateline(body.dateline)
    notes = [note_text(units[p]) for p, a in sorted(plan.notes.items()) if a == article]

    kind = "continuation" if plan.segments[article].start == "continuation" else "article"
    texts = body.markdown.split("\n\n") if plan.segments[article].start == "photo" else [body.last]  # every picture's credit
    credits = [c for c in map(credit, [*captions, *texts]) if c]
    photographers = _unique(byline.photographers + tuple(n for c in credits for n in parse_byline(c).photographers))
    if plan.segments[article].start == "photo":
        kind = "photo"  # a picture's caption with its credit, and no story
        drawn = drawn_by(body.markdown) if not byline.text else None
        if drawn is not None:  # a cartoon: its credit, its only text, names who drew it
            byline = Byline("", drawn.authors)
    return Article(
        title=roles.title or derive_title(body.first),
        body=_demote(body.markdown, minor),
        title_derived=not roles.title,
        kicker=roles.kicker,
        subtitle=roles.subtitle,
        kind=kind,
        authors=byline.authors,
        correspondents=byline.correspondents,
        byline=byline.text,
        dateline=body.dateline,
        continued_from=body.continued_from,
        continued_to=body.continued_to,
        subheads=tuple(s for s in subheads if s not in minor),
        subheads2=tuple(s for s in subheads if s in minor),
        captions=captions,
        column=plan.columns.get(article, ""),
        editor_note="\n\n".join(notes),
        photographers=photographers,
        truncated=kind != "photo" and not body.continued_to and is_cut_short(body.last),
        dateline_month=dateline.month if dateline else 0,
        dateline_day=dateline.day if dateline else 0,
    )


def _stray(plan: Plan, units: list[Unit]) -> set[int]:
    """Headlines, bylines and captions no article took (a page without paragraphs): kept as
    furniture so that nothing printed is lost."""
    owned = set(plan.heads) | set(plan.bylines) | set(plan.captions)
    return {u.pos for u in units if u.kind in (HEAD, BYLINE, CAPTION) and u.pos not in owned}


def _decorations(plan: Plan, units: list[Unit]) -> list[str]:
    """The labels of editors' notes (``编者按：``), printed but not part of the note, and the
    marks subheads are set off with (``◎``, ``【】``), printed but not part of their words."""
    labels = [note_label(reflow([units[pos].text.replace("\n", "")])) for pos in sorted(plan.notes)]
    subheads = sorted(plan.in_place) + [
        h.pos for a in set(plan.owner.values())
        for h in split_subheads([units[p] for p, b in sorted(plan.heads.items()) if b == a and p not in plan.in_place])[1]
    ]
    return labels + [_set_off(units[pos]) for pos in subheads if _set_off(units[pos])]


def _set_off(head: Unit) -> str:
    """The characters a subhead is printed with beyond its words: its mark or brackets."""
    printed = Counter(re.sub(r"\s", "", "".join(head.lines)))
    words = Counter(re.sub(r"\s", "", subhead_text(head.lines, head.wrapped)))
    return "".join((printed - words).elements())


def build_articles(plan: Plan, units: list[Unit], weights: Weights) -> tuple[list[Article], list[str]]:
    """Every article of the page in page order, and the page's furniture."""
    furniture_pos = _stray(plan, units) | set(plan.banners)
    furniture_pos |= {u.pos for u in units if u.kind in (FURNITURE, LABEL, NOTE) and u.pos not in plan.notes}
    kept = dataclasses.replace(plan, heads={p: a for p, a in plan.heads.items() if p not in furniture_pos})
    in_place = _in_place(kept, units)
    order = sorted(set(kept.owner.values()), key=lambda a: min(kept.segments[i].pos for i in _segments_of(kept, a)))
    articles = [build_article(kept, a, units, in_place, weights) for a in order]
    return articles, ["".join(units[p].lines) for p in sorted(furniture_pos)] + _decorations(kept, units)
