"""Fill in the paper, date and page number a page's sidecar, manifest or name left out.

Order of trust: what ``page.given`` says; then the page's header and footer lines
(``2024年3月6日　星期三　第3版　要闻　责任编辑：王芳``: date, page, section, editors and
perhaps the paper); then the rest of the page text:

* date: the month and day of a dateline (``本报9月9日讯``) with the year already given
  (a given month must agree) or else the year the page names as current. That year is
  the latest ``YYYY年`` the text mentions, leaving out years that bound a span
  (``2022—2024年``) and years named as ahead or behind (``2024年底``, ``2020年以前``):
  a report names past years and plans, but not years after its own. Without a dateline
  the text does not date the page: a year alone is not enough, as a report early in a
  year mostly talks about the year before.
* paper: a byline naming one (``青岛日报/观海新闻记者``), else the configured default.
* page: between the page an article is continued from and the one it is continued on
  (``（上接第一版）`` and ``（下转第三版）`` make it page 2); otherwise unknown.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..records import Article, IssueMeta, Page
from .bylines import parse_byline
from .marks import parse_dateline
from .pagehead import PageHead

NO_HEAD = PageHead()  # a page without header lines
_YEAR = re.compile(r"(?<![\d—\-–~～至到])((?:19|20)\d\d)年(?!底|末|初|前|后|以前|以后|代|[—\-–~～至到])")


def current_year(text: str) -> int:
    """The latest year the text mentions as a plain ``YYYY年`` (0 when none), line wraps ignored."""
    return max((int(y) for y in _YEAR.findall(re.sub(r"\s+", "", text))), default=0)


def _dateline_day(articles: list[Article]) -> tuple[int, int]:
    """The month and day of the first dateline that names them."""
    for article in articles:
        dateline = parse_dateline(article.dateline)
        if dateline and dateline.month:
            return dateline.month, dateline.day
    return 0, 0


def _iso(year: int, month: int, day: int) -> str:
    """An ISO date, or "" when the parts make none."""
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return ""


def resolve_date(given: IssueMeta, text: str, articles: list[Article], head: PageHead = NO_HEAD) -> tuple[str, str, str]:
    """(date, precision, how found) from the given date, else the page header, else a
    dateline and the text's year."""
    if given.date and given.date_precision == "day":
        return given.date, "day", _how(given, "date")
    if head.date and (not given.date or head.date.startswith(given.date[: {"year": 4, "month": 7}.get(given.date_precision, 0)])):
        return head.date, "day", "header"
    month, day = _dateline_day(articles)
    year = int(given.date[:4]) if given.date else current_year(text)
    agrees = given.date_precision != "month" or int(given.date[5:7]) == month
    iso = _iso(year, month, day) if month and year and agrees else ""
    if iso:
        return iso, "day", "dateline"
    if given.date:
        return given.date, given.date_precision, _how(given, "date")
    return "", "unknown", "unknown"


def resolve_paper(given: IssueMeta, articles: list[Article], default_paper: str, head: PageHead = NO_HEAD) -> tuple[str, str]:
    """(paper, how found) from the given paper, the page header, a byline, or the configured default."""
    if given.paper:
        return given.paper, _how(given, "paper")
    if head.paper:
        return head.paper, "header"
    for article in articles:
        paper = parse_byline(article.byline).paper
        if paper:
            return paper, "byline"
    return (default_paper, "config") if default_paper else ("", "unknown")


def resolve_page(given: IssueMeta, articles: list[Article], head: PageHead = NO_HEAD) -> tuple[int, str]:
    """(page number, how found) from the given number, the page header or the continuation marks."""
    if given.page:
        return given.page, _how(given, "page")
    if head.page:
        return head.page, "header"
    froms = [a.continued_from for a in articles if a.continued_from]
    tos = [a.continued_to for a in articles if a.continued_to]
    if froms and tos and min(tos) - max(froms) == 2:
        return max(froms) + 1, "continuation"
    return 0, "unknown"


def _how(given: IssueMeta, key: str) -> str:
    """How the given metadata found ``key``."""
    return dict(given.found).get(key, "unknown")


def resolve_meta(page: Page, articles: list[Article], default_paper: str = "", head: PageHead = NO_HEAD) -> IssueMeta:
    """The page's issue metadata, each value with how it was found."""
    date, precision, date_how = resolve_date(page.given, page.text, articles, head)
    paper, paper_how = resolve_paper(page.given, articles, default_paper, head)
    number, page_how = resolve_page(page.given, articles, head)
    found = {"date": date_how, "paper": paper_how, "page": page_how}
    section = page.given.section or head.section
    editors = page.given.editors or head.editors
    return IssueMeta(paper, date, precision, number, tuple(sorted(found.items())), section, editors)
