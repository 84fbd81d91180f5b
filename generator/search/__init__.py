"""Client-side full-text search: the index, its data files, the search page and the
offline service worker.

Everything here is written under ``search/`` beside the HTML, except ``sw.js``,
which sits at the site root so that its scope covers the whole site.
See ``index.py`` for the data format and ``assets/search.js`` for the query side.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

from ..config import Config
from ..depend import Inputs, Job, digest
from ..files import project_cache
from ..records import Output
from ..site.archive import Archive
from ..site.render import OFFLINE_PAGE, Renderer
from ..site.themes import static_files, theme_dirs
from . import index
from .index import chunk_docs, chunk_name, ordered, search_data

ASSETS = Path(__file__).parent / "assets"
# Files copied unchanged: package asset -> path under the site root.
COPIED = {
    "tokenizer.js": "search/tokenizer.js",
    "search.js": "search/search.js",
    "offline.js": "search/offline.js",
    "vendor/lunr.min.js": "search/vendor/lunr.min.js",
    "vendor/LICENSE": "search/vendor/LICENSE",
}
PAGE = "search/index.html"
CACHE = ".cache/search"  # articles cut for the index by the last build, under the project folder
# The worker precaches every search data file while they add up to no more than this;
# beyond it, only the scripts and the manifest (data files are cached as they are read).
PRECACHE_BYTES = 8_000_000
DATA_FOLDERS = ("search/t/", "search/d/", "search/f/")  # the data files beside the manifest


def search_jobs(config: Config, archive: Archive, renderer: Renderer, inputs: Inputs) -> Iterator[Job]:
    """The search data (the index: a change to any article remakes it), the article files
    (a job per chunk of articles: only the changed chunks are made again), the scripts,
    the search page and ``sw.js``."""
    data_files: dict[str, int] = {}  # the data files as published, path -> size (for sw.js)
    data_key = inputs.key(None, "search data", inputs.everything)
    cache = _cache(config)

    def chunk_key(articles) -> str:
        return digest(inputs.base, *(inputs.entry(a) for a in articles))

    articles, papers, topics = order = ordered(archive)
    yield Job("search/ (data)", data_key, lambda: _data_outputs(config, archive, cache, chunk_key, order),
              after=data_files.update, alone=True)  # first: it cuts what the article files are made from
    for start in range(0, len(articles), index.CHUNK):
        key = chunk_key(articles[start : start + index.CHUNK])
        cached = os.path.join(cache, chunk_name(key, start, len(articles), papers, topics)) if cache else None
        yield Job(f"search/d ({start})", inputs.key(None, "search docs", str(start), key, repr((papers, topics))),
                  lambda start=start, cached=cached: [Output(f"search/{name}", data) for name, data in
                                                      chunk_docs(articles, start, papers, topics, cached)],
                  after=data_files.update, alone=True)
    for src, path in COPIED.items():
        yield Job(path, inputs.key(None, path), lambda src=src, path=path: [Output(path, (ASSETS / src).read_bytes())])
    page_key = inputs.key("search.html", PAGE)
    yield Job(PAGE, page_key, lambda: [renderer.page("search.html", PAGE)])
    statics = {path: hashlib.sha256(src.read_bytes()).hexdigest() for path, src in static_files(config).items()}
    version = site_version(config, data_key, page_key, statics)
    yield Job("sw.js", inputs.key(None, "sw.js", version),
              lambda: [service_worker(config, version, data_files, sorted(statics))], alone=True)


def _cache(config: Config) -> str | None:
    cache = project_cache(config.root, CACHE)
    return str(cache) if cache else None


def _data_outputs(config: Config, archive: Archive, cache: str | None, chunk_key, order) -> Iterator[Output]:
    """The search data files but the article files, as they are made, through a temporary
    folder beside the output folder (named like the staging folder, so a killed build's
    is removed), with the articles cut by the last build kept in ``cache`` (only chunks
    whose articles are unchanged are taken from it) and its term buckets (spliced where
    a few chunks changed)."""
    target = config.path("output_dir")
    if cache:
        os.makedirs(cache, exist_ok=True)
    for name, data in search_data(archive, str(target.parent), prefix=f".{target.name}.new-search-",
                                  cache=cache, chunk_key=chunk_key if cache else None, docs=False, order=order):
        yield Output(f"search/{name}", data)


def search_outputs(config: Config, archive: Archive) -> list[Output]:
    """Every file ``search_jobs`` makes, made now."""
    renderer = Renderer(config, archive)
    outputs: list[Output] = []
    for job in search_jobs(config, archive, renderer, Inputs(config, archive, renderer.env)):
        made = list(job.make())
        if job.after:
            job.after({o.path: len(o.data) for o in made})
        outputs += made
    return outputs


def site_version(config: Config, data_key: str, page_key: str, statics: dict[str, str]) -> str:
    """A hash of what the worker caches: the search data and the search page (by the
    keys they are made from), the scripts, the theme's templates and static files. Same
    inputs, same hash (no clock)."""
    digest = hashlib.sha256(f"{data_key}\0{page_key}\n".encode())
    for src, path in sorted(COPIED.items()):
        digest.update(path.encode() + b"\0" + hashlib.sha256((ASSETS / src).read_bytes()).digest())
    for path, sha in statics.items():
        digest.update(f"{path}\0{sha}\n".encode())
    for d in theme_dirs(config):
        for p in sorted(d.rglob("*.html")):
            digest.update(p.relative_to(d).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return digest.hexdigest()[:16]


def service_worker(config: Config, version: str, data_files: dict[str, int], statics: list[str]) -> Output:
    """``sw.js``: precaches the shell (home, offline page, search page, styles, scripts,
    and the search data while it is small enough)."""
    small = sum(data_files.values()) <= PRECACHE_BYTES
    ours = sorted([*(path for path in COPIED.values() if not path.endswith("LICENSE")), PAGE,
                   *(data_files if small else [p for p in data_files if not p.startswith(DATA_FOLDERS)])])
    shell = ["./", "index.html", OFFLINE_PAGE, *statics, *ours]
    head = (f"const VERSION = {json.dumps(version)};\nconst SHELL = {json.dumps(shell, indent=1)};\n"
            f"const OFFLINE = {json.dumps(OFFLINE_PAGE)};\n")
    return Output("sw.js", head.encode() + (ASSETS / "sw.js").read_bytes())
