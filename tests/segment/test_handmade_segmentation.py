"""The segmenter on the hand-set pages: each page as printed, re-set at every column width
from 8 to 30 characters, and stored in other encodings and line ends.

Every page and variant must keep every printed character and the page's own date, page
number, section and editors. Articles are scored as an editor would check them (boundaries,
headlines, bylines, then dateline, continuations, subheads at both levels, captions, column,
photographers, truncation and the editor's note); the report is printed with the test
output and kept in the README.
"""

from __future__ import annotations

import pytest

from generator.records import IssueMeta

from .check import all_problems
from .conftest import segment_text
from .handmade import PAGES, HandPage, segmenter_cases
from .variants import accounted, visible

PRINTED_THRESHOLD = 0.90  # articles right in every field on the pages as printed
SWEEP_THRESHOLD = 0.87  # articles right in every field over all widths and encodings
WRAPPED_THRESHOLD = 0.82  # the same with headlines, bylines and page headers wrapped too


@pytest.fixture(scope="module")
def cases() -> dict:
    """Every page and variant, segmented: label -> (HandPage, SegmentedPage)."""
    return {label: (page, segment_text(text, f"seeds/{page.name}.txt")) for label, text, page in segmenter_cases()}


@pytest.fixture(scope="module")
def wrapped() -> dict:
    """Every page at every width with its headlines and header lines wrapped as well."""
    return {
        label: (page, segment_text(text, f"seeds/{page.name}.txt"))
        for label, text, page in segmenter_cases(headlines=True)
        if "/width" in label
    }


def _score(cases: dict) -> tuple[int, int, list[str]]:
    right, total, problems = 0, 0, []
    for label, (page, seg) in cases.items():
        for item in page.articles:
            found = all_problems(seg, item, page.articles)
            total += 1
            right += not found
            problems += [f"{label}: {p}" for p in found]
        extra = len(seg.articles) - len(page.articles)
        total += max(extra, 0)
        problems += [f"{label}: {extra} articles too many"] if extra > 0 else []
    return right, total, problems


def _report(name: str, right: int, total: int, problems: list[str]) -> None:
    print(f"\n{name}: {right}/{total} = {right / total:.3f} articles right in every field")
    print("\n".join(problems[:60]))


def test_pages_as_printed(cases):
    printed = {k: v for k, v in cases.items() if k.endswith("/printed")}
    right, total, problems = _score(printed)
    _report("hand-set pages as printed", right, total, problems)
    assert right / total >= PRINTED_THRESHOLD


def test_pages_at_every_width_and_encoding(cases):
    right, total, problems = _score(cases)
    _report(f"hand-set pages, {len(cases)} variants", right, total, problems)
    assert right / total >= SWEEP_THRESHOLD


def test_pages_with_headlines_and_headers_wrapped(wrapped):
    """A headline or page header set in a column narrower than itself wraps too."""
    right, total, problems = _score(wrapped)
    _report(f"hand-set pages with headlines wrapped, {len(wrapped)} variants", right, total, problems)
    assert right / total >= WRAPPED_THRESHOLD
    for label, (page, seg) in wrapped.items():
        assert accounted(seg) == visible(seg.page.text), label
        assert _got(seg.meta) == _meta(page), label


def _meta(page: HandPage) -> tuple:
    return page.date, page.page, page.section, page.editors


def _got(meta: IssueMeta) -> tuple:
    return meta.date, meta.page, meta.section, dict(meta.editors)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_variant_keeps_the_page_header(cases, page):
    """Date, page number, section and editors come from the page's header and footer lines,
    whatever the column width, encoding or line ends."""
    for label, (hand, seg) in cases.items():
        if hand is page:
            assert _got(seg.meta) == _meta(page), label


def test_nothing_is_lost_on_any_variant(cases):
    for label, (_, seg) in cases.items():
        assert accounted(seg) == visible(seg.page.text), label


def test_header_metadata_is_recorded_as_found_in_the_header(cases):
    page, seg = cases["01_dispatch/printed"]
    assert dict(seg.meta.found)["date"] == "header"
    assert dict(seg.meta.found)["page"] == "header"


def test_no_column_names_an_article_outside_its_column(cases):
    """Column names come from banners and labels printed on the page, nothing else."""
    for label, (page, seg) in cases.items():
        printed = "".join(page.furniture_phrases).replace(" ", "")
        for article in seg.articles:
            assert article.column == "" or article.column in printed, (label, article.column)
