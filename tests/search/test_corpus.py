"""The benchmark corpus (bench/corpus.py): newspaper-like pages, the same for the same
arguments, no article twice."""

from __future__ import annotations

import importlib.util
import re

from tests.conftest import REPO


def corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pages_look_like_the_seeds_and_repeat_nothing(tmp_path):
    corpus = corpus_module()
    stats = corpus.write_corpus(tmp_path / "a", 60, seed=5)
    assert stats["articles"] == 60
    pages = sorted((tmp_path / "a" / "seeds").glob("*.txt"))
    assert len(pages) == stats["pages"]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d-p\d\d-[a-z]+\.txt", p.name) for p in pages)
    manifest = (tmp_path / "a" / "seeds" / "manifest.yml").read_text(encoding="utf-8")
    assert all(f"{p.name}: {{paper: " in manifest for p in pages)
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    assert text.count("□记者") == 60
    assert len(re.findall(r"本报(?:\d{1,2}月\d{1,2}日)?讯", text)) == 60
    lines = [line for line in text.splitlines() if line.startswith("\u3000\u3000")]
    assert lines and all(len(line) <= 16 + 3 for line in lines if "□" not in line)  # hard-wrapped columns
    bodies = re.split(r"\n\n", text)
    assert len(set(bodies)) == len(bodies)  # no article or headline twice
    corpus.write_corpus(tmp_path / "b", 60, seed=5)
    again = "\n".join(p.read_text(encoding="utf-8") for p in sorted((tmp_path / "b" / "seeds").glob("*.txt")))
    assert again == text
