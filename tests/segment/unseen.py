"""Pages in forms the seeds never take, built from the seeds' own text: articles in another
order, articles of two pages on one, headlines printed before their bodies, and noise.

A seed page is cut into pieces (runs of lines between blank lines, indents and bylines) and
every piece is given to the expected article whose phrases it holds: a key or ``contains``
phrase of its body, a headline, subhead or caption it is part of. A byline or dateline piece
goes to the article of the next body piece that names one; any other piece goes with the
piece before it (with the next one at the top of the page). The pieces of one article, in
their printed order, make its block; blocks are then put together in other orders.
"""

from __future__ import annotations

import dataclasses
import re

from .expected import FURNITURE, PAGES, Expected

BYLINE = re.compile(r"^\s*□\S*?(?:记者|通讯员)")
DATELINE = re.compile(r"^\s*(?:本报|新华社)\S{0,6}?(?:\d{1,2}月\d{1,2}日)?[讯电]|^\s*[（(]上接")
INNER_BYLINE = re.compile(r"(?<=\S)(\s*\u3000\u3000)(?=□)")
TOP = -1  # the owner of page furniture


def _norm(text: str) -> str:
    return re.sub(r"\s", "", text)


def pieces(text: str) -> list[list[str]]:
    """Runs of lines broken at blank lines, indented lines and bylines; a byline run onto
    the end of a line is cut off onto a line of its own."""
    lines: list[str] = []
    for raw in text.split("\n"):
        m = INNER_BYLINE.search(raw)
        lines += [raw[: m.start()], raw[m.start() :]] if m else [raw]
    out: list[list[str]] = []
    for line in lines:
        opens = line[:2].strip() == "" or BYLINE.match(line) or DATELINE.match(line)
        if not line.strip():
            out.append([])
        elif opens or not out or not out[-1]:
            out.append([line])
        else:
            out[-1].append(line)
    return [p for p in out if p]


def _headlines(e: Expected) -> list[str]:
    return [h for h in (e.title or "", e.kicker, e.subtitle, *e.titles, *e.subheads, *e.captions) if h]


def _direct(piece: str, expected: list[Expected]) -> int | None:
    """The article a piece names by a phrase of its body, else by a headline it is part of."""
    for i, e in enumerate(expected):
        if any(_norm(p) in piece for p in (e.key, *e.contains)):
            return i
    for i, e in enumerate(expected):
        if len(piece) >= 2 and any(piece in _norm(h) for h in _headlines(e)):
            return i
    return None


def owners(blocks: list[list[str]], expected: list[Expected], furniture: tuple[str, ...]) -> list[int]:
    """The index of the expected article each piece belongs to (``TOP`` for furniture)."""
    texts = [_norm("".join(b)) for b in blocks]
    body = [_direct(t, expected) for t in texts]
    out: list[int | None] = []
    for k, t in enumerate(texts):
        if any(t and t in _norm(f) for f in furniture):
            out.append(TOP)
        elif BYLINE.match(blocks[k][0]) or DATELINE.match(blocks[k][0]) and body[k] is None:
            out.append(next((b for b in body[k + 1 :] if b is not None), None))
        else:
            out.append(body[k])
    for k in range(len(out)):
        if out[k] is None and k and out[k - 1] not in (None, TOP):
            out[k] = out[k - 1]
    for k in reversed(range(len(out))):
        if out[k] is None:
            out[k] = out[k + 1] if k + 1 < len(out) and out[k + 1] is not None else TOP
    return out  # type: ignore[return-value]


@dataclasses.dataclass(frozen=True)
class Block:
    """The pieces of one article in printed order, and which of them are headlines."""

    article: Expected
    pieces: tuple[tuple[str, ...], ...]
    heads: tuple[bool, ...]

    def text(self, headline_first: bool = False) -> str:
        order = list(range(len(self.pieces)))
        if headline_first:
            order.sort(key=lambda k: not self.heads[k])
        return "\n\n".join("\n".join(self.pieces[k]) for k in order)


def blocks_of(seed: str, text: str) -> tuple[list[str], list[Block]]:
    """A seed page's furniture lines and its article blocks in the order the articles first appear."""
    expected = PAGES[seed]
    cut = pieces(text)
    own = owners(cut, expected, FURNITURE[seed])
    top = ["\n".join(p) for p, o in zip(cut, own, strict=True) if o == TOP]
    order = list(dict.fromkeys(o for o in own if o != TOP))
    blocks = []
    for a in order:
        mine = [p for p, o in zip(cut, own, strict=True) if o == a]
        heads = tuple(_is_title(p, expected[a]) for p in mine)
        blocks.append(Block(expected[a], tuple(tuple(p) for p in mine), heads))
    return top, blocks


def _is_title(piece: list[str], e: Expected) -> bool:
    """True for a piece that is part of the article's kicker, title or subtitle."""
    text = _norm("".join(piece))
    heads = [h for h in (e.title or "", e.kicker, e.subtitle, *e.titles) if h]
    return not any(_norm(p) in text for p in (e.key, *e.contains)) and any(text in _norm(h) for h in heads)


def page(top: list[str], blocks: list[Block], headline_first: bool = False) -> str:
    return "\n\n".join(top + [b.text(headline_first) for b in blocks]) + "\n"


# --- noise -----------------------------------------------------------------------------

FULL_TO_HALF = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")"})
HALF_TO_FULL = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})


def swap_punctuation(text: str) -> tuple[str, dict]:
    """Full-width commas, semicolons, colons and brackets made ASCII, or the other way round
    on a page that prints ASCII ones; returns the table used."""
    table = FULL_TO_HALF if text.count("，") >= text.count(",") else HALF_TO_FULL
    # a decimal point or a thousands comma between digits stays as it is
    out = re.sub(r"(?<!\d)[,，]|[,，](?!\d)|[;；:：()（）]", lambda m: m.group().translate(table), text)
    return out, table


def translate_expected(items: list[Expected], table: dict) -> list[Expected]:
    """The expected articles with the same punctuation swap applied to every phrase."""

    def tr(value):
        if isinstance(value, str):
            return value.translate(table)
        if isinstance(value, tuple):
            return tuple(tr(v) for v in value)
        return value

    return [dataclasses.replace(e, **{f.name: tr(getattr(e, f.name)) for f in dataclasses.fields(e)}) for e in items]


def noisy(text: str, kind: str) -> str:
    """The page with one kind of noise an extractor or a hand edit leaves."""
    lines = text.split("\n")
    if kind == "blank-lines":
        return "\n\n\n" + "\n".join(ln if ln.strip() else "\n\n" for ln in lines) + "\n\n"
    if kind == "trailing-spaces":
        return "\n".join(ln + ("  " if k % 2 else " \t") for k, ln in enumerate(lines))
    if kind == "tab-indents":
        return "\n".join(re.sub(r"^\u3000\u3000", "\t", ln) for ln in lines)
    if kind.startswith("folio:"):
        return kind.split(":", 1)[1] + "\n\n" + text
    raise ValueError(kind)


NOISE = ("blank-lines", "trailing-spaces", "tab-indents", "folio:2", "folio:A02", "folio:第2版")
