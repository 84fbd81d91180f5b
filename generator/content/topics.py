"""Assign topics to an article from the words it uses."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

TITLE_WEIGHT = 3
MIN_SCORE = 3
MAX_TOPICS = 3
SHARE_OF_BEST = 0.4  # a topic must score at least this share of the best one


def assign_topics(title: str, body: str, taxonomy: Mapping[str, Sequence[str]]) -> list[str]:
    """The best-matching topics (at most three), by keyword hits; title hits weigh more,
    and a topic far behind the best one is left out."""
    scores = {}
    for topic, keywords in taxonomy.items():
        score = sum(TITLE_WEIGHT * title.count(k) + body.count(k) for k in keywords)
        if score >= MIN_SCORE:
            scores[topic] = score
    best = max(scores.values(), default=0)
    ranked = sorted((t for t in scores if scores[t] >= SHARE_OF_BEST * best), key=lambda t: (-scores[t], list(taxonomy).index(t)))
    return ranked[:MAX_TOPICS]
