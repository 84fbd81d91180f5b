"""Contains semantics: the engine the browser runs lists every article containing the
query and nothing else (checked under node against a plain substring scan)."""

from __future__ import annotations

import pytest

from tests.search.helpers import article_texts, articles, run_engine, substring_hits

QUERIES = [
    "水",  # single Han character
    "水网",  # bigram
    "现代水网示范区",  # longer phrase
    "佟海燕",  # a name
    "教师节",
    "AAA",  # Latin
    "ａａａ",  # full-width, same as aaa
    "12345",  # digits
    "40",  # digits inside a longer text
    "2",  # single digit, also inside numbers
    "script",  # Latin inside markup-like text
    "本报 会议",  # several words: all required
    "青岛 教师",  # words in different articles: nothing
    '"本报9月9日讯 今天"',  # quoted phrase with a space
    '"今天 本报"',  # quoted phrase that does not occur
    "，",  # punctuation only: every article with a comma
    "（续）",
    "陈蔚",  # author
    "第40个教师节来临之际",  # kicker
    "企业变更更高效",  # subhead
    "不存在的词",
]


@pytest.fixture(scope="module")
def mini_results(mini_site, node):
    return run_engine(mini_site / "site", [[q, {}, "relevance"] for q in QUERIES])


@pytest.mark.parametrize("i", range(len(QUERIES)), ids=QUERIES)
def test_exactly_the_articles_containing_the_query(mini_site, mini_results, i):
    expected = substring_hits(article_texts(mini_site), QUERIES[i])
    got = mini_results["results"][i]["urls"]
    assert len(got) == len(set(got))
    assert set(got) == expected


def test_queries_are_not_trivially_empty(mini_site):
    texts = article_texts(mini_site)
    assert len(substring_hits(texts, "区")) >= 3
    assert len(substring_hits(texts, "本报 会议")) == 1
    assert len(substring_hits(texts, '"本报9月9日讯 今天"')) == 1


def test_filters_and_sort(mini_site, node):
    metas = articles(mini_site)
    res = run_engine(mini_site / "site", [
        ["本报", {"paper": "青岛日报"}, "relevance"],
        ["本报", {"from": "2024-01-01"}, "relevance"],
        ["本报", {"to": "2023-12-31"}, "relevance"],
        ["教师", {"topic": "教育"}, "relevance"],
        ["本报", {}, "newest"],
        ["本报", {}, "oldest"],
        ["", {"paper": "青岛日报"}, "relevance"],
        ["", {}, "relevance"],
    ])["results"]
    all_hits = substring_hits(article_texts(mini_site), "本报")
    assert set(res[0]["urls"]) == {u for u in all_hits if metas[u]["paper"] == "青岛日报"}
    assert set(res[1]["urls"]) == {u for u in all_hits if metas[u]["date"] >= "2024-01-01"}
    assert set(res[2]["urls"]) == {u for u in all_hits if metas[u]["date"] <= "2023-12-31"}
    assert res[3]["urls"] and all("教育" in metas[u]["topics"] for u in res[3]["urls"])
    newest = [metas[u]["date"] for u in res[4]["urls"]]
    assert newest == sorted(newest, reverse=True) and len(set(newest)) == 2
    assert [metas[u]["date"] for u in res[5]["urls"]] == sorted(newest)
    assert set(res[6]["urls"]) == {u for u, m in metas.items() if m["paper"] == "青岛日报"}
    assert res[7]["urls"] == []


def test_snippets_mark_matches_in_original_characters(mini_site, node):
    res = run_engine(mini_site / "site", [["佟海燕", {}, "relevance"], ["研究部署", {}, "relevance"]])["results"]
    pieces = res[0]["snippets"][0]
    assert [p["text"] for p in pieces if p["mark"]] == ["佟海燕"]
    text = "".join(p["text"] for p in pieces)
    assert "，" in text and "," not in text  # full-width comma shown as printed


def test_seed_site(seed_root, node):
    texts = article_texts(seed_root)
    sample = sorted({t[i:i + n] for t in list(texts.values())[:20] for n in (1, 2, 4) for i in range(0, len(t) - n, 97)})
    sample = [s for s in sample if s.strip() and not set(s) & set('"“”')][:80]
    res = run_engine(seed_root / "site", [[q, {}, "relevance"] for q in sample])["results"]
    for q, r in zip(sample, res, strict=True):
        assert set(r["urls"]) == substring_hits(texts, q), q
