"""Pinyin at build time: each Han character's syllable as pypinyin reads it in
context, and the pinyin terms of the index.

A Han run is read whole by pypinyin (its phrase dictionary picks the reading of a
polyphone from its neighbours: 银行 yin hang, 行长 hang zhang), one syllable per
character; a character pypinyin has no reading for gets none. From the syllables of
a run come, mirroring the Han bigrams, the pinyin terms of the index: each pair of
neighbouring syllables (``"ying shang"``) and each pair of their initial letters
(``"y_s"``), so full pinyin of any length and initials find a phrase anywhere in a
run, across word boundaries. The per-article transcript (one syllable code per Han
character, ``transcript``) lets the browser confirm a pinyin phrase and mark it.
"""

from __future__ import annotations

import functools
import unicodedata

# Syllable codes in a transcript: two characters of this alphabet, the syllable's
# number in ``syllables()``; ``UNKNOWN`` for a character without a reading.
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
UNKNOWN = "__"


@functools.lru_cache(maxsize=1 << 17)
def run_syllables(run: str) -> tuple[str | None, ...]:
    """The syllable of each character of a Han run as pypinyin reads the run
    (``None`` where it has no reading)."""
    from pypinyin.seg.simpleseg import seg  # here: importing pypinyin takes longer than a build with nothing to do

    chars = list(run)
    read = [s for word in seg(run) for s in _word_syllables(word)]
    if len(read) != len(chars):  # not expected: read the characters one by one
        read = [_word_syllables(c)[0] for c in chars]
    known = _known()
    return tuple(s if s in known else None for s in read)


@functools.lru_cache(maxsize=1 << 18)
def _word_syllables(word: str) -> tuple[str, ...]:
    """pypinyin's reading of one word of its own segmentation. ``lazy_pinyin`` reads a
    run word by word, each word on its own (a word cut again is the same word), so
    reading the words through this cache gives its reading of the run, many times
    faster: an archive repeats its words."""
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(word, style=Style.NORMAL, errors=lambda s: ["?"] * len(s)))


def pinyin_terms(run: str) -> list[str]:
    """The pinyin terms of one Han run: neighbouring syllables and their initials."""
    read = run_syllables(run)
    out = []
    for a, b in zip(read, read[1:], strict=False):
        if a and b:
            out += [f"{a} {b}", f"{a[0]}_{b[0]}"]
    return out


def transcript(han_runs: list[str]) -> str:
    """The syllable codes of every Han character of ``han_runs``, in order."""
    code = _codes()
    return "".join(code.get(s, UNKNOWN) for run in han_runs for s in run_syllables(run))


@functools.lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(syllables())


@functools.lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    return {s: ALPHABET[n // 64] + ALPHABET[n % 64] for n, s in enumerate(syllables())}


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
