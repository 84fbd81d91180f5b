"""Datelines (``本报9月9日讯``) and continuation marks (``（上接第一版）``, ``(下转第三版)``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

DATELINE = re.compile(r"^(?:本报|新华社)(?:[\u4e00-\u9fff]{0,6}?)(?:(\d{1,2})月(\d{1,2})日)?[讯电]")
_MARK = re.compile(r"[（(]\s*([上下])\s*[接转]\s*第\s*([〇零一二三四五六七八九十百\d]+)\s*版\s*[）)]")
_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Dateline:
    """A dateline as printed and the month and day it names (0 when it names none)."""

    text: str
    month: int = 0
    day: int = 0


@dataclass(frozen=True)
class Marks:
    """A paragraph with its continuation marks taken out."""

    text: str
    continued_from: int | None = None
    continued_to: int | None = None
    printed: tuple[str, ...] = ()


def parse_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, if any."""
    m = DATELINE.match(text)
    if not m:
        return None
    return Dateline(m.group(), int(m.group(1) or 0), int(m.group(2) or 0))


def page_number(numeral: str) -> int:
    """``一`` -> 1, ``十二`` -> 12, ``3`` -> 3."""
    if numeral.isdigit():
        return int(numeral)
    if "百" in numeral:
        hundreds, _, rest = numeral.partition("百")
        return _DIGITS.get(hundreds, 1) * 100 + (page_number(rest.lstrip("零〇")) if rest else 0)
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0)
    return int("".join(str(_DIGITS[c]) for c in numeral))


def take_marks(text: str) -> Marks:
    """Remove ``（上接第X版）`` from the start and ``（下转第Y版）`` from anywhere in a paragraph."""
    found = {"上": None, "下": None}
    printed = []
    for m in _MARK.finditer(text):
        if m.group(1) == "上" and m.start() > 0:
            continue
        found[m.group(1)] = page_number(m.group(2))
        printed.append(m.group())
    for mark in printed:
        text = text.replace(mark, "", 1)
    return Marks(text.strip(), found["上"], found["下"], tuple(printed))


def find_marks(text: str) -> list[str]:
    """Every continuation mark printed in ``text``, as printed."""
    return [m.group() for m in _MARK.finditer(text)]


def opens_with_continuation(text: str) -> bool:
    """True when ``text`` starts with a ``（上接第X版）`` mark."""
    m = _MARK.match(text.strip())
    return bool(m) and m.group(1) == "上"
