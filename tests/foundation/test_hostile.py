"""Hostile and careless input: nothing outside the project is touched, nothing is lost or
doubled, and every bad file is named, with its reason, and left out."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.files import SITE_MARKER

from ..conftest import make_project
from .test_ingest import sources
from .test_pipeline import snapshot


def run(root: Path, command: str, *extra: str) -> int:
    return main([command, "--root", str(root), *extra])


def content_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root / "content").as_posix() for p in (root / "content").rglob("*.md"))


def seeds_only(root: Path, keep: str = "001") -> Path:
    """The project with one bundled seed page, for tests that need only one."""
    for seed in (root / "seeds").glob("*.txt"):
        if not seed.name.startswith(keep):
            seed.unlink()
    return root


# 1. output_dir can name any existing folder

@pytest.mark.parametrize("folder", [".git", "generator", "docs"])
def test_an_output_folder_holding_other_things_is_refused(mini_project, capsys, folder):
    held = mini_project / folder / "keep.txt"
    held.parent.mkdir()
    held.write_text("precious", encoding="utf-8")
    (mini_project / "archive.yml").write_text(f"output_dir: {folder}\n", encoding="utf-8")
    assert run(mini_project, "render") in (1, 2)
    assert run(mini_project, "clean") in (1, 2)
    err = capsys.readouterr().err
    assert "the generator did not make it" in err or "outside the repository's .git" in err
    assert held.read_text(encoding="utf-8") == "precious"
    assert not [p for p in mini_project.iterdir() if p.name.endswith(".old")]


def test_the_output_folder_carries_a_marker_and_may_be_rebuilt(mini_project):
    assert run(mini_project, "render", "--quiet") == 0
    assert (mini_project / "site" / SITE_MARKER).is_file()
    assert run(mini_project, "render", "--quiet") == 0
    assert run(mini_project, "clean", "--quiet") == 0
    assert not (mini_project / "site").exists()


# 4. a damaged or deleted .ingest.json, a file name that is not UTF-8

@pytest.mark.parametrize("damage", ["delete", "truncate", "garbage"])
def test_losing_the_ingest_record_doubles_nothing(tmp_path, damage):
    root = make_project(tmp_path / "p", seeds=True)
    assert run(root, "ingest", "--quiet") == 0
    before = snapshot(root / "content")
    state = root / "content" / ".ingest.json"
    {"delete": state.unlink, "truncate": lambda: state.write_bytes(b""),
     "garbage": lambda: state.write_text('{"x": [', encoding="utf-8")}[damage]()
    assert run(root, "ingest", "--quiet") == 0
    after = snapshot(root / "content")
    assert {p: h for p, h in after.items() if p.endswith(".md")} == {p: h for p, h in before.items() if p.endswith(".md")}
    # and the record is whole again: a changed seed is ingested as before, no "-2" files
    for seed in (root / "seeds").glob("*.txt"):
        seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert run(root, "ingest", "--quiet") == 0
    assert content_files(root) == sorted(p for p in before if p.endswith(".md"))


def test_a_seed_name_that_is_not_utf8_is_named_and_skipped(tmp_path, capsys):
    root = seeds_only(make_project(tmp_path / "p", seeds=True))
    odd = os.fsencode(root / "seeds") + b"/\xb5\xda\xd2\xbb\xb0\xe6.txt"  # 第一版 in GBK
    with open(odd, "wb") as out:
        out.write("本报讯 一段新闻。\n".encode())
    assert run(root, "ingest") == 0
    err = capsys.readouterr().err
    assert "skipped: ingest: seeds/\\udcb5\\udcda" in err and ".txt: the file name is not UTF-8 text: rename it" in err
    assert json.loads((root / "content" / ".ingest.json").read_text(encoding="utf-8"))
    assert list(sources(root)) == ["seeds/001_b7e6b95fe385097e.txt"]


# 5. paths read from .ingest.json are trusted

def test_a_crafted_ingest_record_cannot_delete_outside_content(tmp_path, capsys):
    root = seeds_only(make_project(tmp_path / "p", seeds=True))
    assert run(root, "ingest", "--quiet") == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("mine", encoding="utf-8")
    state_path = root / "content" / ".ingest.json"
    state = json.loads(state_path.read_text(encoding="utf-8"))
    entry = state["seeds/001_b7e6b95fe385097e.txt"]
    entry["files"]["../../victim.txt"] = entry["files"]["content/../../victim.txt"] = \
        __import__("hashlib").sha256(b"mine").hexdigest()
    entry["seed"] = "changed"  # ingest this seed again: its stale files are removed
    state_path.write_text(json.dumps(state), encoding="utf-8")
    assert run(root, "ingest") == 0
    assert victim.read_text(encoding="utf-8") == "mine"
    assert "lists '../../victim.txt', outside content/: ignored" in capsys.readouterr().err


# 6. symlinked seeds are followed

def test_a_seed_linked_to_a_file_outside_seeds_is_refused(tmp_path, capsys):
    root = seeds_only(make_project(tmp_path / "p", seeds=True))
    secret = tmp_path / "secret.txt"
    secret.write_text("　　本报讯 root:x:0:0 绝密的一行字。\n", encoding="utf-8")
    (root / "seeds" / "passwd.txt").symlink_to(secret)
    assert run(root, "build", "--quiet") == 0
    err = capsys.readouterr().err
    assert f"skipped: ingest: seeds/passwd.txt: a symbolic link to {secret}, outside seeds/: not read" in err
    assert "绝密" not in "".join(p.read_text(encoding="utf-8") for p in (root / "site").rglob("*") if p.is_file()
                                and p.suffix in (".html", ".xml", ".js", ".json"))
    (root / "archive.yml").write_text("follow_symlinks: true\n", encoding="utf-8")
    assert run(root, "ingest", "--quiet") == 0
    assert "seeds/passwd.txt" in sources(root)


# 11. tracebacks that name no file

def test_a_300_character_slug_is_shortened(mini_project):
    target = next((mini_project / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
    slug = "-".join(["chang"] * 50)
    target.write_text(target.read_text(encoding="utf-8").replace("slug: jian-bing-jian-zou-liu-cheng", f"slug: {slug}"),
                      encoding="utf-8")
    assert run(mini_project, "render", "--quiet") == 0
    names = [p.name for p in (mini_project / "site").rglob("chang-chang*")]
    assert len(names) == 1 and len(names[0]) <= 120
    assert run(mini_project, "render", "--quiet") == 0  # the same short name each time
    assert [p.name for p in (mini_project / "site").rglob("chang-chang*")] == names


def test_a_folder_named_like_a_content_file_is_passed_over(mini_project):
    (mini_project / "content" / "x.md").mkdir()
    assert run(mini_project, "render", "--quiet") == 0


@pytest.mark.parametrize("where", ["front matter", "sidecar"])
def test_a_date_with_a_time_gives_its_day(tmp_path, capsys, where):
    root = seeds_only(make_project(tmp_path / "p", seeds=True))
    if where == "sidecar":
        (root / "seeds" / "001_b7e6b95fe385097e.yml").write_text("date: 2024-09-10 12:00:00\n", encoding="utf-8")
        assert run(root, "build", "--quiet", "--strict") == 0
        assert list((root / "content").rglob("2024/09/10/*/*.md"))
        assert not list((root / "content").rglob("*T12*"))
        return
    assert run(root, "ingest", "--quiet") == 0
    target = sorted((root / "content").rglob("*.md"))[0]
    text = target.read_text(encoding="utf-8")
    target.write_text(re.sub(r"(?m)^date: .*$", "date: 2024-09-09 12:30:00", text, count=1), encoding="utf-8")
    assert run(root, "render", "--quiet", "--strict") == 0
    assert "Traceback" not in capsys.readouterr().err


# 3. a damaged content file is damaged, not "edited by hand"

def test_a_damaged_content_file_is_named_as_damaged(tmp_path, capsys):
    root = seeds_only(make_project(tmp_path / "p", seeds=True))
    assert run(root, "ingest", "--quiet") == 0
    first, second = sorted((root / "content").rglob("*.md"))[:2]
    good = first.read_text(encoding="utf-8")
    first.write_bytes(b"")  # what a killed write used to leave
    second.write_text("---\ntitle: [half\n", encoding="utf-8")
    (root / "seeds" / "001_b7e6b95fe385097e.txt").write_text(
        (root / "seeds" / "001_b7e6b95fe385097e.txt").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert run(root, "build") == 0
    err = capsys.readouterr().err
    rel = second.relative_to(root).as_posix()
    assert f"skipped: ingest: {rel}: damaged (front matter is not closed by a '---' line); kept as it is" in err
    assert "edited by hand" not in err
    assert first.read_text(encoding="utf-8") == good  # an empty file held nobody's work: written again
    assert f"skipped: load: {rel}: front matter is not closed" in err


# 13. leftovers, and clean on a link

def test_leftovers_of_a_killed_publish_are_removed(mini_project):
    for name in (".site.new-abc123", ".site.old"):
        (mini_project / name / "x").mkdir(parents=True)
    assert run(mini_project, "render", "--quiet") == 0
    assert not [p.name for p in mini_project.iterdir() if p.name.startswith(".site.")]


def test_clean_on_a_linked_site_says_so_and_touches_nothing(mini_project, tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "index.html").write_text("other", encoding="utf-8")
    (mini_project / "site").symlink_to(elsewhere)
    assert run(mini_project, "clean") == 1
    assert "site is a symbolic link" in capsys.readouterr().err
    assert (elsewhere / "index.html").read_text(encoding="utf-8") == "other"


def test_the_site_is_readable_by_a_web_server_whatever_the_umask(mini_project):
    old = os.umask(0o077)
    try:
        assert run(mini_project, "render", "--quiet") == 0
    finally:
        os.umask(old)
    site = mini_project / "site"
    assert {oct(p.stat().st_mode & 0o777) for p in site.rglob("*") if p.is_file()} == {"0o644"}
    assert {oct(p.stat().st_mode & 0o777) for p in [site, *site.rglob("*")] if p.is_dir()} == {"0o755"}


# 9. YAML alias bombs

BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))


@pytest.mark.parametrize("where", ["manifest", "sidecar", "front matter", "config"])
def test_a_yaml_alias_bomb_is_refused(tmp_path, capsys, where):
    root = seeds_only(make_project(tmp_path / "p", seeds=True))
    if where == "front matter":
        assert run(root, "ingest", "--quiet") == 0
        target = sorted((root / "content").rglob("*.md"))[0]
        target.write_text(target.read_text(encoding="utf-8").replace("---\n", "---\n" + BOMB.replace("a:", "x:", 1), 1),
                          encoding="utf-8")
    else:
        name = {"manifest": "seeds/manifest.yml", "sidecar": "seeds/001_b7e6b95fe385097e.yml", "config": "archive.yml"}[where]
        (root / name).write_text(BOMB, encoding="utf-8")
    assert run(root, "build", "--quiet") == (2 if where == "config" else 0)
    assert "YAML aliases (*a) are not allowed here: write the value out" in capsys.readouterr().err


def test_deeply_nested_yaml_is_refused(tmp_path, capsys):
    root = seeds_only(make_project(tmp_path / "p", seeds=True))
    (root / "seeds" / "001_b7e6b95fe385097e.yml").write_text("paper: " + "[" * 100_000, encoding="utf-8")
    assert run(root, "ingest", "--quiet") == 0
    assert "skipped: ingest: seeds/001_b7e6b95fe385097e.yml:1: invalid YAML: nested more than 100 deep" in capsys.readouterr().err


# 10.-12. decoding tells the truth

PAGE = "　　本报9月9日讯 今天上午，区第三届人大常委会召开第十四次会议。\n　　会议听取了有关报告。\n"


def one_page(tmp_path: Path, data: bytes, name: str = "2024-09-09-p01.txt") -> Path:
    root = make_project(tmp_path / "p")
    (root / "seeds").mkdir()
    (root / "seeds" / name).write_bytes(data)
    return root


def bodies(root: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted((root / "content").rglob("*.md")))


def test_a_nul_byte_in_a_utf8_page_is_not_utf16(tmp_path, capsys):
    root = one_page(tmp_path, PAGE.replace("会议听取", "会议\x00听取").encode("utf-8"))
    assert run(root, "ingest") == 0
    assert "会议听取了有关报告" in bodies(root)
    assert "1 control character removed" in capsys.readouterr().err


@pytest.mark.parametrize(("data", "message"), [
    (b"\xef\xbb\xbf" + PAGE.encode("gbk"), "it starts with a UTF-8 byte order mark but byte 3 is not UTF-8 (invalid start byte)"),
    (b"\xff\xfe" + PAGE[:4].encode("utf-16-le") + b"\x00\xd8" + "。\n".encode("utf-16-le"),
     "it starts with a UTF-16 byte order mark but byte 10 is not UTF-16 (illegal UTF-16 surrogate)"),
    (b"\xb1\xbe\xb1\xa8" + b"\x80" * 3, "not UTF-8, UTF-16 or GB18030 (invalid UTF-8 at byte 0, GB18030 at byte 4)"),
])
def test_a_page_that_does_not_decode_is_named_with_the_byte(tmp_path, capsys, data, message):
    root = one_page(tmp_path, data)
    assert run(root, "build", "--quiet") == 0
    assert f"skipped: ingest: seeds/2024-09-09-p01.txt: cannot decode the text: {message}" in capsys.readouterr().err


def test_control_characters_never_reach_the_feed(tmp_path, capsys):
    root = one_page(tmp_path, PAGE.replace("会议听取", "会议\x1b[0m听\x07取").encode("utf-8"))
    assert run(root, "build") == 0
    assert "2 control characters removed" in capsys.readouterr().err
    import xml.dom.minidom

    feed = (root / "site" / "feed.xml").read_bytes()
    assert "会议[0m听取" in xml.dom.minidom.parseString(feed).toxml()


# 14. and 15. a sidecar's paper is a name; an empty or binary page blocks nothing

def test_a_sidecar_paper_that_is_not_a_name_is_refused(tmp_path, capsys):
    root = seeds_only(make_project(tmp_path / "p", seeds=True))
    (root / "seeds" / "001_b7e6b95fe385097e.yml").write_text("paper: [1, 2]\n", encoding="utf-8")
    assert run(root, "ingest", "--quiet") == 0
    assert "'paper': expected the paper's name, got [1, 2]" in capsys.readouterr().err
    assert not (root / "content").exists() or not list((root / "content").rglob("*.md"))


def test_empty_and_binary_pages_block_nothing(tmp_path, capsys):
    root = seeds_only(make_project(tmp_path / "p", seeds=True))
    (root / "seeds" / "empty.txt").write_bytes(b"")
    (root / "seeds" / "image.txt").write_bytes(bytes(range(256)) * 40)
    assert run(root, "build", "--quiet") == 0
    err = capsys.readouterr().err
    assert "skipped: segment: seeds/empty.txt: the page has no text" in err
    assert "skipped: ingest: seeds/image.txt: cannot decode the text" in err or "seeds/image.txt" in err
    assert list(sources(root)) == ["seeds/001_b7e6b95fe385097e.txt"]
    assert (root / "site" / "index.html").is_file()
    assert run(root, "build", "--quiet", "--strict") == 1


# 7. and 8. bounded work per page

MEGA = 1_000_000


@pytest.mark.parametrize(("work", "line"), [
    ("byline", "□" + "记" * MEGA),
    ("byline", "□记者" + "x" * MEGA),
    ("lines", " " * MEGA + "x"),
    ("lines", "\u3000" * MEGA + "x"),
    ("lines", "。" + " " * MEGA + "x"),
    ("reflow", "a" + " " * MEGA + "\n"),
])
def test_a_one_megabyte_adversarial_line_takes_linear_time(work, line):
    """Catastrophic backtracking took minutes at 40,000 characters; linear patterns take
    well under a second on a million. The limit is generous, for a loaded machine."""
    import time

    from generator.segment.bylines import is_byline, parse_byline
    from generator.segment.lines import split_lines
    from generator.segment.reflow import drop_punct_spaces

    started = time.monotonic()
    if work == "byline":
        is_byline(line)
        parse_byline(line)
    elif work == "lines":
        split_lines(line)
    else:
        drop_punct_spaces(line)
    assert time.monotonic() - started < 10


def test_a_page_over_the_size_limit_is_named_and_skipped(tmp_path, capsys):
    root = one_page(tmp_path, PAGE.encode("utf-8") * 40_000)  # 4.1 MB
    (root / "seeds" / "2024-09-09-p02.txt").write_bytes(PAGE.encode("utf-8"))
    assert run(root, "ingest", "--quiet") == 0
    size = len(PAGE.encode("utf-8")) * 40_000
    assert (f"skipped: ingest: seeds/2024-09-09-p01.txt: {size:,} bytes, more than the 2,000,000 of a page "
            "(max_page_bytes in archive.yml): not read") in capsys.readouterr().err
    assert list(sources(root)) == ["seeds/2024-09-09-p02.txt"]
    (root / "archive.yml").write_text("max_page_bytes: 100\n", encoding="utf-8")
    assert run(root, "ingest", "--quiet") == 0
    assert "more than the 100 of a page" in capsys.readouterr().err


# 14. page text is text

MARKUP = ["*a*和*b*", "a_b_c", "`代码`", "[链接](http://x.cn)", "1. 第一", "+ 项目", "---", "<b>粗</b>", "&amp;", "a\\*b"]


def test_page_text_shows_as_printed_not_as_markdown(tmp_path):
    lines = "".join(f"　　{m}是版面上印的字。\n" for m in MARKUP) + "　　# 话题\n"
    root = one_page(tmp_path, ("　　本报9月9日讯 今天上午召开会议。\n" + lines).encode("utf-8"))
    assert run(root, "build", "--quiet") == 0
    page = next(p for p in (root / "site").rglob("index.html") if "/01/" in p.as_posix() and p.parent.name != "01")
    html_text = page.read_text(encoding="utf-8")
    import html as html_module

    shown = html_module.unescape(re.sub(r"<[^>]+>", "", html_text))
    for m in [*MARKUP, "# 话题"]:
        assert m in shown, m
    assert "<em>" not in html_text and "<code>" not in html_text and "<b>" not in html_text and "<hr" not in html_text
    assert "<li>第一" not in html_text and "<li>项目" not in html_text
    feed = (root / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "*a*和*b*" in feed and "\\*" not in feed.replace("a\\*b", "")


def test_an_editors_own_markdown_keeps_working(mini_project):
    target = next((mini_project / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
    target.write_text(target.read_text(encoding="utf-8") + "\n**编者按**：见[原文](https://example.org/)。\n", encoding="utf-8")
    assert run(mini_project, "render", "--quiet") == 0
    page = (mini_project / "site/xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html").read_text(encoding="utf-8")
    assert "<strong>编者按</strong>" in page and 'href="https://example.org/"' in page


def test_an_unexpected_failure_is_a_message_not_a_traceback(mini_project, capsys, monkeypatch):
    from generator import build as pipeline

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline, "publish", broken)
    assert run(mini_project, "render") == 1
    err = capsys.readouterr().err
    assert "error: render: OSError: [Errno 28] No space left on device (run with --verbose for the traceback)" in err
    assert "Traceback" not in err


def test_the_segmenters_own_headings_stay_headings():
    from generator.content.writer import page_markdown
    from generator.records import Article

    body = "导语*一*。\n\n## 一、*要点*\n\n### （一）细则\n\n## 不是小标题\n\n### 也不是"
    article = Article(title="t", body=body, subheads=("一、*要点*",), subheads2=("（一）细则",))
    assert page_markdown(article).split("\n\n") == ["导语\\*一\\*。", "## 一、\\*要点\\*", "### （一）细则",
                                                   "\\## 不是小标题", "\\### 也不是"]
