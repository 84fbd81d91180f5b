"""The search tokenizer, index side. ``assets/tokenizer.js`` applies the same rules
in the browser at query time; ``tests/search/test_tokenizer.py`` runs both on the
same strings and requires identical tokens.

Rules:

1. ``normalize``: Unicode NFKC, then lower case (full-width ``ＡＢ１`` -> ``ab1``,
   ideographic space -> space).
2. Each code point is a Han character (the ranges in ``HAN_RANGES``), a word
   character (general category ``L*`` or ``N*``) or a separator (everything else:
   punctuation, spaces, symbols, emoji, combining marks).
3. A run of Han characters, and a run of other word characters, gives every single
   character and every overlapping bigram, in text order: ``营商环境`` -> 营, 营商, 商,
   商环, 环, 环境, 境; ``ab1`` -> a, ab, b, b1, 1. Bigrams never join a Han character
   and a Latin one.

So any string of one run is found through its bigrams (or its one character), and a
string of one or two characters is proven present by its own term alone.
``term_hash`` says which term shard holds a term (the same number on both sides).
"""

from __future__ import annotations

import functools
import unicodedata

HAN_RANGES = (
    (0x3005, 0x3005), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303B),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF), (0x2A700, 0x2EBEF), (0x2F800, 0x2FA1F), (0x30000, 0x323AF),
)

HAN, WORD, SEP = "h", "w", "s"


def normalize(text: str) -> str:
    """NFKC, then lower case: the form both the index and the verification text use."""
    return unicodedata.normalize("NFKC", text).lower()


def is_han(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in HAN_RANGES)


@functools.lru_cache(maxsize=1 << 16)
def kind(ch: str) -> str:
    if is_han(ch):
        return HAN
    return WORD if unicodedata.category(ch)[0] in "LN" else SEP


def runs(text: str) -> list[tuple[str, str]]:
    """``(kind, run)`` pairs of already normalised text: Han runs and word runs."""
    out: list[tuple[str, str]] = []
    current, start = SEP, 0
    for i, ch in enumerate(text + " "):
        k = kind(ch) if i < len(text) else SEP
        if k != current:
            if current != SEP:
                out.append((current, text[start:i]))
            current, start = k, i
    return out


def run_tokens(run: str) -> list[str]:
    """Every character and overlapping bigram of one run, in text order."""
    out = []
    for i, ch in enumerate(run):
        out.append(ch)
        if i + 1 < len(run):
            out.append(run[i : i + 2])
    return out


def tokenize(text: str) -> list[str]:
    """Tokens of ``text`` (normalised first), in text order, repeats kept."""
    return [t for _, run in runs(normalize(text)) for t in run_tokens(run)]


def term_hash(term: str) -> int:
    """32-bit FNV-1a over the term's UTF-16 code units (``tokenizer.js`` ``termHash``)."""
    h = 0x811C9DC5
    units = term.encode("utf-16-le")
    for i in range(0, len(units), 2):
        h ^= units[i] | units[i + 1] << 8
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h
