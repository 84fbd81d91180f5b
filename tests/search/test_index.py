"""The baked index: lunr 2.3.9 format, readable by the Python lunr package, stable bytes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from lunr.index import Index
from lunr.query import Query

from generator.config import load_config
from generator.content.loader import load_entries
from generator.search import search_outputs
from generator.search.tokenizer import tokenize
from generator.site.archive import assemble

ASSIGN = re.compile(r'^\(window\.ARCHIVE_SEARCH=window\.ARCHIVE_SEARCH\|\|\{\}\)\[("[^"]+")\]=(.*);\n$', re.S)


def read_js(path: Path):
    """The key and the data a search data file assigns."""
    m = ASSIGN.match(path.read_text(encoding="utf-8"))
    assert m, path
    return json.loads(m.group(1)), json.loads(m.group(2))


def test_files_and_manifest(mini_site):
    search = mini_site / "site" / "search"
    key, manifest = read_js(search / "manifest.js")
    assert key == "manifest"
    assert manifest["count"] == 6
    assert manifest["papers"] == ["西海岸新闻", "青岛日报"]
    assert "营商环境" in manifest["topics"]
    assert manifest["terms"]
    for name in [manifest["index"], *manifest["terms"], manifest["pinyin"], *manifest["shards"]]:
        assert read_js(search / name)[0] == name
    for name in ["index.html", "search.js", "tokenizer.js", "offline.js", "vendor/lunr.min.js", "vendor/LICENSE"]:
        assert (search / name).is_file(), name
    assert (mini_site / "site" / "sw.js").is_file()


def test_lunr_round_trip(mini_site):
    search = mini_site / "site" / "search"
    _, manifest = read_js(search / "manifest.js")
    _, data = read_js(search / "index.js")
    _, pinyin = read_js(search / "pinyin.js")
    indexes = []
    for name in manifest["terms"]:  # term shards: each term in one of them
        serialised = read_js(search / name)[1]["lunr"]
        assert serialised["version"] == "2.3.9"
        assert serialised["pipeline"] == []  # no stemmer, stop words or trimmer
        assert serialised["fields"] == ["t", "h", "b", "a"]
        for _, posting in serialised["invertedIndex"]:  # empty field postings elided ...
            assert all(posting[f] for f in serialised["fields"] if f in posting)
            for field in serialised["fields"]:  # ... and restored as the loader does
                posting.setdefault(field, {})
        indexes.append(Index.load(serialised))
    urls = {str(i): d[0] for i, d in enumerate(data["docs"])}

    def find(term: str, field: str = "b") -> set[str]:
        """Docs holding ``term`` in ``field``, queried as the page does: a lone Han
        character as a prefix (the index keeps it inside the bigram it starts)."""
        if field == "p":  # the pinyin table: token -> delta-coded doc numbers
            refs = [str(sum(pinyin["tokens"][term][: k + 1])) for k in range(len(pinyin["tokens"].get(term, [])))]
            return {urls[r] for r in refs}
        lone_han = len(term) == 1 and tokenize(term) == [term]
        found = set()
        for index in indexes:
            query = index.create_query([field])
            query.term(term, use_pipeline=False, wildcard=Query.WILDCARD_TRAILING if lone_han else Query.WILDCARD_NONE)
            found |= {urls[r["ref"]] for r in index.query(query)}
        return found

    assert find("水网") == {"qing-dao-ri-bao/2023/05/30/01/xian-dai-shui-wang/index.html"}
    assert find("燕") == {"xi-hai-an-xin-wen/2024/09/09/01/qu-ren-da-chang-wei-hui-zhao-kai-zhu-ren-hui-yi/index.html"}
    assert find("商品", "t") == {"qing-dao-ri-bao/2023/05/30/01/shang-pin-che-ma-tou-jie-pai/index.html"}
    assert find("师节", "h") == {"xi-hai-an-xin-wen/2024/09/09/01/jiao-shi-jie-zou-fang-wei-wen/index.html"}  # kicker
    assert find("高效", "h") == {"xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"}  # subhead
    assert not find("陈蔚", "t") and not find("陈蔚", "h")
    assert find("陈蔚", "a") == {"xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"}
    assert find("yingshanghuanjing", "p") == {"xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"}
    assert find("的") and not find("the")


def test_doc_store(mini_site):
    search = mini_site / "site" / "search"
    _, index = read_js(search / "index.js")
    _, texts = read_js(search / "docs-0.js")
    assert len(index["docs"]) == len(texts) == 6
    url, title, date, paper, page, topics = index["docs"][2]
    assert (title, date, page) == ("肩并肩走流程，心贴心优服务", "2024-09-09", 2)
    text, display = texts[2]
    assert text.startswith("肩并肩走流程,心贴心优服务\n")  # normalised: full-width comma -> ","
    assert display[:3] == [6, 1, "，"]  # ... and how to show the original


def test_build_is_byte_identical(mini_project):
    config = load_config(mini_project)
    archive = assemble(load_entries(config.root, config.content_dir))
    first = {o.path: o.data for o in search_outputs(config, archive)}
    second = {o.path: o.data for o in search_outputs(config, archive)}
    assert first == second


def test_worker_version_follows_the_content(mini_project):
    config = load_config(mini_project)

    def worker() -> bytes:
        archive = assemble(load_entries(config.root, config.content_dir))
        return next(o.data for o in search_outputs(config, archive) if o.path == "sw.js")

    before = worker()
    assert b'"search/index.js"' in before and b'"index.html"' in before
    md = next((mini_project / "content").rglob("*xian-dai-shui-wang.md"))
    md.write_text(md.read_text(encoding="utf-8").replace("工程车辆往来穿梭", "工程车辆川流不息"), encoding="utf-8")
    after = worker()
    version = re.compile(rb'const VERSION = "([0-9a-f]{16})";')
    assert version.search(before).group(1) != version.search(after).group(1)
