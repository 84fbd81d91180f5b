"""Each seed page cut as an editor cuts it (see expected.py)."""

from __future__ import annotations

import pytest

from .check import all_problems, find
from .expected import FURNITURE, PAGES

CASES = [(seed, i) for seed, articles in PAGES.items() for i in range(len(articles))]


@pytest.mark.parametrize(("seed", "index"), CASES, ids=[f"{s}-{i}" for s, i in CASES])
def test_article(seeds, seed, index):
    expected = PAGES[seed][index]
    assert all_problems(seeds[seed], expected, PAGES[seed]) == []


@pytest.mark.parametrize("seed", sorted(PAGES))
def test_no_other_articles(seeds, seed):
    assert len(seeds[seed].articles) == len(PAGES[seed])


@pytest.mark.parametrize("seed", sorted(PAGES))
def test_furniture(seeds, seed):
    assert seeds[seed].furniture == FURNITURE[seed]
    titles = {t for a in seeds[seed].articles for t in (a.title, a.kicker, a.subtitle)}
    assert not titles & set(FURNITURE[seed])


def _sections(body: str) -> dict[str, str]:
    """The first paragraph under each subhead of a body."""
    blocks = body.split("\n\n")
    return {b[3:]: blocks[i + 1] for i, b in enumerate(blocks) if b.startswith("## ") and i + 1 < len(blocks)}


def test_subheads_stand_before_their_sections(seeds):
    feature = find(seeds["000"], PAGES["000"][0])[0]
    sections = _sections(feature.body)
    assert sections["建立联建机制 变“独角戏”为“大合唱”"].startswith("82项资源清单")
    assert sections["倾心帮办代办 变“上门找服务”为“服务找上门”"].startswith("“感谢新区政务服务党建联盟")
    assert feature.body.startswith("为持续深化行政审批服务改革")
    feature = find(seeds["001"], PAGES["001"][3])[0]
    sections = _sections(feature.body)
    assert sections["工程建设再提速 并联申请"].startswith("工程建设项目开工建设方面")
    assert sections["企业变更更高效 一次办好"].startswith("经营主体状况关系经济发展活力")
    assert sections["社会事务更好办 优化流程"].startswith("行政审批社会事务领域事项繁杂")
    report = find(seeds["002"], PAGES["002"][6])[0]
    assert _sections(report.body)["有所呼,有所应"].startswith("每一条意见建议都饱含着")
    feature = find(seeds["004"], PAGES["004"][0])[0]
    assert _sections(feature.body)["面上推进，高效解决共性难题"].startswith("随着实践活动的推进")


def test_dateline_stays_in_the_first_paragraph(seeds):
    for page in seeds.values():
        for article in page.articles:
            assert article.body.startswith(article.dateline)


def test_paragraphs_are_whole(seeds):
    """A column break never splits a paragraph: every paragraph ends a sentence, except at
    a page's last line or before a continuation mark."""
    for seed in ("000", "001", "004"):
        for article in seeds[seed].articles:
            for block in article.body.split("\n\n"):
                assert block.startswith("## ") or block.rstrip("”’")[-1] in "。！？…", block[-30:]


def test_derived_titles_are_short_and_from_the_lead(seeds):
    for page in seeds.values():
        for article in (a for a in page.articles if a.title_derived):
            assert 0 < len(article.title) <= 36
            assert article.title in article.body.split("\n\n")[0]


def test_derived_titles(seeds):
    titles = [a.title for a in seeds["001"].articles if a.title_derived]
    assert titles[:3] == [
        "区第三届人大常委会第三十一次主任会议召开",
        "区政协党组书记、主席逯鹰到新区太行山路小学、新区实验初级中学走访慰问",
        "西海岸新区工委党校2024年秋季学期开学典礼举行",
    ]


def test_metadata(seeds):
    meta = {seed: page.meta for seed, page in seeds.items()}
    assert (meta["001"].date, meta["001"].date_precision) == ("2024-09-09", "day")
    assert (meta["002"].date, meta["002"].paper) == ("2023-05-30", "青岛日报")
    assert dict(meta["002"].found) == {"date": "dateline", "paper": "byline", "page": "unknown"}
    assert (meta["003"].page, dict(meta["003"].found)["page"]) == (2, "continuation")
    assert meta["004"].date == "2021-08-18"
    assert (meta["000"].date, meta["000"].date_precision, meta["000"].page) == ("", "unknown", 0)
    assert dict(meta["000"].found) == {"date": "unknown", "paper": "unknown", "page": "unknown"}
