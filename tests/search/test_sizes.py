"""How big the search data is, per article and per query (printed for the README)."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from tests.search.helpers import run_engine

SCRIPTS = ["manifest.js", "vendor/lunr.min.js", "tokenizer.js", "search.js"]


def sizes(site: Path) -> dict:
    search = site / "search"
    loaded = run_engine(site, [["的", {}, "relevance"]])["loaded"]  # a Han query: no pinyin index
    data = {p.name: p.read_bytes() for p in search.glob("*.js") if p.name.startswith(("index", "terms-", "docs-", "pinyin"))}
    # the text index: the doc table and the lunr term shards
    data["index.js"] = data["index.js"] + b"".join(v for k, v in sorted(data.items()) if k.startswith("terms-"))
    manifest = (search / "manifest.js").read_text(encoding="utf-8")
    count = json.loads(re.search(r"=(\{.*\});", manifest).group(1))["count"]
    per_query = sum(len((search / n).read_bytes()) for n in SCRIPTS + loaded)
    per_query_gz = sum(len(gzip.compress((search / n).read_bytes(), 9)) for n in SCRIPTS + loaded)
    return {
        "articles": count,
        "index.js": len(data["index.js"]),
        "docs": sum(len(v) for k, v in data.items() if k.startswith("docs-")),
        "index_per_article": len(data["index.js"]) // max(count, 1),
        "pinyin_per_article": len(data["pinyin.js"]) // max(count, 1),
        "docs_per_article": sum(len(v) for k, v in data.items() if k.startswith("docs-")) // max(count, 1),
        "gzip_index_per_article": len(gzip.compress(data["index.js"], 9)) // max(count, 1),
        "per_query": per_query,
        "per_query_gzip": per_query_gz,
    }


def report(name: str, s: dict, capsys) -> None:
    with capsys.disabled():
        print(f"\nsearch sizes ({name}): {s['articles']} articles; index.js + terms-*.js {s['index.js']} B "
              f"({s['index_per_article']} B/article, gzip {s['gzip_index_per_article']} B/article); "
              f"pinyin.js {s['pinyin_per_article']} B/article; "
              f"doc text {s['docs']} B ({s['docs_per_article']} B/article); "
              f"loaded per query {s['per_query']} B (gzip {s['per_query_gzip']} B)")


def test_mini_sizes(mini_site, node, capsys):
    s = sizes(mini_site / "site")
    report("mini", s, capsys)
    assert s["articles"] == 6
    assert s["per_query"] < 200_000


def test_seed_sizes(seed_root, node, capsys):
    s = sizes(seed_root / "site")
    report("seed", s, capsys)
    assert s["articles"] > 6
