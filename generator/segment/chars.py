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


def is_prose(text: str) -> bool:
    """True for text in sentences: it holds a stop or a comma. A box of short lines without
    them (a weather report, a table, a list of names) is not prose."""
    return any(c in text for c in "。！？!?，,；;")


def ends_clause(text: str) -> bool:
    """True when ``text`` ends inside a sentence, after a comma, colon or enumeration mark."""
    body = text.rstrip()
    return bool(body) and body[-1] in CLAUSE_END


# The traditional forms of the characters that papers' marks are made of (本報訊, 記者, 通訊員,
# 責任編輯, 下轉), each to its simplified form: one character for one, so that a position in
# the folded text is the same position in the printed one.
_TRADITIONAL = "報訊記員攝電網編輯責審圖轉評論郵綜發導實習約見專訪據來聞臺週農曆號聯傳話熱線組對讀設計術視覺題稿頁數"
_SIMPLIFIED = "报讯记员摄电网编辑责审图转评论邮综发导实习约见专访据来闻台周农历号联传话热线组对读设计术视觉题稿页数"
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)


def fold(text: str) -> str:
    """``text`` with the traditional forms of marks' characters in simplified form (the same
    length: positions carry over)."""
    return text.translate(_FOLD)
