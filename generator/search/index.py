"""The search data: a lunr 2.3.9 index (written here in lunr's serialised form) cut
into term shards, a small doc table for result lists and filters, a pinyin table, and
per-shard verification text.

Files under ``search/`` (all JavaScript that assigns into ``window.ARCHIVE_SEARCH``,
so they load through ``<script>`` from ``file://`` as well as over HTTP):

``manifest.js``   ``ARCHIVE_SEARCH.manifest = {index, terms, pinyin, shards, shard_size,
                  count, papers, topics}``
``index.js``      ``ARCHIVE_SEARCH["index.js"] = {docs}``: one row per doc
                  ``[url, title, date, paper#, page, [topic#…]]`` (indexes into the
                  manifest's papers and topics), followed by the date precision
                  (``"month"``, ``"year"`` or ``"unknown"``) when less than the day
                  is known.
``terms-K.js``    ``ARCHIVE_SEARCH["terms-K.js"] = {lunr}``: a lunr index in lunr 2.3.9's
                  serialised form with empty field postings elided; the loader restores
                  them. It is what lunr 2.3.9's ``Builder`` makes with an empty pipeline
                  (no trimmer, stop words or stemmer), except that an ``invertedIndex``
                  entry ``[term, {field: {ref: {}}, …, "_index": n}]`` lists only the
                  fields holding the term (lunr lists every field under every term, most
                  of them ``{}``). ``search.js`` puts an empty ``{}`` back under each
                  missing field of each term right before ``lunr.Index.load``, so the
                  unmodified lunr.js 2.3.9 loads and queries it as its own. Each term is
                  in one shard (``manifest.terms`` lists them): ``terms-0.js`` holds the
                  terms that do not start with a Han character, and with N shards a Han
                  term is in shard ``1 + (code point of its first character) % (N - 1)``;
                  N grows with the text (``TERM_SHARD_BYTES``). A query loads the shards
                  of its own terms only (at most three: those holding most of its
                  terms), queries each and keeps the docs found in all, adding up the
                  scores; the verification text then confirms every candidate.

                  Refs are doc numbers ``"0"``, ``"1"``, …; four fields (``FIELDS``),
                  all of them searched by a query: ``t`` the title (boost 10), ``h``
                  the other headline parts, kicker, subtitle and subheads (boost 4),
                  ``b`` the body (boost 1) and ``a`` the authors (boost 4). Terms are
                  ``tokenizer.index_tokens``: Han bigrams plus the last character of
                  each Han run (a lone character is queried as the prefix ``水*``),
                  and whole runs of other letters and digits. Scores are lunr's BM25
                  (k1 1.2, b 0.75) with idf and field lengths of the whole text, so
                  they are the same in every shard, rounded to 3 significant digits,
                  the field's boost included. Within a shard, ``_index`` numbers
                  go by falling document frequency (the common terms, which fill the
                  field vectors, get the shortest numbers); a field with no terms in a
                  shard has no field vector there (lunr only reads the vectors of the
                  fields a query matched), so a doc has vectors only for the fields it
                  has text in.
``pinyin.js``     ``ARCHIVE_SEARCH["pinyin.js"] = {syllables, tokens}``, loaded only for
                  Latin-only queries: ``syllables``, every pinyin syllable separated by
                  spaces (to tell full pinyin from initials), and ``tokens``, each pinyin
                  token (``pinyin.pinyin_tokens``) mapped to the numbers of the docs
                  holding it, ascending and delta-coded: ``[first, gap, gap, …]``
                  (``[3, 1, 5]`` is docs 3, 4 and 9). A doc found through pinyin scores
                  the idf of each matching token it holds.
``docs-K.js``     ``ARCHIVE_SEARCH["docs-K.js"] = [[text, display], …]`` for docs
                  ``K*shard_size`` up to ``(K+1)*shard_size``: ``text`` is the normalised
                  (NFKC + lower case) title, kicker, subtitle, subheads, body and authors,
                  one per line; ``display`` restores the original characters for snippets.

Only the term shards of a query's terms and the text shards holding candidate docs
are loaded for a query. The pinyin table is keyed by token and lists doc numbers, so
it can be cut by token (or by doc range) the same way once it grows too big.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter

from lunr import __TARGET_JS_VERSION__ as LUNR_JS_VERSION

from ..site.archive import Archive, Article
from .pinyin import pinyin_tokens, syllables
from .tokenizer import HAN, index_tokens, kind, normalize

SHARD_SIZE = 500  # docs per verification text shard
TERM_SHARD_BYTES = 150_000  # about how big a Han term shard of the text index is made
# Index fields, one letter each to keep the serialised index small: title, the other
# headline parts (kicker, subtitle, subheads), body, authors. Name, boost: a match in
# the title weighs most, one in the headline parts or the byline less, the body least.
FIELDS = (("t", 10), ("h", 4), ("b", 1), ("a", 4))
# Where each part of an article goes.
FIELD_OF = {"title": "t", "head": "h", "body": "b", "authors": "a"}
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


def term_shard(term: str, count: int) -> int:
    """Which of ``count`` term shards holds ``term``: 0 for terms that do not start
    with a Han character, else one of the others by the first character's code point
    (``search.js`` picks the same)."""
    if count == 1 or kind(term[0]) != HAN:
        return 0
    return 1 + ord(term[0]) % (count - 1)


def build_indexes(fields, docs: list[dict[str, list[str]]], count: int | None = None) -> list[dict]:
    """Serialised lunr 2.3.9 indexes of docs already cut into tokens (``{"ref": …,
    field: [token, …]}``), one per term shard (``count`` of them, or as many as keep a
    Han shard near ``TERM_SHARD_BYTES``). Each is what lunr's ``Builder`` makes with
    empty pipelines from the shard's terms, except that idf and field lengths are
    those of the whole text, so scores add up across shards, and for the rounding,
    the ``_index`` order, the empty field vectors left out and the empty field
    postings elided (``elide_postings``; see the module docstring). Terms are sorted
    by UTF-16 code units, the order ``lunr.Index.load`` needs to rebuild its token
    set."""
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
    n_docs = len(docs)
    df = {term: sum(len(posting[f]) for f in names) for term, posting in postings.items()}
    if count is None:  # about 30 bytes a term and 20 a posting (with its vector element)
        han = sum(30 + 20 * df[t] for t in postings if kind(t[0]) == HAN)
        count = 1 + max(1, math.ceil(han / TERM_SHARD_BYTES))
    shard_of = {term: term_shard(term, count) for term in postings}
    numbered = [0] * count
    for term in sorted(postings, key=lambda t: (-df[t], _utf16(t))):
        postings[term]["_index"] = numbered[shard_of[term]]
        numbered[shard_of[term]] += 1
    idf = {term: math.log(1 + abs((n_docs - d + 0.5) / (d + 0.5))) for term, d in df.items()}
    average = {name: totals[name] / n_docs if n_docs else 0.0 for name in names}
    vectors: list[list] = [[] for _ in range(count)]
    for name, ref, length, tf in counted:
        norm = K1 * (1 - B + B * length / average[name]) if length else 0.0
        elements: list[list] = [[] for _ in range(count)]
        for term, c in tf.items():
            score = idf[term] * (K1 + 1) * c / (norm + c) * boosts[name]
            elements[shard_of[term]].append((postings[term]["_index"], score))
        for k, found in enumerate(elements):
            if found:
                vectors[k].append([f"{name}/{ref}", [x for i, score in sorted(found) for x in (i, _sig3(score))]])
    terms: list[list] = [[] for _ in range(count)]
    for term in sorted(postings, key=_utf16):
        terms[shard_of[term]].append([term, elide_postings(postings[term])])
    return [{"version": LUNR_JS_VERSION, "fields": names, "fieldVectors": vectors[k], "invertedIndex": terms[k],
             "pipeline": []} for k in range(count)]


def elide_postings(posting: dict) -> dict:
    """A term's lunr posting without the fields where it has no documents."""
    return {key: value for key, value in posting.items() if key == "_index" or value}


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
        row = [
            a.url, getattr(a, "list_title", None) or str(_meta(a, "title")), str(_meta(a, "date")), paper_number[str(_meta(a, "paper"))],
            int(_meta(a, "page", 0) or 0), [topic_number[str(t)] for t in _meta(a, "topics", []) or []],
        ]
        precision = str(_meta(a, "date_precision", "day") or "day")
        if precision != "day":
            row.append(precision)
        docs.append(row)
        texts.append([text, display_map(original)])
    files = {
        "index.js": js_assign("index.js", {"docs": docs}),
        "pinyin.js": js_assign("pinyin.js", {"syllables": " ".join(syllables()), "tokens": pinyin_table(pinyin_docs)}),
    }
    terms = []
    for k, index in enumerate(build_indexes(FIELDS, text_docs)):
        name = f"terms-{k}.js"
        files[name] = js_assign(name, {"lunr": index})
        terms.append(name)
    shards = []
    for k in range(0, max(len(texts), 1), SHARD_SIZE):
        name = f"docs-{k // SHARD_SIZE}.js"
        files[name] = js_assign(name, texts[k : k + SHARD_SIZE])
        shards.append(name)
    manifest = {"index": "index.js", "terms": terms, "pinyin": "pinyin.js", "shards": shards, "shard_size": SHARD_SIZE,
                "count": len(articles), "papers": papers, "topics": topics}
    files["manifest.js"] = js_assign("manifest", manifest)
    return files
