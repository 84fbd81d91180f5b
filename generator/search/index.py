"""The search data: lunr 2.3.9 term shards, one small file per article, facet shards
and a small manifest, so that a query loads only the terms it names and the
articles it shows.

Files under ``search/`` (all JavaScript that assigns into ``window.ARCHIVE_SEARCH``
under the file's own path, so they load through ``<script>`` from ``file://`` as
well as over HTTP):

``manifest.js``  ``{count, fields, boosts, k1, b, lengths, length_base, terms,
                 docs_per_folder, facets, papers, topics, syllables}``: the article
                 count, the index fields with their boosts, BM25's k1 and b, the
                 average token count of each field over the archive (of the exact
                 counts), the base of the length codes, the number of term shards, how
                 article files are foldered, the facet shard size, the paper and topic
                 names, and the pinyin syllables (space-separated; a syllable's number
                 is its code in the transcripts). About 4 KB.
``t/K.js``       Term shard K: ``[[term, code, value, code, value, …], …]``, terms
                 sorted by UTF-16 code units; a term's postings go by doc, then field,
                 each ``code`` being ``4 × (ref − previous ref) + field number`` and each
                 ``value`` ``(tf − 1) × 64 + lq``: tf the term's count in that field of
                 that doc, lq the field's token count L as a length code (0 when L ≤ 1,
                 else ``round(log L / log length_base)``, at most 63; read back as
                 ``length_base ** lq``). A term is in shard ``term_hash(term) % terms``.
                 An entry depends on its term's postings alone, never on the rest of
                 the archive, so an edit changes only the entries of the terms it
                 touches (and every shard when the shard count moves). ``search.js``
                 turns a shard into lunr 2.3.9's serialised index (``invertedIndex``
                 with ``_index`` in term order, a field vector per field and doc holding
                 the shard's terms), scoring each posting with lunr's BM25 from the
                 manifest (idf over the archive's count, df the term's postings, the
                 field's boost included, rounded as lunr rounds), and loads it with the
                 unmodified ``lunr.Index.load``; a doc's scores from several shards add
                 up (lunr ranks by them).
``d/F/N.js``     Article N (in folder ``F = N // docs_per_folder``): ``[url, title,
                 date, paper#, page, [topic#…], precision, body, text, transcript,
                 page label]``: ``precision`` is 0 for a full date; ``page label``
                 the page as the site names it (``第二版``, ``第1个版面（版次不详）``);
                 ``text`` the title, head parts,
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

import bisect
import collections
import contextlib
import functools
import hashlib
import itertools
import json
import marshal
import math
import multiprocessing
import operator
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
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


# The build runs in three passes over temporary files, so that memory holds one chunk of
# articles or one bucket of terms at a time, never the whole index, and each pass can
# run in worker processes:
#   1. cut: each chunk of ``CHUNK`` articles is cut; its article files are returned, and
#      its postings (term -> ref, field, value, …) are written into a file, by bucket
#      (``term_hash % buckets``);
#   2. terms: each bucket's shard entries are made and kept in the bucket's file with
#      the names of the chunks they come from. When the previous build's file is there
#      and only a few chunks changed, its entries are spliced (the changed chunks'
#      postings replaced in the terms they hold); otherwise the bucket's postings are
#      read from every chunk file in order. The entries need nothing from the rest of
#      the archive (the browser scores them), so splicing gives the same bytes;
#   3. shard: each bucket's entries are spread over its term shards. The shard count is
#      a multiple of the bucket count, so every shard's terms lie in one bucket.
# The output depends on the articles alone, never on the number of workers or on what
# the cache held.
CHUNK = 32  # articles cut together (what an edit costs the search: its chunk is cut again; README, "Search")
MAX_BUCKETS = 256
LQ_BASE = 1.2  # of the length codes (measured: README, "Search"); 1.2 ** 63 is some 97,000 tokens
MAX_LQ = 63
TF_STEP = 64  # a posting's value: (tf - 1) * TF_STEP + length code
SPLICE_SHARE = 0.5  # beyond this share of chunks changed, a bucket is merged again from every chunk
BUCKET_FORMAT = 1  # of the bucket files (another format is never spliced)


@dataclass(frozen=True)
class _Plan:
    """What every pass needs: the articles in ref order, the temporary folder, the
    bucket count, the paper and topic numbers, the chunk files and where the bucket
    files are kept."""

    articles: list[Article]
    work: str
    buckets: int
    papers: dict[str, int]
    topics: dict[str, int]
    chunks: dict[int, str]  # chunk start -> the file of its postings
    cache: str | None  # where cut chunks and bucket files are kept for the next build (None: nowhere)

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        """The chunk files' names, in start order (what a bucket file records)."""
        return tuple(os.path.basename(self.chunks[start])[: -len(".post")] for start in sorted(self.chunks))

    def bucket_file(self, bucket: int) -> str:
        return os.path.join(self.cache or self.work, f"{bucket_name(bucket, self.buckets)}.ent")


_PLAN: _Plan | None = None  # the build in progress (inherited by worker processes through fork)
_HASHES: dict[str, int] = {}  # term_hash of the terms seen in this process


def _hash(term: str) -> int:
    h = _HASHES.get(term)
    if h is None:
        h = _HASHES[term] = term_hash(term)
    return h


def bucket_count(articles: int) -> int:
    """Buckets for ``articles``: a power of two, about one per eight term shards
    expected (some 0.8 a article), at most ``MAX_BUCKETS``."""
    count = 1
    while count * 2 <= min(articles * 0.8 / 8, MAX_BUCKETS):
        count *= 2
    return count


def bucket_name(bucket: int, buckets: int) -> str:
    return f"terms-{bucket}-of-{buckets}"


def length_code(length: int) -> int:
    """A field's token count in one small number, logarithmically (``LQ_BASE ** code`` reads it back)."""
    return 0 if length <= 1 else min(MAX_LQ, round(math.log(length) / math.log(LQ_BASE)))


def _cut_chunk(start: int) -> tuple[list[tuple[str, bytes]], list[list], list[tuple[int, ...]]]:
    """Pass 1 for articles ``start`` … ``start + CHUNK``: their article files, facet rows
    and field lengths; their postings go to the chunk's file by bucket. With a cache,
    both are kept there for the next build."""
    plan = _PLAN
    buckets: list[dict[str, list[int]]] = [{} for _ in range(plan.buckets)]
    files, facets, lengths = [], [], []
    for ref in range(start, min(start + CHUNK, len(plan.articles))):
        a = plan.articles[ref]
        d = cut(a)
        for k, name in enumerate(PART_ORDER):
            lq = length_code(d.length[name])
            for term, count in d.tf[name].items():
                bucket = buckets[_hash(term) % plan.buckets]
                found = bucket.get(term)
                if found is None:
                    bucket[term] = [ref, k, (count - 1) * TF_STEP + lq]
                else:
                    found += (ref, k, (count - 1) * TF_STEP + lq)
        lengths.append(tuple(d.length[name] for name in PART_ORDER))
        file, facet = _doc_file(a, ref, d, plan.papers, plan.topics)
        files.append(file)
        facets.append(facet)
    path = plan.chunks[start]
    _write_buckets(path, [marshal.dumps(b) for b in buckets])
    if plan.cache:
        _write_whole(path[: -len(".post")] + ".rows", [marshal.dumps((files, facets, lengths))])
    return files, facets, lengths


def _doc_file(a: Article, ref: int, d: Indexed, papers: dict[str, int], topics: dict[str, int]) -> tuple[tuple[str, bytes], list]:
    """An article's file (path, bytes) and its facet row."""
    date, paper = str(_meta(a, "date")), papers[str(_meta(a, "paper"))]
    topic_refs = [topics[str(t)] for t in _meta(a, "topics", []) or []]
    precision = str(_meta(a, "date_precision", "day") or "day")
    title = a.list_title or str(_meta(a, "title"))  # as the other article lists show it
    row = [a.url, title, date, paper, int(_meta(a, "page", 0) or 0), topic_refs,
           0 if precision == "day" else precision, list(d.body), d.text, d.transcript, a.page_label]
    return (doc_path(ref), js_assign(doc_path(ref), row)), [date, paper, topic_refs]


def ordered(archive: Archive) -> tuple[list[Article], list[str], list[str]]:
    """The articles in ref order, the papers and the topics (numbered by their place)."""
    articles = article_order(archive.articles)
    papers = sorted({str(_meta(a, "paper")) for a in articles})
    topics = sorted({str(t) for a in articles for t in _meta(a, "topics", []) or []})
    return articles, papers, topics


def chunk_name(key: str, start: int, articles: int, papers: list[str], topics: list[str]) -> str:
    """The cache's name for a chunk cut from articles whose digest is ``key``."""
    tables = hashlib.sha256(repr((papers, topics)).encode()).hexdigest()[:12]
    return f"{key}-{start}-{bucket_count(articles)}-{tables}"


def chunk_docs(articles: list[Article], start: int, papers: list[str], topics: list[str],
               cached: str | None) -> list[tuple[str, bytes]]:
    """The article files of the chunk at ``start``: from the cache's ``cached.rows``
    when it is there and whole, else cut now."""
    rows = _cached_rows(cached + ".rows") if cached else None
    if rows is not None:
        return rows[0]
    paper_number = {p: i for i, p in enumerate(papers)}
    topic_number = {t: i for i, t in enumerate(topics)}
    return [_doc_file(a, ref, cut(a), paper_number, topic_number)[0]
            for ref, a in enumerate(articles[start : start + CHUNK], start=start)]


def _write_buckets(path: str, blobs: list[bytes]) -> None:
    head = marshal.dumps([len(b) for b in blobs])
    _write_whole(path, [len(head).to_bytes(8, "little") + head, *blobs])


def _write_whole(path: str, parts: list[bytes]) -> None:
    """Write a file under a temporary name, then rename it: a killed build leaves no half file."""
    with open(path + ".tmp", "wb") as f:
        for part in parts:
            f.write(part)
    os.replace(path + ".tmp", path)


def _whole(path: str) -> bool:
    """True when a postings file is there, whole (its header matches its size)."""
    try:
        with open(path, "rb") as f:
            whole = os.fstat(f.fileno()).st_size
            size = int.from_bytes(f.read(8), "little")
            if size > whole:
                return False
            sizes = marshal.loads(f.read(size))
            return whole == 8 + size + sum(sizes)
    except (OSError, ValueError, EOFError, TypeError):
        return False


def _cached_rows(path: str):
    """A cut chunk's rows kept by an earlier build, or None when missing or unreadable."""
    try:
        with open(path, "rb") as f:
            files, facets, lengths = marshal.loads(f.read())
        return [tuple(f) for f in files], facets, [tuple(x) for x in lengths]
    except (OSError, ValueError, EOFError, TypeError):
        return None


def _read_bucket(path: str, bucket: int):
    with open(path, "rb") as f:
        size = int.from_bytes(f.read(8), "little")
        sizes = marshal.loads(f.read(size))
        f.seek(8 + size + sum(sizes[:bucket]))
        return marshal.loads(f.read(sizes[bucket]))


@dataclass
class _Terms:
    """A bucket's shard entries: its terms in UTF-16 order, their hashes, their entries
    (``_entry``) and the entries' size in bytes."""

    terms: list[str]
    hashes: list[int]
    entries: list[str]
    size: int


def _term_bucket(bucket: int) -> int:
    """Pass 2 for one bucket: its terms' entries, spliced into the previous build's or
    merged from every chunk, written to the bucket's file with this build's chunk names;
    returns their size in bytes."""
    plan = _PLAN
    path = plan.bucket_file(bucket)
    made = _spliced(bucket, path) or _merged(bucket)
    _write_buckets(path, [marshal.dumps((BUCKET_FORMAT, CHUNK, plan.names, made.size)),
                          *(marshal.dumps(part) for part in (made.terms, made.hashes, made.entries))])
    return made.size


def _merged(bucket: int) -> _Terms:
    """The bucket's entries from its postings in every chunk file."""
    plan = _PLAN
    postings: dict[str, list[int]] = {}
    for start in sorted(plan.chunks):
        for term, flat in _read_bucket(plan.chunks[start], bucket).items():
            found = postings.get(term)
            if found is None:
                postings[term] = flat
            else:
                found += flat
    terms = sorted(postings, key=_utf16)
    entries = [_entry(term, postings.pop(term)) for term in terms]
    return _Terms(terms, list(map(term_hash, terms)), entries, sum(len(e.encode()) for e in entries))


def _spliced(bucket: int, path: str) -> _Terms | None:
    """The bucket's entries made from the previous build's (in ``path``): in each term
    whose postings in a changed chunk differ from the chunk's before, the postings of
    that chunk's refs are replaced by its new ones. None when there is no whole file of
    this format and chunk size, when an old chunk's file is gone, or when more than
    ``SPLICE_SHARE`` of the chunks changed (merging them all again is then as quick)."""
    plan = _PLAN
    try:
        fmt, chunk, names, size = _read_bucket(path, 0) if _whole(path) else (None, 0, (), 0)
        new = plan.names
        changed = [i for i in range(max(len(names), len(new))) if names[i : i + 1] != new[i : i + 1]]
        old = {i: os.path.join(plan.cache or plan.work, names[i] + ".post") for i in changed if i < len(names)}
        if (fmt, chunk) != (BUCKET_FORMAT, CHUNK) or len(changed) > SPLICE_SHARE * len(new) \
                or not all(map(_whole, old.values())):
            return None
        made = _Terms(*(_read_bucket(path, part) for part in (1, 2, 3)), size)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    spans: dict[str, list[tuple[int, list[int]]]] = {}  # term -> (chunk start, the chunk's postings now), by start
    for i in changed:
        now = _read_bucket(plan.chunks[i * CHUNK], bucket) if i < len(new) else {}
        held = _read_bucket(old[i], bucket) if i in old else {}
        for term in now.keys() | held.keys():
            postings = now.get(term, [])
            if postings != held.get(term):  # the chunk's other articles leave most terms as they were
                spans.setdefault(term, []).append((i * CHUNK, postings))
    place = {term: k for k, term in enumerate(made.terms)}
    added, removed = [], False
    for term, changes in spans.items():
        k = place.get(term)
        entry = None if k is None else made.entries[k]
        spliced = _splice(term, entry, changes)
        made.size += (len(spliced.encode()) if spliced else 0) - (len(entry.encode()) if entry else 0)
        if k is not None:
            made.entries[k] = spliced
            removed = removed or spliced is None
        elif spliced:
            added.append(term)
            made.entries.append(spliced)
    if added or removed:
        _resort(made, added)
    return made


def _resort(made: _Terms, added: list[str]) -> None:
    """Drop the terms left without postings and put the added ones (their entries are
    at the end of ``made.entries``) in their places."""
    entries = made.entries[len(made.terms) :]
    kept = [k for k, e in enumerate(made.entries[: len(made.terms)]) if e is not None]
    made.terms = [made.terms[k] for k in kept]
    made.hashes = [made.hashes[k] for k in kept]
    made.entries = [made.entries[k] for k in kept]
    for term, entry in sorted(zip(added, entries, strict=True), key=lambda pair: _utf16(pair[0])):
        k = bisect.bisect_left(made.terms, _utf16(term), key=_utf16)
        made.terms.insert(k, term)
        made.hashes.insert(k, term_hash(term))
        made.entries.insert(k, entry)


def _utf16(term: str) -> bytes:
    return term.encode("utf-16-be")


def _name(term: str) -> str:
    return f'"{term}"' if _PLAIN.fullmatch(term) else _json(term)


def _entry(term: str, flat: list[int]) -> str:
    """A term's shard entry (JSON) from its postings ``[ref, field, value, …]`` in ref order."""
    return "[" + _name(term) + "," + ",".join(_numbers(flat, 0)) + "]"


def _numbers(flat: list[int], last: int) -> list[str]:
    """Postings ``[ref, field, value, …]`` as an entry writes them, after a posting of ref ``last``."""
    fields = len(FIELDS)
    refs = flat[0::3]
    numbers: list[int] = [0] * (2 * len(refs))
    previous = [last, *refs][: len(refs)]
    numbers[0::2] = [(ref - before) * fields + k for ref, before, k in zip(refs, previous, flat[1::3], strict=True)]
    numbers[1::2] = flat[2::3]
    return list(map(str, numbers))


def _splice(term: str, entry: str | None, changes: list[tuple[int, list[int]]]) -> str | None:
    """``entry`` (None: the term had no postings) with the postings of refs ``start`` …
    ``start + CHUNK`` replaced by ``postings`` for each ``(start, postings)`` of
    ``changes``, in start order; None when no posting is left. Works on the entry's
    text: only the numbers of the changed chunks and the code after each are written anew."""
    fields = len(FIELDS)
    head = "[" + _name(term) + ","
    parts = entry[len(head) : -1].split(",") if entry else []
    codes = map(int, parts[0::2])
    refs = list(itertools.accumulate(map(operator.floordiv, codes, itertools.repeat(fields))))
    for start, postings in changes:
        low = bisect.bisect_left(refs, start)
        high = bisect.bisect_left(refs, start + CHUNK, low)
        before = refs[low - 1] if low else 0
        now = postings[0::3]
        if high < len(refs):  # the next posting's code counts from the last ref before it
            parts[2 * high] = str((refs[high] - (now[-1] if now else before)) * fields + int(parts[2 * high]) % fields)
        parts[2 * low : 2 * high] = _numbers(postings, before)
        refs[low:high] = now
    return head + ",".join(parts) + "]" if parts else None


def _shard_bucket(bucket: int, count: int) -> list[tuple[int, str]]:
    """Pass 3 for one bucket: its term shards ``(K, text)``, K = bucket, bucket +
    buckets, … below ``count``; terms in each sorted by UTF-16 code units."""
    plan = _PLAN
    path = plan.bucket_file(bucket)
    shards: dict[int, list[str]] = {k: [] for k in range(bucket, count, plan.buckets)}
    for h, entry in zip(_read_bucket(path, 2), _read_bucket(path, 3), strict=True):
        shards[h % count].append(entry)
    return [(k, "[" + ",".join(shard) + "]") for k, shard in shards.items()]


_PLAIN = re.compile(r'[^"\\\x00-\x1f\u2028\u2029\ud800-\udfff]*')  # JSON writes these as they are


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


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


def search_data(archive: Archive, work_dir: str | None = None, prefix: str = ".search-", cache: str | None = None,
                chunk_key: Callable[[list[Article]], str] | None = None, docs: bool = True,
                order: tuple[list[Article], list[str], list[str]] | None = None) -> Iterator[tuple[str, bytes]]:
    """Every data file of the search, as (path under ``search/``, bytes), made through a
    temporary folder ``<prefix>*`` inside ``work_dir`` (the system's when None), removed
    after; without the article files when not ``docs`` (``chunk_docs`` gives them). With
    a ``cache`` folder and ``chunk_key`` (a digest of everything a chunk of articles is
    cut from), a chunk cut by the previous build is taken from the cache instead of cut
    again, and each term bucket is spliced from the previous build's when few chunks
    changed; the cache then keeps this build's chunks and buckets only. ``order``:
    ``ordered(archive)`` when the caller has it already."""
    global _PLAN
    _HASHES.clear()
    articles, papers, topics = order or ordered(archive)
    n, buckets = len(articles), bucket_count(len(articles))
    starts = range(0, n, CHUNK)
    with tempfile.TemporaryDirectory(prefix=prefix, dir=work_dir) as work:
        chunks, kept = {}, {}
        for start in starts:
            if cache and chunk_key:
                key = chunk_name(chunk_key(articles[start : start + CHUNK]), start, n, papers, topics)
                chunks[start] = os.path.join(cache, f"{key}.post")
                rows = _cached_rows(os.path.join(cache, f"{key}.rows")) if _whole(chunks[start]) else None
                if rows is not None:  # its article files only when asked for: they are the bulk of the data
                    kept[start] = (rows[0] if docs else [], rows[1], rows[2])
            else:
                chunks[start] = os.path.join(work, f"c{start}.post")
        _PLAN = _Plan(articles, work, buckets, {p: i for i, p in enumerate(papers)},
                      {t: i for i, t in enumerate(topics)}, chunks, cache if chunk_key else None)
        try:
            facets: list[list] = []
            totals = [0] * len(FIELDS)  # tokens in each field over the archive
            with _passes(n - CHUNK * len(kept)) as run:
                cut_now = run(_cut_chunk, [s for s in starts if s not in kept])
                for start in starts:
                    files, rows, sizes = kept[start] if start in kept else next(cut_now)
                    if docs:
                        yield from files
                    facets += rows
                    totals = [total + sum(doc[k] for doc in sizes) for k, total in enumerate(totals)]
            for k in range(0, len(facets), FACET_SIZE):
                name = f"f/{k // FACET_SIZE}.js"
                yield name, js_assign(name, facets[k : k + FACET_SIZE])
            del facets, kept
            with _passes(n) as run:
                size = sum(run(_term_bucket, range(buckets)))
                count = buckets * max(1, math.ceil(size / TERM_SHARD_BYTES / buckets))
                for shards in run(_shard_bucket, range(buckets), [count] * buckets):
                    for k, text in shards:
                        yield f"t/{k}.js", js_assign(f"t/{k}.js", text=text)
            if cache and chunk_key:
                _keep_only(cache, {*_PLAN.names, *(bucket_name(b, buckets) for b in range(buckets))})
        finally:
            _PLAN = None
            _HASHES.clear()
    manifest = {"version": LUNR_JS_VERSION, "count": n, "fields": [name for name, _ in FIELDS],
                "boosts": [boost for _, boost in FIELDS], "k1": K1, "b": B,
                "lengths": [total / n if n else 0.0 for total in totals], "length_base": LQ_BASE, "terms": count,
                "docs_per_folder": DOCS_PER_FOLDER, "facets": FACET_SIZE, "papers": papers, "topics": topics,
                "syllables": " ".join(syllables())}
    yield "manifest.js", js_assign("manifest", manifest)


def _keep_only(cache: str, keys: set[str]) -> None:
    """Remove the cache's files of chunks and buckets this build did not use."""
    for name in os.listdir(cache):
        if name.rsplit(".", 1)[0] not in keys or name.endswith(".tmp"):
            with contextlib.suppress(OSError):
                os.remove(os.path.join(cache, name))


@contextmanager
def _passes(articles: int):
    """A ``map`` over the passes: worker processes (one per core, forked after the plan
    is set) for a large archive, this process otherwise. The workers run a few tasks
    ahead of what has been taken, no more: results that nobody reads yet would pile up
    here (a whole index of term shards when they are quicker to make than to write)."""
    if articles < PARALLEL_FROM or cores() < 2:
        yield map
        return
    with ProcessPoolExecutor(cores(), mp_context=multiprocessing.get_context("fork")) as pool:
        yield functools.partial(_ahead, pool, 2 * cores())


def _ahead(pool: ProcessPoolExecutor, ahead: int, fn: Callable, *iterables) -> Iterator:
    """``pool.map(fn, *iterables)`` with at most ``ahead`` tasks submitted and not yet taken."""
    pending: collections.deque = collections.deque()
    for args in zip(*iterables, strict=True):
        pending.append(pool.submit(fn, *args))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
