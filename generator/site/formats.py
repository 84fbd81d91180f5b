"""Reader-facing wording: dates by precision, bylines, excerpts, the GB/T 7714 citation,
schema.org JSON-LD and the issue calendar. Templates call these as globals."""

from __future__ import annotations

import calendar as _calendar
import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass

from ..config import Config
from .archive import Archive, Article, Issue

WEEKDAYS = "一二三四五六日"
CITATION_MAX_AUTHORS = 3  # GB/T 7714: list three, then "等"


def _parts(date: str) -> tuple[int, int, int] | None:
    try:
        d = _dt.date.fromisoformat(date)
    except (TypeError, ValueError):
        return None
    return d.year, d.month, d.day


def date_label(date: str, precision: str = "day") -> str:
    """``2024-09-09`` -> ``2024年9月9日``; ``2024年9月`` or ``2024年`` when less is known."""
    parts = _parts(date)
    if not parts or precision == "unknown":
        return "日期不详"
    y, m, d = parts
    if precision == "year":
        return f"{y}年"
    if precision == "month":
        return f"{y}年{m}月"
    return f"{y}年{m}月{d}日"


def date_iso(date: str, precision: str = "day") -> str:
    """The ISO 8601 date as far as it is known: ``2024-09-09``, ``2024-09``, ``2024`` or ``""``."""
    if not _parts(date) or precision == "unknown":
        return ""
    return {"year": date[:4], "month": date[:7]}.get(precision, date)


def weekday(date: str, precision: str = "day") -> str:
    """``星期一`` for a known day, else ``""``."""
    parts = _parts(date)
    if not parts or precision != "day":
        return ""
    return "星期" + WEEKDAYS[_dt.date(*parts).weekday()]


def issue_label(issue: Issue) -> str:
    """``西海岸新闻 2024年9月9日``."""
    return f"{issue.paper} {date_label(issue.date, issue.date_precision)}"


def excerpt(article: Article, length: int = 90) -> str:
    """The first lines of the body as plain text, cut at ``length`` characters."""
    text = " ".join(line.strip() for line in article.text.splitlines()[:3])
    return text if len(text) <= length else text[:length].rstrip() + "…"


def citation(article: Article) -> str:
    """GB/T 7714 for a newspaper article: ``主要责任者. 题名[N]. 报纸名, 出版日期(版次).``"""
    authors = list(article.authors)
    names = ", ".join(authors[:CITATION_MAX_AUTHORS]) + (", 等" if len(authors) > CITATION_MAX_AUTHORS else "")
    date = date_iso(article.date, article.date_precision)
    page = article.entry.meta.get("page") or 0
    where = article.paper + (f", {date}" if date else "") + (f"({page})" if page else "")
    head = f"{names}. " if names else ""
    return f"{head}{article.title}[N]. {where}."


def absolute(config: Config, path: str) -> str:
    """``base_url`` + path when a base URL is set, else ``""``."""
    return f"{config.base_url}{path}" if config.base_url else ""


def article_jsonld(config: Config, article: Article, issue: Issue) -> dict:
    """schema.org ``NewsArticle`` describing the article and the printed issue it is part of."""
    date = date_iso(article.date, article.date_precision)
    page = article.entry.meta.get("page") or 0
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "inLanguage": config.language,
        "author": [{"@type": "Person", "name": n} for n in article.authors],
        "printEdition": issue_label(issue),
        "isPartOf": {
            "@type": "PublicationIssue",
            "name": issue_label(issue),
            "isPartOf": {"@type": "Periodical", "name": issue.paper},
        },
        "publisher": {"@type": "Organization", "name": article.paper},
        "keywords": list(article.topics),
    }
    if article.subtitle:
        data["alternativeHeadline"] = article.subtitle
    if date:
        data["datePublished"] = date
        data["isPartOf"]["datePublished"] = date
    if page:
        data["printPage"] = str(page)
    if article.dateline:
        data["dateline"] = article.dateline
    if config.base_url:
        data["url"] = absolute(config, article.url)
        data["mainEntityOfPage"] = data["url"]
        data["isPartOf"]["url"] = absolute(config, issue.url)
    return data


def highwire_date(article: Article) -> str:
    """``citation_publication_date`` as Google Scholar reads it: ``2024/09/09``, ``2024/09`` or ``2024``."""
    return date_iso(article.date, article.date_precision).replace("-", "/")


@dataclass(frozen=True)
class Day:
    day: int  # 0: a blank cell before the 1st or after the last day
    issues: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class Month:
    year: int
    month: int
    weeks: tuple[tuple[Day, ...], ...]
    count: int

    @property
    def anchor(self) -> str:
        return f"m{self.year}-{self.month:02d}"

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"


@dataclass(frozen=True)
class Year:
    year: int
    months: tuple[Month, ...]

    @property
    def count(self) -> int:
        return sum(m.count for m in self.months)


def issue_calendar(archive: Archive) -> tuple[tuple[Year, ...], tuple[Issue, ...]]:
    """Month grids (weeks from Monday) of the months that have dated issues, newest
    year first and months in order; and the issues without a known day."""
    by_day: dict[tuple[int, int, int], list[Issue]] = defaultdict(list)
    undated = []
    for issue in archive.issues:
        parts = _parts(issue.date)
        if parts and issue.date_precision == "day":
            by_day[parts].append(issue)
        else:
            undated.append(issue)
    months = sorted({(y, m) for y, m, _ in by_day})
    cal = _calendar.Calendar(firstweekday=0)
    years: dict[int, list[Month]] = defaultdict(list)
    for y, m in months:
        weeks = tuple(
            tuple(Day(d, tuple(sorted(by_day.get((y, m, d), ()), key=lambda i: i.paper))) for d in week)
            for week in cal.monthdayscalendar(y, m)
        )
        count = sum(len(v) for (yy, mm, _), v in by_day.items() if (yy, mm) == (y, m))
        years[y].append(Month(y, m, weeks, count))
    ordered = tuple(Year(y, tuple(years[y])) for y in sorted(years, reverse=True))
    return ordered, tuple(undated)


def continuation(issue: Issue, article: Article) -> dict:
    """Where an article continues from or on: ``{"continued_from"|"continued_to": Link}``.

    ``page`` is the page when it is in the archive and ``article`` the matching
    fragment on it when there is exactly one (so the link can go straight to it)."""
    pages = {p.number: p for p in issue.pages}
    here = article.entry.meta.get("page") or 0
    out = {}
    for key, back in (("continued_from", "continued_to"), ("continued_to", "continued_from")):
        number = article.entry.meta.get(key)
        if not number:
            continue
        page = pages.get(number)
        match = None
        if page is not None:
            candidates = [a for a in page.articles if a.entry.meta.get(back) == here and a.url != article.url]
            match = candidates[0] if len(candidates) == 1 else None
        out[key] = Link(number, page, match)
    return out


@dataclass(frozen=True)
class Link:
    """A continuation: the page number as printed, the page and the fragment when known."""

    number: int
    page: object | None
    article: Article | None

    @property
    def url(self) -> str | None:
        if self.article is not None:
            return self.article.url
        return self.page.url if self.page is not None else None
