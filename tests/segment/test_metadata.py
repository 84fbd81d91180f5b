"""Issue metadata: what the page itself tells when the sidecar, manifest or name do not."""

from __future__ import annotations

import pytest

from generator.errors import BuildError
from generator.records import Article, IssueMeta, Page
from generator.segment import segment_page
from generator.segment.metadata import current_year, resolve_meta

NEWS = "\u3000\u3000□青岛日报/观海新闻记者 薛华飞\n\u3000\u3000本报5月30日讯 会议要求，2023年度各项工作要落实。\n"


def _page(text: str = NEWS, **given) -> Page:
    found = tuple(sorted((k, "sidecar") for k in given))
    return Page(source="seeds/x.txt", text=text, given=IssueMeta(**given, found=found))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("西海岸新区工委党校2024年秋季学期开学典礼举行", 2024),
        ("《三年行动方案(2022—2024年)》发布以来，2023年度", 2023),
        ("预计2024年底全市入库企业将超过10000家", 0),
        ("预计2024年\n底全市入库企业将超过10000家", 0),
        ("2020年以前，2021年上半年", 2021),
        ("2023东亚海洋博览会", 0),
    ],
)
def test_current_year(text, year):
    assert current_year(text) == year


def test_date_from_dateline_and_text_year():
    meta = segment_page(_page()).meta
    assert (meta.date, meta.date_precision, dict(meta.found)["date"]) == ("2023-05-30", "day", "dateline")


def test_given_values_win():
    meta = segment_page(_page(paper="青岛早报", date="2023-05-31", date_precision="day", page=4)).meta
    assert (meta.paper, meta.date, meta.page) == ("青岛早报", "2023-05-31", 4)
    assert meta.found == (("date", "sidecar"), ("page", "sidecar"), ("paper", "sidecar"))


def test_year_known_from_the_sidecar_meets_the_dateline():
    meta = segment_page(_page(date="2022-01-01", date_precision="year")).meta
    assert (meta.date, meta.date_precision) == ("2022-05-30", "day")


def test_given_month_must_agree_with_the_dateline():
    meta = segment_page(_page(date="2022-05-01", date_precision="month")).meta
    assert (meta.date, meta.date_precision) == ("2022-05-30", "day")
    meta = segment_page(_page(date="2022-06-01", date_precision="month")).meta
    assert (meta.date, meta.date_precision, dict(meta.found)["date"]) == ("2022-06-01", "month", "sidecar")


def test_month_precision_kept_without_a_dateline():
    text = "\u3000\u3000□记者 龚鹏 报道\n\u3000\u3000本报讯 近日，2021年的会议召开。\n"
    meta = segment_page(_page(text, date="2024-03-01", date_precision="month")).meta
    assert (meta.date, meta.date_precision, dict(meta.found)["date"]) == ("2024-03-01", "month", "sidecar")


def test_no_dateline_no_date():
    text = "\u3000\u3000□记者 龚鹏 报道\n\u3000\u3000本报讯 近日，2023年的工作会议召开。\n"
    meta = segment_page(_page(text)).meta
    assert (meta.date, meta.date_precision, dict(meta.found)["date"]) == ("", "unknown", "unknown")


def test_paper_from_byline_else_config_else_unknown():
    assert segment_page(_page()).meta.paper == "青岛日报"
    plain = "\u3000\u3000□记者 龚鹏 报道\n\u3000\u3000本报讯 近日，会议召开。\n"
    meta = segment_page(_page(plain), default_paper="西海岸新闻").meta
    assert (meta.paper, dict(meta.found)["paper"]) == ("西海岸新闻", "config")
    meta = segment_page(_page(plain)).meta
    assert (meta.paper, dict(meta.found)["paper"]) == ("", "unknown")


def _cont(frm: int | None, to: int | None) -> Article:
    return Article(title="t", body="b", kind="continuation", continued_from=frm, continued_to=to)


@pytest.mark.parametrize(
    ("articles", "page"),
    [
        ([_cont(1, 3)], (2, "continuation")),
        ([_cont(1, None), _cont(None, 3)], (2, "continuation")),
        ([_cont(1, None)], (0, "unknown")),
        ([_cont(1, 4)], (0, "unknown")),
        ([], (0, "unknown")),
    ],
)
def test_page_from_continuation_marks(articles, page):
    meta = resolve_meta(_page(), articles)
    assert (meta.page, dict(meta.found)["page"]) == page


def test_empty_page_names_stage_and_file():
    with pytest.raises(BuildError, match=r"^segment: seeds/x\.txt: "):
        segment_page(_page(" \n\u3000\u3000\n"))
