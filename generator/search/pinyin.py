"""Pinyin tokens for the ``pinyin`` index field, made at build time.

Each Han run of an article is cut into words with jieba; every word, and every run
of two or three neighbouring words of at most ``MAX_JOINED`` characters in all, gives
its full pinyin without spaces (``yingshanghuanjing``) and, from two characters up,
its initials (``yshj``). Polyphones are read as pypinyin reads them in the word's
context (its phrase dictionary), which is why whole words are converted, not characters.
"""

from __future__ import annotations

import functools
import logging
import unicodedata

import jieba
from pypinyin import Style, lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict

from .tokenizer import HAN, runs

MAX_JOINED = 4  # characters in a joined run of neighbouring words
MAX_WORDS = 3

jieba.setLogLevel(logging.WARNING)


@functools.lru_cache(maxsize=65536)
def word_pinyin(word: str) -> tuple[str, str]:
    """(full pinyin, initials) of a word of Han characters."""
    syllables = [s for s in lazy_pinyin(word, style=Style.NORMAL, errors="ignore") if s.isascii() and s.isalpha()]
    return "".join(syllables), "".join(s[0] for s in syllables)


def pinyin_tokens(text: str) -> list[str]:
    """Pinyin tokens of normalised text, in text order."""
    out: list[str] = []
    for k, run in runs(text):
        if k != HAN:
            continue
        words = jieba.lcut(run)
        for i in range(len(words)):
            for j in range(i + 1, min(i + MAX_WORDS, len(words)) + 1):
                joined = "".join(words[i:j])
                if j - i > 1 and len(joined) > MAX_JOINED:
                    break
                full, initials = word_pinyin(joined)
                if full:
                    out.append(full)
                if len(joined) >= 2 and len(initials) >= 2:
                    out.append(initials)
    return out


@functools.lru_cache(maxsize=1)
def syllables() -> tuple[str, ...]:
    """Every toneless syllable pypinyin can produce (``lv`` for lü), sorted; not the
    vowelless interjections (``m``, ``n``, ``ng``, ``hm``, ``hng``), which would let
    ``haiya`` pass for the start of ``haiyan``."""
    found = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            s = unicodedata.normalize("NFD", r).replace("u\u0308", "v")
            s = "".join(c for c in s if not unicodedata.combining(c))
            if s.isascii() and s.isalpha() and any(v in s for v in "aeiouv"):
                found.add(s.lower())
    return tuple(sorted(found))
