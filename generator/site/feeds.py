"""Atom feeds, the sitemap and robots.txt: plain XML/text views of the archive."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from ..config import Config
from .formats import absolute
from .themes import relative

FEED_SIZE = 50


def atom_feed(config: Config, path: str, title: str, articles) -> bytes:
    """An Atom feed of the newest articles; links are relative to the feed when no base URL is set."""
    newest = sorted(articles, key=lambda a: (a.date, a.url), reverse=True)[:FEED_SIZE]
    updated = (newest[0].date if newest and newest[0].date else "1970-01-01") + "T00:00:00Z"

    def link(target: str) -> str:
        return absolute(config, target) or relative(target, path)

    entries = []
    for a in newest:
        authors = "".join(f"<author><name>{escape(n)}</name></author>" for n in a.authors)
        summary = escape(a.text[:200])
        entries.append(
            f"<entry><title>{escape(a.list_title)}</title><link href={quoteattr(link(a.url))}/>"
            f"<id>{escape(absolute(config, a.url) or 'urn:archive:' + a.url)}</id>"
            f"<updated>{(a.date or '1970-01-01')}T00:00:00Z</updated>{authors}"
            f"<summary>{summary}</summary></entry>"
        )
    feed_id = absolute(config, path) or f"urn:archive:{path}"
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{escape(config.language)}">'
        f"<title>{escape(title)}</title><id>{escape(feed_id)}</id><updated>{updated}</updated>"
        f'<link rel="self" href={quoteattr(link(path))}/>' + "".join(entries) + "</feed>\n"
    )
    return xml.encode("utf-8")


SITEMAP_MAX = 50_000  # URLs in one sitemap file, as the sitemap protocol allows


def sitemaps(config: Config, archive, list_pages) -> list[tuple[str, bytes]]:
    """Every HTML page readers should find, by absolute URL (only made with a
    ``base_url``): ``sitemap.xml``, or, beyond ``SITEMAP_MAX`` URLs, ``sitemap.xml`` as
    an index of ``sitemap-1.xml``, ``sitemap-2.xml``…; ``list_pages(group, size)`` gives
    the URLs of a topic's or reporter's list pages."""
    paths = ["index.html", "calendar/index.html", "topics/index.html", "reporters/index.html"]
    for issue in archive.issues:
        paths.append(issue.url)
        paths += [p.url for p in issue.pages] + [a.url for a in issue.articles]
    for g in (*archive.topics, *archive.reporters):
        paths += list_pages(g, config.list_page_size)
    urls = [absolute(config, p) for p in dict.fromkeys(paths)]
    head = '<?xml version="1.0" encoding="utf-8"?>\n'
    if len(urls) <= SITEMAP_MAX:
        return [("sitemap.xml", _urlset(urls))]
    parts = [(f"sitemap-{n}.xml", _urlset(urls[k : k + SITEMAP_MAX]))
             for n, k in enumerate(range(0, len(urls), SITEMAP_MAX), start=1)]
    index = "".join(f"<sitemap><loc>{escape(absolute(config, name))}</loc></sitemap>" for name, _ in parts)
    return [("sitemap.xml", (head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                             f"{index}</sitemapindex>\n").encode()), *parts]


def _urlset(urls: list[str]) -> bytes:
    locs = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in urls)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>\n').encode()


def robots_txt(config: Config) -> bytes:
    lines = ["User-agent: *", "Allow: /"]
    if config.base_url:
        lines.append(f"Sitemap: {config.base_url}sitemap.xml")
    return ("\n".join(lines) + "\n").encode("utf-8")
