"""`serve` builds, answers on 127.0.0.1, and rebuilds when content changes."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager

from ..conftest import make_project

ARTICLE = "xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"


@contextmanager
def serving(root, *extra):
    proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", "0", *extra],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while "serving" not in line:
            line = proc.stderr.readline()
            assert line, "serve stopped before serving"
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
