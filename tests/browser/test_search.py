"""The search page in Chromium, over HTTP and from file://: every article containing the
query and no other, pinyin, filters, sort, escaping, offline use through the worker."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.conftest import serve_folder
from tests.search.helpers import article_texts, articles, segment_available, substring_hits

pytestmark = pytest.mark.browser

QUERIES = ["水", "水网", "现代水网示范区", "佟海燕", "AAA", "12345", "40", "本报 会议", '"本报9月9日讯 今天"',
           "，", "script", "不存在的词"]
PINYIN = [("yingshanghuanjing", "营商环境"), ("ying shang huan jing", "营商环境"), ("yshj", "营商环境"),
          ("tonghaiyan", "佟海燕")]
CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'"


def wait_results(page, query: str) -> list[str]:
    """The hrefs of the hit list once the hits for ``query`` are shown."""
    page.wait_for_function(
        "q => { const l = document.getElementById('search-results');"
        " return l && l.dataset.query === q && l.hasAttribute('data-count'); }", arg=query, timeout=15000)
    hrefs = page.eval_on_selector_all("#search-results li a", "els => els.map(a => a.href)")
    count = int(page.get_attribute("#search-results", "data-count"))
    assert count == len(hrefs) == page.locator("#search-results > li").count()
    return hrefs


def ask(page, query: str, **fields) -> list[str]:
    """Type a query (and set filters) in the page's own form and submit it."""
    page.evaluate(
        """([q, fields]) => {
            const form = document.getElementById('search-form');
            for (const [name, value] of Object.entries(fields)) form.elements[name].value = value;
            form.elements.q.value = q;
            document.getElementById('search-results').removeAttribute('data-count');
            form.requestSubmit();
        }""", [query, fields])
    return wait_results(page, query.strip())


def site_paths(hrefs: list[str], base: str) -> list[str]:
    assert all(h.startswith(base) for h in hrefs), hrefs
    return [h[len(base):] for h in hrefs]


@pytest.fixture
def page(browser):
    context = browser.new_context()
    p = context.new_page()
    p.dialogs = []
    p.on("dialog", lambda d: (p.dialogs.append(d.message), d.dismiss()))
    p.errors = []
    p.on("pageerror", lambda e: p.errors.append(str(e)))
    p.on("console", lambda m: p.errors.append(m.text) if m.type == "error" else None)
    yield p
    context.close()


def with_csp(page):
    """Serve every HTML document with a strict Content-Security-Policy header."""
    def handle(route):
        response = route.fetch()
        headers = dict(response.headers)
        if "text/html" in headers.get("content-type", ""):
            headers["content-security-policy"] = CSP
        route.fulfill(response=response, headers=headers)
    page.route("**/*", handle)


def check_queries(page, base: str, texts: dict[str, str], queries: list[str]) -> None:
    for q in queries:
        got = site_paths(ask(page, q), base)
        assert len(got) == len(set(got)), q
        assert set(got) == substring_hits(texts, q), q


def test_http_queries_pinyin_and_safety(mini_site, page):
    texts = article_texts(mini_site)
    with_csp(page)
    with serve_folder(mini_site / "site") as base:
        page.goto(base + "search/index.html?q=" + quote("水网"))
        assert set(site_paths(wait_results(page, "水网"), base)) == substring_hits(texts, "水网")
        check_queries(page, base, texts, QUERIES)
        for q, word in PINYIN:
            assert set(site_paths(ask(page, q), base)) == substring_hits(texts, word), q
        # page text that looks like markup stays text
        hits = ask(page, "script")
        assert len(hits) == 1
        snippet = page.text_content("#search-results li .search-snippet")
        assert '<script>alert("x")</script>' in snippet
        assert page.locator("#search-results script").count() == 0
        assert page.eval_on_selector("#search-results mark", "m => m.textContent") == "script"
        assert page.dialogs == []
        assert page.get_attribute("#search-status", "aria-live") == "polite"
        assert not [e for e in page.errors if "Content Security Policy" in e or "search" in e], page.errors


def test_filters_sort_and_url(mini_site, page):
    texts, metas = article_texts(mini_site), articles(mini_site)
    everything = substring_hits(texts, "本报")
    with serve_folder(mini_site / "site") as base:
        page.goto(base + "search/index.html")
        wait_results(page, "")
        assert set(site_paths(ask(page, "本报"), base)) == everything
        got = site_paths(ask(page, "本报", paper="青岛日报"), base)
        assert set(got) == {u for u in everything if metas[u]["paper"] == "青岛日报"}
        assert "paper=" in page.url and "q=" in page.url
        got = site_paths(ask(page, "本报", paper="", **{"from": "2024-01-01"}), base)
        assert set(got) == {u for u in everything if metas[u]["date"] >= "2024-01-01"}
        got = site_paths(ask(page, "本报", to="2023-12-31", **{"from": ""}), base)
        assert set(got) == {u for u in everything if metas[u]["date"] <= "2023-12-31"}
        got = site_paths(ask(page, "教师", to="", topic="教育"), base)
        assert got and all("教育" in metas[u]["topics"] for u in got)
        newest = site_paths(ask(page, "本报", topic="", sort="newest"), base)
        oldest = site_paths(ask(page, "本报", sort="oldest"), base)
        assert [metas[u]["date"] for u in newest] == sorted((metas[u]["date"] for u in everything), reverse=True)
        assert [metas[u]["date"] for u in oldest] == sorted(metas[u]["date"] for u in everything)
        assert "sort=oldest" in page.url
        # the URL brings the same list back
        page.goto(page.url)
        assert site_paths(wait_results(page, "本报"), base) == oldest
        assert page.input_value("#search-sort") == "oldest"
        # links lead to the articles
        page.click("#search-results li a >> nth=0")
        page.wait_for_load_state()
        assert page.url == base + oldest[0]


def test_file_url(mini_site, page):
    texts = article_texts(mini_site)
    site = mini_site / "site"
    base = site.as_uri() + "/"
    page.goto(base + "search/index.html?q=" + quote("佟海燕"))
    assert set(site_paths(wait_results(page, "佟海燕"), base)) == substring_hits(texts, "佟海燕")
    check_queries(page, base, texts, QUERIES)
    for q, word in PINYIN:
        assert set(site_paths(ask(page, q), base)) == substring_hits(texts, word), q
    ask(page, "script")
    assert page.dialogs == []


def test_offline_through_the_service_worker(mini_site, page):
    texts = article_texts(mini_site)
    with serve_folder(mini_site / "site") as base:
        page.goto(base + "search/index.html?q=" + quote("水网"))
        wait_results(page, "水网")
        scope = page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
        assert scope == base
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10000)
        article = sorted(texts)[0]
        page.goto(base + article)  # read once online: kept for offline reading
        page.context.set_offline(True)
        page.goto(base + "search/index.html?q=" + quote("佟海燕"))
        assert set(site_paths(wait_results(page, "佟海燕"), base)) == substring_hits(texts, "佟海燕")
        page.goto(base + article)
        assert page.locator("main").count() == 1
        page.context.set_offline(False)


@pytest.mark.skipif(not segment_available(), reason="generator.segment has no segment_page yet: no seed site")
def test_seed_site(request, page):
    root = request.getfixturevalue("seed_site")
    texts = article_texts(root)
    words = sorted({t[i:i + n] for t in texts.values() for n in (2, 3) for i in range(0, len(t) - n, 211)})
    # sampled strings without quotes or spaces (a search box drops line breaks)
    queries = [w for w in words if w.strip() and not set(w) & set('"“”') and w.split() == [w]][:25] + ["区", "12345", "AAA"]
    with serve_folder(root / "site") as base:
        page.goto(base + "search/index.html")
        wait_results(page, "")
        check_queries(page, base, texts, queries)
    page.goto((root / "site").as_uri() + "/search/index.html?q=" + quote(queries[0]))
    wait_results(page, queries[0])
    check_queries(page, (root / "site").as_uri() + "/", texts, queries[:8])
