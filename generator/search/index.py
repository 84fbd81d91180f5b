"""The search data: a lunr 2.3.9 index (built with the Python ``lunr`` package),
a small doc table for result lists and filters, and per-shard verification text.

Files under ``search/`` (all JavaScript that assigns into ``window.ARCHIVE_SEARCH``,
so they load through ``<script>`` from ``file://`` as well as over HTTP):

``manifest.js``   ``ARCHIVE_SEARCH.manifest = {index, pinyin, shards, shard_size, count, papers, topics}``
``index.js``      ``ARCHIVE_SEARCH["index.js"] = {lunr, docs}``: the serialised lunr index
                  (refs are doc numbers ``"0"``, ``"1"``, …; fields ``t`` title, ``h``
                  kicker/subtitle/subheads, ``b`` body, ``a`` authors) and one row per doc
                  ``[url, title, date, paper#, page, [topic#…]]`` (indexes into the
                  manifest's papers and topics).
``pinyin.js``     ``ARCHIVE_SEARCH["pinyin.js"] = {lunr, syllables}``: a second lunr index,
                  one field ``p`` of pinyin tokens, loaded only for Latin-only queries,
                  and the pinyin syllables (to tell full pinyin from initials).
``docs-K.js``     ``ARCHIVE_SEARCH["docs-K.js"] = [[text, display], …]`` for docs
                  ``K*shard_size`` up to ``(K+1)*shard_size``: ``text`` is the normalised
                  (NFKC + lower case) title, kicker, subtitle, subheads, body and authors,
                  one per line; ``display`` restores the original characters for snippets.

Only the shards holding candidate docs are loaded for a query.
"""

from __future__ import annotations

import json

from lunr import __TARGET_JS_VERSION__ as LUNR_JS_VERSION
from lunr.builder import Builder

from ..site.archive import Archive, Article
from .pinyin import pinyin_tokens, syllables
from .tokenizer import normalize, tokenize

SHARD_SIZE = 2000
# Index fields, one letter each to keep the serialised index small (every term of a
# lunr index lists every field): title, head (kicker, subtitle, subheads), body,
# authors. Name, boost. Pinyin has an index of its own, field "p".
FIELDS = (("t", 10), ("h", 4), ("b", 1), ("a", 4))
TEXT_FIELDS = tuple(name for name, _ in FIELDS)
PINYIN_FIELDS = (("p", 1),)


def _meta(a: Article, key: str, default=""):
    value = a.entry.meta.get(key, default)
    return default if value is None else value


def parts(a: Article) -> dict[str, list[str]]:
    """The searchable text of an article by index field."""
    head = [_meta(a, "kicker"), _meta(a, "subtitle"), *(_meta(a, "subheads", []) or [])]
    return {
        "t": [str(_meta(a, "title"))],
        "h": [str(h) for h in head],
        "b": [a.text],
        "a": [str(x) for x in _meta(a, "authors", []) or []],
    }


def original_text(a: Article) -> str:
    """Title, kicker, subtitle, subheads, body and authors, one part per line."""
    p = parts(a)
    return "\n".join(s for f in TEXT_FIELDS for s in p[f] if s)


def verification_text(a: Article) -> str:
    """What a query phrase must occur in: the normalised ``original_text``."""
    return normalize(original_text(a))


def display_map(original: str) -> list | None:
    """How to get ``original`` back from ``normalize(original)`` for snippets.

    ``[skip, length, chars, …]`` triples: after ``skip`` unchanged code points of the
    normalised text, ``length`` code points came from the original ``chars``. ``None``
    when the text does not normalise character by character (then snippets show the
    normalised text)."""
    pieces = [normalize(c) for c in original]
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


def build_index(fields, docs: list[dict[str, list[str]]]) -> dict:
    """A serialised lunr index of docs already cut into tokens (``{"ref": …, field:
    [token, …]}``), with empty pipelines: no trimmer, stop words or stemmer."""
    builder = Builder()
    builder.pipeline.reset()
    builder.search_pipeline.reset()
    builder.ref("ref")
    for name, boost in fields:
        builder.field(name, boost=boost, extractor=lambda doc, name=name: doc[name])
    for doc in docs:
        builder.add(doc)
    index = builder.build().serialize()
    index["version"] = LUNR_JS_VERSION
    return index


def js_assign(key: str, data) -> bytes:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"(window.ARCHIVE_SEARCH=window.ARCHIVE_SEARCH||{{}})[{json.dumps(key)}]={text};\n".encode()


def search_data(archive: Archive) -> dict[str, bytes]:
    """Every data file of the search, by path under ``search/``."""
    articles = archive.articles
    papers = sorted({str(_meta(a, "paper")) for a in articles})
    topics = sorted({str(t) for a in articles for t in _meta(a, "topics", []) or []})
    text_docs, pinyin_docs, docs, texts = [], [], [], []
    for i, a in enumerate(articles):
        p = parts(a)
        original = original_text(a)
        text = normalize(original)
        text_docs.append({"ref": str(i), **{f: [t for s in p[f] for t in tokenize(s)] for f in TEXT_FIELDS}})
        pinyin_docs.append({"ref": str(i), "p": pinyin_tokens(text)})
        docs.append([
            a.url, str(_meta(a, "title")), str(_meta(a, "date")), papers.index(str(_meta(a, "paper"))),
            int(_meta(a, "page", 0) or 0), [topics.index(str(t)) for t in _meta(a, "topics", []) or []],
        ])
        texts.append([text, display_map(original)])
    files = {
        "index.js": js_assign("index.js", {"lunr": build_index(FIELDS, text_docs), "docs": docs}),
        "pinyin.js": js_assign("pinyin.js", {"lunr": build_index(PINYIN_FIELDS, pinyin_docs),
                                             "syllables": " ".join(syllables())}),
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
