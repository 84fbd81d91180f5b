"""The build as a whole: safe publishing, reproducible output, clear errors."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from generator.build import _inside
from generator.cli import main
from generator.errors import BuildError

from ..conftest import make_project, run_build


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with the hash of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def skipped_by(root: Path, command: str = "render") -> str:
    """The messages of the files a run left out, one a line."""
    return "\n".join(run_build(root, command).skipped)


def test_render_writes_the_site(mini_project):
    run_build(mini_project, "render")
    site = mini_project / "site"
    assert (site / "index.html").is_file()
    assert (site / "xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html").is_file()
    assert (site / "api/articles.json").is_file()


def test_two_clean_builds_are_byte_identical(mini_project, tmp_path):
    run_build(mini_project, "render")
    first = snapshot(mini_project / "site")
    assert main(["clean", "--root", str(mini_project), "--quiet"]) == 0
    assert not (mini_project / "site").exists()
    run_build(mini_project, "render")
    assert snapshot(mini_project / "site") == first
    elsewhere = make_project(tmp_path / "copy", fixture="mini")
    run_build(elsewhere, "render")
    assert snapshot(elsewhere / "site") == first


def test_a_template_error_leaves_the_last_good_site_untouched(mini_project, capsys):
    run_build(mini_project, "render")
    before = snapshot(mini_project / "site")
    overrides = mini_project / "templates"
    overrides.mkdir()
    (overrides / "article.html").write_text("{% extends 'base.html' %}{% block content %}{{ article.title \n", encoding="utf-8")
    assert main(["render", "--root", str(mini_project), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: render: ") and "article.html:1: template syntax error" in err
    assert snapshot(mini_project / "site") == before
    assert not [p.name for p in mini_project.iterdir() if p.name.startswith(".site")]


def test_bad_front_matter_names_the_file_and_stage_and_the_rest_is_built(mini_project, capsys):
    run_build(mini_project, "render")
    bad = next((mini_project / "content").rglob("*.md"))
    bad.write_text(bad.read_text(encoding="utf-8").replace("slug: ", "slug: [", 1), encoding="utf-8")
    assert main(["render", "--root", str(mini_project), "--quiet"]) == 0
    rel = bad.relative_to(mini_project).as_posix()
    assert f"skipped: load: {rel}:" in capsys.readouterr().err
    assert len(list((mini_project / "site").rglob("*/index.html"))) > 10
    assert main(["render", "--root", str(mini_project), "--quiet", "--strict"]) == 1
    assert "error: 1 bad file skipped (--strict)" in capsys.readouterr().err


def test_missing_title_is_an_error_not_an_empty_page(mini_project):
    bad = next((mini_project / "content").rglob("*.md"))
    text = bad.read_text(encoding="utf-8")
    bad.write_text("\n".join(line for line in text.splitlines() if not line.startswith("title:")) + "\n", encoding="utf-8")
    missing = r"^load: content/.*\.md: 'title': expected a non-empty string, got nothing \(the key is missing\)$"
    assert re.search(missing, skipped_by(mini_project), re.MULTILINE)


def test_two_articles_at_one_url_fail_loudly(mini_project):
    src = next((mini_project / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
    (src.parent / "09-copy.md").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(BuildError, match="same URL .*jian-bing-jian-zou-liu-cheng/index.html"):
        run_build(mini_project, "render")


def test_nothing_is_written_outside_the_output_folder(tmp_path):
    with pytest.raises(BuildError, match=r"refusing to write outside the output folder: \.\./evil.html"):
        _inside(tmp_path, "../evil.html")
    with pytest.raises(BuildError):
        _inside(tmp_path, "/etc/evil.html")
    assert _inside(tmp_path, "a/b/index.html") == (tmp_path / "a/b/index.html").resolve()


def test_a_second_build_changes_nothing(mini_project, capsys):
    assert main(["render", "--root", str(mini_project)]) == 0
    site = mini_project / "site"
    stamps = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    first = capsys.readouterr().err
    assert f"files ({len(stamps)} changed)" in first
    assert main(["render", "--root", str(mini_project)]) == 0
    assert "files (0 changed)" in capsys.readouterr().err
    assert {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()} == stamps


def test_an_edit_rewrites_the_pages_that_show_it(mini_project, capsys):
    run_build(mini_project, "render")
    before = snapshot(mini_project / "site")
    article = next((mini_project / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
    article.write_text(article.read_text(encoding="utf-8").replace("重要一环", "关键一环"), encoding="utf-8")
    assert main(["render", "--root", str(mini_project)]) == 0
    after = snapshot(mini_project / "site")
    changed = {p for p in after if after[p] != before.get(p)}
    page = "xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"
    assert page in changed
    assert "index.html" not in changed  # the home page shows no body text
    assert "关键一环" in (mini_project / "site" / page).read_text(encoding="utf-8")


def test_an_archive_folder_of_its_own_uses_the_bundled_themes(tmp_path):
    root = tmp_path / "archive"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "2024-09-09-p01.txt").write_text(
        "　　□记者 龚鹏 报道\n　　本报9月9日讯 今天上午，区政协主席到\n新区小学走访慰问教师。\n", encoding="utf-8")
    assert main(["build", "--root", str(root), "--quiet"]) == 0
    assert (root / "site" / "index.html").is_file()
    assert list((root / "content").rglob("*.md"))


def test_a_missing_template_names_the_folders_searched(mini_project, capsys):
    (mini_project / "templates").mkdir()
    (mini_project / "templates" / "404.html").write_text("{% include 'nope.html' %}", encoding="utf-8")
    assert main(["render", "--root", str(mini_project), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "error: render: template 'nope.html' (for 404.html) is in none of: " in err
    assert str(mini_project / "templates") in err


@pytest.mark.parametrize(("change", "message"), [
    (lambda t: t.replace("date: 2024-09-09", "date: 2024-13-09"),
     r"^load: content/.*\.md:7: 'date': expected a date YYYY-MM-DD, got '2024-13-09' \(month must be in 1\.\.12\)$"),
    (lambda t: t.replace("title: ", "title: [", 1), r"^load: content/.*\.md:\d+: invalid YAML: "),
])
def test_front_matter_mistakes_are_named_not_tracebacks(mini_project, change, message):
    target = next((mini_project / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
    target.write_text(change(target.read_text(encoding="utf-8")), encoding="utf-8")
    assert re.search(message, skipped_by(mini_project))


def test_a_content_file_in_another_encoding_is_named(mini_project):
    target = next((mini_project / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
    target.write_bytes(target.read_text(encoding="utf-8").encode("gb18030"))
    assert re.search(r"^load: content/.*01-jian-bing-jian-zou-liu-cheng\.md: not UTF-8 text", skipped_by(mini_project))


def test_a_damaged_ingest_record_is_named_and_rebuilt(tmp_path, capsys):
    root = make_project(tmp_path / "p", seeds=True)
    (root / "content").mkdir()
    (root / "content" / ".ingest.json").write_text("{not json", encoding="utf-8")
    assert main(["ingest", "--root", str(root)]) == 0
    assert "ingest: content/.ingest.json: damaged (Expecting property name" in capsys.readouterr().err
    assert (root / "content" / ".ingest.json.damaged").read_text(encoding="utf-8") == "{not json"


def test_an_issue_known_only_to_the_month_is_not_merged_into_the_first_of_the_month(mini_project):
    src = next((mini_project / "content").rglob("02-xian-dai-shui-wang.md"))
    text = src.read_text(encoding="utf-8").replace("date: 2023-05-30", "date: 2023-05-01")
    text = text.replace("slug: xian-dai-shui-wang", "slug: shui-wang")
    (src.parent / "03-shui-wang-yue.md").write_text(text.replace("date_precision: day", "date_precision: month"), encoding="utf-8")
    (src.parent / "04-shui-wang-ri.md").write_text(text, encoding="utf-8")
    run_build(mini_project, "render")
    site = mini_project / "site" / "qing-dao-ri-bao/2023/05"
    assert (site / "00/01/shui-wang/index.html").is_file()  # month known, day not: 00
    assert (site / "01/01/shui-wang/index.html").is_file()  # a real 1 May issue of its own


@pytest.mark.parametrize(("line", "message"), [
    ("kind: article", ":5: 'kind': expected one of article, continuation, photo, got 'feature'"),
    ("date_precision: day", ":8: 'date_precision': expected one of unknown, year, month, day, got 'week'"),
])
def test_kind_and_precision_must_be_known_words(mini_project, line, message):
    target = next((mini_project / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
    bad = line.split(": ")[0] + (": feature" if "kind" in line else ": week")
    target.write_text(target.read_text(encoding="utf-8").replace(line, bad), encoding="utf-8")
    assert message in skipped_by(mini_project)


def test_reporter_urls_do_not_swap_when_names_sound_alike(mini_project):
    a = next((mini_project / "content").rglob("01-qu-ren-da-chang-wei-hui-zhao-kai-zhu-ren-hui-yi.md"))
    b = next((mini_project / "content").rglob("02-jiao-shi-jie-zou-fang-wei-wen.md"))
    a.write_text(a.read_text(encoding="utf-8").replace("authors: [仪博文]", "authors: [张伟]"), encoding="utf-8")
    b.write_text(b.read_text(encoding="utf-8").replace("authors: [龚鹏]", "authors: [章伟]"), encoding="utf-8")
    run_build(mini_project, "render")
    first = (mini_project / "site/reporters/zhang-wei/index.html").read_text(encoding="utf-8")
    c = next((mini_project / "content").rglob("01-shang-pin-che-ma-tou-jie-pai.md"))
    c.write_text(c.read_text(encoding="utf-8").replace("authors: [周晓峰]", "authors: [章伟]"), encoding="utf-8")
    run_build(mini_project, "render")  # 章伟 now has more articles than 张伟
    assert (mini_project / "site/reporters/zhang-wei/index.html").read_text(encoding="utf-8").count("<h1>张伟</h1>") == 1
    assert "<h1>张伟</h1>" in first
