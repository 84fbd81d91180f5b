"""Datelines (``本报9月9日讯``) and continuation marks (``（上接第一版）``, ``(下转第三版)``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bylines import MARKS, is_byline
from .chars import fold

_NUM = r"\d{1,2}|[〇零一二三四五六七八九十]{1,3}"
# 本报讯, 本报9月9日讯, 本报北京3月5日电, 新华社北京3月5日电, 中新社上海电, 人民日报北京3月5日电,
# 据新华社北京3月1日电, 本报综合
DATELINE = re.compile(
    rf"^[{MARKS}]?\s?(?:据\s?)?(?:本报综合(?:报道|消息)?|(?:本报|本刊|[\u4e00-\u9fff]{{1,4}}?(?:社|报|网|台))(?:[\u4e00-\u9fff]{{0,8}}?)"
    rf"(?:\s?(?:({_NUM})月)?({_NUM})日)?\s?[讯电])"
)
_BRACKETED = re.compile(r"\s?[（(]([^（）()]{2,40})[）)]")
_REPORTED = re.compile(r"\s?(([^：:。，,（）()]{4,40}?报道)[：:])")  # 本报讯 记者 X 通讯员 Y 报道：
_PAGE_NO = r"[〇零一二三四五六七八九十百\d]+"
_SECTION = r"(?:[A-H]\s?)?"  # the section letter of an evening paper's pages: A2, B3
# （上接第一版）, （下转第3版）, （上接A1版）, （转第3版）, （紧接第1版）; printed bare at a text's
# start or end: 上接第1版, 下转2版, 下转2版〉〉
_MARK = re.compile(
    rf"[（(]\s*(?:(?P<side>[上下])|紧)?\s*(?P<verb>[接转轉])\s*第?\s*{_SECTION}(?P<page>{_PAGE_NO})\s*版\s*[）)]"
    rf"|^(?P<up>上)接\s*第?\s*{_SECTION}(?P<from>{_PAGE_NO})\s*版"
    rf"|(?P<down>下)[转轉]\s*第?\s*{_SECTION}(?P<to>{_PAGE_NO})\s*版(?:〉〉|>>|》》)?$",
    re.M,
)


def _side(m: re.Match) -> str:
    """上 for a mark naming the page a text comes from, 下 for the page it goes on to."""
    side = m.group("side") or m.group("up") or m.group("down")
    return side or ("上" if m.group("verb") == "接" else "下")


def _page_of(m: re.Match) -> str:
    return m.group("page") or m.group("from") or m.group("to")
_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Dateline:
    """A dateline as printed, the month and day it names (0 when it names none), and a
    byline printed right after it: in brackets (``本报讯（记者 张某）``), or ending in
    ``报道：`` (``本报讯 记者 张某 报道：``)."""

    text: str
    month: int = 0
    day: int = 0
    byline: str = ""
    lead: str = ""  # a brief's place tag printed before it: 【海川区】


@dataclass(frozen=True)
class Marks:
    """A paragraph with its continuation marks taken out."""

    text: str
    continued_from: int | None = None
    continued_to: int | None = None
    printed: tuple[str, ...] = ()


# a brief's place run in before its text: 【海川区】本报讯……, ◆石门乡：3月9日……
RUN_IN_TAG = re.compile(r"^(?:【[^【】]{2,8}】|[◆■●▲◇]\s?[\u4e00-\u9fff]{2,8}[：:])\s?")


# a story retold from another paper or station, its source where a dateline stands: 据《泰平晨报》报道，
_REPORTED_BY = re.compile(
    rf"^据\s?(?:《[^《》]{{2,14}}》|[\u4e00-\u9fff]{{2,8}}?(?:社|报|网|台|新闻))(?:(?:({_NUM})月)?({_NUM})日)?\s?(?:报道|消息)(?=[，,：:\s])"
)


def parse_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text`` (line breaks ignored; after a brief's place tag,
    ``【海川区】本报讯``), if any; or the source a retold story opens with (``据《泰平晨报》报道``)."""
    text = text.replace("\n", "")
    folded = fold(text)  # 本報訊, 新華社北京3月1日電: read as 本报讯
    tag = RUN_IN_TAG.match(folded)
    lead = tag.end() if tag and tag.group().startswith("【") else 0
    m = DATELINE.match(folded[lead:]) or _REPORTED_BY.match(folded[lead:])
    if not m or "的" in m.group():
        return None  # 我所在的锦绣社区有四百多辆电动自行车: a sentence, no agency's dispatch
    month = page_number(m.group(1)) if m.group(1) else 0
    day = page_number(m.group(2)) if m.group(2) else 0
    end = lead + m.end()
    after = _BRACKETED.match(text, end)
    byline = after.group().strip() if after and is_byline(after.group().strip()) else ""
    reported = _REPORTED.match(folded, end) if not byline else None
    if reported and is_byline(reported.group(2)):
        byline = text[reported.start(1) : reported.end(1)].strip()  # with its colon, as printed
    return Dateline(text[lead:end], month, day, byline, text[:lead])


def page_number(numeral: str) -> int:
    """``一`` -> 1, ``十二`` -> 12, ``3`` -> 3."""
    if numeral.isdigit():
        return int(numeral)
    if len(numeral) > 1 and "十" not in numeral and "百" not in numeral:  # 二〇二四
        return int("".join(str(_DIGITS[c]) for c in numeral))
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
        if _side(m) == "上" and m.start() > 0:
            continue
        found[_side(m)] = page_number(_page_of(m))
        printed.append(m.group())
    for mark in printed:
        text = text.replace(mark, "", 1)
    return Marks(text.strip(), found["上"], found["下"], tuple(printed))


# the mark ending one part of a serial or a text run in parts: （未完待续）, （待续）, （全文完）
_PART_END = re.compile(r"[（(]\s*(?:未完待续|未完|待续|续完|全文完|本文完|完)\s*[）)]$")


def ends_part(text: str) -> bool:
    """True for a text ending with the mark that closes a serial's part (``（未完待续）``)."""
    return bool(_PART_END.search(text.replace("\n", "").rstrip()))  # perhaps wrapped: （未完待 / 续）


def find_marks(text: str) -> list[str]:
    """Every continuation mark printed in ``text``, as printed."""
    return [m.group() for m in _MARK.finditer(text)]


def opens_with_continuation(text: str) -> bool:
    """True when ``text`` starts with a ``（上接第X版）`` mark."""
    m = _MARK.match(text.strip())
    return bool(m) and _side(m) == "上"


def holds_jump(text: str) -> bool:
    """True for text holding a continuation mark (``（下转第2版）``): an article's text, never
    a headline."""
    return bool(_MARK.search(text))


# who the writer is, after the text: 作者单位：市第二人民医院, （作者系临溪师范学院副教授）
AUTHOR_NOTE = re.compile(r"^[（(]?作者(?:单位|系|为|是|简介)")
