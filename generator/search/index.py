"""The search data: lunr 2.3.9 term shards, one small file per article, facet shards
and a small manifest, so that a query loads only the terms it names and the
articles it shows.

Files under ``search/`` (all JavaScript that assigns into ``window.ARCHIVE_SEARCH``
under the file's own path, so they load through ``<script>`` from ``file://`` as
well as over HTTP):

``manifest.js``  ``{count, fields, terms, docs_per_folder, facets, papers, topics,
                 syllables}``: the article count, the index fields, the number of
                 term shards, how article files are foldered, the facet shard size, the
                 paper and topic names, and the pinyin syllables (space-separated; a
                 syllable's number is its code in the transcripts). About 4 KB.
``t/K.js``       Term shard K: ``[[term, code, score, code, score, …], …]``, terms
                 sorted by UTF-16 code units; a term's postings go by doc, then field,
                 each ``code`` being ``4 × (ref − previous ref) + field number`` and each
                 score an integer (ten times the BM25 score). A term is in shard
                 ``term_hash(term) % terms``. ``search.js`` turns a shard into
                 lunr 2.3.9's serialised index (``invertedIndex`` with ``_index`` in
                 term order, a field vector per field and doc holding the shard's
                 terms) and loads it with the unmodified ``lunr.Index.load``; scores are
                 BM25 (k1 1.2, b 0.75) precomputed with the idf and field lengths of
                 the whole archive, the field's boost included, so a doc's scores from
                 several shards add up (lunr ranks by them; their scale does not matter).
``d/F/N.js``     Article N (in folder ``F = N // docs_per_folder``): ``[url, title,
                 date, paper#, page, [topic#…], precision, body, text, transcript]``:
                 ``precision`` is 0 for a full date; ``text`` the title, head parts,
                 body, authors and correspondents, one per line, as printed (the
                 browser normalises it, as ``tokenizer.js`` does, to check a phrase);
                 ``body`` where the body starts and ends in the normalised text
                 (``[start, end]``, UTF-16 units);
                 ``transcript`` a two-character syllable code per Han character
                 (``pinyin.transcript``).
``f/K.js``       Facets of articles ``K*facets`` up to ``(K+1)*facets``: ``[date, paper#,
                 [topic#…]]`` each, loaded only to filter by paper, topic or date or to
                 sort by date.

Articles are numbered by date (then paper, page, URL). Terms (``tokenizer.tokenize``):
every character and overlapping bigram of each run of Han characters or of other
letters and digits; the pinyin of Han runs as neighbouring syllables (``"ying
shang"``) and as their initials (``"y_s"``) (``pinyin.pinyin_terms``). Fields: ``t``
the title (boost 10), ``h`` the kicker, subtitle and subheads (boost 4), ``b`` the
body (boost 1), ``a`` the bylines, ``记者 name`` and ``通讯员 name`` (boost 4).
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from lunr import __TARGET_JS_VERSION__ as LUNR_JS_VERSION

from ..site.archive import Archive, Article
from .pinyin import pinyin_terms, syllables, transcript
from .tokenizer import HAN, normalize, run_tokens, runs, term_hash

TERM_SHARD_BYTES = 12_000  # about how big a term shard is made (measured: README, "Search")
DOCS_PER_FOLDER = 1000  # article files per folder under d/
FACET_SIZE = 5000  # articles per facet shard
PARALLEL_FROM = 1000  # articles from which they are cut in several processes
# Index fields, one letter each: title, the other headline parts, body, bylines.
FIELDS = (("t", 10), ("h", 4), ("b", 1), ("a", 4))
PART_ORDER = ("t", "h", "b", "a")
K1, B = 1.2, 0.75  # lunr's BM25 defaults


def _meta(a: Article, key: str, default=""):
    value = a.entry.meta.get(key, default)
    return default if value is None else value


def parts(a: Article) -> dict[str, list[str]]:
    """The searchable text of an article by field, in ``PART_ORDER``; bylines as
    printed, ``记者 name`` and ``通讯员 name``."""
    head = [_meta(a, "kicker"), _meta(a, "subtitle"), *(_meta(a, "subheads", []) or [])]
    bylines = [f"{role} {name}" for key, role in (("authors", "记者"), ("correspondents", "通讯员"))
               for name in _meta(a, key, []) or []]
    return {"t": [str(_meta(a, "title"))], "h": [str(h) for h in head], "b": [a.text], "a": [str(x) for x in bylines]}


def original_text(a: Article) -> str:
    """Title, kicker, subtitle, subheads, body and bylines, one part per line."""
    p = parts(a)
    return "\n".join(s for part in PART_ORDER for s in p[part] if s)


def verification_text(a: Article) -> str:
    """What a query phrase must occur in: the normalised ``original_text``."""
    return normalize(original_text(a))


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@dataclass
class Indexed:
    """One article cut for the index: term counts and token count per field, and
    what its article file holds."""

    tf: dict[str, Counter]
    length: dict[str, int]
    text: str
    body: tuple[int, int]
    transcript: str


def cut(a: Article) -> Indexed:
    """An article's terms by field, its verification text and its transcript."""
    p = parts(a)
    tf, length, han = {}, {}, []
    for name in PART_ORDER:
        counted: Counter = Counter()
        n = 0
        for s in p[name]:
            for kind, run in runs(normalize(s)):
                tokens = run_tokens(run)
                n += len(tokens)
                counted.update(tokens)
                if kind == HAN:
                    counted.update(pinyin_terms(run))
                    han.append(run)
        tf[name], length[name] = counted, n
    head = "\n".join(s for part in ("t", "h") for s in p[part] if s)
    start = _utf16_len(normalize(head)) + 1 if head and a.text else 0
    return Indexed(tf, length, original_text(a), (start, start + _utf16_len(normalize(a.text))), transcript(han))


_CUTTING: list[Article] = []  # the articles the worker processes cut (inherited through fork)


def _cut_number(n: int) -> Indexed:
    return cut(_CUTTING[n])


def cut_all(articles: list[Article]) -> list[Indexed]:
    """``cut`` of every article, in worker processes (one per core) for a large archive."""
    global _CUTTING
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if len(articles) < PARALLEL_FROM or cores < 2:
        return [cut(a) for a in articles]
    _CUTTING = articles
    try:
        with ProcessPoolExecutor(cores, mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_cut_number, range(len(articles)), chunksize=64))
    finally:
        _CUTTING = []


def scored_postings(docs: list[Indexed]) -> dict[str, list]:
    """Term -> ``[ref, field number, score, …]`` by doc, then field: lunr's BM25 with
    the idf and average field lengths of the whole archive, times the boost."""
    names = [name for name, _ in FIELDS]
    boosts = dict(FIELDS)
    df: Counter = Counter()
    for d in docs:
        for name in names:
            df.update(d.tf[name].keys())  # lunr counts a doc once per field holding the term
    n = len(docs)
    idf = {term: math.log(1 + abs((n - c + 0.5) / (c + 0.5))) for term, c in df.items()}
    average = {name: sum(d.length[name] for d in docs) / n if n else 0.0 for name in names}
    postings: dict[str, list] = {term: [] for term in df}
    for ref, d in enumerate(docs):
        for k, name in enumerate(names):
            length = d.length[name]
            norm = K1 * (1 - B + B * length / average[name]) if average[name] else K1
            for term, c in d.tf[name].items():
                postings[term] += [ref, k, idf[term] * (K1 + 1) * c / (norm + c) * boosts[name]]
    return postings


def shard_entry(term: str, flat: list) -> str:
    """A term's entry in its shard, as JSON: ``term`` and its (code, score) pairs (whole
    numbers, written as ``json.dumps`` writes them, without calling it for each)."""
    numbers: list[int] = []
    last = 0
    for i in range(0, len(flat), 3):
        numbers += [(flat[i] - last) * len(FIELDS) + flat[i + 1], round(flat[i + 2] * 10)]
        last = flat[i]
    return "[" + ",".join([_json(term), *map(str, numbers)]) + "]"


def term_shards(postings: dict[str, list]) -> list[str]:
    """The term shards, serialised: as many as keep one near ``TERM_SHARD_BYTES``."""
    entries = {term: shard_entry(term, flat) for term, flat in postings.items()}
    total = sum(len(e.encode()) for e in entries.values())
    count = max(1, math.ceil(total / TERM_SHARD_BYTES))
    shards: list[list[str]] = [[] for _ in range(count)]
    for term in sorted(entries, key=lambda t: t.encode("utf-16-be")):
        shards[term_hash(term) % count].append(entries[term])
    return ["[" + ",".join(shard) + "]" for shard in shards]


def _json(data) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def js_assign(key: str, data=None, *, text: str | None = None) -> bytes:
    """A data file: ``data`` (or its JSON ``text``) assigned into ``window.ARCHIVE_SEARCH[key]``."""
    body = _json(data) if text is None else text
    return f"(window.ARCHIVE_SEARCH=window.ARCHIVE_SEARCH||{{}})[{json.dumps(key)}]={body};\n".encode()


def doc_path(ref: int) -> str:
    return f"d/{ref // DOCS_PER_FOLDER}/{ref}.js"


def article_order(articles: list[Article]) -> list[Article]:
    """Articles by date (undated first), paper, page and URL: refs follow the date."""
    return sorted(articles, key=lambda a: (str(_meta(a, "date")), str(_meta(a, "paper")), int(_meta(a, "page", 0) or 0), a.url))


def search_data(archive: Archive) -> dict[str, bytes]:
    """Every data file of the search, by path under ``search/``."""
    articles = article_order(archive.articles)
    papers = sorted({str(_meta(a, "paper")) for a in articles})
    topics = sorted({str(t) for a in articles for t in _meta(a, "topics", []) or []})
    paper_number = {p: n for n, p in enumerate(papers)}
    topic_number = {t: n for n, t in enumerate(topics)}
    docs = cut_all(articles)
    files: dict[str, bytes] = {}
    facets: list[list] = []
    for ref, (a, d) in enumerate(zip(articles, docs, strict=True)):
        date, paper = str(_meta(a, "date")), paper_number[str(_meta(a, "paper"))]
        topic_refs = [topic_number[str(t)] for t in _meta(a, "topics", []) or []]
        precision = str(_meta(a, "date_precision", "day") or "day")
        title = a.list_title or str(_meta(a, "title"))  # as the other article lists show it
        row = [a.url, title, date, paper, int(_meta(a, "page", 0) or 0), topic_refs,
               0 if precision == "day" else precision, list(d.body), d.text, d.transcript]
        files[doc_path(ref)] = js_assign(doc_path(ref), row)
        facets.append([date, paper, topic_refs])
    for k in range(0, len(facets), FACET_SIZE):
        name = f"f/{k // FACET_SIZE}.js"
        files[name] = js_assign(name, facets[k : k + FACET_SIZE])
    shards = term_shards(scored_postings(docs))
    for k, text in enumerate(shards):
        files[f"t/{k}.js"] = js_assign(f"t/{k}.js", text=text)
    manifest = {"version": LUNR_JS_VERSION, "count": len(articles), "fields": [n for n, _ in FIELDS], "terms": len(shards),
                "docs_per_folder": DOCS_PER_FOLDER, "facets": FACET_SIZE, "papers": papers, "topics": topics,
                "syllables": " ".join(syllables())}
    files["manifest.js"] = js_assign("manifest", manifest)
    return files
