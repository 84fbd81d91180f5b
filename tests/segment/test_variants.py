"""Re-wrapped, re-encoded and renamed pages give the same articles as the seeds."""

from __future__ import annotations

import pytest

from .conftest import SEED_NAMES, WIDTHS
from .variants import ENCODINGS

LABELS = [f"width{w}" for w in WIDTHS] + list(ENCODINGS)


def _signature(page) -> list[tuple]:
    return [(a.kicker, a.title, a.subtitle, a.byline, a.dateline, a.body, a.subheads, a.captions) for a in page.articles]


@pytest.mark.parametrize("label", LABELS)
@pytest.mark.parametrize("seed", [n[:3] for n in SEED_NAMES])
def test_same_articles(seeds, variants, seed, label):
    assert _signature(variants[(seed, label)]) == _signature(seeds[seed])


@pytest.mark.parametrize("seed", [n[:3] for n in SEED_NAMES])
def test_same_metadata_and_furniture(seeds, variants, seed):
    for label in LABELS:
        page = variants[(seed, label)]
        assert (page.meta, page.furniture) == (seeds[seed].meta, seeds[seed].furniture)
        assert page.page.source != seeds[seed].page.source
