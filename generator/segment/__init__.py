"""The segmentation stage: cut one seed page into articles and resolve its issue metadata.

    segment_page(page, default_paper="") -> SegmentedPage

How a page is cut (one module per step):

* ``lines``: split the text into lines, noting paragraph indents, splitting off an indent
  run onto the end of a line, removing stray ``- `` list markers (``dropped_marks``
  reports them);
* ``layout``: hard-wrapped columns or one paragraph per line, and the column width;
* ``units``: paragraphs reflowed across wraps and column breaks, headlines, bylines,
  captions (``■…``) and furniture (banners, ``>>…<<`` labels);
* ``assemble``: articles open at datelines, continuation marks, bylines and wide leads;
  other passages go, the clearest first, to the article holding the passage most like
  them, and every headline to the article whose words it shares;
* ``articles`` and ``sections``: headline roles, subheads placed before their sections,
  bylines, datelines, continuation marks, captions and the Markdown body;
* ``metadata``: paper, date and page number from the text when not given.

Nothing printed is lost: every visible character ends up in an article's headlines,
subheads, body, captions or byline, in a continuation mark (``find_marks``) or in the
page's furniture; only the list markers ``dropped_marks`` reports are removed.
"""

from __future__ import annotations

from ..errors import BuildError
from ..records import Page, SegmentedPage
from .articles import build_articles
from .assemble import plan
from .layout import detect_layout
from .lines import dropped_marks, split_lines
from .marks import find_marks
from .metadata import resolve_meta
from .pagehead import merge, read_header
from .similarity import Weights
from .units import FURNITURE, build_units

STAGE = "segment"

__all__ = ["STAGE", "dropped_marks", "find_marks", "segment_page"]


def segment_page(page: Page, default_paper: str = "") -> SegmentedPage:
    """Cut a page into articles in page order, keep its furniture, and fill in the paper,
    date and page number the page itself tells when ``page.given`` lacks them."""
    if not page.text.strip():
        raise BuildError(f"{STAGE}: {page.source}: the page has no text")
    lines = split_lines(page.text)
    units = build_units(lines, detect_layout(lines))
    weights = Weights.of([u.text for u in units])
    articles, furniture = build_articles(plan(units, weights), units, weights)
    wrapped = {"".join(u.lines): u.lines for u in units if u.kind == FURNITURE and len(u.lines) > 1}  # headers
    head = merge([h for h in (read_header(wrapped.get(f, (f,)), edge=True) for f in furniture) if h])
    meta = resolve_meta(page, articles, default_paper, head)
    return SegmentedPage(page=page, meta=meta, articles=tuple(articles), furniture=tuple(furniture))
