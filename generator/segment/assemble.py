"""Group a page's units into articles.

An article starts at a dateline (``本报讯``), a continuation mark (``（上接第一版）``), the
paragraph after a byline, or a lead set wider than the columns. Passages that start none
of these are placed one by one, the most clearly placed first: each goes to the article
holding the passage it is most like (or, failing that, to the one before it), and then
counts as that article's own when the rest are compared. Headlines go to the article whose
body repeats their words; one that several bodies repeat about as much goes to the nearest
of those with the fewest headlines so far. A headline printed right before a passage of an
article already begun is that passage's subhead.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field

from .bylines import closes_article, drawn_by, ends_signed, signer, signs_off
from .chars import ends_sentence, is_cjk, is_prose
from .headlines import DASHES, LEADS_ON, SUBHEAD_MARKS, alike, enumerated, find_piles, is_dashed_folio, is_signature, label_name
from .marks import AUTHOR_NOTE, RUN_IN_TAG, ends_part, opens_with_continuation, parse_dateline
from .similarity import Weights, bigrams
from .units import BYLINE, CAPTION, FURNITURE, HEAD, LABEL, NOTE, PARA, Unit, is_box_label, is_row

MIN_LIKENESS = 0.02  # a passage sharing less than this with every article follows the one before it
NEIGHBOUR_BONUS = 0.01  # added to the likeness of a passage to the article just before it
MIN_CONTAINMENT = 0.08  # a headline sharing less than this with every body goes to the nearest article
CLEAR_LEAD = 1.5  # ... as does one that shares about as much with two articles
LOOSE_LEAD = 3.0  # a headline goes to the story beside it when that one shares a third as much as the best
MIN_GAP_LIKENESS = 0.1  # a passage after a blank line leaves the article before it only for one it shares this much with
ITEM_LENGTH = 400  # characters: the longest text of one item of a short-news column
BANNER_LENGTH = 6  # characters: an unbracketed column banner (简讯, 新闻速览) is no longer
BANNER_TIGHT = 4  # ... and one set right over the headline, with no blank line between (短评, 新华时评)


@dataclass(frozen=True)
class Segment:
    """A run of paragraphs; ``start`` says why it opens an article ("" when it does not)."""

    paras: tuple[Unit, ...]
    start: str = ""
    gap: bool = False  # split off at a blank line only, not at a headline or byline
    column: str = ""  # the banner of the short-news column it is an item of
    retitled: bool = False  # stands under a headline after a finished passage: may begin a story of its own

    @property
    def pos(self) -> int:
        return self.paras[0].pos

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)

    @property
    def signed_document(self) -> bool:
        """Ends with a document's signature (落款) or closing formula (特此公告。)."""
        last = self.paras[-1]
        return is_signature(list(last.lines)) or _closes_notice(last)

    @property
    def tabular(self) -> bool:
        """Mostly lines of fields set apart by spaces, without a stop or comma (``上证指数　3402.66点
        涨0.52%``): a table or a box of figures, not prose (whose lines, at any width, run on)."""
        lines = [ln.strip() for p in self.paras for ln in p.lines if ln.strip()]
        rows = sum(bool(_FIELDS.search(ln)) and not is_prose(ln) for ln in lines)
        return rows >= 3 and 2 * rows > len(lines)


_FIELDS = re.compile(r"\S[ \u3000]+\S")  # a row of a table: fields set apart by spaces


@dataclass(frozen=True)
class Plan:
    """Which article (index of its opening segment) owns each segment, headline and byline."""

    segments: tuple[Segment, ...]
    owner: dict[int, int]  # segment index -> article
    heads: dict[int, int]  # headline unit pos -> article
    in_place: frozenset[int]  # headline unit pos printed in front of its own section
    bylines: dict[int, int]  # byline unit pos -> article
    captions: dict[int, int]  # caption unit pos -> article
    notes: dict[int, int] = field(default_factory=dict)  # editor's note unit pos -> article
    banners: frozenset[int] = frozenset()  # column banners and labels: furniture, named by the articles under them
    columns: dict[int, str] = field(default_factory=dict)  # article -> the column it runs in


# a story's summary printed between its headline and its byline: 【核心提示】, 内容提要：
SUMMARY_LABEL = re.compile(r"^(?:【\s*(?:核心提示|内容提要|提要|摘要|导读|阅读提示)\s*】|(?:核心提示|内容提要|阅读提示)\s*[:：])")


def closing_bylines(units: list[Unit]) -> set[int]:
    """The bylines printed at the end of their article: of a closing form, right after its text."""
    return {
        u.pos for u in units
        if u.kind == BYLINE and (closes_article(u.text) or signs_off(u.text)) and u.pos > 0
        and units[u.pos - 1].kind in (PARA, CAPTION)
    }


def _start_kind(
    unit: Unit, prev: Unit | None, nxt: Unit | None = None, closing: set[int] | frozenset[int] = frozenset(), signed_off: Unit | None = None
) -> str:
    """Why a paragraph opens an article, or "" when it does not."""
    if parse_dateline(unit.text):
        return "dateline"
    if prev is not None and prev.kind == HEAD and SUMMARY_LABEL.match(unit.text):
        return "summary"  # 【核心提示】 under the headline: the story's own summary, its byline and text below
    if RUN_IN_TAG.match(unit.text):
        return "tagged"  # a brief opening with its place: ◆石门乡：……
    if prev is not None and prev.kind == NOTE:
        return "note"
    credit = nxt.text if nxt is not None and nxt.pos in closing else ""
    if photo_caption(unit.text + credit) and prev is not None and prev.kind != PARA:
        return "photo"
    if opens_with_continuation(unit.text):
        return "continuation"
    if prev is not None and prev.kind == BYLINE:
        return "signoff" if prev.pos in closing else "byline"
    if signed_off is not None and prev is not None and prev.kind == HEAD:
        return "signoff"  # the story before ended with its byline; a headline and a new one follow
    if unit.wide and not (prev is not None and prev.kind == PARA and prev.wide) and not is_signature(list(unit.lines)):
        return "lead"  # a lead set across columns (a document's signature may be as wide: it ends one)
    return ""


def _breaks_at_gap(unit: Unit, prev: Unit | None) -> bool:
    """A paragraph after a blank line that follows a finished sentence: where another
    article's passage may begin."""
    return prev is not None and prev.kind == PARA and unit.after_gap and ends_sentence(prev.lines[-1])


def _banner(units: list[Unit], k: int, told: set[str]) -> str:
    """The name of a column banner at ``k``: a label (``【区县传真】``, ``>>推动深度融合<<``),
    or a short headline with another headline right below it whose words no text on the
    page tells (``简讯``, ``短评``; not ``佟海燕带队``, a subtitle its story repeats).
    ``told`` holds the bigrams of the page's paragraphs."""
    unit = units[k]
    if unit.kind == LABEL:
        return label_name(unit.text)
    name = unit.text.replace(" ", "")
    after = next((u for u in units[k + 1 :] if u.kind not in (FURNITURE, NOTE)), None)  # 编者按 may come between
    over_briefs = after is not None and after.kind == PARA and bool(RUN_IN_TAG.match(after.text))
    if unit.kind != HEAD or len(name) > BANNER_LENGTH or "\n" in unit.text or after is None or (after.kind != HEAD and not over_briefs):
        return ""
    if not all(is_cjk(c) for c in name):
        return ""
    if after.kind == HEAD and after.stacked and len(name) > BANNER_TIGHT:
        return ""  # right over its title, a longer line is the title's kicker (医保政策问答), not a banner
    if units[k + 1].kind == NOTE:
        return name  # an editor's note between it and the headline: no kicker stands apart from its title
    said = any(name in u.text.replace("\n", "") for u in units if u.kind == PARA)
    if after.kind == HEAD and not after.stacked and not unit.stacked and not said and not is_box_label(name):
        return name  # set apart by blank lines, and no text says it (专家答疑 over 天热血压降了……)
    if after.kind == HEAD and after.after_gap and unit.after_gap and len(name) <= BANNER_TIGHT and not is_box_label(name):
        return name  # four characters alone between blank lines over a headline: 民生热线 (a text may name the hotline)
    grams = bigrams(name)
    return name if len(name) <= 2 or len(grams & told) * 2 < len(grams) else ""  # 读书 over its title: a word any text may say


@dataclass(frozen=True)
class Columns:
    """Column banners and the articles under them: ``banners`` are the banner units, ``items``
    maps the paragraph opening each article under a banner to the column's name."""

    banners: frozenset[int] = frozenset()
    items: dict[int, str] = field(default_factory=dict)


def find_columns(units: list[Unit], closing: set[int]) -> Columns:
    """Banners and what stands under them. The article right under a banner runs in that
    column, byline and editor's note included; so do the short items after it (a headline
    over a short text, or a text run in under its place: 【海川区】本报讯……), up to another
    banner, a byline opening a story, or a longer text. A label printed again over another
    article names one article each (``【聚焦两会】``), not a column of items."""
    told = set().union(*(bigrams(u.text) for u in units if u.kind == PARA))
    names = [_banner(units, k, told) for k in range(len(units))]
    banners, items = set(), {}
    for k, name in enumerate(names):
        if not name:
            continue
        banners.add(units[k].pos)
        one_each = names.count(name) > 1
        j, first_item, photos = k + 1, True, False
        while j < len(units):
            heads = j
            over = (HEAD, FURNITURE, BYLINE, NOTE) if first_item else (HEAD, FURNITURE)  # the column's one story may be signed
            while j < len(units) and units[j].kind in over and not names[j]:
                j += 1
            first = j
            brief = first < len(units) and units[first].kind == PARA and bool(RUN_IN_TAG.match(units[first].text))
            while j < len(units) and (units[j].kind in (PARA, CAPTION) or units[j].pos in closing
                                      or (units[j].kind == BYLINE and _TEACHER_LINE.match(units[j].text))):
                if j > first and units[j].kind == PARA and RUN_IN_TAG.match(units[j].text):
                    break  # the next brief, run in under its place
                j += 1
            text = sum(len(u.text) for u in units[first:j] if u.kind == PARA)
            series = _series(units, first, j)
            if (heads == first and not brief) or first == j or units[first].kind != PARA or (
                    text > ITEM_LENGTH and not first_item and not series):
                break
            photo = photo_caption(units[first].text)
            if not first_item and photo != photos:
                break  # photo news of its own after items, or a story after a column of pictures
            if not first_item and any(u.kind == PARA and _closes_notice(u) for u in units[first:j]):
                break  # a notice after the items (更正……特此更正。): the paper's, in no column
            photos = photo
            items[units[first].pos] = name
            signed = any(u.kind in (BYLINE, NOTE) for u in units[heads:first])  # a story, its subheads its own
            paragraphs = any(u.kind == PARA and not u.after_gap for u in units[first + 1 : j])
            signed = signed or (first_item and paragraphs)  # several paragraphs: a story, not a brief
            if one_each or ((signed or text > ITEM_LENGTH) and not series):  # a label over one article, not a column
                break
            first_item = False
    return Columns(frozenset(banners), items)




_LEAD_LABEL = re.compile(r"^([\u4e00-\u9fff]{1,6})[：:]")  # 网友留言：, 问：


def _series(units: list[Unit], first: int, end: int) -> bool:
    """True when the item at ``first`` (its text up to ``end``) and the next one under their
    banner open with the same label (``网友留言：……`` / ``部门回复：……``, then ``网友留言：``
    again): a column of like items, however long each is."""
    label = _LEAD_LABEL.match(units[first].text) if first < len(units) and units[first].kind == PARA else None
    after = next((u for u in units[end:] if u.kind != FURNITURE and u.kind != BYLINE), None)
    if after is None or after.kind != HEAD:
        return False
    nxt = next((u for u in units[after.pos + 1 :] if u.kind != HEAD), None)
    if label is not None:
        return nxt is not None and nxt.kind == PARA and nxt.text.startswith(label.group())
    # or each signed alike at its end: two students' essays, two readers' letters
    signed = [u for u in units[first:end] if u.kind == BYLINE and signer(u.text)]
    below = next((u for u in units[after.pos + 1 :] if u.kind in (BYLINE, HEAD) and u.pos > after.pos), None)
    return bool(signed) and below is not None and below.kind == BYLINE and signer(below.text) == signer(signed[-1].text)


def _same_mark(a: Unit, b: Unit) -> bool:
    """Two headlines opening with the same mark (``◎ 小票价背后的大账本``): a series of subheads."""
    mark = a.text.strip()[:1]
    return mark in SUBHEAD_MARKS and b.text.strip()[:1] == mark


def subheads_in_place(units: list[Unit]) -> set[int]:
    """Headlines printed in the flow of a story, between two of its passages: numbered ones
    (``一、``, ``（一）``, ``1.``), a box's label (``记者手记``, ``相关链接``), and series of
    two or more of one shape or opening with one mark in one story (after the same opening)."""
    over = [
        u for u in units
        if u.kind == HEAD and not u.wide and 0 < u.pos < len(units) - 1 and units[u.pos - 1].kind == units[u.pos + 1].kind == PARA
    ]
    out = {u.pos for u in over if enumerated(u.text) or is_box_label(u.text) or is_row(units[u.pos + 1].lines[0])}
    opens = [u.pos for k, u in enumerate(units) if u.kind == PARA and _start_kind(u, units[k - 1] if k else None)]
    story = {u.pos: max((p for p in opens if p < u.pos), default=-1) for u in over}  # the story each stands in
    printed = Counter(u.text for u in units if u.kind == HEAD)
    def apart(u: Unit) -> bool:  # blank lines above and below it
        return u.after_gap and units[u.pos + 1].after_gap

    for k, head in enumerate(over):
        if printed[head.text] > 1:
            continue  # printed again and again (遗失声明): a title over each notice, not a story's subheads
        mates = [o for o in over[:k] + over[k + 1 :] if story[o.pos] == story[head.pos]
                 and (alike(head.lines, o.lines) or _same_mark(head, o))]
        if mates and not (apart(head) and not all(apart(o) for o in mates)):
            out.add(head.pos)  # (one set apart where the others are not heads a story of its own: 消费提示)
    return out


# the formula closing a notice: 特此声明。 特此公告。 声明作废。
_NOTICE_END = re.compile(  # and a short clause after it: 特此更正，并向读者致歉。
    r"(?:特此(?:声明|公告|通知|通告|告知|说明|致谢|函告|公示|证明|更正)|声明作废)(?:[，,][^。！!，,]{1,12})?[。！!]?$")


def _closes_notice(para: Unit) -> bool:
    """True for a paragraph ending with a notice's closing formula (特此声明。)."""
    return bool(_NOTICE_END.search(para.text.replace("\n", "").rstrip()))




def _ends_article(para: Unit) -> bool:
    """A paragraph that closes its article: signed with a byline at its end, the
    signature of a document (落款: who issued it and when) or its closing formula
    (特此声明。), a note on the writer (作者单位：……), or a serial's （未完待续）."""
    return (ends_signed(para.text) or is_signature(list(para.lines)) or ends_part(para.text)
            or _closes_notice(para) or bool(AUTHOR_NOTE.match(para.text)))


def cut_segments(units: list[Unit], items: dict[int, str], closing: set[int]) -> list[Segment]:
    """Runs of paragraphs broken at headlines, bylines, furniture and article openings; an
    opening passage is also broken at its first blank line after a finished sentence (the
    passage after it may belong to another article)."""
    segments: list[list[Unit]] = []
    starts: list[tuple[str, bool, str, bool]] = []
    subheads = subheads_in_place(units)
    prev: Unit | None = None
    last_para: Unit | None = None
    closed = False  # a byline closed the text since the last paragraph: （松岭市住建局）
    for unit in units:
        if unit.kind == CAPTION or (unit.kind == FURNITURE and is_dashed_folio(unit.text)):
            continue  # a caption, or a page number left between two columns, inside a story
        closed = closed or unit.pos in closing
        if unit.kind == PARA:
            nxt = units[unit.pos + 1] if unit.pos + 1 < len(units) else None
            ended = last_para is not None and (_ends_article(last_para) or closed)
            signed = last_para if ended else None
            closed = False
            kind = _start_kind(unit, prev, nxt, closing, signed)
            summed = (kind == "byline" and prev is not None and prev.pos > 0 and segments and len(segments[-1]) == 1
                      and segments[-1][0].pos == prev.pos - 1 and starts[-1][0] == "summary")
            noted = (segments and prev is not None and prev.kind == BYLINE and prev.pos in closing
                     and bool(AUTHOR_NOTE.match(unit.text)))  # ■ 向晓岚 / （作者系……）: who signed it
            if summed or noted:  # the byline under a story's summary box, then its text: one story
                segments[-1].append(unit)
                last_para, prev = unit, unit
                continue
            kind = "item" if unit.pos in items and kind != "photo" else kind  # a column's picture is still photo news
            if not kind and prev is not None and prev.kind == HEAD and not segments:
                kind = "headed"  # the page's first text, under a headline: a story, not the rest of one
            if (not kind and prev is not None and prev.kind == HEAD and prev.pos not in subheads and prev.after_gap
                    and unit.after_gap and last_para is not None and ends_sentence(last_para.lines[-1])
                    and units[prev.pos - 1].kind == PARA and not enumerated(prev.text)
                    and segments and starts[-1][0] == "continuation"):
                kind = "headed"  # after the end of a story jumped from another page, a headline set apart: a new story
            retitled = (prev is not None and prev.kind == HEAD and prev.pos not in subheads and last_para is not None
                        and (ends_sentence(last_para.lines[-1]) or ended or not is_prose(last_para.text)))
            last_para = unit
            gap = bool(segments) and starts[-1][0] != "" and _breaks_at_gap(unit, prev)
            # a passage under a subhead stays with its story unless it is clearly another's
            gap = gap or (bool(segments) and prev is not None and prev.pos in subheads)
            if kind or prev is None or prev.kind != PARA or gap:
                segments.append([])
                starts.append((kind, gap and not kind, items.get(unit.pos, ""), retitled and not kind))
            segments[-1].append(unit)
        prev = unit
    out = [Segment(tuple(s), k, g, c, h) for s, (k, g, c, h) in zip(segments, starts, strict=True)]
    return _first_headed(out, units)


def _signed_first(segments: list[Segment], units: list[Unit], closing: set[int]) -> list[Segment]:
    """The page's first passage, when a byline closes it right after, is a whole story
    (its headline perhaps printed under the byline), not the rest of a later one."""
    if not segments or segments[0].start:
        return segments
    after = segments[0].paras[-1].pos + 1
    if after < len(units) and after in closing:
        return [dataclasses.replace(segments[0], start="signed"), *segments[1:]]
    return segments


def _first_headed(segments: list[Segment], units: list[Unit]) -> list[Segment]:
    """The page's first text under a headline opens a story when the next story to open has
    a headline of its own; else it is the rest of that story (whose headlines are all
    printed at the top, its lead further down)."""
    if not segments or segments[0].start != "headed" or _ends_article(segments[0].paras[-1]):
        return segments  # (signed at its end, it is a whole story)
    later = next((s for s in segments[1:] if s.start), None)
    above = None
    if later is not None:
        above = next((u for u in reversed(units[: later.pos]) if u.kind not in (BYLINE, NOTE, FURNITURE, CAPTION)), None)
    if later is None or (above is not None and above.kind == HEAD):
        return segments
    return [dataclasses.replace(segments[0], start=""), *segments[1:]]


_CREDIT = re.compile(r"[（(][^（）()]{2,30}摄影?[）)]$|(?:记者|通讯员)\s?\S{2,4}(?:\s\S{2,4})*\s?摄影?$")
PHOTO_CAPTION = 300  # characters: the longest caption of a photo news item


def photo_caption(text: str) -> bool:
    """A short text ending with a photographer's credit (``（记者 赵明 摄）``): the caption of
    a picture printed as news of its own; or a drawing's credit alone (``作者：欧阳帆``)."""
    text = text.replace("\n", "").strip()
    return len(text) <= PHOTO_CAPTION and (bool(_CREDIT.search(text)) or drawn_by(text) is not None)


def _scores(i: int, likeness: list[list[float]], owner: dict[int, int], before: int | None) -> dict[int, float]:
    """How like passage ``i`` each article's likest passage so far is (the article just
    before it on the page is favoured)."""
    scores: dict[int, float] = {}
    for j, a in owner.items():
        scores[a] = max(scores.get(a, 0.0), likeness[i][j])
    return {a: v + (NEIGHBOUR_BONUS if a == before else 0.0) for a, v in scores.items()}


def _choose(i: int, scores: dict[int, float], segments: list[Segment], before: int | None) -> int:
    """The article passage ``i`` goes to, given its scores."""
    best = max(scores, key=lambda a: scores[a]) if scores else i
    # under a headline after a finished story, and like no other story: a story of its own (a box of figures
    # under its headline, unless clearly another's: a subhead leads into prose)
    if segments[i].retitled and (not scores or scores[best] < (MIN_GAP_LIKENESS if segments[i].tabular else MIN_LIKENESS)):
        return i
    if segments[i].retitled and segments[i].signed_document:
        return i  # a document under its own headline down to its signature (落款): whole in itself
    if segments[i].gap and before is not None:
        clear = scores[best] >= max(MIN_GAP_LIKENESS, CLEAR_LEAD * scores[before])
        return best if clear else before
    if scores and scores[best] >= MIN_LIKENESS:
        return best
    return before if before is not None else best


def _margin(scores: dict[int, float]) -> float:
    """How far the best score leads the second."""
    top = sorted(scores.values(), reverse=True) + [0.0, 0.0]
    return top[0] - top[1]


def own_segments(segments: list[Segment], likeness: list[list[float]]) -> dict[int, int]:
    """Map every segment to the article (opening segment index) it belongs to: the passages
    without an opening of their own go, the clearest first, to the article with a passage
    most like them (bigrams weighed by how few of the page's passages hold them), and each
    one placed is compared with the passages still to place."""
    owner = {i: i for i, s in enumerate(segments) if s.start}
    if not owner and segments:
        owner[0] = 0
    pending = [i for i in range(len(segments)) if i not in owner]
    while pending:
        ranked = []
        for i in pending:
            if segments[i].gap and i - 1 in pending:
                continue  # a passage after a break waits for the one before it: it stays with it unless clearly another's
            before = owner.get(i - 1)
            scores = _scores(i, likeness, owner, before)
            ranked.append((_margin(scores), -i, i, _choose(i, scores, segments, before)))
        _, _, i, article = max(ranked)
        owner[i] = article
        pending.remove(i)
    return owner


def _segment_at(pos: int, segments: list[Segment]) -> int | None:
    """The index of the segment whose first paragraph is the unit at ``pos``."""
    return next((i for i, s in enumerate(segments) if s.pos == pos), None)


def _nearest(pos: int, segments: list[Segment], owner: dict[int, int]) -> int:
    """The article (of those ``owner`` maps segments to) with a segment nearest to ``pos``
    (the later one on a tie)."""
    return owner[min(owner, key=lambda i: (abs(segments[i].pos - pos), -segments[i].pos))]


def article_texts(segments: list[Segment], owner: dict[int, int]) -> dict[int, str]:
    """The whole body text of each article (of the segments ``owner`` maps so far)."""
    texts: dict[int, str] = {}
    for i, article in owner.items():
        texts[article] = texts.get(article, "") + "\n" + segments[i].text
    return texts


def _in_place_owner(head: Unit, units: list[Unit], segments: list[Segment], owner: dict[int, int]) -> int | None:
    """The article of the passage a headline stands in front of, when that article began earlier."""
    nxt = next((u for u in units[head.pos + 1 :] if u.kind != HEAD), None)
    if nxt is None or nxt.kind != PARA:
        return None
    i = _segment_at(nxt.pos, segments)
    if i is None or segments[i].start or segments[owner[i]].pos > head.pos:
        return None
    return owner[i]


def _titles_owner(head: Unit, units: list[Unit], segments: list[Segment], owner: dict[int, int], banners: frozenset[int]) -> int | None:
    """The article a headline stands right over, when that article begins there (an item of
    a short-news column, a picture's caption, a story opening with its byline)."""
    nxt = next((u for u in units[head.pos + 1 :] if u.kind not in (HEAD, FURNITURE) or u.pos in banners), None)
    if nxt is not None and nxt.kind == BYLINE and nxt.pos + 1 < len(units):
        i = _segment_at(nxt.pos + 1, segments)  # headline, byline, text: the story the byline opens,
        # a banner set as a headline over the column's one story: 维权案例 / its title / its byline
        under_banner = i is not None and segments[i].start == "item" and head.pos - 1 in banners and units[head.pos - 1].kind == HEAD
        if i is None or (segments[i].start != "byline" and not under_banner) or not _headed_above(head, units, segments, owner):
            return None  # unless the story above has no headline over it (this page prints them after)
        return owner[i]
    i = _segment_at(nxt.pos, segments) if nxt is not None and nxt.kind == PARA else None
    if i is not None and segments[i].start == "signoff" and _headed_above(head, units, segments, owner):
        return owner[i]  # over a story that opens after a signed one, on a page printing headlines over their stories
    if i is None or segments[i].start not in ("item", "photo"):
        return None
    between = [u for u in units[head.pos + 1 : nxt.pos] if u.kind == HEAD]
    if segments[i].start == "photo" and between and not head.lines[-1].endswith(LEADS_ON):
        return None  # a picture's headline is the one right over it; one above that is another story's
    return owner[i]


def _headed_above(head: Unit, units: list[Unit], segments: list[Segment], owner: dict[int, int]) -> bool:
    """True when the story right above ``head`` has a headline printed over its start (or
    there is no story above)."""
    skip = (BYLINE, NOTE, FURNITURE, CAPTION)
    above = next((u for u in reversed(units[: head.pos]) if u.kind not in skip), None)
    if above is None or above.kind != PARA:
        return True
    article = _para_owner(above.pos, segments, owner)
    if article is None:
        return True
    start = segments[article].pos
    before = next((u for u in reversed(units[:start]) if u.kind not in skip), None)
    return before is not None and before.kind in (HEAD, LABEL)


def _word_scores(group: list[Unit], texts: dict[int, str], weights: Weights) -> dict[int, float]:
    """How much of a headline group's words each article's body repeats."""
    words = "\n".join(h.text for h in group)
    return {a: weights.containment(words, t) for a, t in texts.items()}


def _leading(scores: dict[int, float], lead: float = CLEAR_LEAD) -> set[int]:
    """The articles that repeat about as much as the one that repeats most (within ``lead``
    of it; one when that one clearly leads; none when none repeats enough)."""
    best = max(scores.values(), default=0.0)
    return set() if best < MIN_CONTAINMENT else {a for a, score in scores.items() if score * lead > best}


def _contenders(group: list[Unit], texts: dict[int, str], weights: Weights) -> set[int]:
    """The articles a headline group's words name (see ``_leading``)."""
    return _leading(_word_scores(group, texts, weights))


def _near(group: list[Unit], units: list[Unit], segments: list[Segment], owner: dict[int, int], texts: dict[int, str],
          weights: Weights) -> set[int]:
    """The contenders for a headline by its words; but of the articles its words name within
    ``LOOSE_LEAD``, the ones whose text stands right above or below it when there are any (a
    headline is printed next to its story)."""
    scores = _word_scores(group, texts, weights)
    around = [_para_owner(p.pos, segments, owner) for p in _beside(units, group[0].pos, group[-1].pos)]
    near = {a for a in around if a in _leading(scores, LOOSE_LEAD)}
    return near or _leading(scores)


def _beside(units: list[Unit], first: int, last: int) -> list[Unit]:
    """The paragraphs right above and right below a run of headlines (bylines, notes and
    furniture between do not count)."""
    skip = (HEAD, BYLINE, NOTE, FURNITURE, CAPTION)
    above = next((u for u in reversed(units[:first]) if u.kind not in skip), None)
    below = next((u for u in units[last + 1 :] if u.kind not in skip), None)
    return [u for u in (above, below) if u is not None and u.kind == PARA]


def _groups(units: list[Unit], texts: dict[int, str], weights: Weights, banners: frozenset[int]) -> list[list[Unit]]:
    """Headlines one by one, except piled subheads, which go together; headlines piled alike
    that clearly name different articles (one story's headline printed after it, the next
    one's before it) go apart, a run for each article."""
    heads = [u for u in units if u.kind == HEAD and u.pos not in banners]
    piles = []
    for pile in find_piles(heads):
        owners = [_contenders([h], texts, weights) for h in pile]
        apart = all(len(o) == 1 for o in owners) and len({min(o) for o in owners}) > 1
        if not apart:
            piles.append(pile)
            continue
        runs: list[list[Unit]] = []  # the pile cut where the article its headlines name changes
        for k, head in enumerate(pile):
            if runs and owners[k] == owners[k - 1]:
                runs[-1].append(head)
            else:
                runs.append([head])
        piles += runs
    piles += _stacks(heads)
    piled = {h.pos for p in piles for h in p}
    return sorted(piles + [[h] for h in heads if h.pos not in piled], key=lambda g: g[0].pos)


def _stacks(heads: list[Unit]) -> list[list[Unit]]:
    """A kicker leading into its title (``一条热线连着万家冷暖——``) with the headlines printed
    right under it, or a title with its dash subtitle (``——各地扎实推进春季农业生产``) under
    it: one story's headline stack."""
    out: list[list[Unit]] = []
    for head in heads:
        if head.lines[-1].endswith(LEADS_ON) and not any(head in s for s in out):
            stack = [head]
            for nxt in heads:
                if nxt.pos == stack[-1].pos + 1:
                    stack.append(nxt)
            out.append(stack) if len(stack) > 1 else None
    for head in heads:  # a subtitle opening with a dash goes with the headline right over it
        above = next((h for h in heads if h.pos == head.pos - 1), None)
        if head.lines[0].startswith(DASHES) and above is not None and not any(head in s for s in out):
            owner = next((s for s in out if above in s), None)
            owner.append(head) if owner is not None else out.append([above, head])
    return out


def own_heads(
    units: list[Unit], segments: list[Segment], owner: dict[int, int], weights: Weights, banners: frozenset[int]
) -> tuple[dict[int, int], set[int]]:
    """Map every headline to its article; note the ones printed in front of their section.
    Headlines placed in front of their section or clearly by their words go first; the
    doubtful ones then go to the nearest of their contenders with the fewest headlines."""
    texts = article_texts(segments, owner)
    heads: dict[int, int] = {}
    in_place: set[int] = set()
    count: dict[int, int] = {}
    doubtful: list[tuple[list[Unit], set[int]]] = []
    for group in _groups(units, texts, weights, banners) if texts else []:
        titled = _titles_owner(group[-1], units, segments, owner, banners)
        placed = None if titled is not None else _in_place_owner(group[-1], units, segments, owner)
        if placed is not None:
            in_place |= {h.pos for h in group}
        contenders = {titled if titled is not None else placed} if titled is not None or placed is not None else None
        if contenders is None and all(u.kind == FURNITURE for u in units[: group[0].pos]):
            below = _next_article(group[-1].pos, segments, owner)  # the page's first lines: no story above to title
            contenders = {below} if below is not None else None
        contenders = contenders or _near(group, units, segments, owner, texts, weights)
        if len(contenders) != 1:
            doubtful.append((group, contenders))
            continue
        article = contenders.pop()
        heads |= {h.pos: article for h in group}
        count[article] = count.get(article, 0) + 1
    first_pos = {a: min(segments[i].pos for i, b in owner.items() if b == a) for a in set(owner.values())}
    before = sum(first_pos[a] > min(heads_of) for a, heads_of in _by_article(heads).items())
    headlines_first = before * 2 > len(_by_article(heads))  # this page prints headlines over their stories
    for group, contenders in doubtful:
        below = _next_article(group[-1].pos, segments, owner) if headlines_first else None
        if below is not None and (not contenders or below in contenders) and not count.get(below):
            heads |= {h.pos: below for h in group}
            count[below] = 1
            continue
        # the nearest of the contenders with fewest headlines so far, or the nearest article
        fewest = min((count.get(a, 0) for a in contenders), default=0)
        mine = {i: a for i, a in owner.items() if not contenders or a in contenders and count.get(a, 0) == fewest}
        article = _nearest(group[0].pos, segments, mine)
        heads |= {h.pos: article for h in group}
    return heads, in_place


def _by_article(heads: dict[int, int]) -> dict[int, list[int]]:
    """Headline positions by the article they were given to."""
    out: dict[int, list[int]] = {}
    for pos, article in heads.items():
        out.setdefault(article, []).append(pos)
    return out


def _next_article(pos: int, segments: list[Segment], owner: dict[int, int]) -> int | None:
    """The article whose opening passage is the first to begin after ``pos``."""
    later = [i for i, s in enumerate(segments) if s.start and s.pos > pos and owner.get(i) == i]
    return min(later, key=lambda i: segments[i].pos) if later else None


def _para_owner(pos: int, segments: list[Segment], owner: dict[int, int]) -> int | None:
    """The article owning the paragraph unit at ``pos``."""
    return next((owner[i] for i, s in enumerate(segments) if any(p.pos == pos for p in s.paras)), None)


# under a student's essay, the teacher who supervised it: printed, kept with the page's furniture, in no field
_TEACHER_LINE = re.compile(r"^\s*指导(?:老师|教师)\s?[：:]")


def own_bylines(units: list[Unit], segments: list[Segment], owner: dict[int, int], closing: set[int]) -> dict[int, int]:
    """Map each byline to its article: a byline printed at the end of its article (in
    brackets, or a role alone: ``（记者 张某）``, ``本报评论员``) to the paragraph before it,
    any other to the paragraph right after it, else to the one before."""
    out: dict[int, int] = {}
    for unit in (u for u in units if u.kind == BYLINE and not _TEACHER_LINE.match(u.text)):
        nxt = next((u for u in units[unit.pos + 1 :] if u.kind != CAPTION), None)  # a caption may stand between
        before = [u.pos for u in units[: unit.pos] if u.kind == PARA]
        if unit.pos in closing and before:
            pos = before[-1]
        else:
            pos = nxt.pos if nxt is not None and nxt.kind == PARA else _para_near(units, unit.pos)
        if pos is not None:
            out[unit.pos] = _para_owner(pos, segments, owner)
    return out


def own_columns(units: list[Unit], segments: list[Segment], owner: dict[int, int], heads: dict[int, int]) -> dict[int, str]:
    """The column of each article under a banner: the items found under it, and the article
    whose headline a label stands right over, wherever its text is printed."""
    out = {owner[i]: s.column for i, s in enumerate(segments) if s.column}
    for unit in (u for u in units if u.kind == LABEL):
        nxt = units[unit.pos + 1] if unit.pos + 1 < len(units) else None
        if nxt is not None and nxt.kind == HEAD and nxt.pos in heads:
            out.setdefault(heads[nxt.pos], label_name(unit.text))
    return out


def own_notes(units: list[Unit], segments: list[Segment], owner: dict[int, int]) -> dict[int, int]:
    """Map each editor's note to the article of the paragraph after it."""
    notes: dict[int, int] = {}
    for unit in (u for u in units if u.kind == NOTE):
        after = next((u.pos for u in units[unit.pos + 1 :] if u.kind == PARA), None)
        pos = after if after is not None else _para_near(units, unit.pos)
        if pos is not None:
            notes[unit.pos] = _para_owner(pos, segments, owner)
    return notes


def own_captions(units: list[Unit], segments: list[Segment], owner: dict[int, int]) -> dict[int, int]:
    """Map each caption to the article of the paragraph it stands in or after."""
    out: dict[int, int] = {}
    for unit in (u for u in units if u.kind == CAPTION):
        inside = next((u.pos for u in units[unit.pos + 1 :] if u.kind == PARA), None) if unit.inside else None
        pos = inside if inside is not None else _para_near(units, unit.pos)
        if pos is not None:
            out[unit.pos] = _para_owner(pos, segments, owner)
    return out


def _para_near(units: list[Unit], pos: int) -> int | None:
    """The paragraph unit before ``pos``, else the one after it."""
    before = [u.pos for u in units[:pos] if u.kind == PARA]
    after = [u.pos for u in units[pos + 1 :] if u.kind == PARA]
    return (before[-1:] or after[:1] or [None])[0]


def _first_sentence(text: str) -> str:
    """The text up to the first full stop."""
    cut = min((i for i in (text.find(c) for c in "。！？!?") if i >= 0), default=len(text))
    return text[: cut + 1]


def _opening_para(
    head: Unit, article: int, segments: list[Segment], owner: dict[int, int], weights: Weights
) -> tuple[int, int] | None:
    """A later paragraph of a continuation whose first sentence repeats a headline: where the
    headline's own article begins."""
    for i, seg in enumerate(segments):
        if owner[i] != article:
            continue
        for k, para in enumerate(seg.paras):
            if (i, k) != (article, 0) and weights.containment(head.text, _first_sentence(para.text)) >= 0.8:
                return i, k
    return None


def _split(segments: list[Segment], at: tuple[int, int]) -> tuple[list[Segment], list[int]]:
    """Open a new article at paragraph ``k`` of segment ``i``; return the old->new index map."""
    i, k = at
    seg = segments[i]
    head = [Segment(seg.paras[:k], seg.start)] if k else []
    new = segments[:i] + head + [Segment(seg.paras[k:], "headline")] + segments[i + 1 :]
    shift = len(head)
    return new, [j if j <= i else j + shift for j in range(len(segments))]


def split_at_headlines(
    units: list[Unit], segments: list[Segment], owner: dict[int, int], heads: dict[int, int], in_place: set[int], weights: Weights
) -> tuple[list[Segment], dict[int, int], dict[int, int]]:
    """A headline given to a continuation fragment opens a new article where a paragraph
    repeats it; continuation fragments carry no headline of their own."""
    for pos in sorted(heads):
        article = heads[pos]
        if pos in in_place or segments[article].start != "continuation":
            continue
        at = _opening_para(units[pos], article, segments, owner, weights)
        if at is None:
            continue
        segments, index = _split(segments, at)
        new = at[0] + (1 if at[1] else 0)
        owner = {index[j]: index[a] for j, a in owner.items()} | {new: new}
        heads = {h: index[a] for h, a in heads.items()} | {pos: new}
    return segments, owner, heads


def passage_likeness(segments: list[Segment]) -> list[list[float]]:
    """How alike each two passages are (see ``Weights.likeness``)."""
    texts = [s.text for s in segments]
    return Weights.of(texts).likeness(texts)


def plan(units: list[Unit], weights: Weights) -> Plan:
    """Decide which article every unit of the page belongs to."""
    closing = closing_bylines(units)
    columns = find_columns(units, closing)
    segments = _signed_first(cut_segments(units, columns.items, closing), units, closing)
    likeness = passage_likeness(segments)
    owner = own_segments(segments, likeness)
    heads, in_place = own_heads(units, segments, owner, weights, columns.banners)
    segments, owner, heads = split_at_headlines(units, segments, owner, heads, in_place, weights)
    apart = banners_apart(units, segments, owner, {pos: a for pos, a in heads.items() if pos not in in_place})
    heads = {pos: a for pos, a in heads.items() if pos not in apart}
    return Plan(
        tuple(segments),
        owner,
        heads,
        frozenset(in_place),
        own_bylines(units, segments, owner, closing),
        own_captions(units, segments, owner),
        own_notes(units, segments, owner),
        columns.banners | frozenset(apart),
        {**{a: units[pos].text.replace(" ", "") for pos, a in apart.items()}, **own_columns(units, segments, owner, heads)},
    )


def banners_apart(units: list[Unit], segments: list[Segment], owner: dict[int, int], heads: dict[int, int]) -> dict[int, int]:
    """Short headlines over an article's text whose title is printed after that text
    (读者来信 over a letter, its headline under the signature): a kicker stands right over
    its title, so a line this far from it is the column the article runs in. Returns
    their positions and articles."""
    out: dict[int, int] = {}
    for article, positions in _by_article(heads).items():
        first, *rest = sorted(positions)
        unit = units[first]
        name = unit.text.replace(" ", "")
        if (not rest or "\n" in unit.text or not 2 <= len(name) <= BANNER_LENGTH or not all(is_cjk(c) for c in name)
                or is_box_label(name)):
            continue
        between = units[first + 1 : rest[0]]
        if any(u.kind == PARA and _para_owner(u.pos, segments, owner) == article for u in between):
            out[first] = article
    return out
