"""Slugs: readable pinyin, Latin and digits kept, any character accepted."""

from __future__ import annotations

from generator.slugs import slugify, unique


def test_a_title_reads_as_its_pinyin_with_latin_and_digits_kept():
    assert slugify("肩并肩走流程") == "jian-bing-jian-zou-liu-cheng"
    assert slugify("GDP增长5G网络") == "gdp-zeng-zhang-5g-wang-luo"
    assert slugify("“春雨行动”为主线") == "chun-yu-xing-dong-wei-zhu-xian"


def test_a_character_without_a_reading_is_left_out_not_a_crash():
    # 瓧 (ten grams) is a Han character pypinyin has no reading for
    assert slugify("近瓧？") == "jin"
    assert slugify("x瓧y") == "x-y"
    assert slugify("瓧瓧", fallback="article") == "article"


def test_unique_numbers_a_taken_slug():
    taken: set[str] = set()
    assert [unique("a", taken) for _ in range(3)] == ["a", "a-2", "a-3"]
