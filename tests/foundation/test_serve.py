"""`serve` builds, then answers on 127.0.0.1."""

from __future__ import annotations

import subprocess
import sys
import urllib.request

from ..conftest import make_project


def test_serve_answers_on_loopback(tmp_path):
    root = make_project(tmp_path / "p", fixture="mini")
    proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", "0", "--no-watch"],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = ""
        while "serving" not in line:
            line = proc.stderr.readline()
            assert line, "serve stopped before serving"
        url = line.split(" on ", 1)[1].split()[0]
        assert url.startswith("http://127.0.0.1:") and url.endswith("/index.html")
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
            assert '<html lang="zh-CN"' in response.read().decode("utf-8")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
