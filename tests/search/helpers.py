"""Shared helpers of the search tests: an independent substring scan over the articles
and a runner for the browser's search engine under node."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

from generator.config import load_config
from generator.content.loader import load_entries
from generator.site.archive import assemble

HERE = Path(__file__).parent
NODE = shutil.which("node")


def article_texts(root: Path) -> dict[str, str]:
    """Each article's URL -> NFKC + lower case of its title, kicker, subtitle, subheads,
    body and bylines (``记者 name``, ``通讯员 name``): what a query must be a substring of."""
    config = load_config(root)
    archive = assemble(load_entries(config.root, config.content_dir))
    out = {}
    for a in archive.articles:
        m = a.entry.meta
        pieces = [m.get("title") or "", m.get("kicker") or "", m.get("subtitle") or "", *(m.get("subheads") or []),
                  a.text, *(f"记者 {n}" for n in m.get("authors") or []),
                  *(f"通讯员 {n}" for n in m.get("correspondents") or [])]
        out[a.url] = unicodedata.normalize("NFKC", "\n".join(p for p in pieces if p)).lower()
    return out


def articles(root: Path) -> dict[str, dict]:
    config = load_config(root)
    archive = assemble(load_entries(config.root, config.content_dir))
    return {a.url: a.entry.meta for a in archive.articles}


def split_query(query: str) -> list[str]:
    """Quoted phrases and space-separated words of a query, normalised."""
    q = unicodedata.normalize("NFKC", query).lower()
    terms, rest, inside, buf = [], [], False, ""
    for ch in q + " ":
        if ch in "\"“”":
            if inside and buf.strip():
                terms.append(buf.strip())
            elif not inside:
                rest.append(buf)
            inside, buf = not inside, ""
        else:
            buf += ch
    if inside and buf.strip():
        terms.append(buf.strip())
    elif not inside:
        rest.append(buf)
    return terms + [w for part in rest for w in part.split()]


def substring_hits(texts: dict[str, str], query: str) -> set[str]:
    terms = split_query(query)
    return {url for url, text in texts.items() if all(t in text for t in terms)}


def run_engine(site: Path, queries: list) -> dict:
    """Run ``search.js``'s engine under node on ``site``; queries are
    ``[query, filters, sort]`` lists. Returns ``{"results": [...], "loaded": [...]}``."""
    proc = subprocess.run([NODE, str(HERE / "run_engine.js"), str(site)], input=json.dumps(queries),
                          capture_output=True, text=True, timeout=60, check=True)
    return json.loads(proc.stdout)


def segment_available() -> bool:
    try:
        from generator.segment import segment_page  # noqa: F401
    except ImportError:
        return False
    return True
