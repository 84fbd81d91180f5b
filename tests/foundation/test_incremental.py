"""Rebuilds: a second build does nothing, and a rebuild after any change publishes the
same bytes as a clean build of the changed project."""

from __future__ import annotations

import pytest

from generator import build as pipeline
from generator.cli import main
from generator.fingerprint import RECORD

from ..conftest import run_build
from .test_pipeline import snapshot


def clean_build(root) -> dict[str, str]:
    assert main(["clean", "--root", str(root), "--quiet"]) == 0
    run_build(root, "render")
    return snapshot(root / "site")


def test_a_second_build_renders_nothing(mini_project, monkeypatch):
    first = run_build(mini_project, "render")
    site = mini_project / "site"
    stamps = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    monkeypatch.setattr(pipeline, "load_archive", lambda *a: pytest.fail("a current site was loaded again"))
    second = run_build(mini_project, "render")
    assert second.changed == 0
    assert (second.articles, second.issues, second.topics, second.files) == \
           (first.articles, first.issues, first.topics, first.files)
    assert {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()} == stamps


def test_a_content_edit_rebuilds_as_a_clean_build_would(mini_project):
    run_build(mini_project, "render")
    article = next((mini_project / "content").rglob("01-jian-bing-jian-zou-liu-cheng.md"))
    article.write_text(article.read_text(encoding="utf-8").replace("重要一环", "关键一环"), encoding="utf-8")
    run_build(mini_project, "render")
    incremental = snapshot(mini_project / "site")
    assert any("关键一环" in p.read_text(encoding="utf-8") for p in (mini_project / "site").rglob("index.html"))
    assert incremental == clean_build(mini_project)


def test_a_template_change_rebuilds_as_a_clean_build_would(mini_project):
    run_build(mini_project, "render")
    template = mini_project / "themes" / "default" / "templates" / "article.html"
    template.write_text(template.read_text(encoding="utf-8").replace("{% block head %}", "{% block head %}<!-- 模板已改 -->"),
                        encoding="utf-8")
    run_build(mini_project, "render")
    incremental = snapshot(mini_project / "site")
    page = "xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"
    assert "模板已改" in (mini_project / "site" / page).read_text(encoding="utf-8")
    assert incremental == clean_build(mini_project)


def test_a_configuration_change_renders_again(mini_project):
    run_build(mini_project, "render")
    (mini_project / "archive.yml").write_text("title: 另一个档案馆\n", encoding="utf-8")
    assert run_build(mini_project, "render").changed > 0
    assert "另一个档案馆" in (mini_project / "site" / "index.html").read_text(encoding="utf-8")


def test_a_site_file_removed_by_hand_is_written_again(mini_project):
    run_build(mini_project, "render")
    before = snapshot(mini_project / "site")
    (mini_project / "site" / "index.html").unlink()
    assert run_build(mini_project, "render").changed > 0
    assert snapshot(mini_project / "site") == before


def test_the_record_travels_with_the_site_and_names_no_folder(mini_project, tmp_path):
    run_build(mini_project, "render")
    record = (mini_project / "site" / RECORD).read_text(encoding="utf-8")
    assert str(mini_project) not in record and str(tmp_path) not in record
