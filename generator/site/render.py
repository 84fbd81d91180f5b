"""Render the Archive into site files: HTML pages by issue, page, article, topic and
reporter, plus the machine-readable outputs. Each output is one more view of the
same archive model; nothing here touches the disk."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import jinja2

from ..config import Config
from ..depend import Inputs, Job
from ..errors import BuildError
from ..records import Output
from . import formats
from .archive import Archive, Article, Group, Issue, page_label
from .feeds import atom_feed, robots_txt, sitemaps
from .themes import environment, relative, theme_dirs

OFFLINE_PAGE = "offline.html"  # what the service worker shows for a page it has not kept
NO_BASE_URL = ("no base_url (set it in archive.yml or pass --base-url): sitemap.xml is left out, permalinks, "
               "citations and feeds use relative links, and a host can show 404.html with its styles and links "
               "only for missing pages at the top level (serve shows it at any depth)")
TEMPLATE_HELPERS = {
    "date_label": formats.date_label,
    "date_iso": formats.date_iso,
    "weekday": formats.weekday,
    "issue_label": formats.issue_label,
    "excerpt": formats.excerpt,
    "citation": formats.citation,
    "highwire_date": formats.highwire_date,
    "continuation": formats.continuation,
}


class Renderer:
    """Renders templates with a link helper that makes every URL relative."""

    def __init__(self, config: Config, archive: Archive):
        self.config = config
        self.archive = archive
        self.env = environment(config)
        self.env.globals.update(TEMPLATE_HELPERS)
        self.env.globals["absolute"] = lambda path: formats.absolute(config, path)
        self.env.globals["citation"] = lambda article: formats.citation(article, config.base_url)
        self.env.globals["article_jsonld"] = lambda article, issue: formats.article_jsonld(config, article, issue)

    def page(self, template: str, path: str, **context) -> Output:
        """Render ``template`` as the file ``path``; errors name the template."""
        def url(target: str) -> str:
            return relative(target, path)

        try:
            text = self.env.get_template(template).render(
                site=self.config, archive=self.archive, page_path=path, url=url, page_label=page_label, **context
            )
        except jinja2.TemplateSyntaxError as exc:
            raise BuildError(f"render: {exc.filename or exc.name}:{exc.lineno}: template syntax error: {exc.message}") from exc
        except jinja2.TemplateNotFound as exc:
            searched = ", ".join(str(d) for d in theme_dirs(self.config)) or "no theme folder"
            raise BuildError(f"render: template {exc.name!r} (for {path}) is in none of: {searched}") from exc
        except jinja2.TemplateError as exc:
            raise BuildError(f"render: {template} (for {path}): {exc}") from exc
        return Output(path, text.encode("utf-8"))


def neighbours(items: tuple, item) -> tuple:
    """The items before and after ``item`` in ``items`` (None at the ends)."""
    i = items.index(item)
    return (items[i - 1] if i > 0 else None), (items[i + 1] if i + 1 < len(items) else None)


class Related:
    """Finds the articles that share reporters or topics with an article.

    Only the ``WINDOW`` articles on either side of it in each shared group (groups are
    in date order) are considered: a topic may hold tens of thousands of articles, and
    the articles of about the same time are the ones worth offering, so the work per
    article stays bounded however large the archive grows."""

    WINDOW = 40

    def __init__(self, archive: Archive):
        self.by_author = {g.name: g.articles for g in archive.reporters}
        self.by_topic = {g.name: g.articles for g in archive.topics}
        self.place: dict[tuple[str, str], int] = {}  # (group kind, name, url) -> place in the group
        for kind, groups in (("a", self.by_author), ("t", self.by_topic)):
            for name, members in groups.items():
                for i, a in enumerate(members):
                    self.place[(kind, name, a.url)] = i

    def __call__(self, article: Article, limit: int = 5) -> list[Article]:
        """Most shared first (a reporter counts twice), then nearest in time, then by URL;
        never the article itself, nor its own head or continuation, which its page shows."""
        scores: dict[str, list] = {}
        for kind, weight, groups, names in (("a", 2, self.by_author, article.authors),
                                            ("t", 1, self.by_topic, article.topics)):
            for name in names:
                members = groups.get(name, ())
                at = self.place.get((kind, name, article.url), 0)
                for other in members[max(0, at - self.WINDOW) : at + self.WINDOW + 1]:
                    if other.url not in (article.url, article.head_url, article.continuation_url):
                        scores.setdefault(other.url, [0, other])[0] += weight
        day = _day_number(article)
        ranked = sorted(scores.values(), key=lambda s: (-s[0], abs(_day_number(s[1]) - day), s[1].url))
        return [other for _, other in ranked[:limit]]


def _day_number(article: Article) -> int:
    """A number that grows with the article's date (0 when it has none)."""
    try:
        y, m, d = (int(x) for x in str(article.date).split("-"))
    except ValueError:
        return 0
    return y * 372 + m * 31 + d


def html_jobs(r: Renderer, inputs: Inputs) -> Iterator[Job]:
    """Every HTML page of the site, each with what it is made from."""
    archive = r.archive
    related = Related(archive)
    issue_neighbours = _issue_neighbours(archive)

    def page(template: str, path: str, *parts: str, **context) -> Job:
        return Job(path, inputs.key(template, *parts), lambda: [r.page(template, path, **context)])

    yield page("index.html", "index.html", inputs.everything)
    yield page("calendar.html", "calendar/index.html", inputs.everything, calendar=formats.issue_calendar(archive))
    yield page("topics.html", "topics/index.html", inputs.everything)
    yield page("reporters.html", "reporters/index.html", inputs.everything)
    yield page("404.html", "404.html")
    yield page("offline.html", OFFLINE_PAGE)
    for issue in archive.issues:
        prev_issue, next_issue = issue_neighbours.get(id(issue), (None, None))
        common = {"issue": issue, "prev_issue": prev_issue, "next_issue": next_issue}
        around = (inputs.issue(issue), _issue_id(prev_issue), _issue_id(next_issue))
        if not issue.single:  # a page without a known day is its own view
            yield page("issue.html", issue.url, *around, **common)
        for pg in issue.pages:
            before, after = neighbours(issue.pages, pg)
            yield page("page.html", pg.url, *around, issue_page=pg, prev_page=before, next_page=after, **common)
        for art in issue.articles:
            before, after = neighbours(issue.articles, art)
            shown = related(art)
            linked = [archive.article(art.head_url), archive.article(art.continuation_url)]
            looked_up = [str(archive.reporter_url(n)) for n in art.authors] + [str(archive.topic_url(t)) for t in art.topics]
            yield page("article.html", art.url, *around, *(inputs.entry(a) for a in shown),
                       "|", *(inputs.entry(a) if a else "" for a in linked), "|", *looked_up,
                       article=art, prev_article=before, next_article=after, related=shown,
                       continued=formats.continuation(issue, art), **common)
    size = r.config.list_page_size
    for group in archive.topics:
        feed, key = group.url.replace("index.html", "feed.xml"), inputs.group(group)
        for pager in paginate(group, size):
            yield page("topic.html", pager.url, key, str(pager.number), group=group, pager=pager, items=pager.items,
                       feed=feed)
    for group in archive.reporters:
        key, counts = inputs.group(group), topic_counts(group)
        for pager in paginate(group, size):
            yield page("reporter.html", pager.url, key, str(pager.number), *(str(archive.topic_url(t)) for t, _ in counts),
                       group=group, pager=pager, items=pager.items, topic_counts=counts)


@dataclass(frozen=True)
class Pager:
    """One page of a long list: its number (from 1), the URL of every page, its items."""

    number: int
    urls: tuple[str, ...]
    items: tuple

    @property
    def url(self) -> str:
        return self.urls[self.number - 1]

    @property
    def count(self) -> int:
        return len(self.urls)

    @property
    def prev_url(self) -> str | None:
        return self.urls[self.number - 2] if self.number > 1 else None

    @property
    def next_url(self) -> str | None:
        return self.urls[self.number] if self.number < self.count else None

    def window(self, around: int = 2) -> list[int | None]:
        """Page numbers to link: the first, the last and those near this one; None for a gap."""
        shown = sorted({1, self.count, *range(max(1, self.number - around), min(self.count, self.number + around) + 1)})
        out: list[int | None] = []
        for n in shown:
            if out and n - out[-1] > 1:
                out.append(None)
            out.append(n)
        return out


def page_urls(group: Group, size: int) -> tuple[str, ...]:
    """The URLs of a group's list pages: its own, then ``<group>/2/index.html``…"""
    count = max(1, -(-len(group.articles) // size))
    return (group.url, *(group.url.replace("index.html", f"{n}/index.html") for n in range(2, count + 1)))


def paginate(group: Group, size: int) -> Iterator[Pager]:
    urls = page_urls(group, size)
    for n in range(1, len(urls) + 1):
        yield Pager(n, urls, group.articles[(n - 1) * size : n * size])


def topic_counts(group: Group) -> list[tuple[str, int]]:
    """The topics of a group's articles with how many articles each, most first (ties in
    order of first appearance)."""
    counts: dict[str, int] = {}
    for a in group.articles:
        for t in a.topics:
            counts[t] = counts.get(t, 0) + 1
    return sorted(counts.items(), key=lambda item: -item[1])


def _issue_id(issue: Issue | None) -> str:
    """What a neighbouring issue's link shows: where it is and its date."""
    return "" if issue is None else f"{issue.url}\0{issue.paper}\0{issue.date}\0{issue.date_precision}"


def _issue_neighbours(archive: Archive) -> dict[int, tuple[Issue | None, Issue | None]]:
    """Previous (older) and next (newer) issue of the same paper, by ``id`` of each dated
    issue; undated pages have none."""
    by_paper: dict[str, list[Issue]] = {}
    for issue in reversed(archive.issues):
        if issue.dated:
            by_paper.setdefault(issue.paper, []).append(issue)
    out: dict[int, tuple[Issue | None, Issue | None]] = {}
    for same in by_paper.values():
        for i, issue in enumerate(same):
            out[id(issue)] = (same[i - 1] if i > 0 else None), (same[i + 1] if i + 1 < len(same) else None)
    return out


def data_jobs(config: Config, archive: Archive, inputs: Inputs) -> Iterator[Job]:
    """The machine-readable outputs: JSON API, Atom feeds, sitemap, robots.txt."""
    def data(path: str, make, *parts: str) -> Job:
        return Job(path, inputs.key(None, path, *parts), lambda: [Output(path, make())])

    yield data("api/articles.json", lambda: _json([article_record(a) for a in archive.articles]), inputs.everything)
    for issue in archive.issues:
        yield data(issue.url.replace("index.html", "issue.json"), lambda issue=issue: _json(issue_record(issue)),
                   inputs.issue(issue))
    yield data("feed.xml", lambda: atom_feed(config, "feed.xml", config.title, archive.articles), inputs.everything)
    for group in archive.topics:
        path = group.url.replace("index.html", "feed.xml")
        yield data(path, lambda path=path, group=group: atom_feed(config, path, f"{config.title} · {group.name}",
                                                                  group.articles), inputs.group(group))
    if config.base_url:  # a sitemap holds absolute URLs only
        yield Job("sitemap.xml", inputs.key(None, "sitemap.xml", inputs.everything),
                  lambda: [Output(path, xml) for path, xml in sitemaps(config, archive, page_urls)])
    yield data("robots.txt", lambda: robots_txt(config))


def article_record(a: Article) -> dict:
    m = a.entry.meta
    return {
        "url": a.url, "title": m["title"], "kicker": m["kicker"], "subtitle": m["subtitle"],
        "date": m["date"], "date_precision": m["date_precision"], "paper": m["paper"], "page": m.get("page", 0),
        "kind": m["kind"], "topics": m["topics"], "authors": m["authors"], "correspondents": m["correspondents"],
        "section": m.get("section", ""), "column": m.get("column", ""), "photographers": m.get("photographers", []),
        "truncated": bool(m.get("truncated")), "continues": a.head_url, "continued_by": a.continuation_url,
    }


def issue_record(issue: Issue) -> dict:
    return {
        "paper": issue.paper, "date": issue.date, "date_precision": issue.date_precision, "url": issue.url,
        "pages": [{"page": p.number, "url": p.url, "articles": [article_record(a) for a in p.articles]} for p in issue.pages],
    }


def _json(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def site_jobs(config: Config, archive: Archive, renderer: Renderer | None = None,
              inputs: Inputs | None = None) -> Iterator[Job]:
    """Every HTML page and data file of the site, as jobs."""
    renderer = renderer or Renderer(config, archive)
    inputs = inputs or Inputs(config, archive, renderer.env)
    yield from html_jobs(renderer, inputs)
    yield from data_jobs(config, archive, inputs)


def render_site(config: Config, archive: Archive) -> list[Output]:
    """Every HTML page and data file of the site, made now."""
    return [o for job in site_jobs(config, archive) for o in job.make()]
