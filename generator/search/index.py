"""The search data: a lunr 2.3.9 index (written here in lunr's serialised form), a small
doc table for result lists and filters, a pinyin table, and per-shard verification text.

Files under ``search/`` (all JavaScript that assigns into ``window.ARCHIVE_SEARCH``,
so they load through ``<script>`` from ``file://`` as well as over HTTP):

``manifest.js``   ``ARCHIVE_SEARCH.manifest = {index, pinyin, shards, shard_size, count, papers, topics}``
``index.js``      ``ARCHIVE_SEARCH["index.js"] = {lunr, docs}``: the serialised lunr index
                  and one row per doc ``[url, title, date, paper#, page, [topic#…]]``
                  (indexes into the manifest's papers and topics).

                  The lunr index is what lunr 2.3.9's ``Builder`` makes with an empty
                  pipeline (no trimmer, stop words or stemmer) and is loaded with
                  ``lunr.Index.load``. Refs are doc numbers ``"0"``, ``"1"``, …; two
                  fields: ``t`` (boost 5) the headline block — title, kicker, subtitle,
                  subheads, authors — and ``b`` (boost 1) the body. Terms are
                  ``tokenizer.index_tokens``: Han bigrams plus the last character of each
                  Han run, and whole runs of other letters and digits. Scores are
                  lunr's BM25 (k1 1.2, b 0.75) rounded to 3 significant digits; terms'
                  ``_index`` numbers go by falling document frequency (so the common
                  terms, which fill the field vectors, have the shortest numbers); a
                  field with no terms has no field vector (lunr only reads the vectors
                  of fields a query matched).
``pinyin.js``     ``ARCHIVE_SEARCH["pinyin.js"] = {syllables, tokens}``, loaded only for
                  Latin-only queries: ``syllables``, every pinyin syllable separated by
                  spaces (to tell full pinyin from initials), and ``tokens``, each pinyin
                  token (``pinyin.pinyin_tokens``) mapped to the numbers of the docs
                  holding it, ascending and delta-coded: ``[first, gap, gap, …]``
                  (``[3, 1, 5]`` is docs 3, 4 and 9).
``docs-K.js``     ``ARCHIVE_SEARCH["docs-K.js"] = [[text, display], …]`` for docs
                  ``K*shard_size`` up to ``(K+1)*shard_size``: ``text`` is the normalised
                  (NFKC + lower case) title, kicker, subtitle, subheads, body and authors,
                  one per line; ``display`` restores the original characters for snippets.

Only the shards holding candidate docs are loaded for a query. Everything is keyed by
doc number, so the lunr index and the pinyin table can be cut the same way (one pair
per range of docs, results merged) once a single file grows too big.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter

from lunr import __TARGET_JS_VERSION__ as LUNR_JS_VERSION

from ..site.archive import Archive, Article
from .pinyin import pinyin_tokens, syllables
from .tokenizer import index_tokens, normalize

SHARD_SIZE = 2000
# Index fields, one letter each to keep the serialised index small (every term of a
# lunr index lists every field): the headline block and the body. Name, boost.
FIELDS = (("t", 5), ("b", 1))
# Where each part of an article goes.
FIELD_OF = {"title": "t", "head": "t", "authors": "t", "body": "b"}
PART_ORDER = ("title", "head", "body", "authors")
K1, B = 1.2, 0.75  # lunr's BM25 defaults


def _meta(a: Article, key: str, default=""):
    value = a.entry.meta.get(key, default)
    return default if value is None else value


def parts(a: Article) -> dict[str, list[str]]:
    """The searchable text of an article by part, in ``PART_ORDER``."""
    head = [_meta(a, "kicker"), _meta(a, "subtitle"), *(_meta(a, "subheads", []) or [])]
    return {
        "title": [str(_meta(a, "title"))],
        "head": [str(h) for h in head],
        "body": [a.text],
        "authors": [str(x) for x in _meta(a, "authors", []) or []],
    }


def original_text(a: Article) -> str:
    """Title, kicker, subtitle, subheads, body and authors, one part per line."""
    p = parts(a)
    return "\n".join(s for part in PART_ORDER for s in p[part] if s)


def verification_text(a: Article) -> str:
    """What a query phrase must occur in: the normalised ``original_text``."""
    return normalize(original_text(a))


_normalize_char = functools.lru_cache(maxsize=1 << 16)(normalize)


def display_map(original: str) -> list | None:
    """How to get ``original`` back from ``normalize(original)`` for snippets.

    ``[skip, length, chars, …]`` triples: after ``skip`` unchanged code points of the
    normalised text, ``length`` code points came from the original ``chars``. ``None``
    when the text does not normalise character by character (then snippets show the
    normalised text)."""
    pieces = [_normalize_char(c) for c in original]
    if "".join(pieces) != normalize(original):
        return None
    out: list = []
    skip = 0
    for c, p in zip(original, pieces, strict=True):
        if p == c:
            skip += len(p)
            continue
        out += [skip, len(p), c]
        skip = 0
    return out


def _utf16(term: str) -> bytes:
    return term.encode("utf-16-be")


def _sig3(x: float) -> float | int:
    """``x`` to 3 significant digits, as the shortest JSON number."""
    v = float(f"{x:.3g}")
    return int(v) if v.is_integer() else v


def build_index(fields, docs: list[dict[str, list[str]]]) -> dict:
    """A serialised lunr 2.3.9 index of docs already cut into tokens (``{"ref": …,
    field: [token, …]}``), as lunr's ``Builder`` makes it with empty pipelines, except
    for the rounding, the ``_index`` order and the empty field vectors left out (see
    the module docstring). Terms are sorted by UTF-16 code units, the order
    ``lunr.Index.load`` needs to rebuild its token set."""
    names = [name for name, _ in fields]
    boosts = dict(fields)
    postings: dict[str, dict] = {}
    counted = []  # (field, ref, length, term frequencies)
    totals = dict.fromkeys(names, 0)
    for doc in docs:
        ref = str(doc["ref"])
        for name in names:
            tokens = [str(t).lower() for t in doc[name]]
            tf = Counter(tokens)
            counted.append((name, ref, len(tokens), tf))
            totals[name] += len(tokens)
            for term in tf:
                posting = postings.get(term)
                if posting is None:
                    posting = postings[term] = {f: {} for f in names}
                posting[name][ref] = {}
    count = len(docs)
    df = {term: sum(len(posting[f]) for f in names) for term, posting in postings.items()}
    for n, term in enumerate(sorted(postings, key=lambda t: (-df[t], _utf16(t)))):
        postings[term]["_index"] = n
    idf = {term: math.log(1 + abs((count - d + 0.5) / (d + 0.5))) for term, d in df.items()}
    average = {name: totals[name] / count if count else 0.0 for name in names}
    vectors = []
    for name, ref, length, tf in counted:
        if not tf:
            continue
        norm = K1 * (1 - B + B * length / average[name])
        elements = sorted((postings[term]["_index"], idf[term] * (K1 + 1) * c / (norm + c) * boosts[name])
                          for term, c in tf.items())
        vectors.append([f"{name}/{ref}", [x for i, score in elements for x in (i, _sig3(score))]])
    return {
        "version": LUNR_JS_VERSION,
        "fields": names,
        "fieldVectors": vectors,
        "invertedIndex": [[term, postings[term]] for term in sorted(postings, key=_utf16)],
        "pipeline": [],
    }


def pinyin_table(docs: list[list[str]]) -> dict[str, list[int]]:
    """Pinyin token -> delta-coded ascending doc numbers, tokens sorted."""
    found: dict[str, list[int]] = {}
    for n, tokens in enumerate(docs):
        for token in dict.fromkeys(tokens):
            found.setdefault(token, []).append(n)
    return {token: [b - a for a, b in zip([0, *refs], refs, strict=False)] for token, refs in sorted(found.items())}


def js_assign(key: str, data) -> bytes:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"(window.ARCHIVE_SEARCH=window.ARCHIVE_SEARCH||{{}})[{json.dumps(key)}]={text};\n".encode()


def search_data(archive: Archive) -> dict[str, bytes]:
    """Every data file of the search, by path under ``search/``."""
    articles = archive.articles
    papers = sorted({str(_meta(a, "paper")) for a in articles})
    topics = sorted({str(t) for a in articles for t in _meta(a, "topics", []) or []})
    paper_number = {p: n for n, p in enumerate(papers)}
    topic_number = {t: n for n, t in enumerate(topics)}
    text_docs, pinyin_docs, docs, texts = [], [], [], []
    for i, a in enumerate(articles):
        p = parts(a)
        original = original_text(a)
        text = normalize(original)
        doc: dict = {"ref": str(i), **{name: [] for name, _ in FIELDS}}
        for part in PART_ORDER:
            doc[FIELD_OF[part]] += [t for s in p[part] for t in index_tokens(s)]
        text_docs.append(doc)
        pinyin_docs.append(pinyin_tokens(text))
        docs.append([
            a.url, str(_meta(a, "title")), str(_meta(a, "date")), paper_number[str(_meta(a, "paper"))],
            int(_meta(a, "page", 0) or 0), [topic_number[str(t)] for t in _meta(a, "topics", []) or []],
        ])
        texts.append([text, display_map(original)])
    files = {
        "index.js": js_assign("index.js", {"lunr": build_index(FIELDS, text_docs), "docs": docs}),
        "pinyin.js": js_assign("pinyin.js", {"syllables": " ".join(syllables()), "tokens": pinyin_table(pinyin_docs)}),
    }
    shards = []
    for k in range(0, max(len(texts), 1), SHARD_SIZE):
        name = f"docs-{k // SHARD_SIZE}.js"
        files[name] = js_assign(name, texts[k : k + SHARD_SIZE])
        shards.append(name)
    manifest = {"index": "index.js", "pinyin": "pinyin.js", "shards": shards, "shard_size": SHARD_SIZE, "count": len(articles),
                "papers": papers, "topics": topics}
    files["manifest.js"] = js_assign("manifest", manifest)
    return files
