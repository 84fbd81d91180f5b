"""Dates by precision, the GB/T 7714 citation and the calendar, on hand-made articles."""

from __future__ import annotations

from generator.records import Entry
from generator.site.archive import assemble
from generator.site.formats import citation, date_iso, date_label, issue_calendar, weekday


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


def test_calendar_places_dated_issues_and_lists_the_rest():
    archive = assemble([entry(), entry(slug="b", date="2023-05-01", date_precision="month"),
                        entry(slug="c", paper="青岛日报")])
    years, undated = issue_calendar(archive)
    assert [y.year for y in years] == [2024]
    [month] = years[0].months
    assert month.label == "2024年9月" and month.count == 2
    monday = month.weeks[2][0]  # 1 September 2024 is a Sunday
    assert monday.day == 9 and [i.paper for i in monday.issues] == ["西海岸新闻", "青岛日报"]
    assert [i.date for i in undated] == ["2023-05-01"]


def test_article_text_cannot_link_to_script_or_load_images():
    from generator.site.archive import render_body

    html = render_body("见[此处](javascript:alert(1))与[外链](https://example.org/)，前![图](http://evil.example/x.png)后[站内](../a/index.html)")
    assert 'href="javascript' not in html and "<img" not in html
    assert '<a href="https://example.org/">外链</a>' in html and '<a href="../a/index.html">站内</a>' in html
    assert "前图后" in html  # an image leaves its alt text, and nothing around it is lost
    assert render_body("<script>alert(1)</script>") == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
