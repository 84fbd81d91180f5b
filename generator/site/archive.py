"""Assemble loaded entries into the Archive: issues, pages, articles, topics, reporters.

Every URL here is relative to the site root and points at a file (``…/index.html``),
so the site browses from ``file://`` as well as over HTTP.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from ..content.writer import issue_path, unescape_markdown
from ..errors import BuildError
from ..records import PRECISIONS, Entry
from ..slugs import slugify, unique

CN_NUMERALS = "〇一二三四五六七八九十"


def page_label(number: int, position: int = 0) -> str:
    """``2`` -> ``第二版``; an unknown number (``0``) -> ``第3个版面（版次不详）`` by its
    place in the issue (``position``), or ``版次不详`` when that is not known either."""
    if number <= 0:
        return f"第{position}个版面（版次不详）" if position else "版次不详"
    if number <= 10:
        return f"第{CN_NUMERALS[number]}版"
    if number < 20:
        return f"第十{CN_NUMERALS[number - 10]}版"
    return f"第{number}版"


@dataclass(frozen=True)
class Article:
    """An article as the site shows it.

    ``head_url`` / ``continuation_url`` link a head article and the fragment that
    continues it on another page of the same issue; ``orphan`` marks a continuation
    whose head is not in the archive."""

    entry: Entry = field(compare=False)
    url: str
    issue_url: str
    page_url: str
    page_label: str = ""
    head_url: str | None = None
    continuation_url: str | None = None

    def __getattr__(self, name):  # front matter keys read as attributes in templates
        try:
            return self.entry.meta[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def html(self) -> str:
        """The body as HTML, made when a page shows it (not kept: an archive is large)."""
        return render_body(self.entry.body)

    @property
    def title_derived(self) -> bool:
        """True when the title was made up from the text, not printed."""
        return bool(self.entry.meta.get("title_derived"))

    @property
    def is_continuation(self) -> bool:
        return self.entry.meta.get("kind") == "continuation"

    @property
    def orphan(self) -> bool:
        """A continuation fragment whose head article is not in the archive."""
        return self.is_continuation and self.head_url is None

    @property
    def continuation_mark(self) -> str:
        """``（上接第一版）`` for a continuation shown on its own, else ``""``."""
        if not self.is_continuation:
            return ""
        number = self.entry.meta.get("continued_from") or 0
        return f"（上接{page_label(number)}）" if number else "（接上文）"

    @property
    def list_title(self) -> str:
        """The title as lists show it: a continuation is marked as one."""
        return f"{self.continuation_mark}{self.title}" if self.orphan else self.title

    @property
    def text(self) -> str:
        """Plain text of the body (headings without their marks, Markdown's escapes undone), for search and feeds."""
        lines = (unescape_markdown(re.sub(r"^#{2,3} ", "", line)) for line in self.entry.body.splitlines() if line.strip())
        return "\n".join(lines)


@dataclass(frozen=True)
class IssuePage:
    number: int
    url: str
    articles: tuple[Article, ...]
    position: int = 1  # place in the issue's reading order, from 1

    @property
    def label(self) -> str:
        return page_label(self.number, self.position)

    @property
    def section(self) -> str:
        """The page's name (版名) from its header, as its articles record it."""
        return next((a.entry.meta["section"] for a in self.articles if a.entry.meta.get("section")), "")

    @property
    def editors(self) -> dict[str, str]:
        """Role -> name from the page header (责任编辑, 美术编辑…)."""
        return next((a.entry.meta["editors"] for a in self.articles if a.entry.meta.get("editors")), {})


@dataclass(frozen=True)
class Issue:
    """Pages of one paper known to share one date. A page known only to a month or a year,
    or not dated at all, is an issue of its own (``single``): one page, no issue view."""

    paper: str
    date: str
    date_precision: str
    url: str
    pages: tuple[IssuePage, ...]
    seq: int = 0  # order among issues of the same paper and date (pages without a day)

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for p in self.pages for a in p.articles)

    @property
    def single(self) -> bool:
        return self.date_precision != "day"

    @property
    def dated(self) -> bool:
        return self.date_precision != "unknown" and bool(self.date)

    @property
    def order(self) -> tuple[int, int, int]:
        """Where the issue sits in time: a page known to a month comes after that month's
        days, one known to a year after its months; undated pages come before all."""
        if not self.dated:
            return (0, 0, 0)
        y, m, d = (int(x) for x in self.date.split("-"))
        return {"year": (y, 13, 0), "month": (y, m, 32)}.get(self.date_precision, (y, m, d))


@dataclass(frozen=True)
class Group:
    """A topic or a reporter with its articles, newest first."""

    name: str
    url: str
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class Archive:
    issues: tuple[Issue, ...]  # newest first, undated pages last
    topics: tuple[Group, ...]
    reporters: tuple[Group, ...]

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for i in self.issues for a in i.articles)

    @property
    def papers(self) -> tuple[str, ...]:
        return tuple(sorted({i.paper for i in self.issues}))

    def topic_url(self, name: str) -> str | None:
        return self._group_urls[0].get(name)

    def reporter_url(self, name: str) -> str | None:
        return self._group_urls[1].get(name)

    @cached_property
    def _group_urls(self) -> tuple[dict[str, str], dict[str, str]]:
        return {g.name: g.url for g in self.topics}, {g.name: g.url for g in self.reporters}

    @cached_property
    def _by_url(self) -> dict[str, Article]:
        return {a.url: a for a in self.articles}

    def article(self, url: str | None) -> Article | None:
        """The article at ``url`` (None for None)."""
        return self._by_url.get(url) if url else None


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
    """Group entries into issues and pages, link continuations, index topics and reporters."""
    placed = _place(entries)
    links = link_continuations(entries, {e.path: url for e, (_, url, _) in placed.items()})
    heads = {cont: head for head, cont in links.items()}
    by_issue: dict[tuple, dict[tuple, list[Article]]] = defaultdict(lambda: defaultdict(list))
    for e, (issue_key, url, page_key) in placed.items():
        by_issue[issue_key][page_key].append((e, url))
    issues = [_issue(key, by_issue[key], links, heads, seq) for seq, key in enumerate(sorted(by_issue))]
    issues.sort(key=lambda i: (i.order, PRECISIONS.index(i.date_precision), i.paper, -i.seq), reverse=True)
    _check_unique_urls(issues)
    articles = [a for i in issues for a in i.articles]
    return Archive(
        issues=tuple(issues),
        topics=_groups(articles, "topics", "topics"),
        reporters=_groups(articles, "authors", "reporters"),
    )


def _place(entries: list[Entry]) -> dict[Entry, tuple[tuple, str, tuple]]:
    """Each entry's issue key, URL and page key. Pages of a known day share an issue; a page
    whose day is not known is an issue of its own. A page without a number is told apart
    from the issue's other pages by its seed; its folder is ``00``, ``00-2``…"""
    pages: dict[tuple, dict[tuple, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        m = e.meta
        number, source = m.get("page", 0), str(m.get("source") or "")
        issue = (m["paper"], m["date"], m["date_precision"])
        page = (number == 0, number, source if number == 0 else "")
        if m["date_precision"] != "day":
            issue, page = (*issue, number == 0, number, source), (number == 0, number, source)
        pages[issue][page].append(e)
    folders: dict[str, set[str]] = defaultdict(set)
    out = {}
    for issue in sorted(pages):
        base = issue_path(*issue[:3])
        for page in sorted(pages[issue]):
            folder = unique(f"{page[1]:02d}", folders[base])
            for e in pages[issue][page]:
                out[e] = (issue, f"{base}/{folder}/{e.meta['slug']}/index.html", (*page, folder))
    return out


def _issue(key: tuple, pages: dict[tuple, list[tuple[Entry, str]]], links: dict[str, str], heads: dict[str, str],
           seq: int) -> Issue:
    paper, date, precision = key[:3]
    base = issue_path(paper, date, precision)
    built = []
    for position, page in enumerate(sorted(pages), start=1):
        number, folder = page[1], page[3]
        page_url = f"{base}/{folder}/index.html"
        label = page_label(number, position)
        arts = tuple(
            Article(e, url, page_url if precision != "day" else f"{base}/index.html", page_url, label, heads.get(url), links.get(url))
            for e, url in pages[page]
        )
        built.append(IssuePage(number, page_url, arts, position))
    url = built[0].url if precision != "day" else f"{base}/index.html"
    return Issue(paper, date, precision, url, tuple(built), seq)


def link_continuations(entries: list[Entry], urls: dict[str, str]) -> dict[str, str]:
    """Head article URL -> URL of the fragment that continues it.

    A fragment says which page it continues from (``continued_from: P``) and a head
    which page it continues on (``continued_to: N``); they are linked when both are
    pages of the same paper and date. With several candidates the one with the same
    title (or kicker) wins; ``continues`` (a content path) overrides the matching."""
    links: dict[str, str] = {}
    fragments = [e for e in entries if e.meta.get("kind") == "continuation"]
    if not fragments:
        return links
    on_page: dict[tuple, list[Entry]] = defaultdict(list)  # (paper, day, page) -> its entries
    for e in entries:
        if e.meta["date_precision"] == "day":
            on_page[(e.meta["paper"], e.meta["date"], e.meta.get("page"))].append(e)
    for frag in sorted(fragments, key=lambda e: (not e.meta.get("continues"), e.path)):  # editors' links first
        named = frag.meta.get("continues")
        if named:  # a path inside the content folder, whatever that folder is called
            head = next((e for e in entries if e is not frag and e.path.endswith(f"/{named}")), None)
        else:
            m = frag.meta
            page = on_page.get((m["paper"], m["date"], m.get("continued_from")), [])
            head = _find_head(frag, [e for e in page if urls[e.path] not in links])
        if head is not None and urls[head.path] not in links:
            links[urls[head.path]] = urls[frag.path]
    return links


def _find_head(frag: Entry, entries: list[Entry]) -> Entry | None:
    """The head a fragment continues, among ``entries`` (those of the page it names)."""
    m = frag.meta
    if not m["date"] or m["date_precision"] != "day" or not m.get("continued_from"):
        return None
    candidates = [e for e in entries
                  if e is not frag and e.meta["paper"] == m["paper"] and e.meta["date"] == m["date"]
                  and e.meta["date_precision"] == "day" and e.meta.get("page") == m["continued_from"]
                  and e.meta.get("continued_to") == (m.get("page") or None)]
    if len(candidates) > 1:
        same = [e for e in candidates if _same_headline(e, frag)]
        candidates = same if same else []
    return candidates[0] if len(candidates) == 1 else None


def _same_headline(head: Entry, frag: Entry) -> bool:
    """A continuation repeats its head's title or kicker (a jump headline)."""
    def key(text) -> str:
        return re.sub(r"[\s（）()续]", "", str(text or ""))
    parts = {key(head.meta.get("title")), key(head.meta.get("kicker"))} - {""}
    return key(frag.meta.get("title")) in parts or key(frag.meta.get("kicker")) in parts


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
