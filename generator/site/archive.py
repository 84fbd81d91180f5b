"""Assemble loaded entries into the Archive: issues, pages, articles, topics, reporters.

Every URL here is relative to the site root and points at a file (``…/index.html``),
so the site browses from ``file://`` as well as over HTTP.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass, field

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..content.writer import issue_path, unescape_markdown
from ..errors import BuildError
from ..records import PRECISIONS, Entry
from ..slugs import slugify, unique

CN_NUMERALS = "〇一二三四五六七八九十"


def page_label(number: int) -> str:
    """``2`` -> ``第二版``; ``0`` (unknown) -> ``版次不详``."""
    if number <= 0:
        return "版次不详"
    if number <= 10:
        return f"第{CN_NUMERALS[number]}版"
    if number < 20:
        return f"第十{CN_NUMERALS[number - 10]}版"
    return f"第{number}版"


@dataclass(frozen=True)
class Article:
    """An article as the site shows it."""

    entry: Entry = field(compare=False)
    url: str
    issue_url: str
    page_url: str
    html: str = field(compare=False)

    def __getattr__(self, name):  # front matter keys read as attributes in templates
        try:
            return self.entry.meta[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def title_derived(self) -> bool:
        """True when the title was made up from the text, not printed."""
        return bool(self.entry.meta.get("title_derived"))

    @property
    def text(self) -> str:
        """Plain text of the body, for search and feeds."""
        return "\n".join(unescape_markdown(line.removeprefix("## ")) for line in self.entry.body.splitlines() if line.strip())


@dataclass(frozen=True)
class IssuePage:
    number: int
    url: str
    articles: tuple[Article, ...]

    @property
    def label(self) -> str:
        return page_label(self.number)


@dataclass(frozen=True)
class Issue:
    paper: str
    date: str
    date_precision: str
    url: str
    pages: tuple[IssuePage, ...]

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for p in self.pages for a in p.articles)


@dataclass(frozen=True)
class Group:
    """A topic or a reporter with its articles, newest first."""

    name: str
    url: str
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class Archive:
    issues: tuple[Issue, ...]  # newest first
    topics: tuple[Group, ...]
    reporters: tuple[Group, ...]

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for i in self.issues for a in i.articles)

    @property
    def papers(self) -> tuple[str, ...]:
        return tuple(sorted({i.paper for i in self.issues}))

    def topic_url(self, name: str) -> str | None:
        return next((g.url for g in self.topics if g.name == name), None)

    def reporter_url(self, name: str) -> str | None:
        return next((g.url for g in self.reporters if g.name == name), None)


class _SafeLinks(Treeprocessor):
    """Keeps only links to http(s) or to pages of the site, and no images: an article's
    text cannot run script (``javascript:``) or load anything from elsewhere."""

    def run(self, root):
        for parent in list(root.iter()):
            for i, el in reversed(list(enumerate(parent))):
                if el.tag == "img":  # keep its alt text and the text after it
                    text = (el.get("alt") or "") + (el.tail or "")
                    if i:
                        parent[i - 1].tail = (parent[i - 1].tail or "") + text
                    else:
                        parent.text = (parent.text or "") + text
                    parent.remove(el)
                elif el.tag == "a" and not _SAFE_HREF.match(el.get("href", "")):
                    el.attrib.pop("href", None)


_SAFE_HREF = re.compile(r"^(?:https?://|[^:/?#]+(?:[/?#]|$)|#)", re.IGNORECASE)


class _SafeLinksExtension(Extension):
    def extendMarkdown(self, md):  # noqa: N802 - the name Markdown calls
        md.treeprocessors.register(_SafeLinks(md), "safe_links", 0)


def render_body(body: str) -> str:
    """Markdown to HTML with page text escaped first (text never becomes markup) and
    links limited to safe targets."""
    return markdown.markdown(html.escape(body, quote=False), output_format="html5", extensions=[_SafeLinksExtension()])


def assemble(entries: list[Entry]) -> Archive:
    """Group entries by issue and page, and index topics and reporters."""
    by_issue: dict[tuple[str, str, str], dict[int, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        by_issue[(e.meta["paper"], e.meta["date"], e.meta["date_precision"])][e.meta.get("page", 0)].append(e)
    issues = [_issue(*key, pages) for key, pages in by_issue.items()]
    issues.sort(key=lambda i: (i.date, PRECISIONS.index(i.date_precision), i.paper), reverse=True)
    _check_unique_urls(issues)
    articles = [a for i in issues for a in i.articles]
    return Archive(
        issues=tuple(issues),
        topics=_groups(articles, "topics", "topics"),
        reporters=_groups(articles, "authors", "reporters"),
    )


def _issue(paper: str, date: str, precision: str, pages: dict[int, list[Entry]]) -> Issue:
    base = issue_path(paper, date, precision)
    built = []
    for number in sorted(pages):
        page_url = f"{base}/{number:02d}/index.html"
        arts = tuple(
            Article(e, f"{base}/{number:02d}/{e.meta['slug']}/index.html", f"{base}/index.html", page_url, render_body(e.body))
            for e in pages[number]
        )
        built.append(IssuePage(number, page_url, arts))
    return Issue(paper, date, precision, f"{base}/index.html", tuple(built))


def _check_unique_urls(issues: list[Issue]) -> None:
    seen: dict[str, str] = {}
    for a in (a for i in issues for a in i.articles):
        if a.url in seen:
            raise BuildError(f"assemble: {a.entry.path}: same URL {a.url} as {seen[a.url]}; give one of them another 'slug'")
        seen[a.url] = a.entry.path


def _groups(articles: list[Article], key: str, folder: str) -> tuple[Group, ...]:
    members: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        for name in a.entry.meta.get(key, []):
            members[name].append(a)
    taken: set[str] = set()
    slugs = {name: unique(slugify(name, fallback="x"), taken) for name in sorted(members)}  # by name: stable
    groups = [Group(name, f"{folder}/{slugs[name]}/index.html", tuple(members[name]))
              for name in sorted(members, key=lambda n: (-len(members[n]), slugs[n]))]
    return tuple(groups)
