"""Bylines: ``□记者 董梅雪 报道``, ``□本报记者 陈蔚　本报通讯员 魏晓``, ``□青岛日报/观海新闻记者 薛华飞``."""

from __future__ import annotations

import re
from dataclasses import dataclass

BYLINE_START = "□"
# a match starts only where a run of non-spaces starts or a role ends: linear on any line
_ROLE = re.compile(r"(?:(?<!\S)|(?<=记者)|(?<=通讯员|实习生))(\S*?)(记者|通讯员|实习生)")
_NOT_NAMES = {"报道", "摄", "摄影", "文", "图", "文/图", "整理"}


@dataclass(frozen=True)
class Byline:
    """A byline as printed, with the reporters, correspondents and paper it names."""

    text: str
    authors: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    paper: str = ""


def is_byline(line: str) -> bool:
    """True when a line is a byline: ``□`` and a reporter's role."""
    return line.startswith(BYLINE_START) and bool(_ROLE.search(line))


def _paper(prefix: str) -> str:
    """The paper named before a role (``青岛日报/观海新闻`` -> ``青岛日报``), not ``本报``."""
    name = prefix.split("/")[0]
    return name if name.endswith("报") and name != "本报" else ""


def _names(chunk: str) -> list[str]:
    """The names in the text between two roles."""
    return [n for n in chunk.split() if n not in _NOT_NAMES]


def parse_byline(line: str) -> Byline:
    """Split a byline into reporters (记者), correspondents (通讯员) and the paper it names;
    the byline keeps its printed form, with ideographic spaces, other spaces made plain."""
    text = re.sub(r"[^\S\u3000]+", " ", line.strip())  # no-break and other spaces print as one space
    roles = list(_ROLE.finditer(text))
    authors: list[str] = []
    correspondents: list[str] = []
    paper = ""
    for i, m in enumerate(roles):
        end = roles[i + 1].start() if i + 1 < len(roles) else len(text)
        names = _names(text[m.end() : end])
        (correspondents if m.group(2) == "通讯员" else authors).extend(names)
        paper = paper or _paper(m.group(1).lstrip(BYLINE_START))
    return Byline(text, tuple(authors), tuple(correspondents), paper)
