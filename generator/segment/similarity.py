"""What a headline or a passage has in common with a body: shared character bigrams,
weighted by how rare each bigram is on the page."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

_HAN_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]{2,}")  # the characters ``is_cjk`` accepts
_WORD = re.compile(r"[A-Za-z0-9]{2,}")


@lru_cache(maxsize=4096)
def bigrams(text: str) -> frozenset[str]:
    """The Chinese character bigrams and Latin/digit words of ``text`` (line breaks ignored);
    remembered, as the same passages and headlines are compared many times."""
    text = text.replace("\n", "")
    grams = {run[i : i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)}
    grams.update(word.upper() for word in _WORD.findall(text))
    return frozenset(grams)


@dataclass(frozen=True)
class Weights:
    """Inverse document frequencies of bigrams over a page's passages."""

    idf: dict[str, float]
    default: float

    @classmethod
    def of(cls, passages: list[str]) -> Weights:
        """Weigh the bigrams of these passages."""
        df: Counter[str] = Counter()
        for p in passages:
            df.update(bigrams(p))
        n = len(passages) + 1
        return cls({g: math.log(n / c) + 0.1 for g, c in df.items()}, math.log(n) + 0.1)

    def weight(self, grams: frozenset[str]) -> float:
        """The summed weight of a set of bigrams."""
        return sum(self.idf.get(g, self.default) for g in grams)

    def containment(self, part: str, whole: str) -> float:
        """How much of ``part`` (a headline) recurs in ``whole`` (a body), from 0 to 1."""
        mine = bigrams(part)
        total = self.weight(mine)
        return self.weight(mine & bigrams(whole)) / total if total else 0.0

    def focus(self, part: str, whole: str) -> float:
        """Like ``containment`` but weighing rare bigrams much more than common ones."""
        mine = bigrams(part)
        total = self._square(mine)
        return self._square(mine & bigrams(whole)) / total if total else 0.0

    def _square(self, grams: frozenset[str]) -> float:
        """The summed squared weight of a set of bigrams."""
        return sum(self.idf.get(g, self.default) ** 2 for g in grams)

    def likeness(self, passages: list[str]) -> list[list[float]]:
        """How alike each two passages are, from 0 to 1: the cosine of their bigram sets,
        each bigram weighed by its squared weight."""
        grams = [bigrams(p) for p in passages]
        norms = [math.sqrt(self._square(g)) for g in grams]
        return [
            [self._square(g & h) / (m * n) if m and n else 0.0 for h, n in zip(grams, norms, strict=True)]
            for g, m in zip(grams, norms, strict=True)
        ]
