"""A reader's walk through the archive built from the bundled seed pages, over HTTP and
from file://. The names below were read off the printed pages (seed 001), not the output."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import serve_folder

pytestmark = pytest.mark.browser

PAPER = "青岛西海岸报"  # archive.yml's default_paper: seed 001 names no paper
FEATURE = "肩并肩走流程，心贴心优服务"


@pytest.fixture(params=["http", "file"])
def seed_base(request, browser_seed_site):
    if request.param == "file":
        yield browser_seed_site.as_uri() + "/"
        return
    with serve_folder(browser_seed_site) as url:
        yield url


def heading(page) -> str:
    return page.locator("h1").first.inner_text().strip()


def test_walk_the_seed_archive(page, seed_base):
    page.goto(seed_base + "index.html")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="往期回顾").click()
    assert heading(page) == "往期回顾"
    page.get_by_role("link", name=f"{PAPER} 2024年9月9日").first.click()
    assert heading(page).startswith(f"{PAPER} 2024年9月9日")
    page.get_by_role("link", name="版次不详").first.click()  # no page number is printed on seed 001
    assert heading(page) == "第1个版面（版次不详）"  # numbered by its place in the issue
    page.get_by_role("link", name=FEATURE).first.click()
    assert heading(page) == FEATURE
    body = page.locator("main").inner_text()
    assert "区行政审批服务局开展“我陪群众走流程”活动" in body  # its kicker
    assert "胡全福" in body and "王孜祎" in body  # correspondents
    page.locator(".byline").get_by_role("link", name="陈蔚").click()
    assert heading(page) == "陈蔚"
    assert page.get_by_role("link", name=FEATURE).count() >= 1
    page.get_by_role("link", name=FEATURE).first.click()
    page.locator(".topics, .tags, [class*=topic]").get_by_role("link", name="政务服务").first.click()
    assert heading(page) == "政务服务"
    page.go_back()
    assert heading(page) == FEATURE


def test_every_link_of_the_seed_site_resolves(page, browser_seed_site):
    site = browser_seed_site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30
    for html in pages:
        page.goto(html.as_uri())
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            parts = urlsplit(href)
            if parts.scheme == "file":
                assert Path(unquote(parts.path)).is_file(), f"{html.relative_to(site)}: {href}"
