"""Assign topics to an article from the words it uses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

TITLE_WEIGHT = 3
MIN_SCORE = 3
MAX_TOPICS = 3


def assign_topics(title: str, body: str, taxonomy: Mapping[str, Sequence[str]]) -> list[str]:
    """The best-matching topics (at most three), by keyword hits; title hits weigh more."""
    scores = {}
    for topic, keywords in taxonomy.items():
        score = sum(TITLE_WEIGHT * title.count(k) + body.count(k) for k in keywords)
        if score >= MIN_SCORE:
            scores[topic] = score
    ranked = sorted(scores, key=lambda t: (-scores[t], list(taxonomy).index(t)))
    return ranked[:MAX_TOPICS]
