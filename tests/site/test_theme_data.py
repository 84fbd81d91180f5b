"""Feeds, sitemap and robots.txt are well-formed and point at real pages."""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET

from sitebuild import make_site

ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_main_feed_parses_and_links_resolve(mini_site):
    site = mini_site / "site"
    root = ET.parse(site / "feed.xml").getroot()
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}title").text == "测试档案馆"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 6
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles.index("肩并肩走流程，心贴心优服务") < titles.index("山东港口青岛港商品车码头揭牌")  # newest first
    for e in entries:
        href = e.find(f"{ATOM}link").get("href")
        assert (site / href).is_file(), href
    service = entries[titles.index("肩并肩走流程，心贴心优服务")]
    assert [a.find(f"{ATOM}name").text for a in service.findall(f"{ATOM}author")] == ["陈蔚"]
    assert "<script>" in service.find(f"{ATOM}summary").text  # text, escaped by the XML


def test_topic_feeds_parse(mini_site):
    site = mini_site / "site"
    feeds = sorted(site.glob("topics/*/feed.xml"))
    assert len(feeds) == 6
    for feed in feeds:
        root = ET.parse(feed).getroot()
        for e in root.findall(f"{ATOM}entry"):
            href = e.find(f"{ATOM}link").get("href")
            target = posixpath.normpath(posixpath.join(feed.parent.relative_to(site).as_posix(), href))
            assert (site / target).is_file(), (feed, href)
    jiao_yu = ET.parse(site / "topics/jiao-yu/feed.xml").getroot()
    assert jiao_yu.find(f"{ATOM}title").text == "测试档案馆 · 教育"
    assert len(jiao_yu.findall(f"{ATOM}entry")) == 2


def test_sitemap_holds_absolute_urls_of_real_pages(tmp_path):
    base = "https://archive.example.org/"
    site = make_site(tmp_path / "p", base_url=base) / "site"
    root = ET.parse(site / "sitemap.xml").getroot()
    locs = [u.find(f"{SM}loc").text for u in root.findall(f"{SM}url")]
    assert f"{base}index.html" in locs and f"{base}calendar/index.html" in locs
    assert f"{base}xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html" in locs
    assert len(locs) == len(set(locs))
    for loc in locs:
        assert loc.startswith(base) and (site / loc.removeprefix(base)).is_file(), loc
    assert (site / "robots.txt").read_text(encoding="utf-8") == f"User-agent: *\nAllow: /\nSitemap: {base}sitemap.xml\n"
    assert 'href="sitemap.xml">网站地图</a>' in (site / "index.html").read_text(encoding="utf-8")


def test_without_base_url_no_sitemap_is_made(mini_site):
    """A sitemap may hold only absolute URLs: without base_url there is none, and no link to it."""
    site = mini_site / "site"
    assert not (site / "sitemap.xml").exists()
    assert (site / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"
    assert "sitemap.xml" not in (site / "index.html").read_text(encoding="utf-8")


def test_a_sitemap_beyond_the_protocols_limit_becomes_an_index(tmp_path, monkeypatch):
    from generator.site import feeds

    base = "https://archive.example.org/"
    whole = make_site(tmp_path / "whole", base_url=base) / "site"
    every = [u.find(f"{SM}loc").text for u in ET.parse(whole / "sitemap.xml").getroot().findall(f"{SM}url")]
    monkeypatch.setattr(feeds, "SITEMAP_MAX", 7)
    site = make_site(tmp_path / "split", base_url=base) / "site"
    index = ET.parse(site / "sitemap.xml").getroot()
    assert index.tag == f"{SM}sitemapindex"
    parts = [s.find(f"{SM}loc").text for s in index.findall(f"{SM}sitemap")]
    assert parts == [f"{base}sitemap-{n}.xml" for n in range(1, len(parts) + 1)] and len(parts) == -(-len(every) // 7)
    listed = []
    for part in parts:
        urls = [u.find(f"{SM}loc").text for u in ET.parse(site / part.removeprefix(base)).getroot().findall(f"{SM}url")]
        assert 0 < len(urls) <= 7
        listed += urls
    assert listed == every  # the same pages, in the same order, none twice
