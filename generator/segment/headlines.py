"""Headline blocks: what a headline looks like, how a block splits into separate headlines,
which is kicker (引题), title (主题) or subtitle (副题), and titles derived from a lead."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import CLAUSE_END, SENTENCE_END, ends_clause, ends_sentence, is_cjk, is_latin
from .marks import holds_jump
from .reflow import collapse, drop_join_spaces, drop_punct_spaces, wrapped_inside_word

MAX_HEADLINE_LINE = 40  # characters; longer lines are body text
MAX_HEADLINE_LINES = 3  # of short lines; more only where a narrow column wrapped the headlines
MAX_WRAPPED_LINES = 6
DERIVED_MAX = 36
DERIVED_MIN = 6
_LABEL = re.compile(
    r"^(?:>>|》》|【|\[|〖|(?P<mark>[◆■●★☆◇□▲△◎◥◤]))\s*(?P<name>[^【】\[\]〖〗<>《》◆■●★☆◇□▲△◎◥◤]{2,12}?)\s*"
    r"(?:<<|《《|】|\]|〗|(?P=mark)|[◥◤])$"  # >>推动深度融合<<, 【区县传真】, ◆身边的匠人◆
)
_BRACKETED_LINE = re.compile(r"^[（(][^（）()]+[）)]$")
_DASHED_FOLIO = re.compile(r"^[-－—–]\s?\d{1,3}\s?[-－—–]$")
_FOLIO = re.compile(r"^(?:[A-Z]?\d{1,3}|第\s*[〇零一二三四五六七八九十\d]{1,3}\s*版)$")
_SLOGAN = re.compile(r"^(\S{2,4})(?: \S{2,4}){2,}$")
BYLINE_ROLES = ("记者", "通讯员", "评论员", "实习生", "摄影")  # words a slogan does not hold
_INNER_SPACE = re.compile(r"\S[ \u3000]+\S")
_LETTER_SPACED = re.compile(r"^(?:\S ){2,}\S$")
LARGE_LINE = 16  # characters: lines of a title in large type are no longer
KICKER_RATIO = 1.05  # a first headline longer than the second by this much is its kicker
LABEL_LINE = 7  # characters: a headline this short over one twice as long is its kicker (医保政策问答)
PILE_RATIO = 0.75  # headlines piled together with lengths this close are parallel subheads
DASHES = ("——", "—")  # a subtitle opens with one: ——二论建设人民满意城市
LEADS_ON = (*DASHES, "：", ":")  # a kicker ending so leads into its title: 一条热线连着万家冷暖——


@dataclass(frozen=True)
class Roles:
    """The printed headlines of one article, by role."""

    kicker: str = ""
    title: str = ""
    subtitle: str = ""


def label_name(line: str) -> str:
    """The name a label line prints (``>>推动深度融合<<``, ``【区县传真】``), or ""."""
    m = _LABEL.match(line.strip())
    return m.group("name") if m else ""


def is_furniture(line: str) -> bool:
    """Slogan banners of equal short phrases (``学思想 强党性 重实践 建新功``); not a
    wrapped byline's middle, whose words may be as even (``报记者 高建国 通讯员``)."""
    m = _SLOGAN.match(line)
    words = line.split()
    return (bool(m) and len({len(t) for t in words}) == 1 and all(is_cjk(c) for t in words for c in t)
            and not any(role in line for role in BYLINE_ROLES))


def is_folio(line: str) -> bool:
    """A page number standing alone: ``2``, ``A02``, ``第2版``, ``- 3 -``."""
    return bool(_FOLIO.match(line.strip())) or is_dashed_folio(line)


def is_dashed_folio(line: str) -> bool:
    """A page number between dashes (``- 3 -``): one wherever the extractor left it."""
    return bool(_DASHED_FOLIO.match(line.strip()))


# the numbering of a heading, highest level first: 一、 （一） 1. （1） ①
ENUMERATORS = (
    re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]"),
    re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]"),
    re.compile(r"^\d{1,2}[.．、](?!\d)"),
    re.compile(r"^[（(]\d{1,2}[)）]"),
    re.compile(r"^[①-⑳]"),
)
# a date written out: 2024年4月10日, 二〇二四年四月十日
_NUMERAL = "[\\d〇零一二三四五六七八九十]"
DATE_TEXT = rf"(?:(?:19|20)\d\d|[一二][〇零一二三四五六七八九]{{3}})年{_NUMERAL}{{1,2}}月{_NUMERAL}{{1,3}}日"
_DATE_LINE = re.compile(rf"^{DATE_TEXT}$")


def heading_level(text: str) -> int:
    """The rank of a heading's numbering (0 for 一、, 1 for （一）, … ), or -1 when unnumbered."""
    return next((k for k, pattern in enumerate(ENUMERATORS) if pattern.match(text.strip())), -1)


def enumerated(line: str) -> bool:
    """True for a line that opens with a heading's numbering."""
    return heading_level(line) >= 0


def is_signature(lines: list[str]) -> bool:
    """Who issued a document and when, at its end (落款): short lines without stops ending
    with a date (up to six where a narrow column wrapped the issuers' names)."""
    plain = len(lines) <= 3 or not any(c in ln for ln in lines for c in SENTENCE_END + CLAUSE_END)
    return (1 <= len(lines) <= MAX_WRAPPED_LINES and plain and bool(_DATE_LINE.match(lines[-1].strip()))
            and all(len(ln) <= 24 for ln in lines))


def looks_like_headline(lines: list[str], width: int = 0, apart: bool = False) -> bool:
    """True for a block of at most three short lines without sentence or clause endings,
    or up to six where most fill a column ``width`` wide (headlines the column wrapped; the
    last line of each may be short). More short lines are a list or a box: text."""
    if not lines or len(lines) > MAX_WRAPPED_LINES or any(holds_jump(ln) for ln in lines):
        return False
    if all(_BRACKETED_LINE.match(ln.strip()) for ln in lines):
        return False  # （未完待续）, （作者系……）: a note or a mark printed with a text, no headline
    if len(lines) > MAX_HEADLINE_LINES:
        filled = sum(width - 2 <= len(ln) <= width + 1 for ln in lines) if width else 0
        if 2 * filled < len(lines) or len(split_pieces(lines, width)) > MAX_HEADLINE_LINES:
            return False  # short lines, or more than kicker, title and subtitle: a list or a box
    *first, last = lines
    return all(len(ln) <= MAX_HEADLINE_LINE and _unstopped(ln) for ln in first) and len(last) <= MAX_HEADLINE_LINE and _asks(last, apart)


def _unstopped(text: str) -> bool:
    """No sentence or clause end, and no stop inside."""
    return not ends_sentence(text) and not ends_clause(text) and not any(c in text for c in "。！？!?")


def _asks(line: str, apart: bool = False) -> bool:
    """True for a headline's last line: no stop or clause end, but for a question or an
    exclamation closing a headline (``补贴怎么申请？``), of one clause unless set ``apart``
    by blank lines (``天热血压降了，降压药能不能停？``)."""
    text = line.strip().rstrip("”’\"")
    if apart and not any(c in text for c in "。：:"):
        text = re.sub(r"[？！?!]", "", text)  # 孩子暑假“宅”出近视？这些习惯要改
    if text[-1:] in "？！?!":
        text = text[:-1]
        if any(c in text for c in "：:") or (not apart and any(c in text for c in "，,")):
            return False  # a question put in a dialogue, or a sentence of the text (多次沟通无果后，她该怎么办？)
    return _unstopped(text)


# a kicker naming the kind of report the title heads: 雁栖市推进城乡客运一体化调查 / 山路弯弯，公交开到家门口
_GENRE_END = re.compile(r"(?:调查|观察|纪实|探访|追踪|特写|侧记|见闻|巡礼|札记)$")
_QUESTION_END = re.compile(r"(?:吗|呢|？|\?)[”’\"]?$")  # 二手房市场稳住了吗
COUPLET_LINE = 7  # characters: the shortest half of a couplet title (对仗)
SHORT_HEAD = 8  # characters: a shorter line is part of a larger headline, not one of its own
LONG_HEAD = 10  # characters: a headline line this long was not wrapped before a longer one
SHORTER_LINE = 0.75  # a line this much shorter than the one before, with more below it, starts a headline


def split_pieces(lines: list[str], width: int = 0) -> list[tuple[str, ...]]:
    """Split a headline block into separate headlines: a line with an inner space is complete
    in itself; after a line long enough to stand alone, a much longer line starts a new
    headline, and so does a much shorter one that more lines follow (a kicker over a title
    set in two short lines of large type) or that follows a line neither wrapped by the
    column's ``width`` nor short enough for large type, unless it ends a line the column
    wrapped."""
    pieces: list[list[str]] = []
    for k, line in enumerate(lines):
        prev = pieces[-1][-1] if pieces else ""
        alone = len(prev) >= SHORT_HEAD
        label = len(prev) <= 3 or len(prev) <= LABEL_LINE and len(line) >= 2 * len(prev)  # 短评, 中乙联赛第六轮 over a title
        # a wrapped headline's later line is not the longer (by more than a hanging mark):
        # after a long line, a longer one is a headline of its own; after a short one it may
        # be the rest of a title in large type
        longer = len(line) >= len(prev) + 2 if len(prev) >= LONG_HEAD else len(line) >= 1.4 * len(prev) and (alone or label)
        # the column wrapped the line before, and this one ends the wrap (a wrap's inner lines are full)
        fills = width and width - 1 <= len(prev) <= width + 1
        complete = len(prev) > LARGE_LINE and width and not fills  # too long for large type, and no column's wrap
        wrap_ends = fills and (k + 1 == len(lines) or len(lines[k + 1]) >= 1.4 * len(line))
        shorter = len(line) < SHORTER_LINE * len(prev) and alone and not wrap_ends and (k + 1 < len(lines) or complete)
        ended = prev.endswith(LEADS_ON) or enumerated(line)  # a kicker leading into its title; a numbered heading
        ended = ended or line.startswith(DASHES)  # a subtitle: ——二论建设人民满意城市
        ended = ended or (len(prev) >= SHORT_HEAD and _GENRE_END.search(prev) is not None and not fills)  # ……调查 / title
        # a whole question under a whole statement, neither wrapped by the column: a title under its kicker
        ended = ended or (_QUESTION_END.search(line) is not None and alone and not fills and len(line) >= SHORT_HEAD
                          and not _QUESTION_END.search(prev))
        if not pieces or _INNER_SPACE.search(prev) or _INNER_SPACE.search(line) or longer or shorter or ended:
            pieces.append([line])
        else:
            pieces[-1].append(line)
    return [tuple(p) for p in pieces]


def clean_headline(line: str) -> str:
    """One headline line without extractor spacing; spaces between its phrases stay."""
    # an ideographic space is printed between two phrases; only plain ones may be an extractor's joins
    kept = re.sub(r"\s*\u3000\s*", "\x00", line.strip())
    line = drop_punct_spaces(drop_join_spaces(collapse(kept))).replace("\x00", " ")
    return line.replace(" ", "") if _LETTER_SPACED.match(line) else line


def headline_text(lines: tuple[str, ...] | list[str]) -> str:
    """A headline's lines joined: no space between Chinese, one between Latin words, and
    one between the two halves of a couplet (对仗: two lines of the same length)."""
    cleaned = [clean_headline(ln) for ln in lines]
    if is_couplet(cleaned):
        return " ".join(cleaned)
    out = ""
    for line in cleaned:
        spaced = out and is_latin(out[-1]) and is_latin(line[:1] or " ") and not wrapped_inside_word(out, line)
        out += " " + line if spaced else line
    return out


SUBHEAD_MARKS = "◎●○■□◆◇▲△★☆▶►"
_SUBHEAD_BRACKETS = re.compile(r"^[【\[〖](.+)[】\]〗]$")


def subhead_text(lines: tuple[str, ...] | list[str], wrapped: bool) -> str:
    """A subhead: a phrase wrapped across lines is joined like a headline; parts set on
    lines of their own (``工程建设再提速`` / ``并联申请``) keep a space between them. The
    mark or brackets it is set off with (``◎ 小票价背后的大账本``, ``【电子屏幕要“限时限距”】``)
    are type, not words."""
    text = headline_text(lines) if wrapped or len(lines) < 2 else " ".join(clean_headline(ln) for ln in lines)
    text = text.lstrip(SUBHEAD_MARKS + " \u3000") if text[:1] in SUBHEAD_MARKS else text
    m = _SUBHEAD_BRACKETS.match(text)
    return m.group(1).strip() if m else text


def is_couplet(lines: list[str]) -> bool:
    """Two lines of seven or more characters, the same length, neither ending a clause, and
    parallel: some character stands at the same place in both."""
    return (len(lines) == 2 and len(lines[0]) == len(lines[1]) >= COUPLET_LINE
            and not any(ln[-1] in SENTENCE_END + CLAUSE_END for ln in lines)
            and any(a == b for a, b in zip(lines[0], lines[1], strict=True)))  # 画好……心圆 / 办好……心事


@dataclass(frozen=True)
class Piece:
    """One printed headline: its lines, whether every line runs wider than a column, and
    whether it is set in large type (several short lines: a title)."""

    lines: tuple[str, ...]
    wide: bool = False
    large: bool = False


def is_large(lines: tuple[str, ...], width: int) -> bool:
    """True for a headline wrapped into several lines that are short for the page (not
    wrapped at the column's edge)."""
    limit = min(width, LARGE_LINE) if width else LARGE_LINE
    return len(lines) > 1 and all(len(line) <= limit for line in lines) and not (width and width - 1 <= len(lines[0]) <= width + 1)


# the title of an official document: 关于……的通报 (the body issuing it is printed above)
_DOCUMENT = re.compile(r"^关于.{2,60}的?(?:通报|决定|意见|通知|报告|办法|规定|公告|决议|方案|批复)$")


_ATTENDED = re.compile(r"^(?:[\u4e00-\u9fff·]{2,4}(?:出席|讲话|主持|致辞|作报告|发言|部署|宣讲)(?:并讲话)?[\s\u3000，、]*)+$")
_WHEN = ("之际", "前夕", "之时", "期间", "之后", "以来")  # a time clause, which a kicker may be
_PROFILE = re.compile(r"^[\u4e00-\u9fff·]{2,4}[：:]\S")  # 何秀珍：大山深处的“守灯人”
# an occasion named by its number: 第十届, 第六轮, 第三次
_OCCASION = re.compile(r"第[\d一二三四五六七八九十百]{1,4}(?:届|轮|次|期|场|站)")
# how a news title says what happened: a meeting held, a service opened, work begun
_EVENT = re.compile(r"(?:召开|举行|开幕|闭幕|启动|开工|竣工|上线|揭牌|挂牌|发布|开通|成立|落幕|开班|签约|投用)$")


def _pair(first: Piece, second: Piece) -> Roles:
    """Kicker and title, or title and subtitle, of two headlines in printed order."""
    a, b = headline_text(first.lines), headline_text(second.lines)
    kicker, subtitle = Roles(kicker=a, title=b), Roles(title=a, subtitle=b)
    if a.endswith(LEADS_ON) or (_DOCUMENT.match(b) and not _DOCUMENT.match(a)):
        return kicker
    if b.startswith(DASHES) or _ATTENDED.match(b):
        return subtitle  # ——二论……; who spoke and who presided: 向国华讲话　田明远主持
    if _GENRE_END.search(a) and not _GENRE_END.search(b):
        return kicker  # the kind of report over its title: ……一体化调查 / 山路弯弯，公交开到家门口
    if _QUESTION_END.search(b) and not _QUESTION_END.search(a) and not first.large:
        return kicker  # the question is the title, the news over it: 九月二手住宅网签量环比增长一成多 / ……稳住了吗
    if _EVENT.search(b) and not _EVENT.search(a):
        return kicker  # the title tells what happened: 全市重点项目建设推进会召开
    if len(a) <= LABEL_LINE and len(b) >= 2 * len(a) and not first.large:
        return kicker  # a short label over a long title: 医保政策问答 / 异地就医直接结算，这些事项要知道
    if a.endswith(_WHEN) and not b.endswith(_WHEN):
        return kicker  # when it happened, leading into what: 第41个教师节来临之际 / 全市表彰一百五十名优秀教师
    if _PROFILE.match(b) and not _PROFILE.match(a):
        return kicker  # a profile's title names its person: 扎根山村教学点二十六年 / 何秀珍：大山深处的“守灯人”
    if _OCCASION.search(a) and not _OCCASION.search(b) and len(a) < len(b) and not first.large:
        return kicker  # the occasion over what happened there: 沂州市第十届运动会 / 市运会田径赛场首日决出十二金
    if _INNER_SPACE.search(a) and not _INNER_SPACE.search(b) and any(c.isdigit() for c in b) and not first.large:
        return kicker  # a couplet over the figures of the news: 政策红利持续释放　消费市场加快回暖 / 以旧换新…31.6亿元
    if first.large != second.large:
        return subtitle if first.large else kicker
    if first.wide != second.wide:
        return kicker if first.wide else subtitle
    return kicker if len(a) > KICKER_RATIO * len(b) else subtitle


def assign_roles(pieces: list[Piece]) -> Roles:
    """Kicker, title and subtitle from an article's headlines in printed order.

    One headline is the title; three are kicker, title and subtitle. Of two, the one in
    large type is the title; else one set wider than the columns is the kicker (first) or
    subtitle (second); else a first one ending with a dash or colon, or longer than the
    second, is the kicker, and otherwise the second is the subtitle."""
    texts = [headline_text(p.lines) for p in pieces]
    if len(texts) <= 1:
        return Roles(title=texts[0]) if texts else Roles()
    if len(texts) >= 3:
        return Roles(texts[0], texts[1], "".join(texts[2:]))
    return _pair(pieces[0], pieces[1])


def _balance(clause: str) -> str:
    """A clause without a quotation mark or bracket whose partner lies outside it."""
    clause = clause.strip()
    for open_, close in ("“”", "‘’", "《》", "（）", "()"):
        if clause.startswith(open_) and close not in clause:
            clause = clause[1:]
        if clause.endswith(close) and open_ not in clause:
            clause = clause[:-1]
    return clause.strip()


# A clause that only sets the time or occasion ("在第40个教师节来临之际", "今天上午") says
# when, not what happened: a derived title skips it.
SETTING = re.compile(r"(?:之际|期间|前夕|以来|之时)$|^(?:近日|日前|近期|今天|昨天|今年|当前|目前)")


def derive_title(lead: str) -> str:
    """A short title from a lead: its first clause of at least six characters that is not
    only a time or occasion; an over-long clause is cut at an enumeration comma or space."""
    breaks = SENTENCE_END + CLAUSE_END.replace("、", "")
    clauses = [_balance(c) for c in re.split(f"[{re.escape(breaks)}]", lead)]
    clauses = [c for c in clauses if c]
    if not clauses:
        return lead[:DERIVED_MAX]
    clause = next((c for c in clauses if len(c) >= DERIVED_MIN and not SETTING.search(c)), None)
    clause = clause or next((c for c in clauses if len(c) >= DERIVED_MIN), clauses[0])
    head = re.match(rf"(.{{{DERIVED_MIN - 1},}}?[\u4e00-\u9fff]) ", clause)
    clause = head[1] if head else clause  # a space after Han text ends a phrase
    if len(clause) <= DERIVED_MAX:
        return clause
    cut = max(clause.rfind("、", 0, DERIVED_MAX + 1), clause.rfind(" ", 0, DERIVED_MAX + 1))
    return clause[:cut] if cut >= DERIVED_MIN else clause[:DERIVED_MAX]


def alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when two headlines have the same shape: line count and near length."""
    la, lb = len(headline_text(a)), len(headline_text(b))
    return len(a) == len(b) and min(la, lb) >= PILE_RATIO * max(la, lb)


def find_piles(heads: list) -> list[list]:
    """Runs of two or more adjacent headline units (``.pos``, ``.lines``) of the same shape:
    subheads piled together."""
    runs: list[list] = []
    for head in heads:
        kicker = runs and runs[-1][-1].lines[-1].endswith(LEADS_ON)  # leads into the next: not a pile
        kicker = kicker or head.lines[0].startswith(DASHES)  # a subtitle under its title
        if runs and not kicker and runs[-1][-1].pos + 1 == head.pos and alike(runs[-1][-1].lines, head.lines):
            runs[-1].append(head)
        else:
            runs.append([head])
    return [r for r in runs if len(r) > 1]
