"""What a reader sees of the harder cases (the ``edge`` fixture): exact strings as written
by reading the pages."""

from __future__ import annotations

import json
from pathlib import Path

X = "xi-hai-an-xin-wen/2024/03"
HEAD = f"{X}/06/01/hai-yang-jing-ji/index.html"
CONT = f"{X}/06/03/hai-yang-jing-ji-xu/index.html"
ORPHAN = f"{X}/06/03/cheng-li-zhou-nian/index.html"
TRUNCATED = f"{X}/06/03/she-qu-shi-tang/index.html"
PHOTO = f"{X}/06/01/chun-ri-hai-wan/index.html"
UNDATED = "xi-hai-an-xin-wen/undated/00/index.html"


def read(root: Path, path: str) -> str:
    return (root / "site" / path).read_text(encoding="utf-8")


def main_of(html: str) -> str:
    return html[html.index("<main"):html.index("</main>")]


def test_undated_pages_stand_alone_outside_the_issue_chain(edge_site):
    cal = read(edge_site, "calendar/index.html")
    assert '<h2 id="undated-h">日期不详</h2>' in cal
    assert "<p>这些版面的出版日期不详，每一版单独列出，不归入任何一期。</p>\n  <h3>西海岸新闻</h3>" in cal
    assert '<li><a href="../xi-hai-an-xin-wen/undated/02/index.html">第二版</a> · 1 篇：校园足球联赛开幕</li>' in cal
    assert f'<li><a href="../{UNDATED}">版次不详的版面</a> · 1 篇：老照片里的海岸线</li>' in cal
    page = read(edge_site, UNDATED)
    assert "<h1>版次不详的版面</h1>" in page
    assert '<p class="meta date-note">出版日期不详：这一版单独列出，不与其他版面合为一期。</p>' in page
    assert "上一期" not in page and "下一期" not in page and "已是最早一期" not in page
    assert '<a class="up" href="../../../calendar/index.html#undated">日期不详的版面</a>' in page
    assert not (edge_site / "site/xi-hai-an-xin-wen/undated/index.html").exists()  # no fake issue
    nearest = read(edge_site, f"{X}/06/index.html")
    assert '<span class="prev disabled">已是最早一期</span>' in nearest  # the undated pages are not before it
    article = read(edge_site, "xi-hai-an-xin-wen/undated/00/lao-zhao-pian/index.html")
    crumbs = article[article.index('<nav class="breadcrumb'):article.index("</nav>", article.index('<nav class="breadcrumb'))]
    assert '<li><a href="../index.html">西海岸新闻 日期不详</a></li>' in crumbs


def test_a_page_known_only_to_its_month_closes_the_month(edge_site):
    cal = read(edge_site, "calendar/index.html")
    assert ('<h3 class="cal-later-h">2024年3月，日期不全的版面</h3>\n  <ul class="plain-list cal-later">\n'
            f'<li><a href="../{X}/00/00/index.html">西海岸新闻 2024年3月（日期不全）</a> · 1 篇</li>') in cal
    page = read(edge_site, f"{X}/00/00/index.html")
    assert ('<p class="meta date-note">出版日期只知道到2024年3月：这一版单独列在该月之末，不与其他版面合为一期。</p>') in page
    assert '<a class="prev" href="../../07/index.html">← 上一期 <span>2024年3月7日</span></a>' in page
    assert '<span class="next disabled">已是最新一期</span>' in page
    home = read(edge_site, "index.html")
    assert home.index("2024年3月（日期不全）") < home.index("2024年3月7日")  # newest first: after the 7th


def test_pages_without_numbers_read_in_order(edge_site):
    issue = read(edge_site, f"{X}/07/index.html")
    assert '<li><a href="00/index.html">第1个版面（版次不详）</a></li>' in issue
    assert '<li><a href="00-2/index.html">第2个版面（版次不详）</a></li>' in issue
    assert '<h2 id="page-tabs-h" class="nav-h">版面导航</h2>' in issue and '<h2 id="headlines-h" class="nav-h">标题导航</h2>' in issue
    second = read(edge_site, f"{X}/07/00-2/index.html")
    assert "<h1>第2个版面（版次不详）</h1>" in second
    assert '<a class="prev" rel="prev" href="../00/index.html">← 上一版 <span>第1个版面（版次不详）</span></a>' in second
    crumbs = second[second.index('<nav class="breadcrumb'):second.index("</nav>", second.index('<nav class="breadcrumb'))]
    assert '<li><span aria-current="page">第2个版面（版次不详）</span></li>' in crumbs


def test_a_one_page_issue_has_no_page_pager(edge_site):
    page = read(edge_site, "qing-dao-ri-bao/2024/03/06/01/index.html")
    assert "已是第一个版面" not in page and "已是最后一个版面" not in page and 'aria-label="前后版"' not in page
    assert '<h2 id="headlines-h" class="nav-h">标题导航</h2>' in page


def test_two_papers_on_one_day_are_told_apart(edge_site):
    cal = read(edge_site, "calendar/index.html")
    assert ('<p class="cal-legend">同一天有几种报纸时，以下列字标记：<span class="mark">西</span> 西海岸新闻；'
            '<span class="mark">青</span> 青岛日报</p>') in cal
    assert (f'<td class="has-issue several"><span class="day">6</span><a href="../{X}/06/index.html" '
            'aria-label="西海岸新闻 2024年3月6日" title="西海岸新闻">西</a><a href="../qing-dao-ri-bao/2024/03/06/index.html" '
            'aria-label="青岛日报 2024年3月6日" title="青岛日报">青</a></td>') in cal


def test_section_editors_and_column(edge_site):
    issue = read(edge_site, f"{X}/06/index.html")
    assert '<li><a href="01/index.html">第一版 · 要闻</a></li>' in issue
    assert ('<p class="page-masthead"><span class="section">要闻</span> <span class="editor">责任编辑：王芳</span> '
            '<span class="editor">美术编辑：李强</span></p>') in issue
    assert '<span class="column-label">简讯</span>' in issue
    page = read(edge_site, f"{X}/06/03/index.html")
    assert '<p class="page-masthead"><span class="section">综合</span> <span class="editor">责任编辑：赵丽</span></p>' in page
    brief = read(edge_site, f"{X}/06/01/tun-tu-liang/index.html")
    assert '<p class="column-label">简讯</p>' in brief
    assert '· <a href="../index.html">第一版</a> <span class="section">要闻</span>' in brief


def test_editor_note_subheads_and_whole_article(edge_site):
    head = main_of(read(edge_site, HEAD))
    assert ('<aside class="editor-note" aria-label="编者按"><p><strong class="label">编者按：</strong>'
            '海洋是新区最大的优势。本报今起推出系列报道，敬请关注。</p></aside>') in head
    assert head.index("编者按") < head.index("本报3月6日讯 新区今天")
    assert "<h2>一、做强港口</h2>" in head and "<h3>（一）扩建码头</h3>" in head
    assert '（<a href="../../03/hai-yang-jing-ji-xu/index.html">下转第三版</a>）' in head
    assert ('<h2 id="continuation-h" class="divider">续文 <span class="meta">（转<a href="../../03/hai-yang-jing-ji-xu/index.html">'
            '第三版</a>）</span></h2>') in head
    assert head.index("下转第三版") < head.index("运力提升三成。") < head.index("海洋药物研究院落户新区。")
    assert "相关文章" in head and "hai-yang-jing-ji-xu/index.html\">新区推进" not in head[head.index("相关文章"):]
    cont = main_of(read(edge_site, CONT))
    assert '（<a href="../../01/hai-yang-jing-ji/index.html">上接第一版</a>）' in cont
    assert ('<p class="continued continued-head">前文：<a href="../../01/hai-yang-jing-ji/index.html">新区推进海洋经济高质量发展</a>'
            '（<a href="../../01/hai-yang-jing-ji/index.html#continuation">读全文</a>）</p>') in cont
    page1 = read(edge_site, f"{X}/06/01/index.html")
    assert '（<a href="../03/hai-yang-jing-ji-xu/index.html">下转第三版</a>）' in page1


def test_a_fragment_without_its_head_is_a_continuation_everywhere(edge_site):
    mark = "（上接第二版）"
    article = read(edge_site, ORPHAN)
    assert f'<p class="continuation-mark">{mark} <span class="tag-note">续文，前文不在本档案中</span></p>' in article
    assert f"<title>{mark}也是新区成立十周年 · " in article
    issue = read(edge_site, f"{X}/06/index.html")
    assert f'<a href="03/cheng-li-zhou-nian/index.html">{mark}也是新区成立十周年</a>' in issue
    topic = read(edge_site, "topics/hai-yang-jing-ji/index.html")
    assert f'<p class="continuation-mark">{mark} <span class="tag-note">续文，前文不在本档案中</span></p>' in topic
    head = read(edge_site, HEAD)
    assert f'<a href="../../03/cheng-li-zhou-nian/index.html">{mark}也是新区成立十周年</a>' in head  # related
    feed = read(edge_site, "feed.xml")
    assert f"<title>{mark}也是新区成立十周年</title>" in feed
    assert f'/03/06/03/cheng-li-zhou-nian/index.html","{mark}也是新区成立十周年"' in read(edge_site, "search/index.js")
    linked = read(edge_site, CONT)
    assert "continuation-mark" not in linked  # its head is here: an ordinary continuation


def test_truncated_photo_news_photographers_and_dateline_date(edge_site):
    cut = read(edge_site, TRUNCATED)
    assert '<p class="truncated" role="note">原文至此中断：版面上的文字在句中结束，也没有转版说明，后文可能缺失。</p>' in cut
    assert '<span class="dateline-date">电头日期 <time datetime="2024-03-05">2024年3月5日</time></span>' in cut
    page = read(edge_site, f"{X}/06/03/index.html")
    assert '社区食堂开张</a> <span class="derived" title="原文在句中中断，后文可能缺失">未完</span>' in page
    photo = main_of(read(edge_site, PHOTO))
    assert '<h1>春日海湾 <span class="derived" title="图片新闻">图</span></h1>' in photo
    assert '<p class="byline photographers">摄影 刘洋</p>' in photo
    assert '<p class="photo-caption">游客在金沙滩漫步，享受春日阳光。</p>' in photo
    assert "<figcaption>" not in photo  # the caption is the body, not shown twice
    record = json.loads(read(edge_site, "api/articles.json"))
    assert {r["kind"] for r in record} == {"article", "continuation", "photo"}
