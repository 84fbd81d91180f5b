"""Nothing is lost: every visible character of a page ends up in exactly one place."""

from __future__ import annotations

import pytest

from generator.segment import dropped_marks

from .conftest import SEED_NAMES, load
from .variants import accounted, visible


@pytest.mark.parametrize("seed", [n[:3] for n in SEED_NAMES])
def test_seed_characters_all_accounted_for(seeds, seed):
    page = seeds[seed]
    assert accounted(page) == visible(page.page.text)


def test_variant_characters_all_accounted_for(variants):
    for key, page in variants.items():
        assert accounted(page) == visible(page.page.text), key


def test_only_list_markers_are_dropped():
    dropped = {name[:3]: dropped_marks(load(name)) for name in SEED_NAMES}
    assert dropped["003"] == "-" * 7 + "(175.)" + "-" * 14
    assert all(not d for seed, d in dropped.items() if seed != "003")
