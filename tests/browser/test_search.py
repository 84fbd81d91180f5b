"""The search page in Chromium, over HTTP and from file://: every article containing the
query and no other, pinyin, filters, sort, escaping, offline use through the worker;
dates worded as on the other pages, the header search box, phone width and accessibility."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from generator.content.loader import load_entries
from generator.site.archive import assemble, page_label
from generator.site.formats import date_iso, date_label
from tests.conftest import AXE_ALL_RULES, REPO, make_project, run_build, serve_folder
from tests.search.helpers import article_texts, articles, segment_available, substring_hits

pytestmark = pytest.mark.browser

QUERIES = ["水", "水网", "现代水网示范区", "佟海燕", "AAA", "12345", "40", "本报 会议", '"本报9月9日讯 今天"',
           "，", "script", "不存在的词"]
PINYIN = [("yingshanghuanjing", "营商环境"), ("ying shang huan jing", "营商环境"), ("yshj", "营商环境"),
          ("tonghaiyan", "佟海燕"),
          ("xiandaishuiwangshifanqu", "现代水网示范区"), ("xdswsfq", "现代水网示范区"),  # long phrases, initials
          ("zhurentonghaiyan", "主任佟海燕"), ("zrthy", "主任佟海燕"),  # across word boundaries
          ("营商huanjing", "营商环境"), ("yshj 服务", "营商环境 服务")]  # mixed
CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'"


def wait_shown(page, query: str) -> int:
    """How many hits are shown once those asked for ``query`` are in the list."""
    page.wait_for_function(
        "q => { const l = document.getElementById('search-results');"
        " return l && l.dataset.query === q && l.hasAttribute('data-count'); }", arg=query, timeout=15000)
    count = int(page.get_attribute("#search-results", "data-count"))
    assert count == page.locator("#search-results > li").count()
    return count


def wait_results(page, query: str) -> list[str]:
    """The hrefs of every hit for ``query``, asking for more until the list is complete."""
    wait_shown(page, query)
    while page.is_visible("#search-more"):
        page.click("#search-more")
        wait_shown(page, query)
    hrefs = page.eval_on_selector_all("#search-results li a", "els => els.map(a => a.href)")
    assert page.get_attribute("#search-results", "data-total") == str(len(hrefs))
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
        ask(page, "zhurentonghaiyan")  # pinyin hits are marked like Han ones
        assert page.eval_on_selector("#search-results mark", "m => m.textContent") == "主任佟海燕"
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


# Mini fixture articles given a less precise date (the rest keep "day").
PRECISIONS = {
    "qing-dao-ri-bao/2023/05/30/01/01-shang-pin-che-ma-tou-jie-pai.md": "month",
    "qing-dao-ri-bao/2023/05/30/01/02-xian-dai-shui-wang.md": "year",
    "xi-hai-an-xin-wen/2024/09/09/01/02-jiao-shi-jie-zou-fang-wei-wen.md": "unknown",
}
DATE_CASES = [
    *[("2024-09-09", p) for p in ("day", "month", "year", "unknown")],
    ("2023-05-30", "day"), ("2021-08-18", "month"), ("2024-01-05", "year"), ("2024-12-31", "day"),
    ("2024-02-29", "day"), ("1900-02-29", "day"), ("2024-02-30", "month"), ("", "day"), ("", "year"),
    ("undated", "day"), ("2024-9-9", "day"),
]


def make_mini(dest, *, theme: str = "default", precisions: dict | None = None):
    """The mini fixture rendered with ``theme``, some article dates made less precise."""
    root = make_project(dest, fixture="mini")
    config = root / "archive.yml"
    config.write_text(config.read_text(encoding="utf-8") + f"theme: {theme}\n", encoding="utf-8")
    for rel, precision in (precisions or {}).items():
        path = root / "content" / rel
        text = path.read_text(encoding="utf-8")
        assert "date_precision: day" in text, rel
        path.write_text(text.replace("date_precision: day", f"date_precision: {precision}"), encoding="utf-8")
    run_build(root, "render")
    return root


@pytest.fixture(scope="module")
def precision_site(tmp_path_factory):
    return make_mini(tmp_path_factory.mktemp("search-precision") / "p", precisions=PRECISIONS)


@pytest.fixture(scope="module")
def minimal_site(tmp_path_factory):
    return make_mini(tmp_path_factory.mktemp("search-minimal") / "p", theme="minimal")


def result_rows(page) -> list[dict]:
    return page.eval_on_selector_all(
        "#search-results > li",
        "els => els.map(li => { const t = li.querySelector('.search-meta time');"
        " return {href: li.querySelector('a').href, meta: li.querySelector('.search-meta').textContent,"
        " label: t.textContent, iso: t.getAttribute('datetime')}; })")


def test_date_wording_matches_the_other_pages(mini_site, page):
    with serve_folder(mini_site / "site") as base:
        page.goto(base + "search/index.html")
        wait_results(page, "")
        got = page.evaluate("cases => cases.map(([d, p]) => [ArchiveSearch.dateLabel(d, p), ArchiveSearch.dateIso(d, p)])",
                            DATE_CASES)
    assert got == [[date_label(d, p), date_iso(d, p)] for d, p in DATE_CASES]
    assert got[:4] == [["2024年9月9日", "2024-09-09"], ["2024年9月", "2024-09"], ["2024年", "2024"], ["日期不详", ""]]


def test_result_dates_follow_the_date_precision(precision_site, page):
    metas = articles(precision_site)
    shown = {a.url: a.page_label for a in assemble(load_entries(precision_site, "content")).articles}  # as the site names pages
    seen = set()
    with serve_folder(precision_site / "site") as base:
        page.goto(base + "search/index.html")
        wait_results(page, "")
        for paper in sorted({m["paper"] for m in metas.values()}):
            ask(page, "", paper=paper)
            rows = result_rows(page)
            assert len(rows) == sum(m["paper"] == paper for m in metas.values())
            for row in rows:
                m = metas[site_paths([row["href"]], base)[0]]
                precision = m.get("date_precision", "day")
                label = date_label(m["date"], precision)
                assert row["label"] == label
                assert (row["iso"] or "") == date_iso(m["date"], precision)
                url = site_paths([row["href"]], base)[0]
                assert row["meta"] == f"{m['paper']} {label} · {shown[url]}"
                if m.get("page"):
                    assert shown[url] == page_label(m["page"])
                seen.add(precision)
    assert seen == {"day", "month", "year", "unknown"}
    assert page.errors == []


def test_header_search_box_holds_the_query(mini_site, page):
    with serve_folder(mini_site / "site") as base:
        page.goto(base + "search/index.html?q=" + quote("水网"))
        wait_results(page, "水网")
        assert page.input_value("#site-search-q") == "水网"
        assert page.input_value("#search-q") == "水网"
        ask(page, "佟海燕")
        assert page.input_value("#site-search-q") == "佟海燕"
        # searching from the header box of the search page itself
        page.fill("#site-search-q", "教师节")
        page.press("#site-search-q", "Enter")
        wait_results(page, "教师节")
        assert page.input_value("#site-search-q") == page.input_value("#search-q") == "教师节"
        page.goto(base + "index.html")
        assert page.input_value("#site-search-q") == ""


@pytest.mark.parametrize("theme", ["default", "minimal"])
def test_no_horizontal_scroll_on_a_phone(request, browser, theme):
    root = request.getfixturevalue("mini_site" if theme == "default" else "minimal_site")
    for scheme in ("light", "dark"):
        ctx = browser.new_context(viewport={"width": 360, "height": 740}, color_scheme=scheme)
        try:
            page = ctx.new_page()
            with serve_folder(root / "site") as base:
                page.goto(base + "search/index.html?q=" + quote("本报"))
                assert wait_results(page, "本报")
                widths = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                assert widths[0] <= widths[1], (theme, scheme, widths)
                wide = page.evaluate(
                    "() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > "
                    "document.documentElement.clientWidth + 0.5).map(e => e.tagName + '#' + e.id + '.' + e.className)")
                assert wide == [], (theme, scheme, wide)
        finally:
            ctx.close()


@pytest.mark.parametrize("theme", ["default", "minimal"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violations(request, browser, axe_script, theme, scheme):
    root = request.getfixturevalue("mini_site" if theme == "default" else "minimal_site")
    found = {}
    for width in (1280, 360):
        ctx = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 800})
        try:
            page = ctx.new_page()
            with serve_folder(root / "site") as base:
                page.goto(base + "search/index.html?q=" + quote("本报"))
                assert wait_results(page, "本报")
                assert page.locator("#search-results mark").count() > 0
                page.add_script_tag(path=str(axe_script))
                result = page.evaluate(AXE_ALL_RULES)
        finally:
            ctx.close()
        bad = [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
               for v in result["violations"] if v["impact"] in ("serious", "critical")]
        if bad:
            found[width] = bad
    assert not found, json.dumps(found, ensure_ascii=False, indent=1)


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory):
    """A generated archive of some 150 articles (bench/corpus.py), built end to end."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    root = make_project(tmp_path_factory.mktemp("search-corpus") / "p")
    (root / "archive.yml").write_text("title: 测试档案\n", encoding="utf-8")
    corpus.write_corpus(root, 150, seed=3)
    run_build(root)
    return root


def test_progressive_results_and_the_at_least_count(corpus_site, page):
    texts = article_texts(corpus_site)
    phrase = "本报讯"  # three characters: each hit is confirmed before it is shown
    expected = substring_hits(texts, phrase)
    assert len(expected) > 20
    with serve_folder(corpus_site / "site") as base:
        page.goto(base + "search/index.html?q=" + quote(phrase))
        shown = wait_shown(page, phrase)
        assert 10 <= shown < len(expected)
        assert page.get_attribute("#search-results", "data-total") is None
        assert page.text_content("#search-status") == f"至少找到 {shown} 篇文章。"
        assert page.is_visible("#search-more")
        hrefs = wait_results(page, phrase)  # asks for more until the count is exact
        assert set(site_paths(hrefs, base)) == expected and len(hrefs) == len(expected)
        assert page.text_content("#search-status") == f"找到 {len(expected)} 篇文章。"
        # two characters prove themselves: the exact count comes with the first page
        two = substring_hits(texts, "本报")
        page.goto(base + "search/index.html?q=" + quote("本报"))
        assert wait_shown(page, "本报") == 10
        assert page.get_attribute("#search-results", "data-total") == str(len(two))
        assert page.text_content("#search-status") == f"找到 {len(two)} 篇文章。"
        assert set(site_paths(wait_results(page, "本报"), base)) == two
        # a snippet starts at the match in the body
        first = page.text_content("#search-results li .search-snippet")
        assert first.lstrip("…").startswith("本报") or first.index("本报") < 25
    assert page.errors == []
