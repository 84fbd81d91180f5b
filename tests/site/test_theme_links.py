"""Every internal link is relative, points at a file and resolves inside site/ (works from file://)."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sitebuild import parse


def internal_targets(site: Path, page: Path):
    """(raw value, resolved site path) for each internal URL on ``page``."""
    rel_page = page.relative_to(site).as_posix()
    for tag, _attr, value in parse(page).urls:
        parts = urlsplit(value)
        if parts.scheme or value.startswith("//"):
            continue  # external (only the permalink with a base_url) — checked elsewhere
        if not parts.path:
            continue  # "#anchor" on the same page
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel_page), unquote(parts.path)))
        yield tag, value, resolved


def test_internal_links_are_relative_files_that_exist(any_site):
    site = any_site / "site"
    pages = sorted(site.rglob("*.html"))
    assert pages
    problems = []
    for page in pages:
        for tag, value, resolved in internal_targets(site, page):
            where = f"{page.relative_to(site)}: <{tag}> {value}"
            if value.startswith("/"):
                problems.append(f"{where}: root-relative")
            elif value.endswith("/") or value in (".", ".."):
                problems.append(f"{where}: points at a folder, not a file")
            elif resolved.startswith(".."):
                problems.append(f"{where}: leaves the site")
            elif not (site / resolved).is_file():
                problems.append(f"{where}: no such file {resolved}")
    assert not problems, "\n".join(problems[:40])


def test_no_external_resources(any_site):
    site = any_site / "site"
    for page in site.rglob("*.html"):
        for tag, _attr, value in parse(page).urls:
            if tag in ("script", "link", "img", "iframe", "source"):
                assert not urlsplit(value).scheme and not value.startswith("//"), f"{page}: {tag} {value}"
    for css in site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert "http:" not in text and "https:" not in text and "@import" not in text, css


def test_api_article_urls_resolve(any_site):
    site = any_site / "site"
    records = json.loads((site / "api" / "articles.json").read_text(encoding="utf-8"))
    assert records
    for r in records:
        assert not r["url"].startswith("/") and r["url"].endswith("/index.html")
        assert (site / r["url"]).is_file(), r["url"]
        assert r["title"] and r["paper"]


def test_issue_json_matches_pages(mini_site):
    site = mini_site / "site"
    data = json.loads((site / "xi-hai-an-xin-wen/2024/09/09/issue.json").read_text(encoding="utf-8"))
    assert data["paper"] == "西海岸新闻" and data["date"] == "2024-09-09"
    assert [p["page"] for p in data["pages"]] == [1, 2]
    assert [a["title"] for a in data["pages"][1]["articles"]] == ["肩并肩走流程，心贴心优服务", "区政协主席走访慰问教师（续）"]
    for p in data["pages"]:
        assert (site / p["url"]).is_file()
        for a in p["articles"]:
            assert (site / a["url"]).is_file()
