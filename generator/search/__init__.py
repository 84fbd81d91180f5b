"""Client-side full-text search: the index, its data files, the search page and the
offline service worker.

Everything here is written under ``search/`` beside the HTML, except ``sw.js``,
which sits at the site root so that its scope covers the whole site.
See ``index.py`` for the data format and ``assets/search.js`` for the query side.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from ..config import Config
from ..site.archive import Archive
from ..site.render import OFFLINE_PAGE, Output, Renderer
from ..site.themes import static_files, theme_dirs
from .index import search_data

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


def search_outputs(config: Config, archive: Archive) -> Iterator[Output]:
    """The search page, its scripts and data files, and ``sw.js``."""
    outputs = [Output(f"search/{name}", data) for name, data in search_data(archive).items()]
    outputs += [Output(path, (ASSETS / src).read_bytes()) for src, path in COPIED.items()]
    outputs.append(Renderer(config, archive).page("search.html", PAGE))
    yield from outputs
    yield service_worker(config, outputs)


def site_version(config: Config, outputs: list[Output]) -> str:
    """A hash of what the worker caches: search data and scripts, the search page,
    the theme's templates and static files. Same inputs, same hash (no clock)."""
    digest = hashlib.sha256()
    for o in sorted(outputs, key=lambda o: o.path):
        digest.update(o.path.encode() + b"\0" + hashlib.sha256(o.data).digest())
    for path, src in static_files(config).items():
        digest.update(path.encode() + b"\0" + hashlib.sha256(src.read_bytes()).digest())
    for d in theme_dirs(config):
        for p in sorted(d.rglob("*.html")):
            digest.update(p.relative_to(d).as_posix().encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return digest.hexdigest()[:16]


def service_worker(config: Config, outputs: list[Output]) -> Output:
    """``sw.js``: precaches the shell (home, offline page, search page, styles, scripts, index)."""
    ours = sorted(o.path for o in outputs if not o.path.endswith("LICENSE"))
    shell = ["./", "index.html", OFFLINE_PAGE, *sorted(static_files(config)), *ours]
    head = (f"const VERSION = {json.dumps(site_version(config, outputs))};\nconst SHELL = {json.dumps(shell, indent=1)};\n"
            f"const OFFLINE = {json.dumps(OFFLINE_PAGE)};\n")
    return Output("sw.js", head.encode() + (ASSETS / "sw.js").read_bytes())
