"""Pinyin: full (with or without spaces) and initials, of any length and across word
boundaries, find exactly the articles with a Han phrase of that reading (pypinyin's
reading in context), checked against an independent scan of the syllables."""

from __future__ import annotations

import random
from functools import cache

import pytest

from generator.search.pinyin import run_syllables, syllables
from generator.search.tokenizer import HAN, runs
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
    ("xiandaishuiwangshifanqu", "现代水网示范区"),  # a long phrase
    ("xian dai shui wang shi fan qu", "现代水网示范区"),
    ("xdswsfq", "现代水网示范区"),
    ("zhurentonghaiyan", "主任佟海燕"),  # across word boundaries
    ("zrthy", "主任佟海燕"),
    ("营商huanjing", "营商环境"),  # mixed
    ("yingshang环境", "营商环境"),
]


@pytest.fixture(scope="module")
def results(mini_site, node):
    return run_engine(mini_site / "site", [[q, {}, "relevance"] for q, _ in CASES])["results"]


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0] for c in CASES])
def test_pinyin_finds_exactly_the_phrase(mini_site, results, i):
    query, phrase = CASES[i]
    expected = substring_hits(article_texts(mini_site), phrase)
    assert expected
    assert set(results[i]["urls"]) == expected
    for marked in results[i]["marked"]:
        assert phrase in marked, marked  # the Han phrase is what gets highlighted


def test_prefix_stops_on_syllable_ends(mini_site, node):
    res = run_engine(mini_site / "site", [["yingshan", {}, "relevance"], ["haiya", {}, "relevance"]])["results"]
    assert res[0]["urls"] == []  # "yingshan" + "g…" is not a syllable boundary of yingshang
    assert res[1]["urls"] == []


def test_mixed_words(mini_site, node):
    texts = article_texts(mini_site)
    res = run_engine(mini_site / "site", [["yshj 服务", {}, "relevance"], ["thy 会议", {}, "relevance"]])["results"]
    assert set(res[0]["urls"]) == substring_hits(texts, "营商环境 服务")
    assert set(res[1]["urls"]) == substring_hits(texts, "佟海燕 会议")


def test_pinyin_ranks_like_the_han_query(mini_site, node):
    res = run_engine(mini_site / "site", [["营商环境", {}, "relevance"], ["yingshanghuanjing", {}, "relevance"]])
    han, pinyin = (r["urls"] for r in res["results"])
    assert pinyin == han


# ---- exactness against the syllables, on the seed site ----

@cache
def _syllable_set() -> frozenset[str]:
    return frozenset(syllables())


def readings(letters: str) -> list[list[tuple[str, str]]]:
    """Every reading of a run of letters: each cut into syllables, and the letters as initials."""
    out: list[list[tuple[str, str]]] = []

    def walk(at: int, done: list):
        if at == len(letters):
            out.append(done)
        for end in range(min(len(letters), at + 6), at, -1):
            if letters[at:end] in _syllable_set():
                walk(end, [*done, ("s", letters[at:end])])

    walk(0, [])
    if len(letters) >= 2 and all(c in "abcdefghjklmnopqrstwxyz" for c in letters):
        out.append([("i", c) for c in letters])
    return [r for r in out if len(r) >= 2]


def read_runs(text: str) -> list[tuple[str, ...]]:
    return [run_syllables(run) for kind, run in runs(text) if kind == HAN]


def pinyin_scan(read: dict[str, list[tuple]], letters: str) -> set[str]:
    """The articles with a Han phrase read as ``letters`` (an independent scan)."""
    found = set()
    for reading in readings(letters):
        n = len(reading)
        for url, doc_runs in read.items():
            for sy in doc_runs:
                if any(all(s is not None and (s == v if k == "s" else s[0] == v) for s, (k, v) in zip(sy[i : i + n], reading,
                       strict=True)) for i in range(len(sy) - n + 1)):
                    found.add(url)
                    break
    return found


def test_seed_site_pinyin_against_the_syllables(seed_root, node):
    texts = article_texts(seed_root)
    read = {url: read_runs(text) for url, text in texts.items()}
    rng = random.Random(7)
    queries = []
    for url in sorted(read)[:12]:
        runs_ = [r for r in read[url] if len(r) >= 6 and all(r)]
        if not runs_:
            continue
        sy = rng.choice(runs_)
        for n in (2, 3, 5, 8):
            i = rng.randrange(0, max(1, len(sy) - n))
            phrase = sy[i : i + n]
            queries += ["".join(phrase), " ".join(phrase), "".join(s[0] for s in phrase)]
    res = run_engine(seed_root / "site", [[q, {}, "relevance"] for q in queries])["results"]
    for q, r in zip(queries, res, strict=True):
        letters = q.replace(" ", "")
        expected = pinyin_scan(read, letters) | substring_hits(texts, q)
        if " " in q:  # spaced: the words literally, or the whole as one phrase
            expected = pinyin_scan(read, letters) | substring_hits(texts, q) | set.intersection(
                *[pinyin_scan(read, w) | substring_hits(texts, w) for w in q.split()])
        assert expected, q
        assert set(r["urls"]) == expected, q
