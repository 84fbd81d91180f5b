"""The harder views in Chromium: undated pages, pages without numbers, the offline page
of the service worker, the 404 page at any depth, search on a phone, and axe-core with
its experimental rules on the new markup."""

from __future__ import annotations

import http.server
import json
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.conftest import AXE_ALL_RULES, serve_folder

pytestmark = pytest.mark.browser

X = "xi-hai-an-xin-wen/2024/03"


@pytest.fixture(scope="module")
def edge(tmp_path_factory) -> Path:
    return _sitebuild().make_site(tmp_path_factory.mktemp("browser-edge") / "p", fixture="edge") / "site"


def _sitebuild():
    import importlib.util

    spec = importlib.util.spec_from_file_location("edge_sitebuild", Path(__file__).parent.parent / "site" / "sitebuild.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def h1(page) -> str:
    return page.locator("h1").first.inner_text().strip()


def styled(page) -> bool:
    """The site's stylesheet applies (the header has its double rule)."""
    return page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle") == "double"


@pytest.mark.parametrize("scheme", ["http", "file"])
def test_undated_pages_from_the_calendar(page, edge, scheme):
    with serve_folder(edge) as url:
        base = url if scheme == "http" else edge.as_uri() + "/"
        page.goto(base + "calendar/index.html")
        undated = page.locator("section.undated")
        assert undated.get_by_role("heading", level=2).inner_text() == "日期不详"
        assert undated.get_by_role("heading", level=3).inner_text() == "西海岸新闻"
        assert undated.locator("li").all_inner_texts() == ["第二版 · 1 篇：校园足球联赛开幕", "版次不详的版面 · 1 篇：老照片里的海岸线"]
        undated.get_by_role("link", name="版次不详的版面").click()
        assert h1(page) == "版次不详的版面"
        assert page.locator(".date-note").inner_text() == "出版日期不详：这一版单独列出，不与其他版面合为一期。"
        assert page.get_by_role("link", name="上一期").count() == 0 and page.get_by_role("link", name="下一期").count() == 0
        assert page.get_by_text("已是最早一期").count() == 0
        page.get_by_role("link", name="老照片里的海岸线").click()
        assert h1(page) == "老照片里的海岸线"
        page.locator(".breadcrumb").get_by_role("link", name="西海岸新闻 日期不详").click()
        assert h1(page) == "版次不详的版面"
        page.get_by_role("link", name="日期不详的版面").click()
        assert page.url.endswith("calendar/index.html#undated")


def test_page_view_with_unknown_page_numbers(page, edge):
    page.goto((edge / X / "07" / "index.html").as_uri())
    tabs = page.get_by_role("navigation", name="版面导航")
    assert tabs.get_by_role("heading", name="版面导航").is_visible()
    assert page.get_by_role("heading", name="标题导航").is_visible()
    assert tabs.get_by_role("link").all_inner_texts() == ["第1个版面（版次不详）", "第2个版面（版次不详）"]
    tabs.get_by_role("link", name="第2个版面（版次不详）").click()
    assert h1(page) == "第2个版面（版次不详）"
    assert page.get_by_role("heading", name="标题导航").is_visible()
    assert page.locator(".breadcrumb li").all_inner_texts()[-1] == "第2个版面（版次不详）"
    page.get_by_role("link", name="← 上一版 第1个版面（版次不详）").click()
    assert h1(page) == "第1个版面（版次不详）"
    page.goto((edge / "qing-dao-ri-bao/2024/03/06/01/index.html").as_uri())  # a one-page issue
    assert page.get_by_role("heading", name="标题导航").is_visible()
    assert page.get_by_text("已是第一个版面").count() == 0 and page.get_by_text("已是最后一个版面").count() == 0


def test_head_and_continuation_link_both_ways(page, edge):
    page.goto((edge / X / "06/01/hai-yang-jing-ji/index.html").as_uri())
    assert page.locator("#continuation .article-body").inner_text().startswith("运力提升三成。")
    page.get_by_role("link", name="下转第三版").click()
    assert h1(page) == "新区推进海洋经济高质量发展" and "/03/" in page.url
    page.get_by_role("link", name="上接第一版").click()
    assert "/01/hai-yang-jing-ji/" in page.url


def test_offline_page_for_a_page_not_kept(browser, edge):
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        with serve_folder(edge) as base:
            page.goto(base + "index.html")
            page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10000)
            ctx.set_offline(True)
            target = f"{X}/06/03/she-qu-shi-tang/index.html"  # never opened
            page.goto(base + target)
            page.wait_for_url("**/offline.html?from=*")
            assert page.url == base + "offline.html?from=" + quote("/" + target, safe="")
            assert h1(page) == "暂时无法打开这一页"
            assert styled(page)
            retry = page.get_by_role("link", name="再试一次")
            assert retry.is_visible() and retry.get_attribute("href") == base + target
            page.get_by_role("link", name="回到首页").click()
            assert h1(page) == "版面测试馆" and styled(page)
            ctx.set_offline(False)
            page.goto(base + "offline.html?from=" + quote("/" + target, safe=""))
            page.get_by_role("link", name="再试一次").click()
            assert h1(page) == "社区食堂开张 未完"  # flagged as cut off in the text
    finally:
        ctx.close()


class _NotFoundLikeNetlify(http.server.SimpleHTTPRequestHandler):
    """Answers a missing path with 404.html's bytes at that path, as Netlify does."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


def _check_not_found(page, url: str, home_title: str):
    response = page.goto(url)
    assert response.status == 404
    assert h1(page) == "页面不存在" and styled(page)
    page.get_by_role("main").get_by_role("link", name="按日期浏览往期").click()
    assert h1(page) == "往期回顾"
    page.go_back()
    page.get_by_role("main").get_by_role("link", name="回到首页").click()
    assert h1(page) == home_title


def test_404_page_at_depth_under_serve(page, edge):
    from generator.serve import _SiteHandler

    with serve_folder(edge, _SiteHandler) as base:
        _check_not_found(page, base + "a/b/c/d/e/missing/index.html", "版面测试馆")


def test_404_page_at_depth_on_a_host_with_base_url(page, tmp_path):
    from generator import build as pipeline
    from generator.config import load_config

    sitebuild = _sitebuild()
    root = sitebuild.make_site(tmp_path / "p", fixture="edge")
    with serve_folder(root / "site", _NotFoundLikeNetlify) as base:  # the folder is served by name: rendered into below
        import dataclasses

        pipeline.render(dataclasses.replace(load_config(root), base_url=base), pipeline.Options(quiet=True))
        _check_not_found(page, base + "xi-hai-an-xin-wen/2024/03/06/09/missing/index.html", "版面测试馆")


def test_phone_search_results_are_above_the_fold(browser, edge):
    ctx = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        page = ctx.new_page()
        with serve_folder(edge) as base:
            page.goto(base + "search/index.html?q=" + quote("新区"))
            page.wait_for_function("document.querySelector('#search-results').dataset.count > 0")
            top = page.evaluate("document.querySelector('#search-results li').getBoundingClientRect().top")
            assert top < 740 - 80, f"first result starts at {top}px in a 740px screen"
            assert not page.locator("#search-filters-box").evaluate("d => d.open")
            page.locator("#search-filters-box summary").click()
            page.select_option("#search-paper", "青岛日报")
            page.wait_for_function("document.querySelector('#search-results').dataset.count !== undefined")
            page.reload()
            assert page.locator("#search-filters-box").evaluate("d => d.open")  # a filter in use stays in view
            page.set_viewport_size({"width": 1280, "height": 800})
            page.goto(base + "search/index.html?q=" + quote("新区"))
            assert page.locator("#search-filters-box").evaluate("d => d.open")
    finally:
        ctx.close()


EDGE_PAGES = ["calendar/index.html", f"{X}/06/index.html", f"{X}/06/03/index.html", f"{X}/06/01/hai-yang-jing-ji/index.html",
              f"{X}/06/03/cheng-li-zhou-nian/index.html", f"{X}/06/01/chun-ri-hai-wan/index.html",
              "xi-hai-an-xin-wen/undated/00/index.html", "offline.html", "404.html", "search/index.html?q=%E6%96%B0%E5%8C%BA"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_with_experimental_rules_on_the_new_views(browser, edge, axe_script, scheme):
    found = {}
    with serve_folder(edge) as base:
        for width in (1280, 360):
            ctx = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 800})
            try:
                page = ctx.new_page()
                for path in EDGE_PAGES:
                    page.goto(base + path)
                    page.wait_for_load_state("load")
                    page.add_script_tag(path=str(axe_script))
                    result = page.evaluate(AXE_ALL_RULES)
                    bad = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
                           for v in result["violations"] if v["impact"] in ("serious", "critical")]
                    if bad:
                        found[f"{width} {path}"] = bad
            finally:
                ctx.close()
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)
