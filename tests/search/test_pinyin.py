"""Pinyin: full (with or without spaces) and initials find the words they spell."""

from __future__ import annotations

import pytest

from tests.search.helpers import article_texts, run_engine, substring_hits

CASES = [
    ("yingshanghuanjing", "营商环境"),
    ("ying shang huan jing", "营商环境"),
    ("YingShang HuanJing", "营商环境"),
    ("yshj", "营商环境"),
    ("tonghaiyan", "佟海燕"),
    ("tong hai yan", "佟海燕"),
    ("thy", "佟海燕"),
    ("xiandaishuiwang", "现代水网"),
    ("xdsw", "现代水网"),
    ("jiaoshi", "教师"),
    ("yingshang", "营商"),  # the start of a longer word, ending on a syllable
]


@pytest.fixture(scope="module")
def results(mini_site, node):
    return run_engine(mini_site / "site", [[q, {}, "relevance"] for q, _ in CASES])["results"]


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0] for c in CASES])
def test_pinyin_finds_exactly_the_word(mini_site, results, i):
    query, word = CASES[i]
    expected = substring_hits(article_texts(mini_site), word)
    assert expected
    assert set(results[i]["urls"]) == expected


def test_prefix_stops_on_syllable_ends(mini_site, node):
    res = run_engine(mini_site / "site", [["yingshan", {}, "relevance"], ["haiya", {}, "relevance"]])["results"]
    assert res[0]["urls"] == []  # "yingshan" + "g…" is not a syllable boundary of yingshang
    assert res[1]["urls"] == []
