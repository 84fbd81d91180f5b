"""Dates by precision, the GB/T 7714 citation and the calendar, on hand-made articles."""

from __future__ import annotations

from generator.records import Entry
from generator.site.archive import assemble
from generator.site.formats import citation, date_iso, date_label, issue_calendar, issue_label, paper_marks, weekday


def entry(**meta) -> Entry:
    base = {"title": "标题", "paper": "西海岸新闻", "slug": "biao-ti", "date": "2024-09-09", "date_precision": "day",
            "page": 2, "authors": [], "correspondents": [], "topics": [], "kicker": "", "subtitle": "", "kind": "article"}
    base.update(meta)
    return Entry(path=f"content/{base['slug']}.md", meta=base, body="正文。")


def test_date_label_respects_precision():
    assert date_label("2024-09-09", "day") == "2024年9月9日"
    assert date_label("2024-09-01", "month") == "2024年9月"
    assert date_label("2024-01-01", "year") == "2024年"
    assert date_label("", "unknown") == "日期不详"
    assert date_iso("2024-09-01", "month") == "2024-09"
    assert weekday("2024-09-09") == "星期一" and weekday("2024-09-01", "month") == ""


def test_citation_variants():
    [a] = assemble([entry(authors=["陈蔚"])]).articles
    assert citation(a) == "陈蔚. 标题[N]. 西海岸新闻, 2024-09-09(2)."
    [a] = assemble([entry(authors=["甲", "乙"])]).articles
    assert citation(a) == "甲, 乙. 标题[N]. 西海岸新闻, 2024-09-09(2)."
    [a] = assemble([entry(authors=["甲", "乙", "丙", "丁"])]).articles
    assert citation(a) == "甲, 乙, 丙, 等. 标题[N]. 西海岸新闻, 2024-09-09(2)."
    [a] = assemble([entry(date="2024-09-01", date_precision="month", page=0)]).articles
    assert citation(a) == "标题[N]. 西海岸新闻, 2024-09."


def test_calendar_places_dated_issues_and_pages_known_only_to_a_month_or_year():
    archive = assemble([entry(), entry(slug="b", date="2023-05-01", date_precision="month"),
                        entry(slug="y", date="2023-01-01", date_precision="year"),
                        entry(slug="c", paper="青岛日报")])
    cal = issue_calendar(archive)
    assert [y.year for y in cal.years] == [2024, 2023]
    [month] = cal.years[0].months
    assert month.label == "2024年9月" and month.count == 2 and month.later == ()
    monday = month.weeks[2][0]  # 1 September 2024 is a Sunday
    assert monday.day == 9 and [i.paper for i in monday.issues] == ["西海岸新闻", "青岛日报"]
    [may] = cal.years[1].months
    assert may.count == 0 and [i.date for i in may.later] == ["2023-05-01"]
    assert [i.date_precision for i in cal.years[1].later] == ["year"]
    assert cal.years[1].count == 2
    assert cal.undated == ()
    assert cal.marks == {"西海岸新闻": "西", "青岛日报": "青"}


def test_undated_pages_are_each_on_their_own_by_paper():
    archive = assemble([entry(slug="a", date="", date_precision="unknown", page=0, source="seeds/a.txt"),
                        entry(slug="b", date="", date_precision="unknown", page=0, source="seeds/b.txt"),
                        entry(slug="c", date="", date_precision="unknown", page=2, source="seeds/b.txt")])
    cal = issue_calendar(archive)
    assert cal.years == ()
    [(paper, pages)] = cal.undated
    assert paper == "西海岸新闻"
    assert [p.url for p in pages] == ["xi-hai-an-xin-wen/undated/02/index.html", "xi-hai-an-xin-wen/undated/00/index.html",
                                      "xi-hai-an-xin-wen/undated/00-2/index.html"]
    assert all(p.single and len(p.pages) == 1 and p.url == p.pages[0].url for p in pages)
    assert [a.url for a in archive.articles] == ["xi-hai-an-xin-wen/undated/02/c/index.html",
                                                 "xi-hai-an-xin-wen/undated/00/a/index.html",
                                                 "xi-hai-an-xin-wen/undated/00-2/b/index.html"]


def test_paper_marks_tell_papers_apart():
    assert paper_marks(("青岛日报", "青岛西海岸报")) == {"青岛日报": "日", "青岛西海岸报": "西"}
    assert paper_marks(("日报", "日报日报")) == {"日报": "1", "日报日报": "2"}


def test_pages_without_numbers_are_numbered_in_reading_order():
    archive = assemble([entry(slug="a", page=0, source="seeds/a.txt"), entry(slug="b", page=0, source="seeds/b.txt"),
                        entry(slug="c", page=3, source="seeds/c.txt")])
    [issue] = archive.issues
    assert [(p.label, p.url) for p in issue.pages] == [
        ("第三版", "xi-hai-an-xin-wen/2024/09/09/03/index.html"),
        ("第2个版面（版次不详）", "xi-hai-an-xin-wen/2024/09/09/00/index.html"),
        ("第3个版面（版次不详）", "xi-hai-an-xin-wen/2024/09/09/00-2/index.html"),
    ]
    assert [a.page_label for a in issue.articles] == ["第三版", "第2个版面（版次不详）", "第3个版面（版次不详）"]


def test_issue_labels_mark_pages_without_a_day():
    archive = assemble([entry(slug="m", date="2024-09-01", date_precision="month"),
                        entry(slug="u", date="", date_precision="unknown", page=0)])
    assert [issue_label(i) for i in archive.issues] == ["西海岸新闻 2024年9月（日期不全） · 第二版", "西海岸新闻 日期不详"]


def test_article_text_cannot_link_to_script_or_load_images():
    from generator.site.archive import render_body

    html = render_body("见[此处](javascript:alert(1))与[外链](https://example.org/)，前![图](http://evil.example/x.png)后[站内](../a/index.html)")
    assert 'href="javascript' not in html and "<img" not in html
    assert '<a href="https://example.org/">外链</a>' in html and '<a href="../a/index.html">站内</a>' in html
    assert "前图后" in html  # an image leaves its alt text, and nothing around it is lost
    assert render_body("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
