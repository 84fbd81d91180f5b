"""Each kind of page shows what a reader needs (exact strings from the mini fixture)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sitebuild import parse

XHA = "xi-hai-an-xin-wen/2024/09/09"
QD = "qing-dao-ri-bao/2023/05/30"
SERVICE = f"{XHA}/02/jian-bing-jian-zou-liu-cheng/index.html"
TEACHERS = f"{XHA}/01/jiao-shi-jie-zou-fang-wei-wen/index.html"
TEACHERS_CONT = f"{XHA}/02/jiao-shi-jie-xu/index.html"
PORT = f"{QD}/01/shang-pin-che-ma-tou-jie-pai/index.html"


def read(site: Path, path: str) -> str:
    return (site / "site" / path).read_text(encoding="utf-8")


def test_every_page_has_the_shared_frame(mini_site):
    for path in ("index.html", "calendar/index.html", f"{XHA}/index.html", SERVICE, "topics/index.html", "404.html"):
        html = read(mini_site, path)
        assert '<html lang="zh-CN">' in html
        assert re.search(r'<form [^>]*role="search"[^>]*action="[^"]*search/index.html"', html), path
        assert '<input type="search" id="site-search-q" name="q"' in html
        assert re.search(r'<script src="[^"]*search/offline.js" defer></script>', html)
        assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="[^"]*feed.xml"', html)
        assert '<a class="skip-link" href="#main">跳到正文</a>' in html
        assert '<main id="main"' in html


def test_home_lists_latest_issues_topics_and_about(mini_site):
    html = read(mini_site, "index.html")
    assert '<h1>测试档案馆</h1>' in html
    assert f'<a href="{XHA}/index.html">西海岸新闻 <span class="date">2024年9月9日</span></a>' in html
    assert f'<a href="{QD}/index.html">青岛日报 <span class="date">2023年5月30日</span></a>' in html
    assert html.index("西海岸新闻 <span") < html.index("青岛日报 <span")  # newest first
    assert '<a href="topics/jiao-yu/index.html">教育 <span class="count">2</span></a>' in html
    assert "共收录 2 种报纸、2 期、6 篇文章" in html
    assert "关于本档案" in html and "离线可读" in html


def test_calendar_links_issue_days(mini_site):
    html = read(mini_site, "calendar/index.html")
    assert "<caption>2024年9月" in html and "<caption>2023年5月" in html
    assert '<th scope="col" abbr="星期一">一</th>' in html
    assert f'<td class="has-issue"><a href="../{XHA}/index.html" aria-label="西海岸新闻 2024年9月9日"' in html
    assert f'<a href="../{QD}/index.html">青岛日报 2023年5月30日</a>' in html
    # 2024-09-09 is a Monday: first column of its week
    week = re.search(r"<tr>\s*<td class=\"has-issue\"><a href=\"[^\"]*2024/09/09/index.html\"", html)
    assert week, "9 September 2024 should open its week row (Monday)"
    assert "日期不完整" not in html  # all fixture issues have a day


def test_issue_page_lists_pages_and_headlines(mini_site):
    html = read(mini_site, f"{XHA}/index.html")
    assert "<h1>西海岸新闻 2024年9月9日 <span class=\"weekday\">星期一</span></h1>" in html
    assert '<nav class="page-tabs" aria-labelledby="page-tabs-h">\n  <h2 id="page-tabs-h" class="nav-h">版面导航</h2>' in html
    assert '<h2 id="headlines-h" class="nav-h">标题导航</h2>' in html
    first, second = html.index('<a href="01/index.html">第一版</a> <span'), html.index('<a href="02/index.html">第二版</a> <span')
    assert first < second
    assert '<a href="01/qu-ren-da-chang-wei-hui-zhao-kai-zhu-ren-hui-yi/index.html">区人大常委会召开主任会议</a>' in html
    assert '<a href="02/jian-bing-jian-zou-liu-cheng/index.html">肩并肩走流程，心贴心优服务</a>' in html
    assert "已是最早一期" in html and "已是最新一期" in html  # one issue of this paper
    assert '<a href="issue.json">本期数据（JSON）</a>' in html


def test_page_view_reading_order_and_continuations(mini_site):
    p1 = read(mini_site, f"{XHA}/01/index.html")
    assert "<h1>第一版</h1>" in p1
    assert p1.index("区人大常委会召开主任会议") < p1.index("区政协主席走访慰问教师")
    assert '<p class="kicker">第40个教师节来临之际</p>' in p1
    assert '记者\n<a href="../../../../../reporters/gong-peng/index.html">龚鹏</a>' in p1
    assert "本报9月9日讯 在第40个教师节来临之际" in p1  # first lines
    assert '（<a href="../02/jiao-shi-jie-xu/index.html">下转第二版</a>）' in p1
    assert '<a class="next" rel="next" href="../02/index.html">下一版 <span>第二版</span> →</a>' in p1
    assert "已是第一个版面" in p1
    p2 = read(mini_site, f"{XHA}/02/index.html")
    assert '（<a href="../01/jiao-shi-jie-zou-fang-wei-wen/index.html">上接第一版</a>）' in p2
    assert '<a class="prev" rel="prev" href="../01/index.html">← 上一版 <span>第一版</span></a>' in p2
    assert '<link rel="prev" href="../01/index.html">' in p2


def test_article_page_header_byline_body(mini_site):
    html = read(mini_site, SERVICE)
    assert '<p class="kicker">区行政审批服务局开展“我陪群众走流程”活动</p>' in html
    assert "<h1>肩并肩走流程，心贴心优服务</h1>" in html
    assert '<time datetime="2024-09-09">2024年9月9日</time>' in html
    assert '<a href="../index.html">第二版</a>' in html
    assert '<a href="../../../../../../reporters/chen-wei/index.html">陈蔚</a>' in html
    assert '<span class="correspondents">通讯员 胡全福 王孜祎</span>' in html
    assert "reporters/hu-quan-fu" not in html  # correspondents are not reporters
    assert "<h2>工程建设再提速</h2>" in html and "<h2>企业变更更高效</h2>" in html
    assert '<a class="prev" rel="prev" href="../../01/jiao-shi-jie-zou-fang-wei-wen/index.html">← 上一篇' in html
    assert '<a class="next" rel="next" href="../jiao-shi-jie-xu/index.html">下一篇' in html
    assert '<a class="tag" href="../../../../../../topics/ying-shang-huan-jing/index.html">营商环境</a>' in html


def test_article_citation_and_permalink(mini_site):
    html = read(mini_site, SERVICE)
    assert '<p class="citation" id="citation-text">陈蔚. 肩并肩走流程，心贴心优服务[N]. 西海岸新闻, 2024-09-09(2).</p>' in html
    assert '<button type="button" class="copy-button" data-copy-target="citation-text" hidden>复制引用</button>' in html
    assert f'固定链接：<a href="index.html">{SERVICE}</a>' in html
    assert re.search(r'<script src="[^"]*static/js/article.js" defer></script>', html)
    cont = read(mini_site, TEACHERS_CONT)  # no author: the citation starts with the title
    assert '<p class="citation" id="citation-text">区政协主席走访慰问教师（续）[N]. 西海岸新闻, 2024-09-09(2).</p>' in cont


def test_article_continuation_notices(mini_site):
    first = read(mini_site, TEACHERS)
    assert '（<a href="../../02/jiao-shi-jie-xu/index.html">下转第二版</a>）' in first
    cont = read(mini_site, TEACHERS_CONT)
    assert '（<a href="../../01/jiao-shi-jie-zou-fang-wei-wen/index.html">上接第一版</a>）' in cont


def test_article_captions_dateline_and_derived_title(mini_site):
    port = read(mini_site, PORT)
    assert '<figcaption>■商品车通过滚装船从山东港口青岛港出口。本报资料照片</figcaption>' in port
    assert '<p class="subtitle">拥有2个专用泊位和6个通用泊位,可供4艘大型滚装船同时作业</p>' in port
    assert '<span class="dateline">本报5月30日讯</span>' in port
    derived = read(mini_site, f"{XHA}/01/qu-ren-da-chang-wei-hui-zhao-kai-zhu-ren-hui-yi/index.html")
    assert '<h1>区人大常委会召开主任会议 <span class="derived" title="原版无标题，此标题据正文拟定">拟</span></h1>' in derived
    assert 'class="derived"' not in port


def test_article_related(mini_site):
    teachers = read(mini_site, TEACHERS)  # its continuation shares 教育, but is shown below it, not as related
    assert '<h2 id="related-h">' not in teachers
    assert ('<h2 id="continuation-h" class="divider">续文 <span class="meta">（转<a href="../../02/jiao-shi-jie-xu/index.html">'
            '第二版</a>）</span></h2>') in teachers


def test_article_machine_readable_metadata(mini_site):
    page = parse(mini_site / "site" / SERVICE)
    metas = {}
    for tag, attrs in page.tags:
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            metas.setdefault(attrs.get("name") or attrs["property"], []).append(attrs["content"])
    assert metas["citation_title"] == ["肩并肩走流程，心贴心优服务"]
    assert metas["citation_author"] == ["陈蔚"]
    assert metas["citation_publication_date"] == ["2024/09/09"]
    assert metas["citation_journal_title"] == ["西海岸新闻"]
    assert metas["citation_firstpage"] == ["2"]
    assert metas["og:type"] == ["article"] and metas["og:title"] == ["肩并肩走流程，心贴心优服务"]
    assert metas["article:published_time"] == ["2024-09-09"]
    [(attrs, text)] = [s for s in page.scripts if s[0].get("type") == "application/ld+json"]
    data = json.loads(text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "肩并肩走流程，心贴心优服务"
    assert data["datePublished"] == "2024-09-09"
    assert data["author"] == [{"@type": "Person", "name": "陈蔚"}]
    assert data["printEdition"] == "西海岸新闻 2024年9月9日"
    assert data["printPage"] == "2"
    assert data["isPartOf"]["@type"] == "PublicationIssue"
    assert data["isPartOf"]["isPartOf"] == {"@type": "Periodical", "name": "西海岸新闻"}
    assert "url" not in data  # no base_url: no absolute URL invented


def test_page_text_script_is_escaped_everywhere(any_site):
    """Text that looks like markup stays text: no page gets a <script> it did not ask for."""
    site = any_site / "site"
    for path in site.rglob("*.html"):
        page = parse(path)
        for attrs, text in page.scripts:
            if attrs.get("type") == "application/ld+json":
                assert "</" not in text and "<" not in text, path
                json.loads(text)
            else:
                assert set(attrs) <= {"src", "defer"} and text.strip() == "", f"{path}: inline script {attrs}"
        for tag, attrs in page.tags:
            assert "style" not in attrs, f"{path}: style attribute on <{tag}>"
            assert not any(name.startswith("on") for name in attrs), f"{path}: event handler on <{tag}>"


def test_fixture_script_text_shown_as_text(mini_site):
    html = read(mini_site, SERVICE)
    assert '页面文字&lt;script&gt;alert("x")&lt;/script&gt;不可执行' in html
    assert '<script>alert' not in html


def test_topic_and_reporter_pages(mini_site):
    topics = read(mini_site, "topics/index.html")
    assert '<a href="jiao-yu/index.html">教育</a> <span class="count">2 篇</span>' in topics
    topic = read(mini_site, "topics/jiao-yu/index.html")
    assert "<h1>教育</h1>" in topic
    assert '<link rel="alternate" type="application/atom+xml" title="测试档案馆 · 教育" href="feed.xml">' in topic
    assert '<a class="feed" href="feed.xml">订阅本主题（Atom）</a>' in topic
    assert '<a href="../../xi-hai-an-xin-wen/2024/09/09/02/jiao-shi-jie-xu/index.html">区政协主席走访慰问教师（续）</a>' in topic
    reporters = read(mini_site, "reporters/index.html")
    assert '<a href="chen-wei/index.html">陈蔚</a> <span class="count">1 篇</span>' in reporters
    assert "胡全福" not in reporters
    reporter = read(mini_site, "reporters/chen-wei/index.html")
    assert "<h1>陈蔚</h1>" in reporter
    assert f'<a href="../../{SERVICE}">肩并肩走流程，心贴心优服务</a>' in reporter
    assert '<a class="tag" href="../../topics/zheng-wu-fu-wu/index.html">政务服务 <span class="count">1</span></a>' in reporter


def test_topic_articles_newest_first(mini_site):
    html = read(mini_site, "topics/index.html")
    assert "最新：区政协主席走访慰问教师" in html
    reporters = read(mini_site, "reporters/index.html")
    listed = reporters[reporters.index('<ul class="group-list reporters">'):]
    assert listed[:listed.index("</ul>")].count("<li>") == 5


def test_breadcrumbs(mini_site):
    html = read(mini_site, SERVICE)
    crumb = html[html.index('<nav class="breadcrumb'):html.index("</nav>", html.index('<nav class="breadcrumb'))]
    labels = re.findall(r">([^<>]+)</(?:a|span)>", crumb)
    assert labels == ["首页", "往期回顾", "西海岸新闻 2024年9月9日", "第二版", "肩并肩走流程，心贴心优服务"]


def test_not_found_page(mini_site):
    html = read(mini_site, "404.html")
    assert "<h1>页面不存在</h1>" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "<base " not in html  # only with a base_url
