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
    """``西海岸新闻 2024年9月9日``; a page without a known day is marked as one page:
    ``西海岸新闻 2024年9月（日期不全）· 第二版``, ``西海岸新闻 日期不详 · 第二版``."""
    label = f"{issue.paper} {date_label(issue.date, issue.date_precision)}"
    if issue.date_precision in ("month", "year"):
        label += "（日期不全）"
    if issue.single and issue.pages[0].number:
        label += f" · {issue.pages[0].label}"
    return label


def excerpt(article: Article, length: int = 90) -> str:
    """The first lines of the body as plain text, cut at ``length`` characters."""
    text = " ".join(line.strip() for line in article.text.splitlines()[:3])
    return text if len(text) <= length else text[:length].rstrip() + "…"


def citation(article: Article, base_url: str = "") -> str:
    """GB/T 7714 for a newspaper article: ``主要责任者. 题名[N]. 报纸名, 出版日期(版次).``;
    with the site's address known, the online form ``…[N/OL]. 报纸名, 出版日期(版次). URL``."""
    authors = list(article.authors)
    names = ", ".join(authors[:CITATION_MAX_AUTHORS]) + (", 等" if len(authors) > CITATION_MAX_AUTHORS else "")
    date = date_iso(article.date, article.date_precision)
    page = article.entry.meta.get("page") or 0
    where = article.paper + (f", {date}" if date else "") + (f"({page})" if page else "")
    head = f"{names}. " if names else ""
    if base_url:
        return f"{head}{article.title}[N/OL]. {where}. {base_url}{article.url}"
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
    later: tuple[Issue, ...] = ()  # pages known only to this month, after its days

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
    later: tuple[Issue, ...] = ()  # pages known only to this year, after its months

    @property
    def count(self) -> int:
        return sum(m.count + len(m.later) for m in self.months) + len(self.later)


@dataclass(frozen=True)
class Calendar:
    """Years of month grids, newest year first; undated pages by paper; and a short mark
    per paper for days that have issues of several papers."""

    years: tuple[Year, ...]
    undated: tuple[tuple[str, tuple[Issue, ...]], ...]
    marks: dict[str, str]


def issue_calendar(archive: Archive) -> Calendar:
    """Month grids (weeks from Monday) of the months that have issues, with the pages
    known only to a month or a year at the end of it, and the undated pages by paper."""
    by_day: dict[tuple[int, int, int], list[Issue]] = defaultdict(list)
    later: dict[tuple[int, int], list[Issue]] = defaultdict(list)  # month 0: known only to the year
    undated: dict[str, list[Issue]] = defaultdict(list)
    for issue in sorted(archive.issues, key=lambda i: (i.order, i.paper, i.seq)):
        parts = _parts(issue.date) if issue.dated else None
        if not parts:
            undated[issue.paper].append(issue)
        elif issue.date_precision == "day":
            by_day[parts].append(issue)
        else:
            later[(parts[0], parts[1] if issue.date_precision == "month" else 0)].append(issue)
    months = sorted({(y, m) for y, m, _ in by_day} | {k for k in later if k[1]})
    cal = _calendar.Calendar(firstweekday=0)
    years: dict[int, list[Month]] = defaultdict(list)
    for y, m in months:
        weeks = tuple(
            tuple(Day(d, tuple(sorted(by_day.get((y, m, d), ()), key=lambda i: i.paper))) for d in week)
            for week in cal.monthdayscalendar(y, m)
        )
        count = sum(len(v) for (yy, mm, _), v in by_day.items() if (yy, mm) == (y, m))
        years[y].append(Month(y, m, weeks, count, tuple(later.get((y, m), ()))))
    for y, _ in (k for k in later if not k[1]):
        years.setdefault(y, [])
    ordered = tuple(Year(y, tuple(years[y]), tuple(later.get((y, 0), ()))) for y in sorted(years, reverse=True))
    return Calendar(ordered, tuple(sorted((p, tuple(v)) for p, v in undated.items())), paper_marks(archive.papers))


def paper_marks(papers: tuple[str, ...]) -> dict[str, str]:
    """One character per paper that tells it apart from the others: the first character of
    its name found in no other paper's name (青岛日报 -> 日, 青岛西海岸报 -> 西), else a number."""
    marks: dict[str, str] = {}
    for n, paper in enumerate(papers, start=1):
        others = "".join(p for p in papers if p != paper)
        marks[paper] = next((c for c in paper if c not in others and c not in marks.values()), str(n))
    return marks


def continuation(issue: Issue, article: Article) -> dict:
    """Where an article continues from or on: ``{"continued_from"|"continued_to": Link}``.

    The link goes to the linked head or continuation when the archive has it, else to the
    page named when it is in the issue, else nowhere."""
    pages = {p.number: p for p in issue.pages if p.number}
    out = {}
    for key, linked in (("continued_from", article.head_url), ("continued_to", article.continuation_url)):
        number = article.entry.meta.get(key)
        if number:
            page = pages.get(number)
            out[key] = Link(number, linked or (page.url if page else None))
    return out


@dataclass(frozen=True)
class Link:
    """A continuation: the page number as printed and where it leads, when known."""

    number: int
    url: str | None
