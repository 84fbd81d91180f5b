"""Reflow hard-wrapped lines into paragraphs and remove the spacing a PDF extractor adds.

Three kinds of space are not part of the text and are removed:

* spaces beside punctuation (``思想 ，以``);
* justification spacing of letter-spaced runs (``区 人 大 常 委 会`` -> ``区人大常委会``);
* spaces left where a wrapped line was joined back (``把 握``): a space that closes a
  stretch of 12-24 characters counted from the previous space, in a run of such spaces that
  opens the paragraph, or in a run of three or more further on (a single pair of phrases of
  similar length in a sentence is not a run).

Spaces between Latin words, and spaces inside a phrase (``“我为群众办实事 第一书记见行动”``),
are kept.
"""

from __future__ import annotations

import re

from .chars import is_cjk, is_latin, is_punct

JOIN_RUN = (12, 24)  # characters between two line-join spaces
MIN_LATER_RUN = 3  # evenly spaced gaps needed to count as line joins after a longer stretch


def _word_end(text: str) -> str:
    """The run of ASCII letters and digits that ends ``text``."""
    m = re.search(r"[A-Za-z0-9]+$", text)
    return m.group() if m else ""


def _word_start(text: str) -> str:
    """The run of ASCII letters and digits that opens ``text``."""
    m = re.match(r"[A-Za-z0-9]+", text)
    return m.group() if m else ""


def wrapped_inside_word(left: str, right: str) -> bool:
    """True when a line break fell inside one Latin word or number rather than between two
    words: digits on both sides (``20`` / ``24年``), or capitals and digits that make one
    abbreviation (``G`` / ``DP``, ``AP`` / ``EC``, ``5`` / ``G``)."""
    a, b = _word_end(left), _word_start(right)
    if not a or not b:
        return True  # no Latin word on one side: nothing to keep apart
    if re.fullmatch(r"\d+|[A-Z0-9]+", a + b):
        return True
    # a word set in Chinese text without a space on either side, cut by the column's edge:
    # 和ChatGP / T相似, 每秒100G / bps，
    before = left[: len(left) - len(_run_end(left))][-1:]
    after = right[len(_run_start(right)) :][:1]
    return _bounds(before) and _bounds(after)


def _run_end(text: str) -> str:
    m = re.search(r"[A-Za-z0-9.\-+/]+$", text)
    return m.group() if m else ""


def _run_start(text: str) -> str:
    m = re.match(r"[A-Za-z0-9.\-+/]+", text)
    return m.group() if m else ""


def _bounds(ch: str) -> bool:
    """A character that ends a Latin word set in Chinese text: a Chinese one or a mark."""
    return not ch or is_cjk(ch) or is_punct(ch)


def join_lines(lines: list[str] | tuple[str, ...]) -> str:
    """Join wrapped lines: no space between Chinese characters, nor inside a word or number
    the wrap broke; one between two Latin words."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out and is_latin(out[-1]) and is_latin(line[0]) and not wrapped_inside_word(out, line):
            out += " "
        out += line
    return out


def collapse(text: str) -> str:
    """Turn every run of whitespace (ideographic spaces too) into one ASCII space."""
    return re.sub(r"\s+", " ", text).strip()


def _keeps_space(left: str, right: str) -> bool:
    """True when a space between these two characters belongs to the text."""
    return (left.isascii() and left.isalnum()) or (right.isascii() and right.isalnum())


def _join_runs(text: str) -> list[list[int]]:
    """Runs of consecutive spaces each closing a stretch of 12-24 characters."""
    runs: list[list[int]] = [[]]
    last = 0
    for m in re.finditer(" ", text):
        fits = JOIN_RUN[0] <= m.start() - last <= JOIN_RUN[1] and not _keeps_space(text[m.start() - 1], text[m.end()])
        if fits:
            runs[-1].append(m.start())
        elif runs[-1]:
            runs.append([])
        last = m.end()
    return runs


def drop_join_spaces(text: str) -> str:
    """Remove the evenly spaced gaps left by joined line wraps: a run of them from the start
    of the text, or a run of at least three further on (see the module docstring)."""
    starts_text = bool(re.match(rf"[^ ]{{{JOIN_RUN[0]},{JOIN_RUN[1]}}} ", text))
    drop = set()
    for k, run in enumerate(_join_runs(text)):
        if (k == 0 and starts_text) or len(run) >= MIN_LATER_RUN:
            drop.update(run)
    return "".join(ch for i, ch in enumerate(text) if i not in drop)


def drop_punct_spaces(text: str) -> str:
    """Remove spaces that stand beside punctuation."""
    text = re.sub(r"(?<! ) +(?=[^\s])", lambda m: "" if is_punct(text[m.end()]) else m.group(), text)
    return re.sub(r"(?<=\S) +", lambda m: "" if is_punct(text[m.start() - 1]) else m.group(), text)


def _run(text: str) -> int:
    """How many Chinese characters open ``text``."""
    n = 0
    while n < len(text) and is_cjk(text[n]):
        n += 1
    return n


def drop_letter_spacing(text: str) -> str:
    """Close up justification spacing: a space beside a lone Chinese character, or between
    two-character pieces next to such a space (where a wrap fell inside a spaced run)."""
    parts = text.split(" ")
    sides = [(_run(a[::-1]), _run(b)) for a, b in zip(parts, parts[1:], strict=False)]
    lone = [min(sides_k) == 1 for sides_k in sides]
    out = parts[0]
    for k, part in enumerate(parts[1:]):
        left, right = sides[k]
        near_lone = (k > 0 and lone[k - 1]) or (k + 1 < len(lone) and lone[k + 1])
        close = lone[k] or (0 < left <= 2 and 0 < right <= 2 and near_lone)
        out += ("" if close else " ") + part
    return out


def clean(text: str) -> str:
    """Collapse whitespace and remove extractor spacing from one paragraph or headline."""
    return _unspace(collapse(text))


def _unspace(text: str) -> str:
    """Remove extractor spacing (plain spaces) from collapsed text."""
    return drop_letter_spacing(drop_punct_spaces(drop_join_spaces(text)))


def _keep_wide_spaces(text: str) -> str:
    """Whitespace made one space, but a printed ideographic space between two words stays
    (``第一条　取消……``)."""
    return re.sub(r"\s+", lambda m: "\u3000" if set(m.group()) == {"\u3000"} else " ", text).strip()


def reflow(lines: list[str] | tuple[str, ...], keep: int = 0) -> str:
    """One paragraph from its wrapped lines; the first ``keep`` characters (a dateline) stay
    as printed and are separated from the rest by one space when one was printed. An
    ideographic space printed inside a line is kept."""
    text = _keep_wide_spaces(join_lines(lines))
    head, rest = text[:keep], text[keep:]
    if keep and rest[:1] in (" ", "\u3000"):
        return head + " " + _unspace(rest.strip())
    return head + _unspace(rest)
