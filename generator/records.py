"""The record types passed along the pipeline, one per stage.

seeds/*.txt --read--> Page --segment--> SegmentedPage(Article...) --write--> content/*.md
content/*.md --load--> Entry --assemble--> Archive --render--> site/
"""

from __future__ import annotations

from dataclasses import dataclass, field

PRECISIONS = ("unknown", "year", "month", "day")  # how much of a date is known, least first
KINDS = ("article", "continuation", "photo")  # photo: photo news, a caption and no body


@dataclass(frozen=True)
class IssueMeta:
    """Which paper, day and page a seed page belongs to, and how each was found.

    ``date`` is always a full ISO date (``YYYY-MM-DD``) or ``""``; ``date_precision``
    says how much of it is known (``day``, ``month``, ``year`` or ``unknown``).
    ``found`` maps ``paper``/``date``/``page`` to where the value came from
    (``sidecar``, ``manifest``, ``filename``, ``dateline``, ``byline``, ``text``,
    ``continuation``, ``config`` or ``unknown``).
    """

    paper: str = ""
    date: str = ""
    date_precision: str = "unknown"
    page: int = 0
    found: tuple[tuple[str, str], ...] = ()
    section: str = ""  # the page's name (版名) from its header, e.g. 要闻
    editors: tuple[tuple[str, str], ...] = ()  # (role, name) from the header: (("责任编辑", "王芳"),)


@dataclass(frozen=True)
class Page:
    """One seed page as read from disk: decoded text with ``\\n`` line ends."""

    source: str  # path relative to the project root, e.g. "seeds/000_x.txt"
    text: str
    given: IssueMeta  # what a sidecar, manifest or file name said (may be partial)
    controls: int = 0  # control characters removed from the text as read


@dataclass(frozen=True)
class Article:
    """One article (or continuation fragment) cut from a page."""

    title: str
    body: str  # Markdown: paragraphs separated by blank lines, "## " subheads
    title_derived: bool = False
    kicker: str = ""
    subtitle: str = ""
    kind: str = "article"  # "article", "continuation" or "photo" (a picture's caption, no body)
    authors: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    byline: str = ""  # the byline as printed, e.g. "□记者 董梅雪 报道"
    dateline: str = ""  # e.g. "本报9月9日讯"
    continued_from: int | None = None  # page number in "（上接第一版）"
    continued_to: int | None = None  # page number in "（下转第三版）"
    subheads: tuple[str, ...] = ()  # 小标题, ``## `` in the body
    captions: tuple[str, ...] = ()
    subheads2: tuple[str, ...] = ()  # headings numbered below the subheads (（一） under 一、), ``### ``
    column: str = ""  # the column banner or label it runs under: 简讯, 区县传真, 推动深度融合
    editor_note: str = ""  # 编者按 printed with it, without the label
    photographers: tuple[str, ...] = ()
    truncated: bool = False  # ends mid-sentence with no continuation mark
    dateline_month: int = 0  # the month and day its dateline names (0 when none)
    dateline_day: int = 0


@dataclass(frozen=True)
class SegmentedPage:
    """A page cut into articles, with its furniture and resolved issue metadata."""

    page: Page
    meta: IssueMeta
    articles: tuple[Article, ...]
    furniture: tuple[str, ...] = ()  # banners, section labels: never article titles


@dataclass(frozen=True)
class Entry:
    """One content file as loaded from ``content/``: front matter plus body."""

    path: str  # relative to the project root, e.g. "content/x/2024/09/09/01/a.md"
    meta: dict = field(hash=False, compare=False)
    body: str = ""

    @property
    def title(self) -> str:
        return str(self.meta.get("title") or "")


@dataclass(frozen=True)
class Output:
    """One file of the site: its path under the site root and its bytes."""

    path: str
    data: bytes
