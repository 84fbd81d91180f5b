"""Place subheads (小标题) before the paragraphs of their sections.

Subheads a page prints in place stay where they are. Subheads piled together away from
their sections are placed by what they say: the article's passages (runs of paragraphs,
each in its printed order) are cut into sections, one per subhead, so that the words each
subhead shares with its own paragraphs add up to the most (the first such cut on a tie).
Inside a passage, a section starts at a paragraph with a blank line before it, the gap the
subhead left when it was taken out of the flow, unless there are too few such paragraphs.
Overlap weighs rare words most: a section shares its subhead's distinctive words; a cut
between two paragraphs that share many words (one story told on) counts against it. A
passage may hold several sections in any order; sections then follow the order in which
their subheads were printed. The lead of an article stays before every section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import combinations, permutations

from .similarity import Weights

TIE_WEIGHT = 0.5  # a section rarely starts at a paragraph that carries on the story of the one before
MAX_REORDERED = 5  # with more piled subheads, sections keep the order the subheads were printed in
CUT_BUDGET = 200_000  # placements of sections tried for one article, at most


@dataclass(frozen=True)
class Passage:
    """A run of paragraphs of one article, with the subheads printed in front of it, if any."""

    paras: tuple[str, ...]
    pos: int
    is_start: bool = False
    subheads: tuple[str, ...] = ()
    free_lead: int = 1  # paragraphs at the start of an article's first passage kept before any section
    breaks: tuple[bool, ...] = ()  # which paragraphs have a blank line before them
    ties: tuple[float, ...] = ()  # how much each paragraph shares with the one before it


@dataclass(frozen=True)
class Cut:
    """Where the sections of some subheads (by printed index) start in one passage."""

    subs: tuple[int, ...] = ()
    starts: tuple[int, ...] = ()
    score: float = 0.0


def _best_cut(passage: Passage, subs: tuple[int, ...], scores: list[list[float]]) -> Cut | None:
    """The best places for these subheads' sections, in this order, inside one passage."""
    n = len(passage.paras)
    if not subs:
        return Cut()
    low = passage.free_lead if passage.is_start else 0
    places = [j for j in range(low, n) if j < len(passage.breaks) and passage.breaks[j]]
    if len(places) < len(subs) - (0 if passage.is_start else 1):
        places = list(range(low, n))
    firsts = places if passage.is_start else [0]
    best: Cut | None = None
    for first in firsts:
        for rest in combinations([j for j in places if j > first], len(subs) - 1):
            bounds = (first, *rest, n)
            total = sum(sum(scores[s][bounds[t] : bounds[t + 1]]) for t, s in enumerate(subs))
            total -= TIE_WEIGHT * sum(passage.ties[b] for b in bounds[:-1] if 0 < b < len(passage.ties))
            if best is None or total > best.score:
                best = Cut(subs, bounds[:-1], total)
    return best


class _OverBudget(Exception):
    """The search for the best sections ran past its budget."""


def plan_cuts(passages: list[Passage], piled: list[str], weights: Weights) -> list[Cut]:
    """For every passage, the subheads whose sections it holds and where they start. The
    search is bounded (``CUT_BUDGET`` placements tried): past it, as on a page that is many
    pages run together, the piled subheads are left out of the body (they stay in the
    article's ``subheads``) rather than the build stalling."""
    table = [[[weights.focus(sub, p) for p in passage.paras] for sub in piled] for passage in passages]
    arrange_subs = permutations if len(piled) <= MAX_REORDERED else combinations
    spent = [0]

    @cache
    def cut(i: int, subs: tuple[int, ...]) -> Cut | None:
        spent[0] += 1 + len(passages[i].paras) ** max(len(subs) - 1, 0)
        if spent[0] > CUT_BUDGET:
            raise _OverBudget
        return _best_cut(passages[i], subs, table[i])

    @cache
    def best(i: int, left: frozenset[int]) -> tuple[float, tuple[Cut, ...]] | None:
        if i == len(passages):
            return (0.0, ()) if not left else None
        found = None
        for size in range(len(left) + 1):
            for subs in arrange_subs(sorted(left), size):
                here, rest = cut(i, subs), best(i + 1, left - set(subs))
                if here is not None and rest is not None and (found is None or here.score + rest[0] > found[0]):
                    found = (here.score + rest[0], (here, *rest[1]))
        return found

    try:
        result = best(0, frozenset(range(len(piled))))
    except _OverBudget:
        result = None
    return list(result[1]) if result else [Cut() for _ in passages]


@dataclass(frozen=True)
class Section:
    """Paragraphs under some subheads (or none), with the order the subheads were printed in."""

    subheads: tuple[str, ...]
    paras: tuple[str, ...]
    order: float


def _sections(passage: Passage, cut: Cut, piled: list[str]) -> list[Section]:
    """Cut one passage into its sections."""
    first = cut.starts[0] if cut.starts else len(passage.paras)
    out = [Section(passage.subheads, passage.paras[:first], -1.0)]
    for t, sub in enumerate(cut.subs):
        end = cut.starts[t + 1] if t + 1 < len(cut.starts) else len(passage.paras)
        out.append(Section((piled[sub],), passage.paras[cut.starts[t] : end], float(sub)))
    return [s for s in out if s.paras or s.subheads]


def arrange(passages: list[Passage], piled: list[str], weights: Weights) -> list[str]:
    """Markdown blocks of an article: its first passage, then passages without piled
    subheads in page order, then the sections in the order their subheads were printed."""
    cuts = plan_cuts(passages, piled, weights) if piled else [Cut() for _ in passages]
    sections = [s for passage, cut in zip(passages, cuts, strict=True) for s in _sections(passage, cut, piled)]
    sections.sort(key=lambda s: s.order)
    blocks: list[str] = []
    for section in sections:
        blocks.extend([f"## {sub}" for sub in section.subheads] + list(section.paras))
    return blocks
