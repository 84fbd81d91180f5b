"""Benchmark the build against real peers: Hugo for rendering, Pagefind for search indexing.

    python bench/bench.py --issues 200          # writes a table to stdout

It makes a large archive by repeating the bundled content over many days, then times
(wall clock, best of --runs):
  * our `render` (HTML + feeds + lunr index) on it,
  * Hugo (Debian's `hugo`) rendering the same Markdown files with a minimal layout,
  * Pagefind (`pip install "pagefind[extended]"`) indexing the site we built,
and compares the size of our search index with Pagefind's. Nothing here is asserted:
these are measurements, not tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HUGO_LAYOUT = {
    "layouts/_default/single.html": "<!doctype html><html lang=zh-CN><title>{{ .Title }}</title>"
                                    "<h1>{{ .Title }}</h1>{{ .Content }}</html>",
    "layouts/_default/list.html": "<!doctype html><html lang=zh-CN><title>{{ .Title }}</title><ul>"
                                  "{{ range .Pages }}<li><a href='{{ .RelPermalink }}'>{{ .Title }}</a>{{ end }}</ul></html>",
    "layouts/index.html": "<!doctype html><html lang=zh-CN><ul>{{ range .Site.RegularPages }}"
                          "<li><a href='{{ .RelPermalink }}'>{{ .Title }}</a>{{ end }}</ul></html>",
}


def make_corpus(dest: Path, issues: int) -> int:
    """Copy the bundled content once per day for ``issues`` days; returns the article count."""
    source = REPO / "content"
    if not any(source.rglob("*.md")):
        subprocess.run([sys.executable, "-m", "generator", "ingest", "--root", str(REPO), "--quiet"], check=True)
    files = sorted(source.rglob("*.md"))
    start = dt.date(2020, 1, 1)
    count = 0
    for n in range(issues):
        day = (start + dt.timedelta(days=n)).isoformat()
        for f in files:
            text = f.read_text(encoding="utf-8")
            head, _, body = text[4:].partition("\n---\n")
            head = "\n".join(f"date: {day}" if line.startswith("date:") else
                             "date_precision: day" if line.startswith("date_precision:") else line
                             for line in head.splitlines())
            rel = f.relative_to(source)
            out = dest / "content" / rel.parts[0] / day.replace("-", "/") / Path(*rel.parts[-2:])
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(f"---\n{head}\n---\n{body}", encoding="utf-8")
            count += 1
    return count


def timed(cmd: list[str], cwd: Path, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t)
    return best


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--issues", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="archive-bench-"))
    try:
        ours = work / "ours"
        shutil.copytree(REPO / "themes", ours / "themes")
        shutil.copy(REPO / "archive.yml", ours / "archive.yml")
        articles = make_corpus(ours, args.issues)
        rows = [("articles", articles)]
        t = timed([sys.executable, "-m", "generator", "render", "--root", str(ours), "--quiet"], REPO, args.runs)
        rows.append(("ours: render (HTML, feeds, lunr index), s", round(t, 2)))
        search = ours / "site" / "search"
        rows.append(("ours: search index bytes per article", round(size(search) / articles)))
        if shutil.which("hugo"):
            hugo = work / "hugo"
            shutil.copytree(ours / "content", hugo / "content")
            (hugo / "hugo.toml").write_text('baseURL = "/"\ntitle = "bench"\n', encoding="utf-8")
            for rel, text in HUGO_LAYOUT.items():
                (hugo / rel).parent.mkdir(parents=True, exist_ok=True)
                (hugo / rel).write_text(text, encoding="utf-8")
            rows.append(("hugo: build (minimal layout), s", round(timed(["hugo", "--quiet"], hugo, args.runs), 2)))
        pagefind = [sys.executable, "-m", "pagefind", "--site", str(ours / "site"), "--output-subdir", "_pagefind"]
        try:
            rows.append(("pagefind: index our site, s", round(timed(pagefind, REPO, args.runs), 2)))
            rows.append(("pagefind: index bytes per article", round(size(ours / "site" / "_pagefind") / articles)))
        except (subprocess.CalledProcessError, FileNotFoundError) as exc:
            rows.append(("pagefind", f"not run: {exc}"))
        print("| measure | value |\n|---|---|")
        for name, value in rows:
            print(f"| {name} | {value} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
