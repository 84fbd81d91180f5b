"""Pages the seeds never show in that form: articles reordered, articles of two seeds on one
page, headlines printed before their bodies, and noise. The articles must come out as an
editor cut them from the seeds, and nothing printed may be lost."""

from __future__ import annotations

import re

import pytest

from .check import core_problems
from .conftest import SEED_NAMES, load, segment_text
from .expected import PAGES
from .unseen import NOISE, blocks_of, noisy, page, swap_punctuation, translate_expected
from .variants import accounted, visible

THRESHOLD = 0.95
SEEDS = {name[:3]: name for name in SEED_NAMES}
COMPOSITES = (("000", "004"), ("004", "000"), ("001", "004"), ("000", "001"))


def _rotations(n: int) -> dict[str, list[int]]:
    out = {"reversed": list(reversed(range(n)))}
    for r in sorted({1, n // 2, n - 1} - {0, n}):
        out[f"rotated{r}"] = [(k + r) % n for k in range(n)]
    return out


def unseen_pages() -> dict[tuple[str, str], tuple[str, list]]:
    """(family, label) -> (page text, expected articles)."""
    out: dict[tuple[str, str], tuple[str, list]] = {}
    cut = {seed: blocks_of(seed, load(name)) for seed, name in SEEDS.items()}
    for seed, (top, blocks) in cut.items():
        if len(blocks) < 2:
            continue
        for label, order in _rotations(len(blocks)).items():
            arranged = [blocks[k] for k in order]
            out[("reordered", f"{seed}/{label}")] = (page(top, arranged), [b.article for b in arranged])
        if any(b.article.dateline and any(b.heads) for b in blocks):
            for label, arranged in (("printed", blocks), ("reversed", blocks[::-1])):
                text = page(top, arranged, headline_first=True)
                out[("headline-first", f"{seed}/{label}")] = (text, [b.article for b in arranged])
    for a, b in COMPOSITES:
        (top_a, blocks_a), (top_b, blocks_b) = cut[a], cut[b]
        mixed = [x for pair in zip(blocks_a, blocks_b, strict=False) for x in pair]
        mixed += blocks_a[len(blocks_b) :] + blocks_b[len(blocks_a) :]
        out[("composite", f"{a}+{b}/alternate")] = (page(top_a + top_b, mixed), [x.article for x in mixed])
        out[("composite", f"{a}+{b}/appended")] = (page(top_a + top_b, blocks_a + blocks_b), [x.article for x in blocks_a + blocks_b])
    for seed, name in SEEDS.items():
        text = load(name)
        for kind in NOISE:
            out[("noise", f"{seed}/{kind}")] = (noisy(text, kind), PAGES[seed])
        swapped, table = swap_punctuation(text)
        out[("noise", f"{seed}/punctuation")] = (swapped, translate_expected(PAGES[seed], table))
    return out


@pytest.fixture(scope="module")
def unseen() -> dict:
    """Every unseen-form page, segmented, with its expected articles."""
    return {key: (segment_text(text, f"unseen/{key[1]}.txt"), expected) for key, (text, expected) in unseen_pages().items()}


def _score(page_, expected: list) -> tuple[int, int, list[str]]:
    problems = [p for item in expected for p in core_problems(page_, item, expected)]
    wrong = {p.split(":")[0] for p in problems}
    extra = max(len(page_.articles) - len(expected), 0)
    problems += [f"{extra} articles too many"] if extra else []
    return len(expected) - len(wrong), len(expected) + extra, problems


def test_unseen_pages_keep_every_article(unseen):
    """The pages really hold the seeds' articles: same visible text as their sources."""
    for (family, label), (segmented, expected) in unseen.items():
        text = segmented.page.text
        for item in expected:
            assert re.sub(r"\s", "", item.key) in re.sub(r"\s", "", text), (family, label, item.key)


def test_accuracy_on_unseen_forms(unseen):
    totals: dict[str, list[int]] = {}
    problems = []
    for (family, label), (segmented, expected) in unseen.items():
        right, total, found = _score(segmented, expected)
        tally = totals.setdefault(family, [0, 0])
        tally[0] += right
        tally[1] += total
        problems += [f"{family} {label}: {p}" for p in found]
    right, total = sum(t[0] for t in totals.values()), sum(t[1] for t in totals.values())
    for family, (r, t) in sorted(totals.items()):
        print(f"\nunseen {family}: {r}/{t} = {r / t:.3f}")
    print(f"\nunseen overall: {right}/{total} = {right / total:.3f} on {len(unseen)} pages")
    print("\n".join(problems))
    assert right / total >= THRESHOLD


def test_unseen_pages_lose_nothing(unseen):
    for key, (segmented, _) in unseen.items():
        assert accounted(segmented) == visible(segmented.page.text), key
