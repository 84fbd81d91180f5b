"""The built site in Chromium, over HTTP and from file://: a reader's walk, every link,
the font-size control, the citation copy button, phone width and accessibility."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import AXE_ALL_RULES

pytestmark = pytest.mark.browser

XHA = "xi-hai-an-xin-wen/2024/09/09"
SERVICE = f"{XHA}/02/jian-bing-jian-zou-liu-cheng/index.html"
CITATION = "陈蔚. 肩并肩走流程，心贴心优服务[N]. 西海岸新闻, 2024-09-09(2)."
KINDS = {
    "home": "index.html",
    "calendar": "calendar/index.html",
    "issue": f"{XHA}/index.html",
    "page": f"{XHA}/02/index.html",
    "article": SERVICE,
    "article-derived": f"{XHA}/01/qu-ren-da-chang-wei-hui-zhao-kai-zhu-ren-hui-yi/index.html",
    "topics": "topics/index.html",
    "topic": "topics/jiao-yu/index.html",
    "reporters": "reporters/index.html",
    "reporter": "reporters/chen-wei/index.html",
    "404": "404.html",
}


@pytest.fixture(params=["http", "file"])
def base(request, browser_mini_site):
    if request.param == "http":
        return request.getfixturevalue("mini_url")
    return browser_mini_site.as_uri() + "/"


def h1(page) -> str:
    return page.locator("h1").first.inner_text().strip()


def test_reader_walk(page, base):
    page.goto(base + "index.html")
    assert h1(page) == "测试档案馆"
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="往期回顾").click()
    assert h1(page) == "往期回顾"
    page.get_by_role("link", name="西海岸新闻 2024年9月9日").first.click()
    assert h1(page).startswith("西海岸新闻 2024年9月9日")
    page.locator("#p2-h a").click()
    assert h1(page) == "第二版"
    page.get_by_role("link", name="肩并肩走流程，心贴心优服务").click()
    assert h1(page) == "肩并肩走流程，心贴心优服务"
    assert page.locator("#citation-text").inner_text() == CITATION
    page.locator(".byline").get_by_role("link", name="陈蔚").click()
    assert h1(page) == "陈蔚"
    page.get_by_role("link", name="政务服务").first.click()
    assert h1(page) == "政务服务"
    page.go_back()
    assert h1(page) == "陈蔚"
    page.go_back()
    assert h1(page) == "肩并肩走流程，心贴心优服务"
    page.locator(".breadcrumb").get_by_role("link", name="首页").click()
    assert h1(page) == "测试档案馆"


def _page_links(page) -> list[str]:
    return page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")


def test_every_link_on_every_page_loads_over_http(context, browser_mini_site, mini_url):
    page = context.new_page()
    pages = sorted(p.relative_to(browser_mini_site).as_posix() for p in browser_mini_site.rglob("*.html"))
    targets: dict[str, str] = {}
    for path in pages:
        response = page.goto(mini_url + path)
        assert response and response.ok, path
        for href in _page_links(page):
            targets.setdefault(href.split("#")[0], path)
    internal = {t: src for t, src in targets.items() if t.startswith(mini_url)}
    assert len(internal) > 20
    for target, source in sorted(internal.items()):
        assert not target.endswith("/"), f"{source}: links to a folder {target}"
        r = context.request.get(target)
        assert r.ok, f"{source}: {target} -> {r.status}"


def test_every_link_resolves_from_disk(page, browser_mini_site):
    site = browser_mini_site
    for html in sorted(site.rglob("*.html")):
        page.goto(html.as_uri())
        for href in _page_links(page):
            parts = urlsplit(href)
            assert parts.scheme == "file", f"{html}: {href}"
            target = Path(unquote(parts.path))
            assert target.is_file(), f"{html.relative_to(site)}: {href}"
            assert site in target.parents, f"{html}: {href} leaves the site"


def test_font_size_control_is_remembered(page, mini_url):
    page.goto(mini_url + SERVICE)
    size = lambda: page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")  # noqa: E731
    before = size()
    larger = page.get_by_role("button", name="增大字号")
    assert larger.is_visible()
    larger.click()
    larger.click()
    assert page.evaluate("document.documentElement.dataset.fontStep") == "2"
    assert size() > before
    page.goto(mini_url + "index.html")  # another page remembers it
    assert page.evaluate("document.documentElement.dataset.fontStep") == "2"
    assert size() > before
    smaller = page.get_by_role("button", name="减小字号")
    for _ in range(6):
        if smaller.is_enabled():
            smaller.click()
    assert page.evaluate("document.documentElement.dataset.fontStep") == "-2"
    assert size() < before
    assert smaller.is_disabled()
    # the accessible names start with the visible text (WCAG 2.5.3, axe label-content-name-mismatch)
    assert page.get_by_role("button", name="A- 减小字号", exact=True).count() == 1
    assert page.get_by_role("button", name="A+ 增大字号", exact=True).count() == 1


def test_copy_citation_with_clipboard(browser, mini_url):
    ctx = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    try:
        page = ctx.new_page()
        page.goto(mini_url + SERVICE)
        page.get_by_role("button", name="复制引用").click()
        page.wait_for_function("document.querySelector('.copy-status').textContent !== ''")
        assert page.locator(".copy-status").inner_text() == "已复制引用"
        assert page.evaluate("navigator.clipboard.readText()") == CITATION
    finally:
        ctx.close()


def test_copy_citation_fallback_selects_text(page, mini_url):
    page.goto(mini_url + SERVICE)
    page.evaluate("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page.get_by_role("button", name="复制引用").click()
    status = page.locator(".copy-status").inner_text()
    assert status in ("已复制引用", "已选中引用文字，请按 Ctrl+C（⌘+C）复制")
    assert page.evaluate("window.getSelection().toString()") == CITATION


@pytest.mark.parametrize("kind", ["home", "calendar", "issue", "page", "article", "topic", "reporter"])
def test_phone_width_has_no_horizontal_scroll(browser, mini_url, kind):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1)
    try:
        page = ctx.new_page()
        page.goto(mini_url + KINDS[kind])
        width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert width[0] <= width[1], f"{kind}: content {width[0]}px wide in a {width[1]}px viewport"
    finally:
        ctx.close()


def test_keyboard_skip_link_and_arrow_keys(page, mini_url):
    page.goto(mini_url + SERVICE)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳到正文"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.keyboard.press("ArrowRight")
    page.wait_for_url("**/jiao-shi-jie-xu/index.html")
    page.keyboard.press("ArrowLeft")
    page.wait_for_url("**/jian-bing-jian-zou-liu-cheng/index.html")
    page.get_by_role("searchbox", name="检索全文").first.focus()
    page.keyboard.press("ArrowRight")  # typing in the search box never navigates
    assert page.url.endswith(SERVICE)


CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'"


def test_no_page_errors_under_the_content_security_policy(browser, mini_url):
    """With the host's CSP applied, no page logs an error (no inline script, style or handler)."""
    ctx = browser.new_context()

    def with_csp(route):
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-security-policy": CSP})

    try:
        ctx.route("**/*", with_csp)
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
        for path in KINDS.values():
            page.goto(mini_url + path)
            page.wait_for_load_state("load")
        page.goto(mini_url + SERVICE)
        page.get_by_role("button", name="增大字号").click()
        assert page.evaluate("document.documentElement.dataset.fontStep") == "1"
        assert page.get_by_role("button", name="复制引用").is_visible()
        assert not errors, errors
    finally:
        ctx.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violations(browser, mini_url, axe_script, scheme):
    ctx = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 800})
    try:
        page = ctx.new_page()
        found = {}
        for kind, path in KINDS.items():
            page.goto(mini_url + path)
            page.add_script_tag(path=str(axe_script))
            result = page.evaluate(AXE_ALL_RULES)
            bad = [
                f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
                for v in result["violations"] if v["impact"] in ("serious", "critical")
            ]
            if bad:
                found[kind] = bad
        assert not found, json.dumps(found, ensure_ascii=False, indent=1)
    finally:
        ctx.close()


def test_seed_site_links_resolve_from_disk(page, browser_seed_site):
    site = browser_seed_site
    pages = sorted(site.rglob("*.html"))
    assert pages
    for html in pages[:80]:
        page.goto(html.as_uri())
        for href in _page_links(page):
            parts = urlsplit(href)
            if parts.scheme != "file":
                continue
            assert Path(unquote(parts.path)).is_file(), f"{html.relative_to(site)}: {href}"
