"""Turn a page's plan into ``Article`` records: headlines by role, byline, dateline,
continuation marks, captions, and a Markdown body with its subheads."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Article
from .assemble import Plan
from .bylines import Byline, parse_byline
from .headlines import Piece, assign_roles, derive_title, find_piles, headline_text
from .marks import Marks, parse_dateline, take_marks
from .reflow import join_lines, reflow
from .sections import Passage, arrange
from .similarity import Weights
from .units import BYLINE, CAPTION, FURNITURE, HEAD, Unit


@dataclass(frozen=True)
class Body:
    """An article's paragraphs as Markdown, with what the paragraphs' marks said."""

    markdown: str
    first: str
    dateline: str = ""
    continued_from: int | None = None
    continued_to: int | None = None


def split_subheads(heads: list[Unit]) -> tuple[list[Unit], list[Unit]]:
    """Separate an article's piled subheads from its kicker, title and subtitle; a pile of
    two that would leave no title is the title group instead."""
    piles = find_piles(heads)
    piled = {h.pos for p in piles for h in p}
    if len(piled) == len(heads) and piles and len(piles[0]) == 2 and len(piles) == 1:
        piled = set()
    return [h for h in heads if h.pos not in piled], [h for h in heads if h.pos in piled]


@dataclass(frozen=True)
class Paragraph:
    """One reflowed paragraph with its continuation marks and, opening an article, its dateline."""

    text: str
    marks: Marks
    dateline: str = ""


def _paragraph(unit: Unit, first: bool) -> Paragraph:
    """Reflow one paragraph unit; only an article's first paragraph may carry a dateline."""
    marks = take_marks(join_lines(unit.lines))
    dateline = parse_dateline(marks.text) if first else None
    keep = len(dateline.text) if dateline else 0
    return Paragraph(reflow([marks.text], keep=keep), marks, dateline.text if dateline else "")


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
        out[i] = out.get(i, ()) + (headline_text(units[pos].lines),)
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
    return Body(markdown, lead.text[len(lead.dateline) :].strip(), lead.dateline, lead.marks.continued_from, continued_to)


def _byline(plan: Plan, article: int, units: list[Unit]) -> Byline:
    """The article's byline(s), parsed; several are joined by a space."""
    texts = [units[pos].text for pos, a in sorted(plan.bylines.items()) if a == article]
    return parse_byline(" ".join(texts))


def build_article(plan: Plan, article: int, units: list[Unit], in_place: dict[int, tuple[str, ...]], weights: Weights) -> Article:
    """One article record."""
    heads = [units[p] for p, a in sorted(plan.heads.items()) if a == article and p not in plan.in_place]
    titles, piled = split_subheads(heads)
    roles = assign_roles([Piece(h.lines, h.wide, h.large) for h in titles])
    piled_texts = [headline_text(h.lines) for h in piled]
    body = build_body(plan, article, in_place, piled_texts, weights)
    byline = _byline(plan, article, units)
    subheads = tuple(sub for i in _segments_of(plan, article) for sub in in_place.get(i, ())) + tuple(piled_texts)
    captions = tuple(join_lines(units[p].lines) for p, a in sorted(plan.captions.items()) if a == article)
    return Article(
        title=roles.title or derive_title(body.first),
        body=body.markdown,
        title_derived=not roles.title,
        kicker=roles.kicker,
        subtitle=roles.subtitle,
        kind="continuation" if plan.segments[article].start == "continuation" else "article",
        authors=byline.authors,
        correspondents=byline.correspondents,
        byline=byline.text,
        dateline=body.dateline,
        continued_from=body.continued_from,
        continued_to=body.continued_to,
        subheads=subheads,
        captions=captions,
    )


def running_heads(plan: Plan, units: list[Unit]) -> set[int]:
    """Headlines other than subheads given to continuation fragments: running heads, not titles."""
    out: set[int] = set()
    for article in {a for a in plan.heads.values() if plan.segments[a].start == "continuation"}:
        heads = [units[p] for p, a in sorted(plan.heads.items()) if a == article and p not in plan.in_place]
        out |= {h.pos for h in split_subheads(heads)[0]}
    return out


def _stray(plan: Plan, units: list[Unit]) -> set[int]:
    """Headlines, bylines and captions no article took (a page without paragraphs): kept as
    furniture so that nothing printed is lost."""
    owned = set(plan.heads) | set(plan.bylines) | set(plan.captions)
    return {u.pos for u in units if u.kind in (HEAD, BYLINE, CAPTION) and u.pos not in owned}


def build_articles(plan: Plan, units: list[Unit], weights: Weights) -> tuple[list[Article], list[str]]:
    """Every article of the page in page order, and the page's furniture."""
    furniture_pos = running_heads(plan, units) | _stray(plan, units) | {u.pos for u in units if u.kind == FURNITURE}
    kept = Plan(
        plan.segments,
        plan.owner,
        {p: a for p, a in plan.heads.items() if p not in furniture_pos},
        plan.in_place,
        plan.bylines,
        plan.captions,
    )
    in_place = _in_place(kept, units)
    order = sorted(set(kept.owner.values()), key=lambda a: min(kept.segments[i].pos for i in _segments_of(kept, a)))
    articles = [build_article(kept, a, units, in_place, weights) for a in order]
    return articles, ["".join(units[p].lines) for p in sorted(furniture_pos)]
