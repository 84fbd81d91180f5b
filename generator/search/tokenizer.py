"""The search tokenizer, index side. ``assets/tokenizer.js`` applies the same rules
in the browser at query time; ``tests/search/test_tokenizer.py`` runs both on the
same strings and requires identical tokens.

Rules:

1. ``normalize``: Unicode NFKC, then lower case (full-width ``ＡＢ１`` -> ``ab1``,
   ideographic space -> space).
2. Each code point is a Han character (the ranges in ``HAN_RANGES``), a word
   character (general category ``L*`` or ``N*``) or a separator (everything else:
   punctuation, spaces, symbols, emoji, combining marks).
3. A run of Han characters gives every single character and every overlapping
   bigram, in text order: ``营商环境`` -> 营, 营商, 商, 商环, 环, 环境, 境.
   A run of other word characters gives one whole token: ``café2024`` -> ``café2024``.

``index_tokens`` is what the text index stores: the same, except that a Han character
inside a run is left to the bigram it starts (``营商环境`` -> 营商, 商环, 环境, 境); only
the last character of a run stands alone. Every character of the text still starts
some indexed term, so the query side finds a lone character ``水`` as the prefix
``水*`` and a longer Han run through its bigrams.
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


def han_tokens(run: str) -> list[str]:
    out = []
    for i, ch in enumerate(run):
        out.append(ch)
        if i + 1 < len(run):
            out.append(run[i : i + 2])
    return out


def index_tokens(text: str) -> list[str]:
    """The text index's tokens of ``text`` (normalised first), in text order."""
    out: list[str] = []
    for k, run in runs(normalize(text)):
        if k == HAN:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
            out.append(run[-1])
        else:
            out.append(run)
    return out


def tokenize(text: str) -> list[str]:
    """Tokens of ``text`` (normalised first), in text order, repeats kept."""
    out: list[str] = []
    for k, run in runs(normalize(text)):
        out.extend(han_tokens(run) if k == HAN else [run])
    return out
