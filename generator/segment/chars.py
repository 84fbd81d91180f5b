"""Character classes shared by the segmentation modules."""

from __future__ import annotations

SENTENCE_END = "。！？!?…"
CLAUSE_END = "，、；：,;:"
CLOSERS = "”’」』\"'）)》"
PUNCT = SENTENCE_END + CLAUSE_END + CLOSERS + "“‘「『（(《—－-·•／/【】〈〉"
INDENT = " \t\u3000"


def is_cjk(ch: str) -> bool:
    """True for a Han character (the basic and extension-A blocks, compatibility ideographs)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def is_latin(ch: str) -> bool:
    """True for an ASCII or full-width Latin letter."""
    return ch.isascii() and ch.isalpha() or "\uff21" <= ch <= "\uff5a"


def is_punct(ch: str) -> bool:
    """True for Chinese or ASCII punctuation that needs no space beside it."""
    return ch in PUNCT


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: 。！？… possibly followed by closing quotes."""
    body = text.rstrip().rstrip(CLOSERS)
    return bool(body) and body[-1] in SENTENCE_END


def ends_clause(text: str) -> bool:
    """True when ``text`` ends inside a sentence, after a comma, colon or enumeration mark."""
    body = text.rstrip()
    return bool(body) and body[-1] in CLAUSE_END
