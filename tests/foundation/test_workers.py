"""Ingest across worker processes: the content files do not depend on their number."""

from __future__ import annotations

import pytest

from generator import build as pipeline
from generator.config import load_config
from generator.errors import GeneratorError

from ..conftest import make_project
from .test_pipeline import snapshot


def ingest_with(root, workers: int) -> dict[str, str]:
    summary = pipeline.ingest(load_config(root), pipeline.Options(quiet=True, workers=workers))
    assert summary.ingested == summary.pages > 1 and not summary.skipped
    return snapshot(root / "content")


def test_the_content_is_the_same_bytes_with_one_worker_or_two(tmp_path):
    one = ingest_with(make_project(tmp_path / "one", seeds=True), workers=1)
    two = ingest_with(make_project(tmp_path / "two", seeds=True), workers=2)
    assert one == two and len(one) > 10


def test_a_page_that_cannot_be_cut_is_named_by_a_worker_too(tmp_path, monkeypatch):
    def fail(page, default_paper):
        if page.source.endswith(sorted(p.name for p in (tmp_path / "p" / "seeds").glob("*.txt"))[0]):
            raise ValueError("odd input")
        return segment_page(page, default_paper)

    segment_page = pipeline.segment_page
    root = make_project(tmp_path / "p", seeds=True)
    monkeypatch.setattr(pipeline, "segment_page", fail)
    summary = pipeline.ingest(load_config(root), pipeline.Options(quiet=True, workers=2))
    assert len(summary.skipped) == 1 and summary.skipped[0].endswith(": ValueError: odd input")
    assert summary.ingested == summary.pages - 1


def render_with(root, workers: int) -> dict[str, str]:
    pipeline.build(load_config(root), pipeline.Options(quiet=True, workers=workers))
    return snapshot(root / "site")


def test_the_site_is_the_same_bytes_rendered_in_one_process_or_two(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_JOBS", 1)  # the bundled pages make fewer outputs than the threshold
    monkeypatch.setattr(pipeline, "JOB_BATCH", 7)
    one = render_with(make_project(tmp_path / "one", seeds=True), workers=1)
    two = render_with(make_project(tmp_path / "two", seeds=True), workers=2)
    assert one == two and len(one) > 100


def test_a_template_error_in_a_worker_is_reported_and_the_site_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_JOBS", 1)
    root = make_project(tmp_path / "p", seeds=True)
    before = render_with(root, workers=2)
    template = root / "themes" / "default" / "templates" / "page.html"
    template.write_text(template.read_text(encoding="utf-8").replace("{% endblock %}", "{{ no_such_value }}{% endblock %}"),
                        encoding="utf-8")
    with pytest.raises(GeneratorError, match="page.html"):
        render_with(root, workers=2)
    assert snapshot(root / "site") == before
    assert not list(tmp_path.glob("p/.site.*"))  # nothing left beside the site


def test_pages_taken_in_small_batches_give_the_same_content(tmp_path, monkeypatch):
    whole = ingest_with(make_project(tmp_path / "whole", seeds=True), workers=2)
    monkeypatch.setattr(pipeline, "INGEST_BATCH", 2)  # five pages: three batches
    batched = ingest_with(make_project(tmp_path / "batched", seeds=True), workers=2)
    assert batched == whole


def test_a_page_whose_files_cannot_be_planned_is_named_and_the_others_written(tmp_path, monkeypatch):
    plan_page = pipeline.plan_page

    def fail(seg, *args, **kwargs):
        if seg.page.source.endswith(sorted(p.name for p in (tmp_path / "p" / "seeds").glob("*.txt"))[-1]):
            raise IndexError("odd title")
        return plan_page(seg, *args, **kwargs)

    root = make_project(tmp_path / "p", seeds=True)
    monkeypatch.setattr(pipeline, "plan_page", fail)
    summary = pipeline.ingest(load_config(root), pipeline.Options(quiet=True, workers=1))
    assert len(summary.skipped) == 1 and summary.skipped[0].endswith("IndexError: odd title")
    assert summary.ingested == summary.pages == 5
    assert len({p.parent for p in (root / "content").rglob("*.md")}) >= 4  # the other pages' files are there
