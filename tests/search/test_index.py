"""The baked index: term shards that are lunr 2.3.9 indexes once unpacked (read here
by the Python lunr package), one file per article, facets, stable bytes."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from lunr.index import Index

from generator.config import load_config
from generator.content.loader import load_entries
from generator.search import index, search_outputs
from generator.search.pinyin import ALPHABET, syllables
from generator.search.tokenizer import normalize, term_hash
from generator.site.archive import assemble

ASSIGN = re.compile(r'^\(window\.ARCHIVE_SEARCH=window\.ARCHIVE_SEARCH\|\|\{\}\)\[("[^"]+")\]=(.*);\n$', re.S)
JIAN = "xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"
SHUI = "qing-dao-ri-bao/2023/05/30/01/xian-dai-shui-wang/index.html"


def read_js(path: Path):
    """The key and the data a search data file assigns."""
    m = ASSIGN.match(path.read_text(encoding="utf-8"))
    assert m, path
    return json.loads(m.group(1)), json.loads(m.group(2))


def bm25(manifest: dict, idf: float, k: int, value: int) -> float:
    """A posting's score from its value, ``(tf − 1) × 64 + length code``, as ``search.js``
    computes it (lunr's BM25, rounded as lunr rounds)."""
    k1, b, average = manifest["k1"], manifest["b"], manifest["lengths"][k]
    tf = value // 64 + 1
    norm = k1 * (1 - b + b * (manifest["length_base"] ** (value % 64) / average)) if average else k1
    score = idf * ((k1 + 1) * tf) / (norm + tf) * manifest["boosts"][k]
    return math.floor(score * 1000 + 0.5) / 1000  # JavaScript's Math.round


def unpack(manifest: dict, entries: list) -> dict:
    """A term shard as lunr 2.3.9's serialised index, as ``search.js`` unpacks it."""
    fields = manifest["fields"]
    vectors: dict[str, list] = {}
    inverted = []
    for n, entry in enumerate(entries):
        posting: dict = {"_index": n, **{f: {} for f in fields}}
        df = (len(entry) - 1) // 2
        idf = math.log(1 + abs((manifest["count"] - df + 0.5) / (df + 0.5)))
        ref = 0
        for i in range(1, len(entry), 2):
            ref += entry[i] // len(fields)
            k = entry[i] % len(fields)
            posting[fields[k]][str(ref)] = {}
            vectors.setdefault(f"{fields[k]}/{ref}", []).extend([n, bm25(manifest, idf, k, entry[i + 1])])
        inverted.append([entry[0], posting])
    return {"version": manifest["version"], "fields": fields, "fieldVectors": list(vectors.items()),
            "invertedIndex": inverted, "pipeline": []}


def test_files_and_manifest(mini_site):
    search = mini_site / "site" / "search"
    key, manifest = read_js(search / "manifest.js")
    assert key == "manifest"
    assert manifest["count"] == 6
    assert manifest["papers"] == ["西海岸新闻", "青岛日报"]
    assert "营商环境" in manifest["topics"]
    assert manifest["syllables"].split() == list(syllables())
    names = [f"t/{k}.js" for k in range(manifest["terms"])] + [f"d/0/{n}.js" for n in range(6)] + ["f/0.js"]
    for name in names:
        assert read_js(search / name)[0] == name
    assert len(list(search.rglob("*.js"))) == len(names) + 5  # and manifest, search, tokenizer, offline, lunr
    for name in ["index.html", "search.js", "tokenizer.js", "offline.js", "vendor/lunr.min.js", "vendor/LICENSE"]:
        assert (search / name).is_file(), name
    assert (mini_site / "site" / "sw.js").is_file()


def test_lunr_round_trip(mini_site):
    search = mini_site / "site" / "search"
    _, manifest = read_js(search / "manifest.js")
    urls = {str(n): read_js(search / f"d/0/{n}.js")[1][0] for n in range(manifest["count"])}
    indexes = {}
    for k in range(manifest["terms"]):
        entries = read_js(search / f"t/{k}.js")[1]
        terms = [e[0] for e in entries]
        assert terms == sorted(terms, key=lambda t: t.encode("utf-16-be"))
        assert all(term_hash(t) % manifest["terms"] == k for t in terms)
        serialised = unpack(manifest, entries)
        assert serialised["version"] == "2.3.9"
        indexes[k] = Index.load(serialised)

    def find(term: str, field: str | None = "b") -> set[str]:
        index = indexes[term_hash(term) % manifest["terms"]]
        query = index.create_query([field] if field else None)
        query.term(term, use_pipeline=False)
        return {urls[r["ref"]] for r in index.query(query)}

    assert find("水网") == {SHUI}
    assert find("燕") == {"xi-hai-an-xin-wen/2024/09/09/01/qu-ren-da-chang-wei-hui-zhao-kai-zhu-ren-hui-yi/index.html"}
    assert find("商品", "t") == {"qing-dao-ri-bao/2023/05/30/01/shang-pin-che-ma-tou-jie-pai/index.html"}
    assert find("师节", "h") == {"xi-hai-an-xin-wen/2024/09/09/01/jiao-shi-jie-zou-fang-wei-wen/index.html"}  # kicker
    assert find("高效", "h") == {JIAN}  # subhead
    assert not find("陈蔚", "t") and not find("陈蔚", "h")
    assert find("陈蔚", "a") == {JIAN}
    assert find("ying shang") == {JIAN} and find("huan jing") == {JIAN}  # pinyin: neighbouring syllables
    assert find("y_s") >= {JIAN}  # ... and their initials
    assert find("sc") == {JIAN} and find("30", None) and find("的") and not find("the", None)


def test_scores_are_lunrs_bm25_up_to_the_length_code(mini_site):
    """Each posting's score as the browser computes it is lunr's BM25 over the whole archive
    (the articles' own term counts and lengths, the archive's count and average lengths),
    off by no more than a length read back within half a step of LQ_BASE allows."""
    search = mini_site / "site" / "search"
    _, manifest = read_js(search / "manifest.js")
    config = load_config(mini_site)
    articles, _, _ = index.ordered(assemble(load_entries(config.root, config.content_dir)))
    cut = [index.cut(a) for a in articles]
    fields = manifest["fields"]
    lengths = [sum(d.length[f] for d in cut) / len(cut) for f in index.PART_ORDER]
    assert manifest["lengths"] == lengths and fields == list(index.PART_ORDER)
    k1, b, slack = manifest["k1"], manifest["b"], manifest["length_base"] ** 0.5 - 1
    checked = 0
    for k in range(manifest["terms"]):
        for term, field, vectors in _scores(manifest, read_js(search / f"t/{k}.js")[1]):
            df = sum(1 for d in cut for f in fields if term in d.tf[f])
            idf = math.log(1 + abs((len(cut) - df + 0.5) / (df + 0.5)))
            boost = manifest["boosts"][fields.index(field)]
            for ref, score in vectors.items():
                d = cut[ref]
                tf, length = d.tf[field][term], d.length[field]
                exact = idf * (k1 + 1) * tf / (k1 * (1 - b + b * length / lengths[fields.index(field)]) + tf) * boost
                assert abs(score - exact) <= exact * slack + 0.0005, (term, field, ref)
                checked += 1
    assert checked > 1000  # every posting of the six articles


def _scores(manifest: dict, entries: list):
    """(term, field, {ref: score}) of each term and field of a shard, as unpacked for lunr."""
    serialised = unpack(manifest, entries)
    vectors = dict(serialised["fieldVectors"])
    for term, posting in serialised["invertedIndex"]:
        for field in manifest["fields"]:
            yield term, field, {int(ref): _at(vectors[f"{field}/{ref}"], posting["_index"]) for ref in posting[field]}


def _at(vector: list, n: int) -> float:
    return dict(zip(vector[0::2], vector[1::2], strict=True))[n]


def test_length_codes_read_back_within_half_a_step():
    assert [index.length_code(n) for n in (0, 1, 2)] == [0, 0, 4]
    for length in [*range(2, 5000), 10**4, 5 * 10**4, 97_000]:
        code = index.length_code(length)
        assert 0 < code <= 63
        assert abs(math.log(index.LQ_BASE**code / length)) <= math.log(index.LQ_BASE) / 2 + 1e-12, length
    assert index.length_code(10**6) == 63  # longer than any field: as long as the codes go


def _postings(data, start: int) -> list[int]:
    """Postings ``[ref, field, value, …]`` of some refs in the chunk at ``start``."""
    flat = []
    for ref in sorted(data.draw(st.sets(st.integers(start, start + index.CHUNK - 1), max_size=3))):
        for k in sorted(data.draw(st.sets(st.integers(0, 3), min_size=1))):
            flat += [ref, k, data.draw(st.integers(0, 200))]
    return flat


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_spliced_entry_is_the_entry_made_again(data):
    term = data.draw(st.sampled_from(["营商", 'a"b', "\u2028", "ying shang"]))
    chunks = data.draw(st.integers(1, 5))
    before = [_postings(data, i * index.CHUNK) for i in range(chunks)]
    changed = sorted(data.draw(st.sets(st.integers(0, chunks - 1), min_size=1)))
    after = list(before)
    for i in changed:
        after[i] = _postings(data, i * index.CHUNK)

    def entry(flats):
        flat = [x for f in flats for x in f]
        return index._entry(term, flat) if flat else None

    assert index._splice(term, entry(before), [(i * index.CHUNK, after[i]) for i in changed]) == entry(after)


def test_article_files(mini_site):
    search = mini_site / "site" / "search"
    _, manifest = read_js(search / "manifest.js")
    rows = [read_js(search / f"d/0/{n}.js")[1] for n in range(manifest["count"])]
    dates = [r[2] for r in rows]
    assert dates == sorted(dates)  # articles are numbered by date
    url, title, date, paper, page, topics, precision, body, text, transcript, label = rows[4]
    assert label == "第二版"
    assert url == JIAN
    assert (title, date, page, precision) == ("肩并肩走流程，心贴心优服务", "2024-09-09", 2, 0)
    assert text.startswith("肩并肩走流程，心贴心优服务\n")  # as printed; the browser normalises it
    assert normalize(text)[body[0] :].startswith("提升行政审批")  # after the title and the subheads
    assert normalize(text)[body[1] :] == "\n记者 陈蔚\n通讯员 胡全福\n通讯员 王孜祎"  # bylines after the body
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    assert len(transcript) == 2 * len(han)
    names = syllables()
    read = [names[ALPHABET.index(transcript[i]) * 64 + ALPHABET.index(transcript[i + 1])] for i in range(0, 12, 2)]
    assert read == ["jian", "bing", "jian", "zou", "liu", "cheng"]
    _, facets = read_js(search / "f/0.js")
    assert facets[4] == [date, paper, topics]


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
    assert b'"search/manifest.js"' in before and b'"search/t/0.js"' in before and b'"index.html"' in before
    md = next((mini_project / "content").rglob("*xian-dai-shui-wang.md"))
    md.write_text(md.read_text(encoding="utf-8").replace("工程车辆往来穿梭", "工程车辆川流不息"), encoding="utf-8")
    after = worker()
    version = re.compile(rb'const VERSION = "([0-9a-f]{16})";')
    assert version.search(before).group(1) != version.search(after).group(1)


def test_cut_in_worker_processes_is_the_same(mini_project, monkeypatch):
    from generator.search import index

    config = load_config(mini_project)
    archive = assemble(load_entries(config.root, config.content_dir))
    alone = dict(index.search_data(archive))
    monkeypatch.setattr(index, "PARALLEL_FROM", 1)
    monkeypatch.setattr(index.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    assert dict(index.search_data(archive)) == alone
