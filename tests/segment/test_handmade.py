"""The hand-set pages and their expectations agree with each other, and the re-wrapper is
faithful. Nothing here runs the segmenter."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import pytest

from .conftest import SEED_NAMES, load
from .handmade import HANDMADE, PAGES, WIDTHS, segmenter_cases
from .rewrap import CLOSING, column_width, cut, rewrap
from .variants import ENCODINGS

NAMES = list(HANDMADE)
TEXTS = {name: page.text() for name, page in HANDMADE.items()} | {n[:3]: load(n) for n in SEED_NAMES}


def _flat(text: str) -> str:
    """The text with line breaks, indents and spaces removed."""
    return re.sub(r"\s", "", text)


def _visible(text: str) -> Counter:
    return Counter(_flat(text))


def _printed(expected) -> list[str]:
    """The headlines, labels and bylines of an expected article, as printed."""
    titles = (expected.title or "", expected.kicker, expected.subtitle, *expected.titles)
    return [t for t in (*titles, *expected.subheads, *expected.level2, *expected.captions, expected.byline, expected.dateline) if t]


@pytest.mark.parametrize("name", NAMES)
def test_page_is_plain_utf8_with_newlines(name):
    data = HANDMADE[name].path.read_bytes()
    text = data.decode("utf-8")
    assert HANDMADE[name].text() == text
    assert "\r" not in text and not text.startswith("\ufeff") and text.endswith("\n")


@pytest.mark.parametrize("name", NAMES)
def test_page_is_set_in_its_width(name):
    page = HANDMADE[name]
    lines = page.text().split("\n")
    assert column_width(lines) == page.width
    body = [ln for ln in lines if ln.startswith("\u3000\u3000")]
    assert max((len(ln) for ln in body), default=0) <= (page.lead_width or page.width) + 3


def test_widths_span_8_to_28():
    widths = [p.width for p in PAGES]
    assert min(widths) == 8 and max(p.lead_width or p.width for p in PAGES) == 28
    assert len(set(widths)) >= 20


@pytest.mark.parametrize("name", NAMES)
def test_three_to_eight_articles(name):
    assert 3 <= len(HANDMADE[name].articles) <= 8


@pytest.mark.parametrize("name", NAMES)
def test_phrases_occur_once(name):
    flat = _flat(HANDMADE[name].text())
    for e in HANDMADE[name].articles:
        for phrase in (e.key, *e.contains, *[e.editor_note] * bool(e.editor_note)):
            assert flat.count(_flat(phrase)) == 1, phrase


@pytest.mark.parametrize("name", NAMES)
def test_keys_are_distinct_within_a_page(name):
    keys = [_flat(e.key) for e in HANDMADE[name].articles]
    assert all(a == b or a not in b for a in keys for b in keys)


@pytest.mark.parametrize("name", NAMES)
def test_headlines_and_bylines_are_printed(name):
    flat = _flat(HANDMADE[name].text())
    for e in HANDMADE[name].articles:
        for printed in _printed(e):
            assert _flat(printed) in flat, printed


@pytest.mark.parametrize("name", NAMES)
def test_names_come_from_bylines_and_credits(name):
    for e in HANDMADE[name].articles:
        credits = _flat(e.byline + "".join(e.captions) + "".join(e.contains) + e.key)
        for person in (*e.authors, *e.correspondents):  # a drawing's credit names who drew it (作者：X)
            assert person in _flat(e.byline) or (e.kind == "photo" and person in credits), person
        for person in e.photographers:
            assert person in credits, person
        assert bool(e.photographers) == bool(re.search(r"摄|文/图|图/", credits))  # 图/记者 X credits the pictures


@pytest.mark.parametrize("name", NAMES)
def test_furniture_carries_the_page_metadata(name):
    page = HANDMADE[name]
    lines = page.text().split("\n")
    assert all(f in lines for f in page.furniture_phrases)
    furniture = "\n".join(page.furniture_phrases)
    if page.date:
        year, month, day = (int(part) for part in page.date.split("-"))
        assert f"{year}年{month}月{day}日" in furniture
    lettered = re.search(rf"(?<![A-Za-z])[A-H]0?{page.page}(?!\d)", furniture) if page.page else None  # A3, A03
    assert (f"第{page.page}版" in furniture or bool(lettered)) if page.page else "版" not in furniture
    assert page.section in furniture
    assert all(f"{role}：{person}" in furniture for role, person in page.editors.items())


@pytest.mark.parametrize("name", NAMES)
def test_columns_and_labels_are_printed_banners(name):
    page = HANDMADE[name]
    furniture = _flat("".join(page.furniture_phrases))
    for e in page.articles:
        assert e.column == "" or e.column in furniture, e.column


def test_jump_pair_links_front_page_and_page_three():
    front, inside = HANDMADE["08_front"], HANDMADE["09_jump"]
    assert (front.paper, front.date) == (inside.paper, inside.date)
    jumps = [e for e in front.articles if e.continued_to]
    continued = [e for e in inside.articles if e.continued_from]
    assert [e.title for e in jumps] == [e.title for e in continued]
    assert {e.continued_to for e in jumps} == {inside.page} and {e.continued_from for e in continued} == {front.page}
    assert all(e.kind == "continuation" for e in continued)


def test_every_convention_is_covered():
    articles = [e for p in PAGES for e in p.articles]
    assert {"简讯", "区县传真", "推动深度融合", "聚焦两会", "短评"} <= {e.column for e in articles}
    assert any(e.editor_note for e in articles) and any(e.truncated for e in articles)
    assert any(e.kind == "photo" for e in articles) and any(e.level2 for e in articles)
    assert any(" " in s for e in articles for s in e.subheads)
    assert any(e.kicker and e.subtitle for e in articles)
    assert {"新华社北京3月5日电", "本报北京3月5日电", "本报讯"} <= {e.dateline for e in articles}


def test_pages_break_latin_words_and_numbers_and_write_dates_with_ling():
    pairs = set()
    for page in PAGES:
        lines = page.text().split("\n")
        pairs |= {(a[-2:], b[:3]) for a, b in pairwise(lines) if a[-1:].isascii() and a[-1:].isalnum()}
    assert {("现5", "G信号"), ("占G", "DP的"), ("AP", "EC工"), ("20", "24年")} <= pairs
    assert sum("〇" in page.text() for page in PAGES) >= 2


@pytest.mark.parametrize("name", list(TEXTS))
def test_rewrap_keeps_every_visible_character(name):
    text = TEXTS[name]
    for width in WIDTHS:
        for headlines in (False, True):
            assert _visible(rewrap(text, width, headlines)) == _visible(text), (width, headlines)
    assert _visible(rewrap(text, 8, split_words=True)) == _visible(text)


@pytest.mark.parametrize("name", list(TEXTS))
def test_rewrap_starts_no_new_line_with_closing_punctuation(name):
    text = TEXTS[name]
    printed = set(text.split("\n"))
    for width in WIDTHS:
        for headlines in (False, True):
            lines = rewrap(text, width, headlines).split("\n")
            assert not [ln for ln in lines if ln.strip()[:1] in CLOSING and ln not in printed], (width, headlines)


def test_rewrap_sets_paragraphs_again_and_keeps_column_breaks():
    text = (
        "标题\n\n　　会议指出，今年春播面积预\n计稳中有增，小麦主产区苗情总\n\n"
        "体好于上年。农技推广机构要围\n绕病虫害防控。\n　　□记者 董梅雪 报道"
    )
    assert rewrap(text, 8).split("\n") == [
        "标题",
        "",
        "　　会议指出，今",
        "年春播面积预计稳",
        "中有增，小麦主产",
        "区苗情总体好于上",
        "",
        "年。农技推广机构",
        "要围绕病虫害防",
        "控。",
        "　　□记者 董梅",
        "雪 报道",
    ]


def test_rewrap_keeps_headlines_unless_asked():
    text = "全国春季农业生产科技服务工作会议召开\n\n　　新华社北京3月5日电（记者 周立新 韩雪）5日，会议在北京召开。"
    assert rewrap(text, 10).split("\n")[0] == "全国春季农业生产科技服务工作会议召开"
    assert rewrap(text, 10, headlines=True).split("\n")[:2] == ["全国春季农业生产科技", "服务工作会议召开"]


def test_rewrap_cuts_each_line_of_a_one_paragraph_per_line_page():
    text = (
        "关于整改进展情况的通报\n\n"
        "本报5月30日讯 根据市政府办公厅工作安排,30日下午,青岛市12345热线开展活动。\n"
        "■商品车通过滚装船从山东港口青岛港出口，运往东南亚市场。本报资料照片\n"
        "- 一是创新体制机制和业务模式。 发挥董家口经济区区港联建共建联席会议作用。\n"
        "就必须回到邻居里。社区党委以亲邻善治为切入点，将邻居们紧紧凝聚在社区党\n\n"
        "组织周边。"
    )
    assert rewrap(text, 12).split("\n") == [
        "关于整改进展情况的通报",
        "",
        "　　本报5月30日讯 根",
        "据市政府办公厅工作安排,",
        "30日下午,青岛市",
        "12345热线开展活动。",
        "■商品车通过滚装船从山东",
        "港口青岛港出口，运往东南",
        "亚市场。本报资料照片",
        "- 一是创新体制机制和业",
        "务模式。 发挥董家口经济",
        "区区港联建共建联席会议作",
        "用。",
        "　　就必须回到邻居里。社",
        "区党委以亲邻善治为切入",
        "点，将邻居们紧紧凝聚在社",
        "区党",
        "",
        "组织周边。",
    ]


@pytest.mark.parametrize(
    ("text", "width", "split_words", "lines"),
    [
        ("　　占GDP的比重", 4, False, ["　　占", "GDP的", "比重"]),
        ("GDP", 2, False, ["GDP"]),
        ("GDP", 2, True, ["GD", "P"]),
        ("甲乙。丙", 2, False, ["甲", "乙。", "丙"]),
        ("甲“乙”丙", 2, False, ["甲", "“乙”", "丙"]),
        ("吊（下转第三版）", 4, False, ["吊", "（下转第三版）"]),
        ("本报记者 黄丽娟　本报通讯员 田野", 9, False, ["本报记者 黄丽娟", "本报通讯员 田野"]),
        ("说明——详见附件……完", 3, False, ["说明", "——详", "见附", "件……", "完"]),
    ],
)
def test_cut(text, width, split_words, lines):
    assert cut(text, width, split_words) == lines


def test_handmade_pages_keep_latin_words_whole_when_rewrapped():
    text = HANDMADE["12_mixed"].text()
    for width in WIDTHS:
        flat_lines = rewrap(text, width).split("\n")
        assert all(any(word in ln for ln in flat_lines) for word in ("GDP", "APEC", "2024", "5G")), width


def test_segmenter_cases_cover_every_page_width_and_encoding():
    labels = [label for label, _, _ in segmenter_cases()]
    assert len(labels) == len(PAGES) * (1 + len(WIDTHS) + len(ENCODINGS))
    assert len(set(labels)) == len(labels)
