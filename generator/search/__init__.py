"""The client-side search index (placeholder until the search stage lands)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..config import Config
from ..site.archive import Archive
from ..site.render import Output


def search_outputs(config: Config, archive: Archive) -> Iterator[Output]:
    """Search data files under ``search/``."""
    docs = [{"url": a.url, "title": a.title} for a in archive.articles]
    yield Output("search/docs.json", json.dumps(docs, ensure_ascii=False).encode("utf-8"))
