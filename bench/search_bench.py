"""What a first search costs in a browser, beside Pagefind on the same site.

    python bench/search_bench.py --articles 5000 [--runs 3] [--keep DIR]

Generates a corpus (``bench/corpus.py``), builds it with ``python -m generator build``,
indexes the built article pages with Pagefind (``pip install "pagefind[extended]"``),
then, in headless Chromium over HTTP (a local server that gzips text files, as static
hosts do), runs each query on a cold page (a fresh browser context: no cache, no
service worker) and records the bytes over the wire, the bytes as stored, the
requests and the milliseconds until the first results are there:

* ours: a page that loads the search page's scripts (lunr, tokenizer, manifest,
  search.js) and asks the engine for the first 10 hits and their snippets (every
  request under ``search/``: scripts, manifest, term shards, article files); and, for
  the time only, the real search page ``search/index.html?q=…`` until its first page
  of hits is shown (with the theme's styles and page chrome);
* Pagefind: a page that imports ``pagefind.js``, awaits ``pagefind.search(q)`` and the
  ``data()`` of its first 10 results (every request under ``_pagefind/``).

Queries, drawn from the corpus itself: Han strings of 2, 3 and 4 characters from
titles, the commonest two-character word, a rare one (in one article), and the
4-character string in full pinyin, spaced pinyin and initials, and a 6-character
string in full pinyin. Writes the table into the "Search" section of
``bench/RESULTS.md`` and prints it. Measurements, not tests.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import write_corpus  # noqa: E402  (bench/ is on the path when run as a script)

from generator.search.pinyin import run_syllables  # noqa: E402
from generator.search.tokenizer import HAN, normalize, runs  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).parent / "RESULTS.md"
CHROMIUM = "/usr/bin/chromium"
GZIP_TYPES = (".js", ".html", ".css", ".json", ".xml", ".svg", ".txt")
PAGEFIND_PAGE = """<!doctype html><meta charset=utf-8><title>pagefind</title><script type=module>
const q = new URLSearchParams(location.search).get("q");
const pagefind = await import("./_pagefind/pagefind.js");
const search = await pagefind.search(q);
const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
window.benchDone = {ms: performance.now(), hits: search.results.length, shown: data.length};
</script>"""
# The same for our engine: the search page's scripts, the first 10 hits and their snippets.
OURS_PAGE = """<!doctype html><meta charset=utf-8><title>ours</title>
<script src="search/vendor/lunr.min.js"></script><script src="search/tokenizer.js"></script>
<script src="search/manifest.js"></script><script src="search/search.js"></script><script>
(async () => {
  const q = new URLSearchParams(location.search).get("q");
  const store = ArchiveSearch.scriptStore(new URL("search/search.js", location.href).href);
  const engine = ArchiveSearch.createEngine(lunr, ArchiveTokenizer, store);
  const cursor = await engine.search(q, {}, "relevance");
  const hits = await cursor.next(10);
  hits.forEach((h) => ArchiveSearch.snippet(h, 120, ArchiveTokenizer.normalize));
  const c = cursor.count();
  window.benchDone = {ms: performance.now(), hits: c.atLeast, exact: c.exact, shown: hits.length};
})();
</script>"""


@contextmanager
def serve(folder: Path):
    """Serve ``folder`` on 127.0.0.1, gzipping text files for clients that accept it."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send_head(self):
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if path.suffix not in GZIP_TYPES or "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
                return super().send_head()
            body = gzip.compress(path.read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: Handler(*a, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def build(root: Path, articles: int) -> dict:
    shutil.copytree(REPO / "themes", root / "themes")
    shutil.copy(REPO / "archive.yml", root / "archive.yml")
    corpus = write_corpus(root, articles)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "generator", "build", "--root", str(root), "--quiet"], check=True,
                   env={**os.environ, "PYTHONPATH": str(REPO)})
    corpus["build_s"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(root / "site"), "--glob", "*/*/*/*/*/*/index.html",
                    "--output-subdir", "_pagefind"], check=True, stdout=subprocess.DEVNULL)
    corpus["pagefind_s"] = round(time.perf_counter() - t, 1)
    return corpus


def article_texts(root: Path) -> list[tuple[str, str]]:
    """(title, normalised text) of every article of the built project."""
    from generator.config import load_config
    from generator.content.loader import load_entries
    from generator.search.index import verification_text
    from generator.site.archive import assemble

    config = load_config(root)
    archive = assemble(load_entries(config.root, config.content_dir))
    return [(normalize(str(a.entry.meta.get("title") or "")), verification_text(a)) for a in archive.articles]


def queries(root: Path) -> list[tuple[str, str]]:
    """(kind, query) pairs drawn from the corpus, the same for the same corpus."""
    docs = article_texts(root)
    titles = [t for t, _ in docs if len(t) >= 8 and all(k == HAN for k, _ in runs(t[:8]))]
    df = collections.Counter(b for _, text in docs for b in {r[i : i + 2] for k, r in runs(text) if k == HAN
                                                            for i in range(len(r) - 1)})
    from jieba import dt as dictionary

    dictionary.check_initialized()
    words = [(c, b) for b, c in df.items() if dictionary.FREQ.get(b)]
    common = max(words)[1]
    rare = min(b for c, b in words if c == 1)
    four, six = titles[len(titles) // 2][:4], titles[len(titles) // 3][:6]
    read4 = run_syllables(titles[len(titles) // 2])[:4]
    read6 = run_syllables(titles[len(titles) // 3])[:6]
    return [("Han, 2 characters", titles[0][:2]), ("Han, 3 characters", titles[len(titles) // 4][:3]),
            ("Han, 4 characters", four), ("very common word", common), ("rare word (1 article)", rare),
            (f"pinyin, full ({four})", "".join(read4)), (f"pinyin, spaced ({four})", " ".join(read4)),
            (f"pinyin, initials ({four})", "".join(s[0] for s in read4)), (f"pinyin, full ({six})", "".join(read6))]


def first_search(browser, site: Path, url: str, prefix: str, done: str) -> dict:
    """Bytes over the wire (response bodies as sent), bytes as stored (the files'
    sizes on disk), requests and ms of one cold page until ``done`` (a JavaScript
    expression) holds; requests from workers included."""
    ctx = browser.new_context(service_workers="block")
    sent: list[tuple[str, int]] = []
    ctx.on("requestfinished", lambda r: sent.append((r.url, r.sizes()["responseBodySize"])))
    try:
        page = ctx.new_page()
        page.goto(url)
        page.wait_for_function(done, timeout=120_000)
        result = page.evaluate(done)
        page.wait_for_timeout(200)
    finally:
        ctx.close()
    paths = [(urlsplit(u).path, n) for u, n in sent if prefix in u]
    paths = [(path, n) for path, n in paths if not path.endswith(("/search/index.html", "-bench.html"))]
    stored = sum((site / unquote(path).lstrip("/")).stat().st_size for path, _ in paths)
    return {"bytes": sum(n for _, n in paths), "stored": stored, "requests": len(paths), **result}


OURS_DONE = ("(() => { const l = document.getElementById('search-results');"
             " if (!l || !l.hasAttribute('data-count')) return null;"
             " return {ms: performance.now(), hits: +l.dataset.atLeast, exact: l.hasAttribute('data-total'),"
             " shown: +l.dataset.count}; })()")


def measure(site: Path, qs: list[tuple[str, str]], runs: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        for kind, q in qs:
            ours, theirs, page = [], [], []
            for _ in range(runs):
                ours.append(first_search(browser, site, f"{base}ours-bench.html?q={quote(q)}", "/search/",
                                         "window.benchDone || null"))
                page.append(first_search(browser, site, f"{base}search/index.html?q={quote(q)}", "/search/", OURS_DONE))
                theirs.append(first_search(browser, site, f"{base}pagefind-bench.html?q={quote(q)}", "/_pagefind/",
                                           "window.benchDone || null"))
            rows.append({"kind": kind, "query": q, "ours": median_run(ours), "page": median_run(page),
                         "pagefind": median_run(theirs)})
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
        browser.close()
    return rows


def median_run(results: list[dict]) -> dict:
    out = dict(results[0])
    out["ms"] = round(statistics.median(r["ms"] for r in results))
    return out


def folder_bytes(folder: Path, gz: bool = False) -> int:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(len(gzip.compress(p.read_bytes(), 6)) if gz and p.suffix in GZIP_TYPES else p.stat().st_size for p in files)


def kb(n: float) -> str:
    return f"{n / 1000:,.1f}"


def table(rows: list[dict], info: dict) -> str:
    lines = [f"### {info['articles']:,} articles ({info['pages']:,} pages over {info['days']} days, 3 papers)", "",
             f"Build (`python -m generator build`, everything): {info['build_s']} s; Pagefind indexing the article "
             f"pages: {info['pagefind_s']} s. Whole search data: ours {kb(info['ours_raw'])} KB on disk, "
             f"{kb(info['ours_gzip'])} KB gzipped (as served); Pagefind {kb(info['pagefind_raw'])} KB on disk "
             f"(its files are compressed already). Median of {info['runs']} cold-page runs per query.", "",
             "| query | | ours: KB over the wire (stored) | requests | ms to first results | hits | ms, search page | "
             "Pagefind: KB over the wire (stored) | requests | ms | hits |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        o, p = r["ours"], r["pagefind"]
        hits = f"{o['hits']}" if o["exact"] else f"≥ {o['hits']}"
        lines.append(f"| {r['kind']} | `{r['query']}` | {kb(o['bytes'])} ({kb(o['stored'])}) | {o['requests']} | {o['ms']} "
                     f"| {hits} | {r['page']['ms']} | {kb(p['bytes'])} ({kb(p['stored'])}) | {p['requests']} | {p['ms']} "
                     f"| {p['hits']} |")
    med = {side: {k: statistics.median(r[side][k] for r in rows) for k in ("bytes", "stored", "ms")}
           for side in ("ours", "page", "pagefind")}
    largest = max(rows, key=lambda r: r["ours"]['stored'])
    lines.append(f"| **median** | | {kb(med['ours']['bytes'])} ({kb(med['ours']['stored'])}) | | {med['ours']['ms']:.0f} | "
                 f"| {med['page']['ms']:.0f} | {kb(med['pagefind']['bytes'])} ({kb(med['pagefind']['stored'])}) | "
                 f"| {med['pagefind']['ms']:.0f} | |")
    lines += ["", f"Largest first search (stored bytes): {kb(largest['ours']['stored'])} KB (`{largest['query']}`)."]
    return "\n".join(lines) + "\n"


def write_results(section: str) -> None:
    """Put ``section`` (one archive size, headed ``### N articles``) under "## Search" in
    RESULTS.md, replacing the same size's table and keeping the others and the other
    sections."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else "# Benchmark results\n"
    head = "## Search\n\nWritten by `bench/search_bench.py`.\n\n"
    m = re.search(r"^## Search\n.*?(?=^## |\Z)", text, re.S | re.M)
    tables = re.findall(r"^### .*?(?=^### |\Z)", m.group(0), re.S | re.M) if m else []
    size = section.split(" articles", 1)[0]
    tables = sorted([t for t in tables if not t.startswith(size + " articles")] + [section],
                    key=lambda t: int(re.sub(r"\D", "", t.split(" articles", 1)[0])))
    body = head + "\n".join(t.rstrip("\n") + "\n" for t in tables) + "\n"
    text = text[: m.start()] + body + text[m.end() :] if m else text.rstrip("\n") + "\n\n" + body
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build here and keep it (reused when it is already built)")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="search-bench-"))
    try:
        info_file = root / "bench-info.json"
        if info_file.is_file():
            info = json.loads(info_file.read_text(encoding="utf-8"))
        else:
            info = build(root, args.articles)
            info_file.write_text(json.dumps(info), encoding="utf-8")
        site = root / "site"
        (site / "pagefind-bench.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
        (site / "ours-bench.html").write_text(OURS_PAGE, encoding="utf-8")
        info.update(runs=args.runs, ours_raw=folder_bytes(site / "search"), ours_gzip=folder_bytes(site / "search", gz=True),
                    pagefind_raw=folder_bytes(site / "_pagefind"))
        section = table(measure(site, queries(root), args.runs), info)
        print(section)
        write_results(section)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
