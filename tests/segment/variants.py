"""Variants of the seed pages: other column widths, encodings, line ends and file names."""

from __future__ import annotations

import codecs
import re
from collections import Counter

from generator.records import Article, SegmentedPage
from generator.segment import dropped_marks, find_marks

INDENT = "\u3000\u3000"
SENTENCE_END = "。！？!?…”"
PUNCTUATION = SENTENCE_END + "，、；：,;:"
LONG_LINE = 30


def _chunks(text: str, width: int) -> list[str]:
    """Cut ``text`` into lines of about ``width`` characters as a typesetter would: not inside
    a Latin word or number, and not next to a space if that can be helped within five
    characters, else at a space, which is dropped."""
    out, i = [], 0
    while i < len(text):
        j = min(i + width, len(text))
        if j < len(text):
            fits = [k for k in range(j, max(j - 5, i + 1), -1) if _breakable(text, k)]
            j = fits[0] if fits else j
        out.append(text[i:j].strip(" "))
        i = j
    return [c for c in out if c]


def _breakable(text: str, k: int) -> bool:
    """True when a line may break before ``text[k]``."""
    a, b = text[k - 1], text[k]
    return " " not in (a, b) and not (a.isascii() and a.isalnum() and b.isascii() and b.isalnum())


def _is_indented(line: str) -> bool:
    """True for the first line of a paragraph (not a byline) in a hard-wrapped page."""
    return line.lstrip(" ").startswith(INDENT) and not line.strip().startswith("□") and INDENT not in line.strip()


def _rewrap_columns(lines: list[str], width: int) -> list[str]:
    """Re-wrap every indented paragraph run (up to a blank line) of a hard-wrapped page."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _is_indented(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        run = [lines[i].strip()]
        i += 1
        while i < len(lines) and lines[i].strip() and not lines[i].startswith((" ", "\u3000")) and INDENT not in lines[i]:
            run.append(lines[i].strip())
            i += 1
        out.extend(INDENT + c if k == 0 else c for k, c in enumerate(_chunks("".join(run), width)))
    return out


def _rewrap_long(lines: list[str], width: int) -> list[str]:
    """Wrap a one-paragraph-per-line page: paragraphs (long lines, or shorter ones after a
    sentence that end in punctuation) become indented wrapped paragraphs, except where a line
    carries on a paragraph cut by a column break. Headlines stay as they are."""
    out: list[str] = []
    prev = ""
    in_caption = False
    for line in lines:
        text = line.strip()
        in_caption = (in_caption and bool(text)) or text.startswith("■")
        starts = not prev.endswith(tuple(SENTENCE_END)) or not text.endswith(tuple(PUNCTUATION))
        if in_caption or (len(text) <= LONG_LINE and starts):
            out.append(line)
        else:
            marker = "- " if text.startswith("- ") else ""
            body = text[len(marker) :]
            carried = bool(prev) and not prev.endswith(tuple(SENTENCE_END))
            first = marker or ("" if carried else INDENT)
            out.extend(first + c if k == 0 else c for k, c in enumerate(_chunks(body, width)))
        if text and not in_caption:
            prev = text
    return out


def rewrap(text: str, width: int) -> str:
    """The page set in columns ``width`` characters wide, headlines left as they are."""
    lines = text.split("\n")
    long_page = sum(len(ln) > LONG_LINE for ln in lines) > len([ln for ln in lines if ln.strip()]) / 3
    return "\n".join(_rewrap_long(lines, width) if long_page else _rewrap_columns(lines, width))


ENCODINGS = ("utf-8-sig", "gb18030", "utf-16")


def encode(text: str, encoding: str) -> bytes:
    """The page as another system would store it: with CRLF line ends, in ``encoding``."""
    data = text.replace("\n", "\r\n").encode(encoding)
    return data if encoding != "utf-8-sig" else data if data.startswith(codecs.BOM_UTF8) else codecs.BOM_UTF8 + data


def printed_characters(article: Article) -> str:
    """Every character of an article that was printed on the page, each counted once."""
    body = "\n".join(ln for ln in article.body.split("\n") if not ln.startswith(("## ", "### ")))
    title = "" if article.title_derived else article.title
    parts = [title, article.kicker, article.subtitle, *article.subheads, *article.subheads2, body, *article.captions, article.byline,
             article.editor_note]
    return "".join(parts)


def accounted(page: SegmentedPage) -> Counter:
    """The multiset of visible characters the segmented page accounts for, plus the list
    markers the segmenter reports as dropped."""
    text = "".join(printed_characters(a) for a in page.articles)
    text += "".join(find_marks(page.page.text)) + "".join(page.furniture) + dropped_marks(page.page.text)
    return Counter(re.sub(r"\s", "", text))


def visible(text: str) -> Counter:
    """The multiset of visible characters of a text."""
    return Counter(re.sub(r"\s", "", text))
