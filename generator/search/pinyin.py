"""Pinyin tokens for the pinyin index (``pinyin.js``), made at build time.

An article's Han runs are cut into words with jieba (one call per article for the
runs not seen before, joined with line breaks, which jieba never cuts across); every
word, and every run of two or three neighbouring words of at most ``MAX_JOINED``
characters in all, gives its full pinyin without spaces (``yingshanghuanjing``) and,
from two characters up, its initials (``yshj``). Each word is read as pypinyin reads
it in the word's context (its phrase dictionary), which is why whole words are
converted, not characters; a run of words reads as its words one after the other.
Word readings are cached, so a word is converted once per build however often it
occurs.
"""

from __future__ import annotations

import functools
import logging
import unicodedata

import jieba
from pypinyin import Style, lazy_pinyin

from .tokenizer import HAN, runs

MAX_JOINED = 4  # characters in a joined run of neighbouring words
MAX_WORDS = 3

jieba.setLogLevel(logging.WARNING)


@functools.lru_cache(maxsize=1 << 18)
def word_pinyin(word: str) -> tuple[str, str]:
    """(full pinyin, initials) of a word of Han characters."""
    syllables = [s for s in lazy_pinyin(word, style=Style.NORMAL, errors="ignore") if s.isascii() and s.isalpha()]
    return "".join(syllables), "".join(s[0] for s in syllables)


def _run_tokens(words: list[str]) -> tuple[str, ...]:
    """Pinyin tokens of the words of one Han run, in text order."""
    readings = [word_pinyin(w) for w in words]
    out: list[str] = []
    for i in range(len(words)):
        joined = 0
        for j in range(i, min(i + MAX_WORDS, len(words))):
            joined += len(words[j])
            if j > i and joined > MAX_JOINED:
                break
            full = "".join(r[0] for r in readings[i : j + 1])
            initials = "".join(r[1] for r in readings[i : j + 1])
            if full:
                out.append(full)
            if joined >= 2 and len(initials) >= 2:
                out.append(initials)
    return tuple(out)


def _segment(han: list[str]) -> list[list[str]]:
    """jieba's words of each of the Han runs ``han``, in one call."""
    out: list[list[str]] = [[]]
    for word in jieba.lcut("\n".join(han)):
        if word == "\n":
            out.append([])
        elif word:
            out[-1].append(word)
    if len(out) != len(han):  # not expected: cut the runs one by one
        return [jieba.lcut(run) for run in han]
    return out


# Han run -> its pinyin tokens. A run's words, and so its tokens, do not depend on
# what surrounds it; recurring runs (datelines, bylines, set phrases) are cut once.
_RUNS: dict[str, tuple[str, ...]] = {}
_RUNS_MAX = 1 << 18


def pinyin_tokens(text: str) -> list[str]:
    """Pinyin tokens of normalised text, in text order."""
    han = [run for k, run in runs(text) if k == HAN]
    missing = [run for run in dict.fromkeys(han) if run not in _RUNS]
    if missing:
        if len(_RUNS) + len(missing) > _RUNS_MAX:
            _RUNS.clear()
        for run, words in zip(missing, _segment(missing), strict=True):
            _RUNS[run] = _run_tokens(words)
    return [token for run in han for token in _RUNS[run]]


@functools.lru_cache(maxsize=1)
def syllables() -> tuple[str, ...]:
    """Every toneless syllable pypinyin can produce (``lv`` for lü), sorted; not the
    vowelless interjections (``m``, ``n``, ``ng``, ``hm``, ``hng``), which would let
    ``haiya`` pass for the start of ``haiyan``. The dictionary holds some 1,500
    distinct toned readings, each stripped of its tone once."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings = {r for value in pinyin_dict.values() for r in value.split(",")}
    found = set()
    for r in readings:
        s = unicodedata.normalize("NFD", r).replace("u\u0308", "v")
        s = "".join(c for c in s if not unicodedata.combining(c))
        if s.isascii() and s.isalpha() and any(v in s for v in "aeiouv"):
            found.add(s.lower())
    return tuple(sorted(found))
