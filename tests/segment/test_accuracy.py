"""How many articles come out with the right boundaries, headlines and byline, on the
seeds and on every variant of them."""

from __future__ import annotations

from .check import core_problems
from .conftest import SEED_NAMES, load, segment_text
from .expected import PAGES
from .variants import rewrap

THRESHOLD = 0.95


def _score(pages: dict) -> tuple[int, int, list[str]]:
    """(right, total, problems) over segmented pages keyed by (seed, label)."""
    right, total, problems = 0, 0, []
    for (seed, label), page in pages.items():
        expected = PAGES[seed]
        for item in expected:
            found = core_problems(page, item, expected)
            total += 1
            right += not found
            problems += [f"{seed}/{label}: {p}" for p in found]
        extra = len(page.articles) - len(expected)
        total += max(extra, 0)
        problems += [f"{seed}/{label}: {extra} articles too many"] if extra > 0 else []
    return right, total, problems


def test_accuracy(seeds, variants):
    pages = {(seed, "seed"): page for seed, page in seeds.items()} | variants
    right, total, problems = _score(pages)
    print(f"\nsegmentation accuracy: {right}/{total} = {right / total:.3f} articles right on {len(pages)} pages")
    print("\n".join(problems))
    assert right / total >= THRESHOLD


def test_accuracy_over_a_sweep_of_column_widths():
    """Every width from 8 to 26 characters: narrower and wider than any seed's columns."""
    pages = {(n[:3], f"width{w}"): segment_text(rewrap(load(n), w), f"seeds/{n}") for n in SEED_NAMES for w in range(8, 27, 2)}
    right, total, problems = _score(pages)
    print(f"\nwidth sweep accuracy: {right}/{total} = {right / total:.3f} articles right on {len(pages)} pages")
    print("\n".join(problems))
    assert right / total >= THRESHOLD
