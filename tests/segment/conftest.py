"""Seed pages, segmented once per session, and their variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ingest.reader import decode_text
from generator.records import IssueMeta, Page
from generator.segment import segment_page

from .variants import ENCODINGS, encode, rewrap

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
WIDTHS = (10, 12, 14, 16, 20)


def load(name: str) -> str:
    """A seed page's text, decoded as the reader decodes it."""
    return decode_text((SEEDS / name).read_bytes(), name)


def segment_text(text: str, source: str, given: IssueMeta | None = None):
    """Segment a page given as text."""
    return segment_page(Page(source=source, text=text, given=given or IssueMeta()))


@pytest.fixture(scope="session")
def seeds() -> dict:
    """Every seed page, segmented, keyed by the number that opens its file name."""
    return {name[:3]: segment_text(load(name), f"seeds/{name}") for name in SEED_NAMES}


def variant_texts(name: str) -> dict[str, str]:
    """The variants of one seed page, by a label saying how each was made."""
    text = load(name)
    out = {f"width{w}": rewrap(text, w) for w in WIDTHS}
    out |= {enc: decode_text(encode(text, enc), name) for enc in ENCODINGS}
    return out


@pytest.fixture(scope="session")
def variants() -> dict:
    """Every variant of every seed page, segmented: (seed number, label) -> SegmentedPage."""
    out = {}
    for name in SEED_NAMES:
        for label, text in variant_texts(name).items():
            out[(name[:3], label)] = segment_text(text, f"seeds/renamed_{label}_{name[4:]}")
    return out
