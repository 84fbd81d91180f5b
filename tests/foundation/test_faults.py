"""Faults: a second process, a kill at any moment. The lock keeps builds apart; a killed
run leaves content/ and site/ whole, and the next build gives the clean result."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import build as pipeline
from generator.cli import main
from generator.config import load_config
from generator.errors import BuildError
from generator.lock import LOCK_NAME

from ..conftest import make_project
from .test_pipeline import snapshot


def generator(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", *args, "--root", str(root), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# 2. two builds at once

def test_a_second_build_waits_for_the_first_and_nothing_is_doubled(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    first = generator(root, "build")
    time.sleep(0.3)
    second = generator(root, "build")
    assert first.wait(timeout=300) == 0, first.stderr.read()
    assert second.wait(timeout=300) == 0, second.stderr.read()
    names = [p.name for p in (root / "content").rglob("*.md")]
    assert names and not [n for n in names if n.removesuffix(".md").endswith("-2")]
    assert not (root / LOCK_NAME).exists()


def test_a_held_lock_names_its_holder(mini_project):
    hold = ("import pathlib, sys, time\nfrom generator.lock import build_lock\n"
            "with build_lock(pathlib.Path(sys.argv[1]), 0, print):\n    print('held', flush=True)\n    time.sleep(60)\n")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(mini_project)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        with pytest.raises(BuildError, match=rf"^lock: {LOCK_NAME}: another build \(process {holder.pid}\) is running"):
            pipeline.render(load_config(mini_project), pipeline.Options(quiet=True, lock_wait=0.3))
    finally:
        holder.kill()
        holder.wait()
    pipeline.render(load_config(mini_project), pipeline.Options(quiet=True, lock_wait=5))  # its lock died with it


def test_a_lock_left_by_a_dead_process_is_taken_over(mini_project, capsys):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (mini_project / LOCK_NAME).write_text(dead.stdout, encoding="utf-8")
    pipeline.render(load_config(mini_project), pipeline.Options(lock_wait=1))
    assert f"lock: taking over the lock of process {dead.stdout.strip()}, which is no longer running" in capsys.readouterr().err
    assert not (mini_project / LOCK_NAME).exists()


# 3. and 13. a kill during ingest or publish

# Runs the command line with a kill point: the process SIGKILLs itself just before the
# n-th call of the named step (a content write, the rename that ends it, a site file
# written, the rename of a swap done in two steps, the removal of the old site).
KILLER = """
import os, pathlib, shutil, signal, sys
import generator.build as build, generator.content.writer as writer, generator.files as files
step, n, argv = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
calls = {}
def point(name, original):
    def wrapped(*args, **kwargs):
        calls[name] = calls.get(name, 0) + 1
        if name == step and calls[name] == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)
    return wrapped
writer.write_atomic = point("write", writer.write_atomic)
writer.os.write = point("journal", os.write)
os.replace = point("replace", os.replace)
build._write = point("publish", build._write)
if step == "swap":
    files._exchange = lambda a, b: False
    pathlib.Path.rename = point("swap", pathlib.Path.rename)
build.shutil.rmtree = point("rmtree", shutil.rmtree)
from generator.cli import main
sys.exit(main(argv))
"""


def killed(root: Path, command: str, step: str, n: int) -> int:
    args = [sys.executable, "-c", KILLER, step, str(n), command, "--root", str(root), "--quiet"]
    return subprocess.run(args, capture_output=True, timeout=120).returncode


def whole(root: Path) -> None:
    """Every content file parses, the record too; the site, if there is one, is complete."""
    from generator.content.loader import load_entries

    load_entries(root, "content")  # raises on a damaged file
    if (root / "content" / ".ingest.json").exists():
        json.loads((root / "content" / ".ingest.json").read_text(encoding="utf-8"))
    if (root / "site").exists():
        assert (root / "site" / "index.html").is_file() and (root / "site" / "api" / "articles.json").is_file()


def two_pages(dest: Path) -> Path:
    root = make_project(dest, seeds=True)
    for seed in (root / "seeds").glob("*.txt"):
        if not seed.name.startswith(("001", "004")):
            seed.unlink()
    return root


def test_a_kill_at_any_moment_leaves_content_and_site_whole(tmp_path):
    clean = two_pages(tmp_path / "clean")
    assert main(["build", "--root", str(clean), "--quiet"]) == 0
    root = two_pages(tmp_path / "p")
    # ingest: before the first line of the record's journal (what is about to be
    # written), before the 3rd article file written, between a file written and its
    # rename, before a later journal line, and before the record is written whole
    for step, n in (("journal", 1), ("write", 3), ("replace", 4), ("journal", 3), ("write", 6)):
        assert killed(root, "ingest", step, n) == -signal.SIGKILL
        whole(root)
    assert main(["ingest", "--root", str(root), "--quiet"]) == 0
    # publish: while the first site is written, before its leftovers are removed; then over
    # a site: between the two renames of a swap done in two steps, while the next site is
    # written (the first thing done is putting the old site back), before the old site
    # is removed after an atomic swap
    for kill in (("publish", 30), ("rmtree", 1), None, ("swap", 2), ("publish", 3), None, ("rmtree", 1)):
        if (root / "site").is_dir():
            (root / "site" / "robots.txt").write_text("changed", encoding="utf-8")  # something to publish
        if kill is None:
            assert main(["render", "--root", str(root), "--quiet"]) == 0
            continue
        assert killed(root, "render", *kill) == -signal.SIGKILL
        whole(root)
    assert main(["build", "--root", str(root), "--quiet"]) == 0
    assert snapshot(root / "content") == snapshot(clean / "content")
    assert snapshot(root / "site") == snapshot(clean / "site")
    assert not [p.name for p in root.iterdir() if p.name.startswith((".site.", LOCK_NAME))]
    assert not list((root / "content").rglob("*.tmp"))
