"""Shared fixtures: small projects in temporary folders, a local HTTP server, Chromium."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator import build as pipeline
from generator.config import load_config

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
CHROMIUM = "/usr/bin/chromium"
# axe-core run with its experimental rules on as well (label-content-name-mismatch is one)
# (experimental rules are left out of a run unless its options name them)
AXE_ALL_RULES = """() => axe.run(document, {
  resultTypes: ['violations'],
  rules: Object.fromEntries(axe.getRules(['experimental']).map(r => [r.ruleId, {enabled: true}])),
})"""


def make_project(dest: Path, *, fixture: str | None = None, seeds: bool = False) -> Path:
    """A project folder with the repository's themes, plus a fixture's files or the bundled seeds."""
    dest.mkdir(parents=True, exist_ok=True)
    if (REPO / "themes").is_dir():
        shutil.copytree(REPO / "themes", dest / "themes")
    if fixture:
        shutil.copytree(FIXTURES / fixture, dest, dirs_exist_ok=True)
    if seeds:
        shutil.copytree(REPO / "seeds", dest / "seeds")
        if (REPO / "archive.yml").is_file():
            shutil.copy(REPO / "archive.yml", dest / "archive.yml")
    return dest


def run_build(root: Path, command: str = "build") -> pipeline.Summary:
    config = load_config(root)
    return getattr(pipeline, command)(config, pipeline.Options(quiet=True))


@pytest.fixture
def mini_project(tmp_path: Path) -> Path:
    """Hand-written content files (no seeds): two papers, three pages, six articles."""
    return make_project(tmp_path / "mini", fixture="mini")


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Path:
    """The mini project rendered once; returns the project root (site in root/site)."""
    root = make_project(tmp_path_factory.mktemp("mini-site") / "p", fixture="mini")
    run_build(root, "render")
    return root


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The bundled seed pages built end to end once; returns the project root."""
    root = make_project(tmp_path_factory.mktemp("seed-site") / "p", seeds=True)
    run_build(root)
    return root


@contextmanager
def serve_folder(folder: Path, handler=None) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 on a free port (``handler``: a request handler class
    taking ``directory``; a quiet static server by default); yields the base URL."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler or Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (its own browser download is not used)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package (see .ci/run)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield b
        b.close()


@pytest.fixture(scope="session")
def edge_site(tmp_path_factory) -> Path:
    """Hand-written content for what the site must show well: undated pages, a page known
    only to its month, pages without numbers, two papers on one day, a head article on
    page 1 continued on page 3, a fragment whose head is missing, photo news, 编者按,
    column, section and editors, a truncated article. Returns the project root."""
    root = make_project(tmp_path_factory.mktemp("edge-site") / "p", fixture="edge")
    run_build(root, "render")
    return root
