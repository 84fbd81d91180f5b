"""Ingest: seeds become content files; editors' changes are never overwritten."""

from __future__ import annotations

from pathlib import Path

import yaml

from generator.cli import main

from ..conftest import make_project
from .test_pipeline import snapshot


def ingest(root: Path, *extra: str) -> int:
    return main(["ingest", "--root", str(root), *extra])


def sources(root: Path) -> dict[str, list[Path]]:
    """Content files by the seed they came from (read from their front matter)."""
    out: dict[str, list[Path]] = {}
    for path in sorted((root / "content").rglob("*.md")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        out.setdefault(meta["source"], []).append(path)
    return out


def test_a_checkout_without_content_ingests_every_seed(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    assert ingest(root, "--quiet") == 0
    seeds = sorted(p.relative_to(root).as_posix() for p in (root / "seeds").glob("*.txt"))
    assert sorted(sources(root)) == seeds
    assert all(files for files in sources(root).values())


def test_a_second_ingest_changes_nothing(tmp_path, capsys):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    before = snapshot(root / "content")
    assert ingest(root) == 0
    assert snapshot(root / "content") == before
    assert "ingest: 5 pages (0 ingested) in " in capsys.readouterr().err


def test_an_edited_file_survives_a_changed_seed(tmp_path, capsys):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    source, files = next(iter(sources(root).items()))
    edited = files[0]
    text = edited.read_text(encoding="utf-8").replace("\n---\n", "\n---\n\n编者按：人工校订。\n", 1)
    edited.write_text(text, encoding="utf-8")
    with open(root / source, "a", encoding="utf-8") as seed:
        seed.write("\n")
    assert ingest(root) == 0
    err = capsys.readouterr().err
    rel = edited.relative_to(root).as_posix()
    assert f"ingest: {rel}: edited by hand, kept (ingest --force {source} regenerates it)" in err
    assert edited.read_text(encoding="utf-8") == text
    assert ingest(root, "--quiet") == 0  # and again: still kept
    assert edited.read_text(encoding="utf-8") == text


def test_force_regenerates_an_edited_file(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    source, files = next(iter(sources(root).items()))
    original = files[0].read_text(encoding="utf-8")
    files[0].write_text(original + "\n人工添加的一段。\n", encoding="utf-8")
    assert ingest(root, "--quiet", "--force", str(root / source)) == 0
    assert files[0].read_text(encoding="utf-8") == original


def test_a_hand_made_file_is_never_touched(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    _, files = next(iter(sources(root).items()))
    extra = files[0].with_name("99-bian-zhe-bu-chong.md")
    extra.write_text(files[0].read_text(encoding="utf-8").replace("slug: ", "slug: bu-chong-", 1), encoding="utf-8")
    for seed in (root / "seeds").glob("*.txt"):
        seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert ingest(root, "--quiet") == 0
    assert extra.is_file()


def test_force_names_an_unknown_page(tmp_path, capsys):
    root = make_project(tmp_path / "p", seeds=True)
    assert ingest(root, "--force", "seeds/nope.txt") == 2
    assert "--force: no such seed page: seeds/nope.txt" in capsys.readouterr().err


def test_a_retitled_article_keeps_its_url_on_reingest(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    seed = root / "seeds" / "002_de4fb68f9afb62f3.txt"
    old = {p.name for p in (root / "content").rglob("*.md")}
    text = seed.read_text(encoding="utf-8")
    assert "山东港口青岛港商品车码头揭牌" in text
    seed.write_text(text.replace("山东港口青岛港商品车码头揭牌", "青岛港商品车码头正式揭牌"), encoding="utf-8")
    assert ingest(root, "--quiet") == 0
    new = {p.name for p in (root / "content").rglob("*.md")}
    assert new == old
    moved = next((root / "content").rglob("*shang-pin-che-ma-tou*.md")).read_text(encoding="utf-8")
    assert "title: 青岛港商品车码头正式揭牌" in moved


def test_front_matter_records_how_the_issue_was_found(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    (root / "seeds" / "manifest.yml").write_text("004_0082c18b143f1fde.txt: {page: 2}\n", encoding="utf-8")
    ingest(root, "--quiet")
    by_source = sources(root)
    qingdao = yaml.safe_load(by_source["seeds/002_de4fb68f9afb62f3.txt"][0].read_text(encoding="utf-8").split("---\n")[1])
    # 002 names its paper in bylines (青岛日报/观海新闻记者) and its day in datelines (本报5月30日讯)
    assert (qingdao["paper"], qingdao["date"]) == ("青岛日报", "2023-05-30")
    assert qingdao["provenance"] == {"date": "dateline", "page": "unknown", "paper": "byline"}
    west = yaml.safe_load(by_source["seeds/004_0082c18b143f1fde.txt"][0].read_text(encoding="utf-8").split("---\n")[1])
    assert west["page"] == 2 and west["provenance"]["page"] == "manifest"
    assert west["provenance"]["paper"] == "config" and west["paper"] == "青岛西海岸报"


def test_two_seeds_of_one_page_keep_every_article(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    for seed in (root / "seeds").glob("*.txt"):
        if not seed.name.startswith("001"):
            seed.unlink()
    twin = root / "seeds" / "001_copy.txt"
    twin.write_bytes((root / "seeds" / "001_b7e6b95fe385097e.txt").read_bytes())
    assert ingest(root, "--quiet") == 0
    by_source = sources(root)
    assert len(by_source["seeds/001_copy.txt"]) == len(by_source["seeds/001_b7e6b95fe385097e.txt"]) >= 5
    files = [p for group in by_source.values() for p in group]
    assert len({p.parent for p in files}) == 1  # one paper, day and page: one folder
    assert len(files) == len({p.name for p in files})
    assert main(["render", "--root", str(root), "--quiet"]) == 0


def test_an_edited_file_is_not_doubled_on_reingest(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    source, files = next(iter(sources(root).items()))
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\n编者补记。\n", encoding="utf-8")
    count = len(files)
    for _ in range(2):
        (root / source).write_text((root / source).read_text(encoding="utf-8") + "\n", encoding="utf-8")
        assert ingest(root, "--quiet") == 0
        assert len(sources(root)[source]) == count


def test_bad_seed_pages_are_named_and_skipped(tmp_path, capsys):
    root = make_project(tmp_path / "p", seeds=True)
    (root / "seeds" / "blank.txt").write_text("\n\n　　\n", encoding="utf-8")
    assert ingest(root) == 0
    err = capsys.readouterr().err
    assert "skipped: segment: seeds/blank.txt: the page has no text" in err
    assert "1 bad file skipped" in err
    assert "seeds/blank.txt" not in sources(root) and len(sources(root)) == 5  # the good pages are in
    (root / "seeds" / "blank.txt").write_bytes(b"\x81\x20\xfe\xff\x80")
    assert ingest(root, "--strict") == 1
    err = capsys.readouterr().err
    assert "skipped: ingest: seeds/blank.txt: cannot decode the text" in err
    assert "error: 1 bad file skipped (--strict)" in err


def touch_seeds(root: Path) -> None:
    """Change every seed's bytes (a trailing newline): the next ingest reads them all again."""
    for seed in (root / "seeds").glob("*.txt"):
        seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")


def test_an_editor_who_changes_a_slug_gets_no_duplicate(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    source, files = next(iter(sources(root).items()))
    text = files[0].read_text(encoding="utf-8")
    slug = yaml.safe_load(text.split("---\n")[1])["slug"]
    files[0].write_text(text.replace(f"slug: {slug}", "slug: bian-ji-gai-de"), encoding="utf-8")
    touch_seeds(root)
    assert ingest(root, "--quiet") == 0
    assert len(sources(root)[source]) == len(files)
    assert main(["render", "--root", str(root), "--quiet"]) == 0
    assert list((root / "site").rglob("bian-ji-gai-de/index.html"))


def test_a_deleted_article_is_not_brought_back(tmp_path, capsys):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    source, files = next(iter(sources(root).items()))
    files[-1].unlink()
    touch_seeds(root)
    assert ingest(root) == 0
    rel = files[-1].relative_to(root).as_posix()
    assert f"ingest: {rel}: deleted by hand, not written again (ingest --force {source} brings it back)" in capsys.readouterr().err
    assert not files[-1].exists()
    assert ingest(root, "--quiet", "--force", str(root / source)) == 0
    assert files[-1].exists()


def test_a_renamed_seed_keeps_its_files(tmp_path, capsys):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    before = sorted(p.relative_to(root / "content").as_posix() for p in (root / "content").rglob("*.md"))
    (root / "seeds" / "002_de4fb68f9afb62f3.txt").rename(root / "seeds" / "2023-05-30-qdrb.txt")
    assert ingest(root) == 0
    assert "ingest: seeds/2023-05-30-qdrb.txt: renamed from seeds/002_de4fb68f9afb62f3.txt" in capsys.readouterr().err
    after = sorted(p.relative_to(root / "content").as_posix() for p in (root / "content").rglob("*.md"))
    assert after == before
    assert "seeds/2023-05-30-qdrb.txt" in sources(root) and "seeds/002_de4fb68f9afb62f3.txt" not in sources(root)


def test_a_new_sidecar_is_ingested(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    ingest(root, "--quiet")
    (root / "seeds" / "000_e980afd770c6cb92.yml").write_text("date: 2024-01-05\npage: 3\n", encoding="utf-8")
    assert ingest(root, "--quiet") == 0
    meta = yaml.safe_load(sources(root)["seeds/000_e980afd770c6cb92.txt"][0].read_text(encoding="utf-8").split("---\n")[1])
    assert (str(meta["date"]), meta["page"], meta["provenance"]["date"]) == ("2024-01-05", 3, "sidecar")
    # the files moved with the new date and page: none is left at the old place
    assert not list((root / "content").rglob("undated/00/*.md"))


def test_manifest_entries_naming_no_page_are_reported(tmp_path, capsys):
    root = make_project(tmp_path / "p", seeds=True)
    (root / "seeds" / "manifest.yml").write_text("001_typo.txt: {page: 2}\n", encoding="utf-8")
    assert ingest(root) == 0
    assert "ingest: seeds/manifest.yml: '001_typo.txt' names no seed page" in capsys.readouterr().err


def test_force_outside_the_seed_folder_is_refused(tmp_path, capsys):
    root = make_project(tmp_path / "p", seeds=True)
    assert ingest(root, "--force", str(root / "archive.yml")) == 2
    assert "is not in the seed folder seeds/" in capsys.readouterr().err


def test_the_record_journal_is_replayed_and_a_torn_last_line_ignored(tmp_path):
    from generator.content.writer import JOURNAL_FILE, STATE_FILE, ContentStore

    (tmp_path / "content").mkdir()
    store = ContentStore(tmp_path, "content")
    store.state["seeds/a.txt"] = {"seed": "1:2", "version": "v", "files": {}}
    store.save("seeds/a.txt")
    store.state["seeds/b.txt"] = {"seed": "3:4", "version": "v", "files": {}}
    store.save("seeds/b.txt")
    store.state.pop("seeds/a.txt")
    store.save("seeds/a.txt")  # a removal is a line too
    journal = tmp_path / "content" / JOURNAL_FILE
    with journal.open("a", encoding="utf-8") as f:
        f.write('{"source": "seeds/c.txt", "ent')  # a kill in the middle of a line
    again = ContentStore(tmp_path, "content")
    assert set(again.state) == {"seeds/b.txt"} and again.state["seeds/b.txt"]["seed"] == "3:4"
    assert not (tmp_path / "content" / STATE_FILE).exists()  # not written whole yet
    again.compact()
    assert not journal.exists()
    assert set(ContentStore(tmp_path, "content").state) == {"seeds/b.txt"}
