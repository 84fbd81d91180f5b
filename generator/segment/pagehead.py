"""Page headers and footers (报头, 版头, 版脚): the lines that say which day and page this is.

``2024年3月6日　星期三　第3版　要闻　责任编辑：王芳　美术编辑：李强``,
``A3　2024年3月6日　星期三　综合新闻``, ``第5版``, ``编辑：张三　校对：李四``,
``A2 │ 要闻 │ 2025年1月8日``, ``本版邮箱：news@example.com``, and the page's photo credit
``本版图片除署名外均由记者 X 摄``. A line is read field by field (date, weekday, page,
editors, mail, phone, the paper's name, the page's name); it is a header only when every
field is one of these and it names at least two of them, or is an editors' or contact line.
These lines are furniture for the articles but carry the page's date, number, section
(版名) and editors.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from dataclasses import dataclass, field

from .chars import fold, is_latin
from .marks import page_number

_N = r"[\d〇零一二三四五六七八九十]"
_DATE = re.compile(rf"^((?:19|20)\d\d|[一二][〇零一二三四五六七八九]{{3}})年({_N}{{1,2}})月({_N}{{1,3}})日$")
_YEAR = re.compile(r"^(?:19|20)\d\d年")
_WEEKDAY = re.compile(r"^(?:星期|周|礼拜)[一二三四五六日天]$")
_LUNAR = re.compile(  # 农历八月初八, 乙巳年正月十三, and a lunar date a wrap cut off from 农历: 八月初八, 初八
    r"^(?:农历|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)\S{0,8}$"
    r"|^(?:[正一二三四五六七八九十冬腊]{1,2}月)?(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]?|三十)$"
)
_PAGE = re.compile(rf"^(?:第\s*({_N}{{1,3}})\s*版|([A-Z])\s?(\d{{1,2}})(?:版)?|(\d{{1,2}})\s*版|({_N}{{1,3}})版)$")
_ROLES = (
    "本版编辑|本版责编|责任编辑|美术编辑|图片编辑|文字编辑|视觉编辑|责编|美编|编辑|校对|组版|排版|版式设计|版式|审读|视觉设计|设计"
    "|值班编委|主编|制图|视觉|统筹|监制|审校"
)
_ROLE = re.compile(rf"^({_ROLES})(?:[:：](.*))?$")
_ROLE_SECTIONS = ("视觉", "设计")  # a page's name too, when printed alone: 第7版　视觉　责任编辑：胡蓉
_NAME = re.compile(r"^(?:[\u4e00-\u9fff·]{2,6}|[A-Za-z][A-Za-z .\-]{1,20})$")
_CONTACT = re.compile(
    # the paper's (本版邮箱, 问政热线), not a notice's (联系电话, 咨询电话)
    r"^(?!联系|咨询|报名|办理|预约|服务|投诉|举报|值班)[\u4e00-\u9fff]{0,4}?(?:邮箱|电子邮箱|电话|热线|传真|E-?mail)[:：]\S+$"
    r"|^[\w.\-]+@[\w\-]+\.[\w.\-]+$|^\d{3,4}[\-－]\d{7,8}$",  # a number alone is a phone's only with its area code: 0532-88886666
    re.I,
)
_ISSUE_NO = re.compile(rf"^(?:第\s*{_N}{{1,6}}\s*期|今日\s*{_N}{{1,3}}\s*版|国内统一连续出版物号\S*|CN\d\S*|代号\S*)$")
# a page's name (版名); not the head or tail of another field a wrap cut (今日 / 4版, 农历八 / 月初八)
_SECTION = re.compile(r"^(?!(?:今日|今天|明日|本期|本版)$|[月日年号初版期])[\u4e00-\u9fff·•]{2,8}$")
_STACK = re.compile(r"^[A-H]叠$")  # the paper's section the page is in: B叠
_SPONSOR = re.compile(r"^[\u4e00-\u9fff·]{2,24}(?:主办|机关报)$")  # 中共柳溪县委主办, 中共北山省委机关报 (the masthead's publisher)
_ROMAN = re.compile(r"^[A-Z]{2,}$")  # LIUXI BAO: the paper's name in letters, on the masthead
# who took the page's pictures: 本版图片除署名外均由记者 郑国梁 摄, 本版照片由市文旅局提供
# under the masthead: 今日天气：多云　24℃～32℃ (the line alone, perhaps wrapped; not the page's field after it)
_WEATHER = re.compile(r"^(?:今日|今天|明日|本市)?天气\s?[:：](?!.*(?:[A-Z]\s?\d|第\s?\S{1,3}\s?版)).*℃")
_PAGE_CREDIT = re.compile(r"^本版(?:图片|照片|插图|摄影)\S{0,30}(?:摄|提供)$")
_SEPARATORS = r"[\s\u3000│｜|┃丨]+"  # between fields: spaces, or rules (A2 │ 要闻 │ 2025年1月8日)


@dataclass(frozen=True)
class Header:
    """What one header or footer line says; empty fields when it does not say."""

    text: str
    date: str = ""  # ISO
    page: int = 0
    section: str = ""
    paper: str = ""
    editors: tuple[tuple[str, str], ...] = field(default=())


def _iso(year: str, month: str, day: str) -> str:
    try:
        return _dt.date(page_number(year), page_number(month), page_number(day)).isoformat()
    except (ValueError, KeyError):
        return ""


# fields that may run into each other when no space was printed between them (or a line
# break took it away): 2024年3月6日星期三第3版要闻责任编辑：王芳美术编辑：李强
_RUN_FIELDS = re.compile(
    rf"(?:19|20)\d\d年{_N}{{1,2}}月{_N}{{1,3}}日|[一二][〇零一二三四五六七八九]{{3}}年{_N}{{1,2}}月{_N}{{1,3}}日"
    rf"|星期[一二三四五六日天]|第\s*{_N}{{1,3}}\s*版|(?:{_ROLES})[:：]|(?<![A-Za-z0-9])[A-Z]\d{{1,2}}(?![\d.])"
)


def _fields(text: str) -> list[str]:
    """The line's fields, split at spaces and where one field runs into the next, each
    editor's role kept with its names (``责任编辑：  王芳``, ``编辑 张三 李四``)."""
    out: list[str] = []
    for token in (t for part in re.split(_SEPARATORS, text.strip()) for t in _split_run(part) if t):
        role = _ROLE.match(out[-1]) if out else None
        if role and _NAME.match(token) and not _ROLE.match(token):
            out[-1] += ("" if out[-1].endswith((":", "：")) else " ") + token
            continue
        out.append(token)
    return out


def _split_run(part: str) -> list[str]:
    """A space-free run of header text cut where its fields meet (``2024年3月6日星期三``)."""
    if _DATE.match(part) or _PAGE.match(part) or (_ROLE.match(part) and _editor(part)):
        return [part]
    cuts = sorted({0, len(part)} | {k for m in _RUN_FIELDS.finditer(part) for k in (m.start(), m.end())})
    pieces = [part[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if part[a:b]]
    joined = []  # an editor's role keeps the name after it
    for piece in pieces:
        if joined and joined[-1].endswith((":", "：")):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined if len(joined) > 1 and all(_known(p) for p in joined) else [part]


def _known(piece: str) -> bool:
    """A piece that reads as one header field."""
    return bool(_DATE.match(piece) or _WEEKDAY.match(piece) or _LUNAR.match(piece) or _PAGE.match(piece) or _SECTION.match(piece)
                or _editor(piece))


def _editor(token: str) -> tuple[str, str] | None:
    """(role, names) of an editors' field whose names all look like names."""
    m = _ROLE.match(token.split(" ")[0])
    if not m:
        return None
    names = [n for n in re.split(r"[ 、/]+", (m.group(2) or "") + " " + " ".join(token.split(" ")[1:])) if n]
    return (m.group(1), " ".join(names)) if names and all(_NAME.match(n) for n in names) else None


def parse_header(line: str, edge: bool = False) -> Header | None:
    """The header or footer fields of a line, or None when the line is not one. At the
    ``edge`` of a page (its first or last lines) a date or a page number alone will do."""
    text = line.strip()
    if not text or len(text) > 120 or re.search(r"[。！？；，、,;!?]", text):
        return None
    if _PAGE_CREDIT.match(re.sub(r"\s", "", text)) or _WEATHER.match(text):
        return Header(text)  # the page's photo credit; the masthead's weather line
    date, page, section, paper = "", 0, "", ""
    editors: list[tuple[str, str]] = []
    strong = 0
    folded = fold(text)  # 責任編輯 read as 责任编辑; what is kept is as printed

    def printed(piece: str) -> str:
        at = folded.find(piece)
        return text[at : at + len(piece)] if at >= 0 else piece

    for token in _fields(re.sub(r"(?<![A-Za-z])CN\s+(?=\d)", "CN", folded)):
        if m := _DATE.match(token):
            date, strong = _iso(*m.groups()) or date, strong + 1
        elif _WEEKDAY.match(token) or _LUNAR.match(token):
            strong += 1
        elif _ISSUE_NO.match(token):  # 今日8版, 国内统一连续出版物号 CN 00-0000: the masthead's words
            strong += 2
        elif m := _PAGE.match(token):
            number = m.group(1) or m.group(3) or m.group(4) or m.group(5)
            page, strong = page_number(number), strong + 1
        elif _ROLE.match(token.split(" ")[0]) and not (token in _ROLE_SECTIONS and not section):
            editor = _editor(token)
            if editor is None:
                return None
            editors.append((printed(editor[0]), " ".join(printed(n) for n in editor[1].split(" "))))
            strong += 2
        elif _CONTACT.match(token) or _SPONSOR.match(token):
            strong += 2
        elif edge and (_ROMAN.match(token) or _STACK.match(token)):
            strong += 1
        elif _SECTION.match(token) and token.endswith(("报", "日报", "晚报")) and not paper:
            paper = printed(token)
        elif _SECTION.match(token) and not section:
            section = printed(token)
        else:
            return None
    masthead = edge and paper and not (strong or section or date or page)  # 柳溪报 alone at the page's top
    lettered = bool(re.match(r"^[A-Z]\s?\d", text))  # A1　要闻: an evening paper's page and its section
    if strong < 2 and not (edge and strong == 1 and (date or page) and (not section or lettered)) and not masthead:
        return None
    return Header(text, date, page, section, paper, tuple(editors))


def read_header(lines: tuple[str, ...] | list[str], edge: bool = False) -> Header | None:
    """The header a run of lines makes when a narrow column wrapped it. A wrap may fall
    inside a field (``2025年11月`` / ``6日``) or between two (``第4版　时评`` / ``沅州日报``),
    so each break is read both ways and the reading naming the most fields is taken."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    if len(lines) < 2 or len(lines) > 8:
        return parse_header("".join(lines), edge)
    best, most = None, -1
    apart = [_starts_field(ln) for ln in lines[1:]]  # where a line may start a field of its own
    for joins in itertools.product(("", " "), repeat=len(lines) - 1):  # fewest spaces first, on a tie
        if any(j and not ok for j, ok in zip(joins, apart, strict=True)):
            continue
        text = lines[0]
        for j, ln in zip(joins, lines[1:], strict=True):
            latin = is_latin(text[-1]) and is_latin(ln[0])  # BEISHAN / DAILY: two words
            text += (j or (" " if latin else "")) + ln
        header = parse_header(text, edge)
        if header is not None:
            named = bool(header.date) + bool(header.page) + bool(header.section) + bool(header.paper) + len(header.editors)
            if named > most:
                best, most = header, named
    return best


def _starts_field(line: str) -> bool:
    """A line whose first word is a field that cannot be the tail of another: a date (or
    its year, the rest wrapped: ``2025年2月`` / ``10日``), a
    weekday, a page, an editor's role, a contact or the paper's name (``沅州日报``)."""
    first = re.split(_SEPARATORS, fold(line.strip()), maxsplit=1)[0]
    return bool(_DATE.match(first) or _YEAR.match(first) or _WEEKDAY.match(first) or _PAGE.match(first)
                or _ROLE.match(first.split("：")[0])
                or _CONTACT.match(first) or (_SECTION.match(first) and first.endswith(("日报", "晚报", "报"))))


@dataclass(frozen=True)
class PageHead:
    """What all of a page's header and footer lines say together."""

    date: str = ""
    page: int = 0
    section: str = ""
    paper: str = ""
    editors: tuple[tuple[str, str], ...] = ()


def merge(headers: list[Header]) -> PageHead:
    """The first value each field has among the page's headers; editors from all of them."""
    editors: list[tuple[str, str]] = []
    for h in headers:
        editors += [e for e in h.editors if e not in editors]
    return PageHead(
        next((h.date for h in headers if h.date), ""),
        next((h.page for h in headers if h.page), 0),
        next((h.section for h in headers if h.section), ""),
        next((h.paper for h in headers if h.paper), ""),
        tuple(editors),
    )
