"""Readable, stable ASCII slugs from Chinese titles and names (pinyin)."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 60, fallback: str = "x") -> str:
    """``肩并肩走流程`` -> ``jian-bing-jian-zou-liu-cheng``; Latin and digits kept."""
    from pypinyin import Style, lazy_pinyin  # here: importing it takes longer than a build with nothing to do

    text = unicodedata.normalize("NFKC", text)
    # what pypinyin cannot read stays one item (its words are split below): a list of
    # several for one character without a reading (瓧) would break pypinyin
    syllables = lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: [chars.lower()])
    words = [w for s in syllables for w in _NON_WORD.split(s.lower()) if w]
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else fallback)


def unique(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``… if it is already in ``taken``; adds it."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate
