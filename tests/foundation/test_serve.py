"""`serve` builds, answers on 127.0.0.1, and rebuilds when content changes."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager

import pytest

from ..conftest import make_project

ARTICLE = "xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"


@contextmanager
def serving(root, *extra, said: list | None = None):
    proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", "0", *extra],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while "serving" not in line:
            line = proc.stderr.readline()
            assert line, "serve stopped before serving"
            if said is not None:
                said.append(line)
        url = line.split(" on ", 1)[1].split()[0]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/index.html")
        yield url.removesuffix("index.html")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return response.read().decode("utf-8")


def test_serve_answers_on_loopback(tmp_path):
    with serving(make_project(tmp_path / "p", fixture="mini"), "--no-watch") as base:
        assert '<html lang="zh-CN"' in fetch(base + "index.html")


def test_serve_rebuilds_when_content_changes(tmp_path):
    root = make_project(tmp_path / "p", fixture="mini")
    with serving(root) as base:
        assert "关键一环" not in fetch(base + ARTICLE)
        source = next((root / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
        source.write_text(source.read_text(encoding="utf-8").replace("重要一环", "关键一环"), encoding="utf-8")
        deadline = time.monotonic() + 30
        while "关键一环" not in fetch(base + ARTICLE):
            assert time.monotonic() < deadline, "no rebuild within 30 s"
            time.sleep(0.5)


def test_serve_prints_the_first_build_and_answers_missing_pages_with_the_sites_404(tmp_path):
    said: list[str] = []
    with serving(make_project(tmp_path / "p", fixture="mini"), "--no-watch", said=said) as base:
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(base + "xi-hai-an-xin-wen/2024/09/09/02/nope/index.html", timeout=10)
        assert info.value.code == 404
        assert info.value.headers["Content-Type"] == "text/html; charset=utf-8"
        body = info.value.read().decode("utf-8")
        assert '<head>\n<base href="/">' in body and "<h1>页面不存在</h1>" in body
    assert [line.split(":")[0] for line in said] == ["ingest", "render", "build", "serving site/ on http"]
    assert said[0] == "ingest: no seed pages in seeds/\n"
    assert said[2].startswith("build: 6 articles, 2 issues, 6 topics, ")


def test_a_rebuild_keeps_the_base_url_given_on_the_command_line(tmp_path):
    root = make_project(tmp_path / "p", fixture="mini")
    with serving(root, "--base-url", "https://archive.example.org/") as base:
        assert 'rel="canonical" href="https://archive.example.org/' in fetch(base + ARTICLE)
        source = next((root / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
        source.write_text(source.read_text(encoding="utf-8").replace("重要一环", "关键一环"), encoding="utf-8")
        deadline = time.monotonic() + 30
        while "关键一环" not in (page := fetch(base + ARTICLE)):
            assert time.monotonic() < deadline, "no rebuild within 30 s"
            time.sleep(0.5)
        assert 'rel="canonical" href="https://archive.example.org/' in page
