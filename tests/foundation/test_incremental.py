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


# Which outputs a rebuild changes. A file carried over from the published site, or made
# again with the same bytes, is hard-linked into the new one, so it keeps its inode; a
# file whose bytes change gets a new one.
QDRB_PAGE = "qing-dao-ri-bao/2023/05/30/01/shang-pin-che-ma-tou-jie-pai/index.html"
JIAN_PAGE = "xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"
JIAOSHI_PAGE = "xi-hai-an-xin-wen/2024/09/09/02/jiao-shi-jie-xu/index.html"


def inodes(site) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def remade(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {path for path, ino in after.items() if before.get(path) != ino}


def edit(root, name: str, old: str, new: str) -> None:
    md = next((root / "content").rglob(name))
    text = md.read_text(encoding="utf-8")
    assert old in text
    md.write_text(text.replace(old, new), encoding="utf-8")


def test_an_edit_remakes_what_shows_the_article_and_keeps_the_rest(mini_project):
    run_build(mini_project, "render")
    site = mini_project / "site"
    before = inodes(site)
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "关键一环")
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "心贴心优服务", "心贴心办实事")  # the title
    run_build(mini_project, "render")
    again = remade(before, inodes(site))
    assert JIAN_PAGE in again and JIAOSHI_PAGE in again  # the article, and the pages of its issue
    assert "index.html" in again and "api/articles.json" in again  # the lists of the whole archive
    assert any(p.startswith("search/d/") for p in again)  # the search data
    assert QDRB_PAGE not in again  # another paper's issue shows nothing of it
    assert "static/css/site.css" not in again and "search/search.js" not in again
    assert snapshot(site) == clean_build(mini_project)


def test_a_shared_template_remakes_every_page_but_not_the_search_data(mini_project):
    run_build(mini_project, "render")
    site = mini_project / "site"
    before = inodes(site)
    base = mini_project / "themes" / "default" / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace("</body>", "<!-- 页脚已改 --></body>"), encoding="utf-8")
    run_build(mini_project, "render")
    again = remade(before, inodes(site))
    html = {p for p in before if p.endswith(".html")}
    assert html <= again
    assert "search/manifest.js" not in again and "search/d/0/0.js" not in again
    assert "sw.js" in again  # the worker's version follows the templates
    assert "页脚已改" in (site / QDRB_PAGE).read_text(encoding="utf-8")
    assert snapshot(site) == clean_build(mini_project)


def test_a_removed_article_leaves_no_page_behind(mini_project):
    run_build(mini_project, "render")
    next((mini_project / "content").rglob("02-xian-dai-shui-wang.md")).unlink()
    run_build(mini_project, "render")
    site = mini_project / "site"
    assert not any("xian-dai-shui-wang" in p for p in snapshot(site))
    assert snapshot(site) == clean_build(mini_project)


def test_a_new_issue_rebuilds_as_a_clean_build_would(mini_project):
    run_build(mini_project, "render")
    source = next((mini_project / "content").rglob("02-xian-dai-shui-wang.md"))
    day = mini_project / "content" / "qing-dao-ri-bao" / "2023" / "05" / "31" / "01"
    day.mkdir(parents=True)
    text = source.read_text(encoding="utf-8").replace("2023-05-30", "2023-05-31")
    assert "2023-05-31" in text
    (day / "01-xian-dai-shui-wang.md").write_text(text, encoding="utf-8")
    run_build(mini_project, "render")
    site = mini_project / "site"
    assert (site / "qing-dao-ri-bao/2023/05/31/index.html").is_file()
    # the day before now links to it
    assert 'href="../31/index.html"' in (site / "qing-dao-ri-bao/2023/05/30/index.html").read_text(encoding="utf-8")
    assert snapshot(site) == clean_build(mini_project)


def test_a_published_file_changed_by_hand_is_made_again(mini_project):
    run_build(mini_project, "render")
    site = mini_project / "site"
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "关键一环")  # so the render runs
    (site / QDRB_PAGE).write_text("篡改", encoding="utf-8")  # a different size: not carried over
    outside = mini_project.parent / "outside.txt"
    outside.write_text("outside", encoding="utf-8")
    qdrb_json = site / "qing-dao-ri-bao/2023/05/30/issue.json"
    size = qdrb_json.stat().st_size
    qdrb_json.unlink()
    outside.write_bytes(b"x" * size)  # same size, but a link to a file outside the site
    qdrb_json.symlink_to(outside)
    run_build(mini_project, "render")
    assert not qdrb_json.is_symlink()
    assert outside.read_bytes() == b"x" * size
    assert snapshot(site) == clean_build(mini_project)


def test_the_search_cuts_again_only_the_chunk_holding_an_edited_article(mini_project, monkeypatch):
    from generator.search import index

    monkeypatch.setattr(index, "CHUNK", 2)  # six articles: three chunks
    cut = []
    original = index.cut
    monkeypatch.setattr(index, "cut", lambda a: cut.append(a.url) or original(a))
    run_build(mini_project, "render")
    assert len(cut) == 6
    cut.clear()
    before = inodes(mini_project / "site")
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "关键一环")
    run_build(mini_project, "render")
    assert len(cut) == 2 and JIAN_PAGE in cut  # its chunk: itself and one neighbour
    docs = remade(before, inodes(mini_project / "site"))
    # the edited article's file only: its neighbour is cut again to the same bytes, linked over
    assert len([p for p in docs if p.startswith("search/d/")]) == 1
    incremental = snapshot(mini_project / "site")
    cut.clear()
    assert incremental == clean_build(mini_project)  # clean removes the cache: all cut again
    assert len(cut) == 6
    kept = sorted(p.name for p in (mini_project / ".cache" / "search").iterdir())
    assert len(kept) == 7 and kept[-1] == "terms-0-of-1.ent"  # this build's chunks and term bucket only


def test_a_damaged_cache_is_cut_again(mini_project, monkeypatch):
    from generator.search import index

    monkeypatch.setattr(index, "CHUNK", 2)
    cut = []
    original = index.cut
    monkeypatch.setattr(index, "cut", lambda a: cut.append(a.url) or original(a))
    run_build(mini_project, "render")
    for n, f in enumerate(sorted((mini_project / ".cache" / "search").iterdir())):
        if n % 2:
            f.write_bytes(b"\x00damaged")  # rows of a chunk
        else:
            f.write_bytes(f.read_bytes()[:-5])  # postings, cut short
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "关键一环")
    cut.clear()
    run_build(mini_project, "render")
    assert len(cut) == 6  # the edited chunk, and the two others whose files are damaged
    assert snapshot(mini_project / "site") == clean_build(mini_project)


@pytest.fixture
def buckets_made(monkeypatch) -> list[str]:
    """Search data in small pieces (three chunks of two articles, four term buckets), so
    that an edit leaves most chunks as they were; lists how each bucket's terms were
    made in the builds that follow: "spliced" into the last build's or "merged" again."""
    from generator.search import index

    monkeypatch.setattr(index, "CHUNK", 2)
    monkeypatch.setattr(index, "bucket_count", lambda articles: 4)
    made: list[str] = []
    splice = index._spliced

    def spliced(bucket, path):
        entries = splice(bucket, path)
        made.append("merged" if entries is None else "spliced")
        return entries

    monkeypatch.setattr(index, "_spliced", spliced)
    return made


def add_last(root) -> None:
    """A new article dated after every other, in an issue of its own."""
    source = next((root / "content").rglob("02-jiao-shi-jie-xu.md"))
    day = root / "content" / "xi-hai-an-xin-wen" / "2024" / "09" / "10" / "01"
    day.mkdir(parents=True)
    text = source.read_text(encoding="utf-8").replace("2024-09-09", "2024-09-10")
    assert "2024-09-10" in text
    (day / "01-jiao-shi-jie-xu.md").write_text(text.replace("教师", "老师"), encoding="utf-8")


CHANGES = {
    "body": (lambda root: edit(root, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "至关重要的一环"), "spliced"),
    "title": (lambda root: edit(root, "01-jian-bing-jian-zou-liu-cheng.md", "title: 肩并肩走流程", "title: 肩并肩一起走流程"),
              "spliced"),
    "added last": (add_last, "spliced"),  # no ref moves: one chunk more
    "removed": (lambda root: next((root / "content").rglob("02-xian-dai-shui-wang.md")).unlink(), "merged"),  # refs shift
}


@pytest.mark.parametrize("change", CHANGES)
def test_the_search_terms_are_spliced_as_a_clean_build_would_make_them(mini_project, buckets_made, change):
    run_build(mini_project, "render")
    assert buckets_made == ["merged"] * 4  # nothing to splice into
    before = snapshot(mini_project / "site")
    buckets_made.clear()
    make_change, way = CHANGES[change]
    make_change(mini_project)
    run_build(mini_project, "render")
    assert buckets_made == [way] * 4
    incremental = snapshot(mini_project / "site")
    assert incremental["search/manifest.js"] != before["search/manifest.js"]  # the count or a field's average length
    assert any(data != before.get(p) for p, data in incremental.items() if p.startswith("search/t/"))
    assert incremental == clean_build(mini_project)


def test_the_search_terms_are_spliced_in_worker_processes_too(mini_project, buckets_made, monkeypatch):
    from generator.search import index

    monkeypatch.setattr(index, "PARALLEL_FROM", 1)
    monkeypatch.setattr(index.os, "sched_getaffinity", lambda _: {0, 1}, raising=False)
    run_build(mini_project, "render")
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "至关重要的一环")

    def merged(bucket):
        raise RuntimeError(f"bucket {bucket} merged again")

    merge = index._merged
    monkeypatch.setattr(index, "_merged", merged)  # forked workers inherit it: every bucket must be spliced
    run_build(mini_project, "render")
    incremental = snapshot(mini_project / "site")
    monkeypatch.setattr(index, "_merged", merge)
    assert incremental == clean_build(mini_project)


def test_a_cut_short_cache_file_is_not_spliced_into(mini_project, buckets_made):
    run_build(mini_project, "render")
    cache = mini_project / ".cache" / "search"
    bucket = cache / "terms-1-of-4.ent"
    bucket.write_bytes(bucket.read_bytes()[: bucket.stat().st_size // 2])  # as a write that did not finish
    (cache / "terms-2-of-4.ent.tmp").write_bytes(b"\x00half")  # left by a killed build: never read
    buckets_made.clear()
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "关键一环")
    run_build(mini_project, "render")
    assert buckets_made == ["spliced", "merged", "spliced", "spliced"]
    assert not (cache / "terms-2-of-4.ent.tmp").exists()
    assert snapshot(mini_project / "site") == clean_build(mini_project)


def test_a_cut_short_chunk_of_the_last_build_is_not_spliced_out(mini_project, buckets_made):
    run_build(mini_project, "render")
    cache = mini_project / ".cache" / "search"
    before = {p.name for p in cache.iterdir()}
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "关键一环")
    run_build(mini_project, "render")
    made = {p.name for p in cache.iterdir()} - before
    assert len(made) == 2  # the edited chunk's postings and rows
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "关键一环", "首要一环")
    old = cache / next(name for name in made if name.endswith(".post"))
    old.write_bytes(old.read_bytes()[:-5])  # the postings that the next build takes out of every bucket
    buckets_made.clear()
    run_build(mini_project, "render")
    assert buckets_made == ["merged"] * 4
    assert snapshot(mini_project / "site") == clean_build(mini_project)


def test_a_build_killed_among_the_buckets_leaves_a_cache_the_next_build_can_trust(mini_project, buckets_made,
                                                                                    monkeypatch):
    from generator.search import index

    run_build(mini_project, "render")
    edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "关键一环")
    term_bucket = index._term_bucket

    class Killed(Exception):
        pass

    def killed_at_the_third(bucket):
        if bucket == 2:
            raise Killed
        return term_bucket(bucket)

    monkeypatch.setattr(index, "_term_bucket", killed_at_the_third)
    with pytest.raises(Killed):
        run_build(mini_project, "render")
    monkeypatch.setattr(index, "_term_bucket", term_bucket)
    buckets_made.clear()
    run_build(mini_project, "render")  # buckets 0 and 1 are this content's already, 2 and 3 the first build's
    assert buckets_made == ["spliced"] * 4
    assert snapshot(mini_project / "site") == clean_build(mini_project)


def test_a_cache_folder_that_is_a_link_is_not_used(mini_project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (mini_project / ".cache").symlink_to(elsewhere)
    run_build(mini_project, "render")
    assert not any(elsewhere.iterdir())  # nothing written outside the project
    assert (mini_project / "site" / "search" / "manifest.js").is_file()


def test_content_files_are_parsed_again_only_when_their_bytes_change(mini_project, monkeypatch):
    from generator.content import loader

    parsed = []
    original = loader.load_entry
    monkeypatch.setattr(loader, "load_entry", lambda root, path, data=None: parsed.append(path.name) or
                        original(root, path, data))
    cache = mini_project / ".cache" / "entries.bin"
    first = loader.load_entries(mini_project, "content", [], cache, "v1")
    assert len(parsed) == 6 and cache.is_file()
    parsed.clear()
    edit(mini_project, "02-xian-dai-shui-wang.md", "工程车辆往来穿梭", "工程车辆川流不息")
    again = loader.load_entries(mini_project, "content", [], cache, "v1")
    assert parsed == ["02-xian-dai-shui-wang.md"]
    assert [(e.path, e.meta, e.body) for e in again if "xian-dai" not in e.path] == \
           [(e.path, e.meta, e.body) for e in first if "xian-dai" not in e.path]
    assert "川流不息" in next(e.body for e in again if "xian-dai" in e.path)
    parsed.clear()
    loader.load_entries(mini_project, "content", [], cache, "v2")  # another loader: all parsed again
    assert len(parsed) == 6
    cache.write_bytes(b"\x00damaged")
    parsed.clear()
    fresh = loader.load_entries(mini_project, "content", [], cache, "v2")
    assert len(parsed) == 6
    assert [(e.path, e.meta, e.body) for e in fresh] == [(e.path, e.meta, e.body) for e in again]


def test_two_outputs_at_one_path_never_write_through_to_the_published_site(mini_project):
    from generator.build import BuildError, Options, publish
    from generator.config import load_config
    from generator.depend import Dependencies, Job
    from generator.records import Output

    run_build(mini_project, "render")
    site = mini_project / "site"
    before = snapshot(site)
    key, files = Dependencies.read(site).jobs["index.html"]
    kept = Job("index.html", key, lambda: pytest.fail("an unchanged output was made again"))
    clash = Job("other", "k", lambda: [Output("index.html", b"clobbered")])
    with pytest.raises(BuildError, match="two outputs at one path: index.html"):
        publish([kept, clash], lambda sizes: None, load_config(mini_project), Options(quiet=True, workers=1))
    assert snapshot(site) == before
    assert not list(mini_project.glob(".site.*"))


@pytest.mark.parametrize("with_edit", [False, True])
def test_a_file_dropped_into_the_site_by_hand_is_gone_after_a_rebuild(mini_project, with_edit):
    run_build(mini_project, "render")
    site = mini_project / "site"
    (site / "qing-dao-ri-bao" / "stray.html").write_text("手放的文件", encoding="utf-8")
    if with_edit:
        edit(mini_project, "01-jian-bing-jian-zou-liu-cheng.md", "重要一环", "关键一环")
    run_build(mini_project, "render")
    assert not (site / "qing-dao-ri-bao" / "stray.html").exists()
    assert snapshot(site) == clean_build(mini_project)
