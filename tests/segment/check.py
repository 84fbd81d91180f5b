"""Compare a segmented page with what an editor cut from it."""

from __future__ import annotations

import re

from generator.records import Article, SegmentedPage

from .expected import Expected


def find(page: SegmentedPage, expected: Expected) -> list[Article]:
    """The articles whose body holds the expected article's key phrase."""
    return [a for a in page.articles if expected.key in a.body]


def boundary_problems(page: SegmentedPage, expected: Expected, others: list[Expected]) -> list[str]:
    """Is the article there, once, whole, and without another article's text?"""
    found = find(page, expected)
    if len(found) != 1:
        return [f"{expected.key}: found in {len(found)} articles"]
    body = found[0].body
    out = [f"{expected.key}: lacks {c!r}" for c in expected.contains if c not in body]
    return out + [f"{expected.key}: holds {o.key!r}" for o in others if o is not expected and o.key in body]


def _space(text: str) -> str:
    """A headline with any run of spaces (an ideographic one as printed) as one space."""
    return re.sub(r"\s+", " ", text)


def title_problems(article: Article, expected: Expected) -> list[str]:
    """Are title, kicker and subtitle right?"""
    title, kicker, subtitle = _space(article.title), _space(article.kicker), _space(article.subtitle)
    if expected.titles:
        titles = {_space(t) for t in expected.titles}
        ok = title in titles and {title, kicker, subtitle} - {""} == titles
        return [] if ok else [f"{expected.key}: headlines {article.kicker!r}/{article.title!r}/{article.subtitle!r}"]
    if expected.title is None:
        ok = article.title_derived and bool(article.title)
        return [] if ok else [f"{expected.key}: expected a derived title, got {article.title!r}"]
    got = (title, kicker, subtitle, article.title_derived)
    want = (_space(expected.title), _space(expected.kicker), _space(expected.subtitle), False)
    return [] if got == want else [f"{expected.key}: headlines {got} != {want}"]


def _spaced(text: str) -> str:
    """A byline without its spaces: a re-wrapped column may drop or change them."""
    return re.sub(r"\s+", "", text)


def byline_problems(article: Article, expected: Expected) -> list[str]:
    """Are byline, reporters and correspondents right?"""
    got = (_spaced(article.byline), article.authors, article.correspondents)
    want = (_spaced(expected.byline), expected.authors, expected.correspondents)
    return [] if got == want else [f"{expected.key}: byline {got} != {want}"]


def detail_problems(article: Article, expected: Expected) -> list[str]:
    """Kind, dateline, continuation marks, subheads and captions."""
    fields = ("kind", "dateline", "continued_from", "continued_to", "subheads", "captions", "column", "photographers", "truncated")
    out = [
        f"{expected.key}: {name} {getattr(article, name)!r} != {getattr(expected, name)!r}"
        for name in fields
        if getattr(article, name) != getattr(expected, name)
    ]
    if article.subheads2 != expected.level2:
        out.append(f"{expected.key}: second-level subheads {article.subheads2!r} != {expected.level2!r}")
    if expected.editor_note not in article.editor_note or bool(expected.editor_note) != bool(article.editor_note):
        out.append(f"{expected.key}: editor's note {article.editor_note!r} lacks {expected.editor_note!r}")
    return out


def core_problems(page: SegmentedPage, expected: Expected, others: list[Expected]) -> list[str]:
    """Boundaries, headlines and byline: what the accuracy measure counts."""
    problems = boundary_problems(page, expected, others)
    if problems:
        return problems
    article = find(page, expected)[0]
    return title_problems(article, expected) + byline_problems(article, expected)


def all_problems(page: SegmentedPage, expected: Expected, others: list[Expected]) -> list[str]:
    """Everything that differs from the editor's cut for one article."""
    problems = core_problems(page, expected, others)
    if problems:
        return problems
    return detail_problems(find(page, expected)[0], expected)
