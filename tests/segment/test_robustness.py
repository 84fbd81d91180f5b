"""Pages cut short, pages shuffled block by block, pages of one kind of line: the stage
still runs and still loses nothing."""

from __future__ import annotations

import random

import pytest

from generator.errors import BuildError

from .conftest import SEED_NAMES, load, segment_text
from .variants import accounted, visible


def _blocks(text: str) -> list[str]:
    return [b for b in text.split("\n\n") if b.strip()]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_prefixes_and_shuffles_lose_nothing(name):
    text = load(name)
    lines = text.split("\n")
    rng = random.Random(name)
    pages = ["\n".join(lines[:cut]) for cut in range(5, len(lines), max(len(lines) // 6, 1)) if "\n".join(lines[:cut]).strip()]
    for _ in range(4):
        blocks = _blocks(text)
        rng.shuffle(blocks)
        pages.append("\n\n".join(blocks))
    for page_text in pages:
        page = segment_text(page_text, f"seeds/{name}")
        assert accounted(page) == visible(page_text)
        assert all(a.title and a.kind in ("article", "continuation") for a in page.articles)


@pytest.mark.parametrize(
    "text",
    [
        "城投创投公司荣获\nAAA主体信用评级\n",
        "\u3000\u3000□记者 董梅雪 报道\n",
        "■商品车通过滚装船出口。\n本报资料照片\n",
        ">>推动深度融合<<\n",
        "一句没有标点的话",
        "\u3000\u3000正文一段。\n\u3000\u3000正文又一段。\n",
    ],
)
def test_pages_of_one_kind_of_line(text):
    page = segment_text(text, "seeds/odd.txt")
    assert accounted(page) == visible(text)


def test_whitespace_only_page_is_an_error():
    with pytest.raises(BuildError, match="segment: seeds/blank.txt: "):
        segment_text("\n \u3000\n", "seeds/blank.txt")
