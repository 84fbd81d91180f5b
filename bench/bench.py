"""Benchmark the build at scale, against real peers: Hugo for rendering, Pagefind for indexing.

    python bench/bench.py --articles 1000        # or 10000, 100000; [--keep DIR]

Generates newspaper-like seed pages (``bench/corpus.py``), then, in one run, times
(wall clock) and measures the peak memory (the largest resident set of the build
process or any of its children) of:

  * a full build (``python -m generator build``: ingest, render, search index),
  * a rebuild with nothing changed,
  * a rebuild after one seed page changes,
  * a rebuild after one content file is edited,
  * a rebuild after one template (``article.html``) changes,

and the peers on the same work: Hugo (Debian's ``hugo``) rendering the same
``content/`` with a minimal layout, and Pagefind (``pip install "pagefind[extended]"``)
indexing the same ``site/``. Writes the figures into the "Build" section of
``bench/RESULTS.md`` (one table per size, the other sections kept) and prints them.
Measurements, not tests.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402  (bench/ is on the path when run as a script)

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).parent / "RESULTS.md"
HUGO_LAYOUT = {
    "layouts/_default/single.html": "<!doctype html><html lang=zh-CN><title>{{ .Title }}</title>"
                                    "<h1>{{ .Title }}</h1>{{ .Content }}</html>",
    "layouts/_default/list.html": "<!doctype html><html lang=zh-CN><title>{{ .Title }}</title><ul>"
                                  "{{ range .Pages }}<li><a href='{{ .RelPermalink }}'>{{ .Title }}</a>{{ end }}</ul></html>",
    "layouts/index.html": "<!doctype html><html lang=zh-CN><ul>{{ range .Site.RegularPages }}"
                          "<li><a href='{{ .RelPermalink }}'>{{ .Title }}</a>{{ end }}</ul></html>",
}


def run(cmd: list[str], cwd: Path) -> tuple[float, int]:
    """Run ``cmd``; returns (seconds, peak resident set in bytes of it or of any child it
    waited for). ``/usr/bin/time`` measures it: a child forked from this (large) process
    would report this process's memory as its own."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        t = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name, *cmd], cwd=cwd, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        took = time.perf_counter() - t
        if proc.returncode:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
        return took, int(rss.read().split()[-1]) * 1024  # kilobytes


def build(root: Path) -> tuple[float, int]:
    return run([sys.executable, "-m", "generator", "build", "--root", str(root), "--quiet"], REPO)


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def change_seed(root: Path) -> None:
    """Add a sentence to the first paragraph of one seed page."""
    seed = sorted((root / "seeds").glob("*.txt"))[len(list((root / "seeds").glob("*.txt"))) // 2]
    lines = seed.read_text(encoding="utf-8").split("\n")
    lines[0] += "补充一句。"
    seed.write_text("\n".join(lines), encoding="utf-8")


def edit_content(root: Path) -> None:
    """An editor corrects one article's text."""
    files = sorted((root / "content").rglob("*.md"))
    f = files[len(files) // 3]
    f.write_text(f.read_text(encoding="utf-8") + "\n编者更正：本文有一处改动。\n", encoding="utf-8")


def change_template(root: Path) -> None:
    """A visible change to the article template."""
    t = root / "themes" / "default" / "templates" / "article.html"
    t.write_text(t.read_text(encoding="utf-8").replace("{% block head %}", "{% block head %}<!-- changed -->"),
                 encoding="utf-8")


def hugo(root: Path, work: Path) -> tuple[float, int] | None:
    if not shutil.which("hugo"):
        return None
    site = work / "hugo"
    shutil.copytree(root / "content", site / "content")
    (site / "hugo.toml").write_text('baseURL = "/"\ntitle = "bench"\n', encoding="utf-8")
    for rel, text in HUGO_LAYOUT.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text, encoding="utf-8")
    return run(["hugo", "--quiet"], site)


def pagefind(root: Path) -> tuple[float, int] | None:
    out = root / "site" / "_pagefind"
    try:
        return run([sys.executable, "-m", "pagefind", "--site", str(root / "site"), "--output-subdir", "_pagefind"], REPO)
    except SystemExit as exc:
        print(f"pagefind not run: {exc}", file=sys.stderr)
        return None
    finally:
        shutil.rmtree(out, ignore_errors=True)  # not part of our site


def measure(root: Path, work: Path, articles: int, with_pagefind: bool = True) -> dict:
    shutil.copytree(REPO / "themes", root / "themes")
    shutil.copy(REPO / "archive.yml", root / "archive.yml")
    info = write_corpus(root, articles)
    info["full"] = build(root)
    info["site_bytes"], info["site_files"] = size(root / "site"), sum(1 for p in (root / "site").rglob("*") if p.is_file())
    info["noop"] = build(root)
    change_seed(root)
    info["seed"] = build(root)
    edit_content(root)
    info["edit"] = build(root)
    change_template(root)
    info["template"] = build(root)
    info["hugo"] = hugo(root, work)
    info["pagefind"] = pagefind(root) if with_pagefind else None
    return info


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) // 1024 ** 2 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    hugo_v = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1] if shutil.which("hugo") else "none"
    return (f"{os.cpu_count()} cores ({cpu}), {mem} GB memory, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, Hugo {hugo_v.split('+')[0]}")


def table(info: dict) -> str:
    def s(pair):
        return f"{pair[0]:.1f}" if pair else "not run"

    def mb(pair):
        return f"{pair[1] / 2**20:,.0f}" if pair else "—"

    full = info["full"][0]
    peers = sum(p[0] for p in (info["hugo"], info["pagefind"]) if p)
    rows = [
        ("full build (ingest + render + search index)", info["full"],
         (f"{full / peers:.1f}× Hugo + Pagefind" if info["pagefind"] else f"{full / peers:.1f}× Hugo alone") if peers else ""),
        ("rebuild, nothing changed", info["noop"], f"{info['noop'][0] / full:.0%} of the full build"),
        ("rebuild, one seed page changed", info["seed"], f"{info['seed'][0] / full:.0%} of the full build"),
        ("rebuild, one content file edited", info["edit"], f"{info['edit'][0] / full:.0%} of the full build"),
        ("rebuild, one template changed", info["template"], f"{info['template'][0] / full:.0%} of the full build"),
        ("Hugo renders the same `content/` (minimal layout)", info["hugo"], ""),
        ("Pagefind indexes the same `site/`", info["pagefind"], ""),
    ]
    lines = [f"### {info['articles']:,} articles ({info['pages']:,} pages over {info['days']} days, 3 papers)", "",
             f"Machine: {machine()}. One run of each; the machine may be shared, so times vary by a tenth or more.",
             f"Site: {info['site_files']:,} files, {info['site_bytes'] / 2**20:,.1f} MB "
             f"({info['site_bytes'] / info['articles'] / 1024:,.1f} KB per article).", "",
             "| measure | s | peak memory, MB | ratio |", "|---|---|---|---|"]
    lines += [f"| {name} | {s(pair)} | {mb(pair)} | {ratio} |" for name, pair, ratio in rows]
    lines += ["", f"Reproduce: `python bench/bench.py --articles {info['articles']}`."]
    return "\n".join(lines) + "\n"


def write_results(section: str) -> None:
    """Put ``section`` (one size, headed ``### N articles``) under "## Build" in RESULTS.md,
    replacing the same size's table and keeping the others and the other sections."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else "# Benchmark results\n"
    head = "## Build\n\nWritten by `bench/bench.py`.\n\n"
    m = re.search(r"^## Build\n.*?(?=^## |\Z)", text, re.S | re.M)
    tables = re.findall(r"^### .*?(?=^### |\Z)", m.group(0), re.S | re.M) if m else []
    size_of = lambda t: int(re.sub(r"\D", "", t.split(" articles", 1)[0]))  # noqa: E731
    tables = sorted([t for t in tables if size_of(t) != size_of(section)] + [section], key=size_of)
    body = head + "\n".join(t.rstrip("\n") + "\n" for t in tables) + "\n"
    if m:
        text = text[: m.start()] + body + text[m.end():]
    else:  # before the other sections
        first = re.search(r"^## ", text, re.M)
        text = text[: first.start()] + body + text[first.start():] if first else text.rstrip("\n") + "\n\n" + body
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="about 1000, 10000 or 100000")
    ap.add_argument("--keep", type=Path, help="build here (an empty or new folder) and keep it")
    ap.add_argument("--no-pagefind", action="store_true",
                    help="leave Pagefind out (it holds the whole index in memory: about 3 GB at 10,000 articles)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="archive-bench-"))
    root = args.keep or work / "archive"
    try:
        section = table(measure(root, work, args.articles, with_pagefind=not args.no_pagefind))
        print(section)
        write_results(section)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
