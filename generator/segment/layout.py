"""How a page is set: narrow hard-wrapped columns or one paragraph per line."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from .lines import Line

LONG_LINE_MEDIAN = 30  # a page whose typical line is longer prints one paragraph per line
LEAD_WIDTH = 2  # a lead set across columns runs at least this many columns wide
SHORT_LINE = 6  # shorter lines (last lines of paragraphs) say nothing about the column width


@dataclass(frozen=True)
class Layout:
    """The page's setting: ``long_lines`` for one paragraph per line, else the column width."""

    long_lines: bool
    width: int

    def overhangs(self, line: str) -> bool:
        """True for a line longer than the column can hold: set across columns."""
        return not self.long_lines and len(line) > self.width + 2

    def wide(self, line: str) -> bool:
        """True for a line at least twice as wide as the column: a lead set across columns."""
        return not self.long_lines and len(line) >= LEAD_WIDTH * self.width


def detect_layout(lines: list[Line]) -> Layout:
    """Measure the page: its typical line (the median) says how it is set, and its most
    common length (the longest if several) the width of a full column line."""
    lengths = [len(ln.text) for ln in lines if len(ln.text) >= SHORT_LINE]
    if not lengths:
        return Layout(long_lines=False, width=0)
    width = max(statistics.multimode(lengths))
    return Layout(long_lines=statistics.median(lengths) > LONG_LINE_MEDIAN, width=width)
