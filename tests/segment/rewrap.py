"""A page set again in columns of another width, as a typesetter would set it.

On a hard-wrapped page the wrapped lines of each paragraph, byline, dateline line and
caption are joined back and cut again; on a one-paragraph-per-line page each paragraph line
is cut. Cutting follows the Chinese line-breaking rule: no line starts with closing
punctuation or ends with opening punctuation, and a Latin word or number stays whole unless
``split_words`` asks otherwise. A blank line where a column broke inside a paragraph is kept,
after the line that now holds the break. Headlines stay as printed unless ``headlines`` asks
for those longer than the width to be wrapped too. Only whitespace is ever added or dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

INDENT = "\u3000\u3000"
CLOSING = frozenset("。，、；：！？”’）》」』】〕〉…％%),.;:!?]}")
OPENING = frozenset("“‘（《「『【〔〈([{")
WORD_MARKS = frozenset(".%+@_/&'-")
HARD_MARKS = ("■", "□", "●", "▲")
LONG_LINE = 30
FINISHED = re.compile(
    r"(?:[。！？!?…：:]|——)[”’」』）)》]*$"  # a sentence (or a lead-in to a quote or list) ends
    r"|[（(][^（）()]*(?:记者|通讯员|摄|版|编辑)[^（）()]*[）)]$"  # a bracketed byline, credit or jump mark
    r"|[（(][\u4e00-\u9fff·]{2,4}[）)]$"  # a writer's name in brackets: （苏文）
    r"|[（(][\u4e00-\u9fff]{2,20}(?:局|厅|委|办|处|室|院|所|中心|公司|集团|协会|政府|街道|编辑部)[）)]$"  # （松岭市住建局）
    r"|[（(](?:完|全文完|终)[）)]$"  # the end of a story: （完）
    r"|\s摄$|报道$"  # a photo credit or a 报道 byline
    r"|^[□■●▲◎]\s?[\u4e00-\u9fff·]{2,4}$"  # a writer's name marked on a line of its own: □ 林知秋
)
OPENER = re.compile(
    r"^(?:本报(?:讯|记者|通讯员|评论员|\S{0,8}?[电讯])|新华社\S{0,8}?电|(?:本报)?(?:记者|通讯员)\s"
    r"|[文图]\s?[/／]|编者按|[（(]上接|- )"
)
CLAUSE = re.compile(r"[，、；。]")
_ROLE_NAME = r"(?:本报)?(?:记者|通讯员)[\s\u3000]+\S{2,4}"
BYLINE_LINE = re.compile(rf"^{_ROLE_NAME}(?:[\s\u3000]+{_ROLE_NAME})*(?:\s?报道)?$")  # 记者 罗晓峰 on its own line
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）])")
JUMP_MARK = re.compile(r"[（(](?:上接|下转)[^（）()]{1,6}[）)]|^上接第?\d+版|下转第?\d+版(?:〉〉)?$")  # set whole, never across two lines


@dataclass(frozen=True)
class _Block:
    """Text to be cut again: its leading whitespace, its text, and where in the text columns broke."""

    prefix: str
    text: str
    breaks: tuple[int, ...] = ()


def rewrap(text: str, width: int, headlines: bool = False, *, split_words: bool = False) -> str:
    """The page set in columns ``width`` characters wide (an indent counts as two)."""
    lines = text.split("\n")
    items = _long_items(lines) if is_long_page(lines) else _hard_items(lines, column_width(lines))
    out: list[str] = []
    for item in items:
        if isinstance(item, _Block):
            out += _set(item, width, split_words)
        elif headlines and len(item.strip()) > width:
            prefix = item[: len(item) - len(item.lstrip())]
            out += cut(prefix + item.strip(), width, split_words)
        else:
            out.append(item)
    return "\n".join(out)


def is_long_page(lines: list[str]) -> bool:
    """True for a page printed one paragraph per line (more than a third of its lines are long)."""
    filled = [ln for ln in lines if ln.strip()]
    return sum(len(ln) > LONG_LINE for ln in filled) > len(filled) / 3


def column_width(lines: list[str]) -> int:
    """The most common length of a page's lines: the width of its columns."""
    lengths = Counter(len(ln.rstrip()) for ln in lines if len(ln.strip()) >= 6)
    return lengths.most_common(1)[0][0] if lengths else LONG_LINE


def cut(text: str, width: int, split_words: bool = False) -> list[str]:
    """``text`` cut into lines of at most ``width`` characters where the rule allows a break,
    longer only where it allows none; whitespace at a break is dropped. A jump mark
    (（下转第三版）) is never cut."""
    return [text[start:end].rstrip() for start, end in _spans(text, width, split_words)]


def _spans(text: str, width: int, split_words: bool) -> list[tuple[int, int]]:
    """Where each line of ``text`` cut at ``width`` starts and ends."""
    locked = {k for m in JUMP_MARK.finditer(text) for k in range(m.start() + 1, m.end())}

    def allowed(k: int) -> bool:
        return k not in locked and _breakable(text, k, split_words)

    out, i, n = [], 0, len(text)
    while i < n:
        j = n
        if n - i > width:
            back = (k for k in range(i + width, i, -1) if allowed(k))
            ahead = (k for k in range(i + width + 1, n) if allowed(k))
            j = next(back, 0) or next(ahead, n)
        out.append((i, j))
        i = j
        while i < n and text[i].isspace():
            i += 1
    return out


def _breakable(text: str, k: int, split_words: bool) -> bool:
    """May a line end before ``text[k]``? Judged on the visible characters either side."""
    before, after = text[:k].rstrip(), text[k:].lstrip()
    if not before or not after:
        return False
    a, b = before[-1], after[0]
    if b in CLOSING or a in OPENING or (a == b and a in "—…"):
        return False
    spaced = len(before) < k or len(after) < len(text) - k
    return split_words or spaced or not (_is_word(a) and _is_word(b))


def _is_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c in WORD_MARKS)


def _set(block: _Block, width: int, split_words: bool) -> list[str]:
    """A block cut at ``width``, with a blank line after each line that holds a column break
    (before the last line, so that the break stays inside the paragraph)."""
    full = block.prefix + block.text
    spans = _spans(full, width, split_words)
    last = max(len(spans) - 2, 0)
    after = {min(next(n for n, (_, end) in enumerate(spans) if end >= len(block.prefix) + b), last) for b in block.breaks}
    out: list[str] = []
    for n, (start, end) in enumerate(spans):
        out += [full[start:end].rstrip()] + [""] * (n in after)
    return out


def _indented(line: str) -> bool:
    """An indent of ideographic spaces, or of two or more plain ones (as some extractors emit)."""
    return line.lstrip(" ").startswith("\u3000") or (line.startswith("  ") and bool(line.strip()))


def _finished(line: str) -> bool:
    return bool(FINISHED.search(line.rstrip()))


def _marked(body: str) -> bool:
    return body.startswith(HARD_MARKS) or bool(OPENER.match(body))


def _hard_items(lines: list[str], width: int) -> list[str | _Block]:
    """A hard-wrapped page as blocks to cut again and lines to keep (headlines, blank lines)."""
    out: list[str | _Block] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip() or not _opens_block(lines, i, width):
            out.append(lines[i])
            i += 1
            continue
        line = lines[i]
        prefix = line[: len(line) - len(line.lstrip())]
        text, breaks = line[len(prefix) :].rstrip(), []  # spaces left at a line's end are no text
        i += 1
        while True:
            j = i
            while j < len(lines) and not lines[j].strip():
                j += 1
            after = lines[j + 1] if j + 1 < len(lines) else ""
            if j == len(lines) or not _continues(lines[i - 1], lines[j], width, across=j > i, text=text, after=after):
                break
            if j > i:
                breaks.append(len(text))
            text += lines[j].strip()
            i = j + 1
        out.append(_Block(prefix, text, tuple(breaks)))
    return out


def _opens_block(lines: list[str], i: int, width: int) -> bool:
    """Does line ``i`` open a paragraph, byline, dateline or caption (not a headline)?
    An unmarked, unindented line does only when it is a full column line of prose that
    goes on into the next line."""
    line, body = lines[i], lines[i].strip()
    if _indented(line) or _marked(body):
        return True
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    column_line = width - 1 <= len(line.rstrip()) <= width + 2 and 0 < len(nxt.strip()) <= width + 2
    return column_line and not _indented(nxt) and bool(CLAUSE.search(body)) and not _finished(body)


def _continues(last: str, nxt: str, width: int, across: bool, text: str = "", after: str = "x") -> bool:
    """Does ``nxt`` carry on the block whose last line is ``last`` (``text`` so far)? Across
    a column break (``across``) only a full line cut mid-sentence carries on, into an
    unmarked line. A line without a stop under a finished sentence, with a blank line or
    the page's end after it (``after``), is a headline printed after its story."""
    body = nxt.strip()
    if _indented(nxt) or body.startswith(HARD_MARKS):
        return False
    full = len(last.rstrip()) >= width - (1 if across or body[0] in OPENING else 0)
    finished = _finished(last) or _finished(text or last)  # a byline in brackets may have wrapped: （记者 / 陈静）
    finished = finished or bool(BYLINE_LINE.match((text or last).strip()))  # 记者 罗晓峰: a byline of its own
    if finished and (NUMBERED.match(body) or OPENER.match(body)):
        return False  # a numbered heading, a byline or a dateline under a finished sentence
    if finished and not CLAUSE.search(body) and not _finished(body) and not after.strip() and body[0] not in OPENING:
        return False
    if finished and re.fullmatch(r"【[^【】]{1,12}】", body):
        return False  # a label set on its own line under a finished sentence: 【读者反映】
    if across:
        return full and not finished and not OPENER.match(body)
    return full or not (finished or OPENER.match(body))  # a dateline under a short byline opens its own block


def _long_items(lines: list[str]) -> list[str | _Block]:
    """A one-paragraph-per-line page: each paragraph line is a block, indented unless it
    carries on an unfinished paragraph or opens with a mark; headlines are kept."""
    out: list[str | _Block] = []
    previous = ""
    for line in lines:
        body = line.strip()
        headline = len(body) <= LONG_LINE and not _marked(body) and not _finished(body) and body[-1:] not in "，、；,;"
        if not body or headline:
            out.append(line)
            continue
        carried = bool(previous) and not _finished(previous)
        prefix = "" if carried or body.startswith(HARD_MARKS + ("- ", "（上接", "(上接")) else INDENT
        out.append(_Block(prefix, body))
        previous = body
    return out
