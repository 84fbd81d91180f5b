"""How big the search data is, per article and per first search (printed for the README;
``bench/search_bench.py`` measures it in a browser beside Pagefind)."""

from __future__ import annotations

import gzip
from pathlib import Path

from tests.search.helpers import run_engine

SCRIPTS = ["manifest.js", "vendor/lunr.min.js", "tokenizer.js", "search.js"]


def sizes(site: Path) -> dict:
    search = site / "search"
    kinds = {"t": "term shards", "d": "article files", "f": "facets"}
    raw = {name: sum(p.stat().st_size for p in (search / d).rglob("*.js")) for d, name in kinds.items()}
    count = len(list((search / "d").rglob("*.js")))
    result = run_engine(site, [["营商环境", {}, "relevance", 10]])["results"][0]
    first = [search / n for n in SCRIPTS + result["loaded"]]
    return {
        "articles": count,
        **{f"{k} per article": v // max(count, 1) for k, v in raw.items()},
        "gzip per article": sum(len(gzip.compress(p.read_bytes(), 6)) for p in search.rglob("*.js")
                                if p.parent != search and "vendor" not in p.parts) // max(count, 1),
        "first search": sum(p.stat().st_size for p in first),
        "first search gzip": sum(len(gzip.compress(p.read_bytes(), 6)) for p in first),
        "first search files": len(first),
    }


def report(name: str, s: dict, capsys) -> None:
    with capsys.disabled():
        print(f"\nsearch sizes ({name}): " + "; ".join(f"{k} {v}" for k, v in s.items()))


def test_mini_sizes(mini_site, node, capsys):
    s = sizes(mini_site / "site")
    report("mini", s, capsys)
    assert s["articles"] == 6
    assert s["first search"] < 200_000


def test_seed_sizes(seed_root, node, capsys):
    s = sizes(seed_root / "site")
    report("seed", s, capsys)
    assert s["articles"] > 6
