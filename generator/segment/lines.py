"""Split a page's text into lines, noting paragraph indents and removing stray list markers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .chars import INDENT

# "- " opening a line of a one-paragraph-per-line page, sometimes followed by "(175.) "
_MARKER = re.compile(r"^- (?!\d{1,3} ?[-－—–]\s*$)(?:\(\d+\.\) )?")  # not a page number between dashes: - 3 -
# an indent in the middle of a line: a byline or a new paragraph run onto the previous line
# (each match starts where a run of spaces starts: linear on any line)
_INNER_INDENT = re.compile(r"(?<=[。！？”])\s*\u3000\u3000(?=\S)|(?<!\s)\s*\u3000\u3000(?=□)")


@dataclass(frozen=True)
class Line:
    """One line of the page: its text without indent or marker, and what opened it."""

    text: str
    indented: bool = False
    marked: bool = False

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def width(self) -> int:
        """How much of the column the line fills, its indent (two characters) included."""
        return len(self.text) + (2 if self.indented else 0)


def _indented(raw: str) -> bool:
    """True when the line opens with two or more spaces (ideographic or ASCII) or a tab."""
    lead = raw[: len(raw) - len(raw.lstrip(INDENT))]
    return len(lead) >= 2 or "\t" in lead


def _split_inner(raw: str) -> list[str]:
    """Split a line where a paragraph indent stands after the start of the line."""
    parts = _INNER_INDENT.split(raw)
    return [parts[0]] + ["\u3000\u3000" + p for p in parts[1:]]


def _line(raw: str) -> Line:
    """One ``Line`` from one raw line."""
    marker = _MARKER.match(raw)
    if marker:
        return Line(raw[marker.end() :].strip(), marked=True)
    return Line(raw.strip(), indented=_indented(raw) and bool(raw.strip()))


def split_lines(text: str) -> list[Line]:
    """The page's lines, with inner indents split off and list markers removed."""
    return [_line(part) for raw in text.split("\n") for part in _split_inner(raw.rstrip())]


def dropped_marks(text: str) -> str:
    """The visible characters of the list markers ``split_lines`` removes, in page order."""
    return "".join(_MARKER.match(raw).group().replace(" ", "") for raw in text.split("\n") if _MARKER.match(raw))
