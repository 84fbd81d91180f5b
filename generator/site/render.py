"""Render the Archive into site files: HTML pages by issue, page, article, topic and
reporter, plus the machine-readable outputs. Each output is one more view of the
same archive model; nothing here touches the disk."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import jinja2

from ..config import Config
from ..errors import BuildError
from . import formats
from .archive import Archive, Article, Issue, page_label
from .feeds import atom_feed, robots_txt, sitemap_xml
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


@dataclass(frozen=True)
class Output:
    """One file of the site: its path under the site root and its bytes."""

    path: str
    data: bytes


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
    """Finds the articles that share reporters or topics with an article."""

    def __init__(self, archive: Archive):
        self.by_author: dict[str, list[Article]] = {g.name: list(g.articles) for g in archive.reporters}
        self.by_topic: dict[str, list[Article]] = {g.name: list(g.articles) for g in archive.topics}

    def __call__(self, article: Article, limit: int = 5) -> list[Article]:
        """Most shared first (a reporter counts twice), then newest first; never the article's
        own head or continuation, which its page shows already."""
        scores: dict[str, list] = {}
        for weight, groups, names in ((2, self.by_author, article.authors), (1, self.by_topic, article.topics)):
            for name in names:
                for other in groups.get(name, ()):
                    if other.url not in (article.url, article.head_url, article.continuation_url):  # not itself
                        scores.setdefault(other.url, [0, other])[0] += weight
        ranked = sorted(scores.values(), key=lambda s: (-s[0], _newest_first(s[1]), s[1].url))
        return [other for _, other in ranked[:limit]]


def _newest_first(article: Article) -> int:
    return -int(article.date.replace("-", "")) if article.date else 0


def html_pages(r: Renderer) -> Iterator[Output]:
    """Every HTML page of the site."""
    archive = r.archive
    related = Related(archive)
    issue_neighbours = _issue_neighbours(archive)
    yield r.page("index.html", "index.html")
    yield r.page("calendar.html", "calendar/index.html", calendar=formats.issue_calendar(archive))
    yield r.page("topics.html", "topics/index.html")
    yield r.page("reporters.html", "reporters/index.html")
    yield r.page("404.html", "404.html")
    yield r.page("offline.html", OFFLINE_PAGE)
    for issue in archive.issues:
        prev_issue, next_issue = issue_neighbours.get(id(issue), (None, None))
        common = {"issue": issue, "prev_issue": prev_issue, "next_issue": next_issue}
        if not issue.single:  # a page without a known day is its own view
            yield r.page("issue.html", issue.url, **common)
        for pg in issue.pages:
            before, after = neighbours(issue.pages, pg)
            yield r.page("page.html", pg.url, issue_page=pg, prev_page=before, next_page=after, **common)
        for art in issue.articles:
            before, after = neighbours(issue.articles, art)
            yield r.page("article.html", art.url, article=art, prev_article=before, next_article=after,
                         related=related(art), continued=formats.continuation(issue, art), **common)
    for group in archive.topics:
        yield r.page("topic.html", group.url, group=group, feed=group.url.replace("index.html", "feed.xml"))
    for group in archive.reporters:
        yield r.page("reporter.html", group.url, group=group)


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


def data_outputs(config: Config, archive: Archive) -> Iterator[Output]:
    """The machine-readable outputs: JSON API, Atom feeds, sitemap, robots.txt."""
    yield Output("api/articles.json", _json([article_record(a) for a in archive.articles]))
    for issue in archive.issues:
        yield Output(issue.url.replace("index.html", "issue.json"), _json(issue_record(issue)))
    yield Output("feed.xml", atom_feed(config, "feed.xml", config.title, archive.articles))
    for group in archive.topics:
        path = group.url.replace("index.html", "feed.xml")
        yield Output(path, atom_feed(config, path, f"{config.title} · {group.name}", group.articles))
    if config.base_url:  # a sitemap holds absolute URLs only
        yield Output("sitemap.xml", sitemap_xml(config, archive))
    yield Output("robots.txt", robots_txt(config))


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


def render_site(config: Config, archive: Archive) -> list[Output]:
    """Every HTML page and data file of the site."""
    renderer = Renderer(config, archive)
    return [*html_pages(renderer), *data_outputs(config, archive)]
