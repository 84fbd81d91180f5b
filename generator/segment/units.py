"""Cut a page's lines into units: paragraphs, headlines, bylines, captions and furniture.

A paragraph starts at an indent, a list marker or a continuation mark. A blank line is only
a column break: after a line that does not end a sentence, the next line continues the
paragraph unless it cannot (a short line without punctuation on a one-paragraph-per-line
page, where it must be a headline). Captions (``■…``) stand apart and leave the paragraph
they interrupt open.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .bylines import (
    MARKS,
    MAX_BYLINE,
    byline_words,
    closes_article,
    credit,
    drawn_by,
    ends_signed,
    is_byline,
    is_opening_byline,
    signature,
    signs_off,
)
from .chars import CLAUSE_END, SENTENCE_END, ends_clause, ends_sentence
from .headlines import (
    MAX_HEADLINE_LINES,
    enumerated,
    is_dashed_folio,
    is_folio,
    is_furniture,
    is_large,
    is_signature,
    label_name,
    looks_like_headline,
    split_pieces,
)
from .layout import Layout
from .lines import Line
from .marks import AUTHOR_NOTE, RUN_IN_TAG, holds_jump, opens_with_continuation, parse_dateline
from .pagehead import parse_header, read_header
from .reflow import join_lines

PARA, HEAD, BYLINE, CAPTION, FURNITURE = "para", "head", "byline", "caption", "furniture"
LABEL, NOTE = "label", "note"  # a column label or banner (【区县传真】); an editor's note (编者按)
NOTE_LABEL = re.compile(r"^[【\[]?(?:[编編]者按|[编編]者的[话話]|[编編]後|编后)[】\]]?\s*[:：]?")
CAPTION_START = "■"
ITEM_MARKS = "▲◆●"  # opening an item of a column at the line's start, or a caption
MARKED_SUBHEAD = 20  # characters: the longest subhead set off with a mark (■ 教室里亮起了“新灯”)
# a teaser's pointer to the page its story is on: ……A3, …… 第5版, 详见A5版, 见第3版
_PAGE_AT = r"(?:[A-H]\s?\d{1,2}|第?\s?\d{1,2}\s?版)"
TEASER = re.compile(rf"(?:(?:…|\.{{3}}|·{{3}})\s*{_PAGE_AT}|(?:详见|见|转)\s?(?:[A-H]\s?\d{{1,2}}|第\s?\d{{1,2}})\s?版)\s*$")
TEASER_LABEL = re.compile(r"^(?:今日|本期|本版)?(?:导读|要目|提要)$")
# the lines of a chart's caption: its title, where its figures come from, who drew it
CHART_LINE = re.compile(r"(?:^|\s)(?:图表|数据来源|资料来源|来源|制图|制表|绘图)\s?[:：]\s?\S")
_ROW = re.compile(r"\S[ \u3000]+\d")  # fields set apart by spaces, a figure among them
_ROW_STOPS = frozenset("。！？!?，,；;、")


# the labels of a box printed inside or at the end of a story, which belongs to it
BOX_LABELS = frozenset({"记者手记", "采访手记", "相关链接", "背景链接", "链接", "延伸阅读", "记者观察", "专家点评",
                        "名词解释", "小贴士", "温馨提示", "编后", "背景", "大事记"})
_BOX_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:信息|须知|链接|档案|名片)$")  # 演出信息, 办事须知, 人物名片


def is_box_label(text: str) -> bool:
    """The label of a box a story prints inside it or at its end (``记者手记``, ``演出信息``)."""
    text = text.strip()
    return text in BOX_LABELS or bool(_BOX_LABEL.match(text))


# the fields of an information box: 时间：7月26日19:30, 地点：沂州大剧院, 票价：80元至280元
_FIELD = re.compile(
    r"^(?:时间|日期|地点|地址|票价|门票|购票|电话|联系电话|咨询电话|热线|联系人|主办|承办|协办|网址|邮箱|报名|截止时间|"
    r"开放时间|交通|作者|作者单位|出版社|出版时间|定价|书号|主演|导演|编剧|出品|价格|对象|条件|方式|规格)\s?[：:]\s?\S"
)


# a line of a timeline box: 1987年　进厂当学徒, 2014年5月　列入名录
_DATED_ROW = re.compile(r"^(?:1[89]|20)\d\d年(?:\d{1,2}月)?(?:\d{1,2}日)?[ \u3000]+\S")
_KEYED = re.compile(r"^[^：:]{1,6}[：:]")  # a line naming what follows it: 书名：《渡口往事》
# any short name and its value, a field only among others like it: 姓名：葛守成 / 出生：1969年
_KEY_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?<![说道问答称])[：:][^\s“‘\"]")  # not what someone said: 他说：“……


def is_row(text: str) -> bool:
    """A row of a table of figures (fields set apart by spaces, a number among them), a
    field of an information box (``时间：7月26日19:30``) or a line of a timeline
    (``1987年　进厂当学徒``), without a stop or comma."""
    text = text.strip()
    if any(c in _ROW_STOPS for c in text):
        return False
    return bool(_FIELD.match(text)) or bool(_ROW.search(text)) or bool(_DATED_ROW.match(text))


def is_key_field(text: str) -> bool:
    """``姓名：葛守成``: a name and its value with no sentence in it; a box's field when
    the line above or below is one too (alone, it may be a headline: 专家：减负不能一刀切)."""
    return bool(_KEY_FIELD.match(text.strip())) and not any(c in "。！？!?；;，," for c in text)


CHART_LINES = 8  # the most lines a chart's caption runs over
CHART_TITLE = re.compile(r"^(?:图表|制图|制表)\s?[:：]\s?\S")  # a box's own 数据来源 line ends the box instead
EDGE_LINES = 3  # a page's first and last lines, where headers and footers are printed
HEADER_WRAP = 6  # lines a wrapped header may run over
BYLINE_WRAP = 8  # characters: the most a wrapped byline's later line holds
# a headline run in before its item: "■某某镇启动秋播　本报讯 ……"
_RUN_IN = re.compile(rf"^([{MARKS}])\s*([^\s。，、；：！？,;:!?]{{4,30}})[\s\u3000]+(?=\S)")
# an item of a numbered roundup with its headline in brackets run in: 1.【市区再添两条公交快线】7月7日起……;
# or a book's notice under its title in brackets: 【《湘楚老街巷》】本书由……
_NUMBERED_ITEM = re.compile(r"^(\d{1,2}[.．、]|[（(]\d{1,2}[)）]|(?=【《))\s?【")
_BOOK_HEAD = re.compile(r"^\s*【《[^【】《》]{1,30}》】\s*$")
NUMBERED_HEAD = 30  # characters: the longest bracketed headline of a numbered item
CONTINUED_LINE = 40  # on a one-paragraph-per-line page, a longer line continues a paragraph
FULL_LINE = 0.75  # share of the column width a line of running text fills


@dataclass(frozen=True)
class Unit:
    """One paragraph, headline, byline, caption or piece of furniture, in page order."""

    kind: str
    lines: tuple[str, ...]
    pos: int
    wide: bool = False
    after_gap: bool = False  # a blank line stood before it
    large: bool = False  # a headline in large type
    inside: bool = False  # a caption printed inside the paragraph emitted after it
    wrapped: bool = False  # a headline whose lines fill the column: one phrase wrapped, not parts
    stacked: bool = False  # a headline printed right under another of its block, no blank line between

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def _opens(line: Line) -> bool:
    """True when a line opens a paragraph by its form."""
    return line.indented or line.marked or opens_with_continuation(line.text)


@functools.lru_cache(maxsize=4096)
def starts_byline(text: str) -> bool:
    """A byline, or the first line of one wrapped onto the next line (asked of each line
    many times as blocks are read ahead, hence remembered)."""
    return is_byline(text) or is_opening_byline(text)


def _join_byline(first: str, more: str) -> str:
    """A byline's wrapped lines joined: with a space where the wrap fell between two of its
    words (``□记者 陈蔚`` / ``报道``), without one inside a word (``报`` / ``道``,
    ``本报`` / ``通讯员``)."""
    spaced, glued = f"{first} {more}", first + more
    if not byline_words(spaced) and byline_words(glued):
        return glued  # a name cut by the wrap: 何文 / 博 本报通讯员
    if not is_byline(glued) or byline_words(spaced) == byline_words(glued):
        return spaced
    return glued


def _byline_goes_on(byline: str, below: Line) -> bool:
    """True when the line under a whole byline carries on its list of names, printed a line
    each (``□本报记者 高建国`` / ``本报通讯员 孔丽``): a byline of its own without a mark
    or bracket, under one that does not close an article."""
    text = below.text.strip()
    return (not below.blank and not below.indented and text[:1] not in MARKS + "（(" and is_byline(text)
            and not closes_article(byline))


def _joins(parts: list[str]) -> Iterator[str]:
    """A byline's wrapped lines joined with a space or none at each wrap, every way (a name
    cut twice: ``何文`` / ``博 本报通讯员郑`` / ``佳``)."""
    for seps in itertools.product(("", " "), repeat=len(parts) - 1):
        yield parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:], strict=True))


def join_caption(lines: list[str] | tuple[str, ...]) -> str:
    """A caption's wrapped lines joined; where a wrap fell inside the photographer's credit
    ending it (``（记者`` / ``郑国梁 摄）``), the credit's words are kept apart as in a byline."""
    parts = [ln.strip() for ln in lines if ln.strip()]
    text = join_lines(parts)
    tail = credit(text)
    if not tail or len(parts) < 2:
        return text
    start = text.rstrip().rfind(tail)
    offsets, at = [], 0
    for part in parts:
        at = text.find(part, at)
        offsets.append(at)
        at += len(part)
    first = max(k for k, off in enumerate(offsets) if off <= start)  # the line the credit starts in
    joined = text[start : offsets[first] + len(parts[first])]
    for more in parts[first + 1 :]:
        joined = _join_byline(joined, more)
    out = text[:start] + joined
    return out if out.replace(" ", "") == text.replace(" ", "") else text


def _block_ends(lines: list[Line]) -> list[int]:
    """For each line, where the block of text lines starting there ends: at the next blank
    line, indent, byline or caption, or a dateline under a finished sentence or a line
    without punctuation (a headline). Whether a line ends a block depends only on it and
    the line above, so one pass from the foot of the page finds every end."""
    ends = [len(lines)] * len(lines)
    for k in range(len(lines) - 2, -1, -1):
        line, above = lines[k + 1], lines[k].text
        breaks = line.blank or _opens(line) or starts_byline(line.text) or line.text.startswith(CAPTION_START)
        breaks = breaks or ((ends_sentence(above) or not _has_punct([above])) and bool(parse_dateline(line.text)))
        ends[k] = k + 1 if breaks else ends[k + 1]
    return ends


def _closes_bracket(para: list[str], block: list[str]) -> bool:
    """True when the paragraph has a bracket open that the block closes (``（记者 罗晓峰 通``
    / ``讯员 孔丽）``)."""
    text = "".join(para)
    return text.count("（") + text.count("(") > text.count("）") + text.count(")") and any(c in "）)" for c in "".join(block))


_STOPS = frozenset(SENTENCE_END + CLAUSE_END)


def _has_punct(block: list[str]) -> bool:
    """True when any line of the block holds sentence or clause punctuation."""
    return any(not _STOPS.isdisjoint(line) for line in block)


def _run_into_dateline(text: str) -> tuple[str, str, str]:
    """(mark, headline, text) of an item whose headline runs straight into its dateline
    (``■石门乡举办丰收节本报讯 ……``, the space lost at a line end); all "" when none does."""
    if text[:1] not in MARKS:
        return "", "", ""
    m = re.search(r"本报|新华社|中新社", text[:40])
    head = text[1 : m.start()].strip() if m else ""
    if len(head) < 4 or any(c in head for c in SENTENCE_END + CLAUSE_END) or not parse_dateline(text[m.start() :]):
        return "", "", ""
    return text[0], head, text[m.start() :]


def _rest_of(lines: list[Line], i: int) -> list[str]:
    """The unindented lines after ``i`` that carry on its block (a caption or an item), up
    to the photographer's credit that ends a caption."""
    out: list[str] = []
    for line in lines[i + 1 :]:
        if line.blank or _opens(line) or starts_byline(line.text) or line.text.startswith(CAPTION_START):
            break
        if credit(join_lines([lines[i].text, *out])):
            break  # ……（记者 郑国梁 摄）: the caption is over
        out.append(line.text)
    return out


class _Builder:
    """Walks the lines once, keeping the paragraph being built open across column breaks."""

    def __init__(self, lines: list[Line], layout: Layout) -> None:
        self.lines, self.layout = lines, layout
        self.units: list[Unit] = []
        self.para: list[str] = []
        self.widths: list[int] = []  # how much of the column each line of the open paragraph fills
        self.para_gap = False
        self.note = False  # the open paragraph is an editor's note
        self.gap = False
        self.photo_at = -1  # the unit holding the last photo news item's caption
        self.block_ends = _block_ends(lines)
        printed = [k for k, ln in enumerate(lines) if not ln.blank]
        self.ends = {printed[0], printed[-1]} if printed else set()
        self.edges = set(printed[:EDGE_LINES] + printed[-EDGE_LINES:])
        self.wrap_edges = set(printed[:HEADER_WRAP] + printed[-HEADER_WRAP:])  # where a header may start, wrapped

    def block(self, i: int) -> list[str]:
        """The text lines from ``i`` to the end of their block (see ``_block_ends``)."""
        return [line.text for line in self.lines[i : self.block_ends[i]]]

    def emit(self, kind: str, lines: list[str] | tuple[str, ...], wide: bool = False) -> None:
        """Append a unit."""
        self.units.append(Unit(kind, tuple(lines), len(self.units), wide, self.gap))

    def close(self) -> None:
        """Finish the open paragraph, if any (an editor's note is a note, not a paragraph)."""
        if self.para:
            kind = NOTE if self.note else PARA
            self.units.append(Unit(kind, tuple(self.para), len(self.units), self.layout.wide(self.para[0]), self.para_gap))
            self.para = []
        self.note = False

    def open(self, text: str, width: int = 0) -> None:
        """Start a new paragraph."""
        self.close()
        self.para, self.para_gap = [text], self.gap
        self.widths = [width or len(text)]

    def finished(self) -> bool:
        """True when the open paragraph ends a sentence, or ends with its article's byline
        in brackets after one (``……。（记者 何文`` / ``博 通讯员 郑佳）``)."""
        return ends_sentence(self.para[-1]) or ends_signed("".join(self.para))

    def mid_sentence(self) -> bool:
        """True inside an open paragraph whose last line stops in mid-sentence, or within a
        bracket (a byline wrapped there is text, ``（本`` / ``报记者 高建国 通讯员`` / ``苏婷）``)."""
        if not self.para or self.gap:
            return False
        return not self.finished() or _closes_bracket(self.para, [")"])

    def add(self, line: Line) -> int:
        """Carry the open paragraph on with this line."""
        self.para.append(line.text)
        self.widths.append(line.width)
        return 1

    def ended(self, nxt: Line) -> bool:
        """True when the open paragraph's last line ends a sentence well short of the
        column: the paragraph is over, and the unindented line ``nxt`` starts something
        else (a headline, an item). The column is the paragraph's widest inner line (so a
        lead set wider than the columns is measured by its own width), at least the page's
        usual line. A line may fall short by a character given to the next line (禁则), or
        by a number or word the wrap would not break."""
        if not self.para or self.layout.long_lines or not self.layout.width or not self.finished():
            return False
        column = max(self.widths[1:-1] + [self.layout.width])
        slack = (1 if column < 10 else 2) + len(re.match(r"[A-Za-z0-9]*", nxt.text).group())
        return self.widths[-1] < column - slack

    def headlines(self, block: list[str]) -> int:
        """Emit a headline block, one unit per headline; return its line count."""
        self.close()
        for k, piece in enumerate(split_pieces(block, 0 if self.layout.long_lines else self.layout.width)):
            wide = all(self.layout.overhangs(line) for line in piece)
            large = is_large(piece, 0 if self.layout.long_lines else self.layout.width)
            wrapped = self.layout.long_lines or all(len(line) >= self.layout.width - 2 for line in piece[:-1])
            self.units.append(Unit(HEAD, piece, len(self.units), wide, self.gap and k == 0, large=large, wrapped=wrapped,
                                   stacked=k > 0))
        return len(block)

    def caption(self, i: int) -> int:
        """Emit a caption block (with the photographer's credit printed under it) without
        closing the paragraph it interrupts. A caption standing right under a headline is
        photo news: a picture with its headline and no story, so its caption is the text; so
        is a credited caption after a blank line under another photo news item (pictures in a
        row); one right under it, with no blank line, is the next picture of the same story."""
        block = [self.lines[i].text, *_rest_of(self.lines, i)]
        nxt = i + len(block)
        if nxt < len(self.lines) and credit(self.lines[nxt].text):
            block.append(self.lines[nxt].text)
        after_photo = self.photo_at == len(self.units) - 1 and bool(credit(join_caption(block)))
        if not self.para and after_photo and not self.gap:  # the next picture of one photo story: a paragraph of it
            self.units.append(Unit(PARA, tuple(block), len(self.units)))
            self.photo_at = len(self.units) - 1
            return len(block)
        if not self.para and self.units and (self.units[-1].kind == HEAD or after_photo):
            self.photo_at = len(self.units) + 1
            self.emit(FURNITURE, [CAPTION_START])
            self.units.append(Unit(PARA, (block[0][len(CAPTION_START) :], *block[1:]), len(self.units), after_gap=True))
            self.gap = False
            return len(block)
        self.units.append(Unit(CAPTION, tuple(block), len(self.units), inside=bool(self.para)))
        self.gap = True
        return len(block)

    def chart(self, i: int) -> int:
        """A chart's caption (``图表：……`` / ``数据来源：……`` / ``制图：X``, a line each)
        where the picture stands, inside the story it illustrates: its lines are a
        caption, and the story goes on after it."""
        block = [self.lines[i].text]
        for line in self.lines[i + 1 : i + CHART_LINES]:  # its lines, perhaps wrapped by the column
            if line.blank or line.indented or any(c in line.text for c in SENTENCE_END) or starts_byline(line.text):
                break
            block.append(line.text)
        last = max((k for k, text in enumerate(block) if CHART_LINE.search(text)), default=0)
        block = block[: last + 1]  # up to its last labelled line (数据来源, 制图)
        self.units.append(Unit(CAPTION, tuple(block), len(self.units), inside=bool(self.para)))
        self.gap = True
        return len(block)

    def continues(self, i: int, block: list[str]) -> bool:
        """After a column break inside a sentence: does the block at ``i`` carry the paragraph
        on? Text with punctuation does; on a hard-wrapped page, so does a column-wide line
        followed by more column text."""
        if _has_punct(block) or len(block) > MAX_HEADLINE_LINES or _closes_bracket(self.para, block):
            return True
        if any(holds_jump(line) for line in block):
            return True  # the text's last words and where it goes on: ……在东滨（下转第2版）
        if self.layout.long_lines:
            return len(block[0]) > CONTINUED_LINE
        after = next((ln for ln in self.lines[i + len(block) :] if not ln.blank), None)
        column_text = after is None or not (_opens(after) or self.layout.overhangs(after.text) or starts_byline(after.text))
        return len(block[0]) >= FULL_LINE * self.layout.width and column_text

    def opening(self, i: int, line: Line) -> int:
        """An indented, marked or continuation-marked line: a paragraph or a set headline."""
        block = self.block(i)
        wide_head = any(self.layout.overhangs(b) for b in block) or (line.marked and len(block) == 1)
        if wide_head and looks_like_headline(block, self.layout.width) and not opens_with_continuation(line.text):
            return self.headlines(block)
        self.open(line.text, line.width)
        return 1

    def plain(self, i: int, line: Line) -> int:
        """An unindented line of text: continuation, headline or a new paragraph."""
        if self.para and not self.gap and ends_signed("".join(self.para) + line.text) and not self.finished():
            return self.add(line)  # the rest of a byline in brackets: ……（记者 / 罗晓峰 通讯员 孔丽）
        if self.para and not self.gap and signature("".join(self.para) + line.text) and line.text.startswith("（"):
            return self.add(line)  # a commentary's signature under its last line: （林一帆）
        if self.para and not self.gap:
            nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
            if self.finished() and is_box_label(line.text) and nxt is not None and not nxt.blank:
                return self.headlines([line.text])  # a box's label right under the text, its box below
            if (is_row(line.text) and (self.finished() or is_row(self.para[-1]))) or (
                    is_key_field(line.text) and is_key_field(self.para[-1])):
                self.open(line.text, line.width)  # a table's row under text or another row: a line of its own
                return 1
            if is_signature(self.block(i)) and self.finished():
                self.open(line.text, line.width)  # who issued a document, and when (落款)
                return 1
            if self.layout.long_lines and self.finished():  # a paragraph a line: after a finished one, a new one
                if looks_like_headline([line.text], self.layout.width) and not starts_byline(line.text):
                    return self.headlines([line.text])
                self.open(line.text, line.width)
                return 1
            return self.headlines(self.block(i)) if self.heads_after_paragraph(i) else self.add(line)
        block = self.block(i)
        if self.para and not self.finished():
            if self.continues(i, block) and not (self.gap and (is_row(self.para[-1]) or is_key_field(self.para[-1]))):
                return self.add(line)  # (a box's last row goes on past no blank line)
            return self.headlines(block)
        if len(block) == 2 and drawn_by(block[1]) and looks_like_headline(block[:1], self.layout.width):
            return self.headlines(block[:1])  # a cartoon's title over who drew it
        if (self.gap and len(block) > 2 and all(is_row(b) and _ROW.search(b) for b in block[1:3]) and not is_row(line.text)
                and not is_key_field(line.text) and not _KEYED.match(line.text)
                and looks_like_headline(block[:1], self.layout.width)):  # (rows of figures, not a box's fields)
            return self.headlines(block[:1])  # a table's title over its rows: the box's heading
        if self.para and self.gap and self.finished() and is_box_label(line.text) and len(block) > 1:
            return self.headlines([line.text])  # a box's label after a blank line, its box right under it
        if (not self.para or self.gap) and (is_row(line.text) or any(_FIELD.match(b) for b in block[1:])
                                            or sum(map(is_key_field, block)) >= 2):
            self.open(line.text, line.width)  # a table's row or a box's field, or the line over them: text
            return 1
        after = self.lines[i + len(block)] if i + len(block) < len(self.lines) else None
        if looks_like_headline(block, self.layout.width, apart=self.gap and (after is None or after.blank)):
            return self.headlines(block)
        if self.para and not self.layout.long_lines:
            return self.add(line)
        self.open(line.text, line.width)
        return 1

    def heads_after_paragraph(self, i: int) -> bool:
        """Right under a finished paragraph, without a blank line between: is the block at
        ``i`` a headline (an item's, in a column of short news)? It is when it looks like
        one, is short for the column, and either the paragraph above stopped short of the
        column's edge or a new paragraph, byline or dateline opens right below it."""
        block = self.block(i)
        finished = self.finished() or (ends_clause(self.para[-1]) and enumerated(block[0]))
        if self.layout.long_lines or not finished or not looks_like_headline(block, self.layout.width) or is_signature(block):
            return False
        if enumerated(block[0]):
            return True
        column = max(self.widths[1:-1] + [self.layout.width])
        after = self.lines[i + len(block)] if i + len(block) < len(self.lines) else None
        # a line without a stop between two paragraphs is a subhead even where it fills a narrow column
        between = after is not None and (after.indented or starts_byline(after.text)) and not _has_punct(block)
        # a line past the column without a stop the wrap pulled back onto it (禁则) is no line of text
        over = any(self.layout.overhangs(b) or (len(b) > column and not _has_punct([b[-1]])) for b in block)
        if any(len(b) >= column - 1 for b in block) and not over and not between:
            return False
        opens_below = after is None or after.blank or _opens(after) or starts_byline(after.text)
        return self.ended(self.lines[i]) or opens_below

    def step(self, i: int) -> int:
        """Handle the line at ``i``; return how many lines were used."""
        line = self.lines[i]
        if line.blank:
            self.gap = True
            return 1
        used = self.header(i) or self.byline(i)
        if not used and line.text.startswith(CAPTION_START):
            return self.run_in(i) or self.marked_subhead(i) or self.caption(i)
        if not used and line.text[:1] in ITEM_MARKS and not line.indented and not label_name(line.text):
            if RUN_IN_TAG.match(line.text):
                self.open(line.text, line.width)  # an item opening with its place: ▲石桥镇：……
                return 1
            return self.run_in(i) or self.caption(i)  # ▲柳河乡启动河道清淤　本报讯……, or a picture's caption
        if not used and not line.indented and CHART_TITLE.match(line.text):
            return self.chart(i)
        if not used and _NUMBERED_ITEM.match(line.text):
            used = self.numbered_item(i)
        used = used or self.folio(i) or self.teasers(i) or self.special(i)
        used = used or (self.opening(i, line) if _opens(line) else self.plain(i, line))
        self.gap = False
        return used

    def special(self, i: int) -> int:
        """Labels, slogan banners and editors' notes: lines that close the paragraph."""
        line = self.lines[i]
        if NOTE_LABEL.match(line.text):
            self.open(line.text, line.width)
            self.note = True
            return 1
        if _BOOK_HEAD.match(line.text):  # 【《山茶花开的村庄》】 over a notice of the book: its title, 【】 its marks
            self.close()
            self.emit(FURNITURE, ["【】"])
            self.emit(HEAD, [line.text.strip()[1:-1]])
            return 1
        if label_name(line.text) and not line.indented:  # indented, it is a brief's place run in: 【东岸新城】本报讯……
            nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
            if self.para and not self.gap and self.finished() and nxt is not None and nxt.indented:
                return self.headlines([line.text])  # right between two paragraphs: a subhead, 【……】 its marks
            self.close()
            self.emit(LABEL, [line.text])
            return 1
        if is_furniture(line.text):
            self.close()
            self.emit(FURNITURE, [line.text])
            return 1
        return 0

    def teasers(self, i: int) -> int:
        """A front page's index of stories inside (``今日导读`` over lines like ``滨江夜市开街
        首周客流破十万……A5`` or ``…… 详见A5版``): furniture, the stories are on their pages.
        Not inside a paragraph, whose line may end so (……详见第3版)."""
        if self.para and not self.gap:
            return 0
        block = []
        for line in self.lines[i:]:
            if line.blank or line.indented or not (TEASER.search(line.text) or (not block and TEASER_LABEL.match(line.text))):
                break
            block.append(line.text)
        if not any(TEASER.search(ln) for ln in block):
            return 0
        self.close()
        for text in block:
            self.emit(FURNITURE, [text])
        return len(block)

    def marked_subhead(self, i: int) -> int:
        """``■ 教室里亮起了“新灯”`` between two paragraphs of a story: a subhead set off with
        a mark (one short line, no stop, no credit, an indented paragraph right under it)."""
        text = self.lines[i].text
        nxt = self.lines[i + 1] if i + 1 < len(self.lines) else None
        words = text.lstrip(CAPTION_START + " \u3000")
        if (nxt is None or not nxt.indented or len(words) > MARKED_SUBHEAD or ends_sentence(words) or ends_clause(words)
                or not self.para or credit(words)):
            return 0
        return self.headlines([text])

    def folio(self, i: int) -> int:
        """A page number alone on the first or last printed line of the page, or between
        dashes anywhere (``- 3 -``, left between two columns): furniture. A paragraph it
        stands in goes on after it."""
        text = self.lines[i].text
        if not is_folio(text) or (i not in self.ends and not is_dashed_folio(text)):
            return 0
        if i in self.ends:
            self.close()
        self.emit(FURNITURE, [text])
        return 1

    def header(self, i: int) -> int:
        """A page header or footer (date, page, section, editors): furniture. At the page's
        edge it may run over several lines where a narrow setting wrapped it (``2024年3月6日
        星期`` / ``三　第3版　要闻　责任编`` / ``辑：王芳``): the longest run of lines that reads
        as one header is taken. A date right under a line of text signs a document (落款)."""
        line = self.lines[i].text
        # nothing above but the masthead and headers (and perhaps the paper's name in letters)
        top = all(u.kind == FURNITURE or (u.kind == PARA and not _has_punct(list(u.lines))) for u in self.units)
        if i and not top and not self.lines[i - 1].blank and is_signature([self.lines[i - 1].text, line]):
            return 0
        used = 1 if parse_header(line, edge=i in self.edges or top) else 0
        if (i in self.wrap_edges or top) and (not self.para or self.gap):
            block = [line]
            for more in self.lines[i + 1 : i + HEADER_WRAP]:
                if more.blank or _opens(more):
                    break
                block.append(more.text)
                if read_header(block, edge=i in self.edges or top):
                    used = len(block)
        if used:
            self.close()
            self.emit(FURNITURE, [ln.text for ln in self.lines[i : i + used]])
        return used

    def byline(self, i: int) -> int:
        """A byline, joined back together when the column wrapped it: a line that does not
        finish a byline takes the next lines that do; a finished one takes a short next
        line only when the two still read as one byline (``□记者 董梅雪`` / ``报道``)."""
        text = self.lines[i].text
        below = self.lines[i + 1] if i + 1 < len(self.lines) else None
        if not starts_byline(text) and signs_off(text) and self.para and self.finished() and (
                below is None or below.blank or not (below.indented or _has_punct([below.text]))
                or AUTHOR_NOTE.match(below.text)):
            self.close()  # ■ 舒远 under a commentary's last paragraph, nothing of its own under it
            self.emit(BYLINE, [text])
            return 1
        if not starts_byline(text) or (self.mid_sentence() and text[0] not in MARKS):
            return 0
        if below is not None and not below.blank and is_signature([text, below.text]):
            return 0  # 本报编辑部 / 2025年11月1日: who issued a notice and when (落款), text
        joined, used = (text, 1) if is_byline(text) else ("", 0)
        more, parts = text, [text]
        for k in range(i + 1, min(i + 4, len(self.lines))):
            nxt = self.lines[k]
            if nxt.blank or _opens(nxt) or (used and (len(nxt.text) > BYLINE_WRAP or starts_byline(nxt.text))):
                break
            more = _join_byline(more, nxt.text)
            parts.append(nxt.text)
            if len(more) > MAX_BYLINE:
                break
            whole = next((j for j in (more, *_joins(parts)) if is_byline(j)), "")
            if whole:
                joined, used = whole, k - i + 1
        if not used:
            return 0
        below = self.lines[i + used] if i + used < len(self.lines) else None
        if below is not None and _byline_goes_on(joined, below):
            joined, used = f"{joined} {below.text.strip()}", used + 1
        self.close()
        self.emit(BYLINE, [joined])
        return used

    def run_in(self, i: int) -> int:
        """A marked item whose headline is run in before its text (``■某某镇启动秋播　本报讯
        ……``): the mark is furniture, the headline a headline, the rest opens a paragraph."""
        block = [self.lines[i].text] + list(_rest_of(self.lines, i))
        text = "".join(block)
        m = _RUN_IN.match(text)
        mark, head, rest = _run_into_dateline(text)
        if not head and m:
            mark, head, rest = m.group(1), m.group(2), text[m.end() :]
        if not head or not (parse_dateline(rest) or any(c in rest for c in SENTENCE_END + CLAUSE_END)):
            return 0
        self.close()
        self.emit(FURNITURE, [mark])
        self.emit(HEAD, [head])
        self.para, self.para_gap, self.widths = [rest], True, [len(rest)]
        self.gap = False
        return len(block)

    def numbered_item(self, i: int) -> int:
        """An item of a numbered roundup, its headline run in, in brackets, before its text
        (``1.【市区再添两条公交快线】7月7日起……``), the brackets perhaps wrapped: the number
        and brackets are furniture, the headline a headline, the rest opens a paragraph."""
        number = _NUMBERED_ITEM.match(self.lines[i].text).group(1)
        block = [self.lines[i].text]
        for line in self.lines[i + 1 : i + 3]:
            if "】" in "".join(block) or line.blank or _opens(line):
                break
            block.append(line.text)
        text = join_lines(block)[len(number):].lstrip()
        end = text.find("】")
        head = text[1:end].strip() if end > 0 else ""
        if not head or len(head) > NUMBERED_HEAD or any(c in head for c in SENTENCE_END):
            return 0
        if not number and not (head.startswith("《") and head.endswith("》")):
            return 0  # (a place run in, 【海川区】本报讯……, opens a brief: its place is no headline)
        used = next(k for k in range(1, len(block) + 1) if "】" in "".join(block[:k]))
        rest = text[end + 1 :].strip()
        self.close()
        self.emit(FURNITURE, [number + "【】"])
        self.emit(HEAD, [head])
        if rest:
            self.para, self.para_gap, self.widths = [rest], True, [len(rest)]
        self.gap = False
        return used

    def run(self) -> list[Unit]:
        """Build every unit of the page."""
        i = 0
        while i < len(self.lines):
            i += self.step(i)
        self.close()
        return self.units


def build_units(lines: list[Line], layout: Layout) -> list[Unit]:
    """The page's units in page order."""
    return _Builder(lines, layout).run()
