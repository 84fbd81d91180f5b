"""Content files are checked like the configuration: every mistake in every file, with
file, line and key, in one run; the build leaves those files out (exit code 1 with --strict)."""

from __future__ import annotations

import pytest

from generator.cli import main
from generator.content.loader import ContentError, check_meta, load_entries

from ..conftest import make_project

SERVICE = "content/xi-hai-an-xin-wen/2024/09/09/02/01-jian-bing-jian-zou-liu-cheng.md"
WATER = "content/qing-dao-ri-bao/2023/05/30/01/02-xian-dai-shui-wang.md"


def edit(root, rel, old, new):
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def load(root):
    """Load the content folder as a whole: every mistake is raised at once."""
    return load_entries(root, "content")


@pytest.fixture
def project(tmp_path):
    return make_project(tmp_path / "p", fixture="mini")


def test_a_misspelt_key_is_named_with_a_suggestion(project):
    edit(project, SERVICE, "authors:", "autors:")
    with pytest.raises(ContentError) as info:
        load(project)
    assert str(info.value) == (
        f"load: {SERVICE}:10: unknown key 'autors' (did you mean 'authors'?)\n"
        "load: front matter mistakes in 1 content file: correct the keys named above, then run the build again")


def test_every_mistake_in_every_file_is_reported_in_one_run(project, capsys):
    edit(project, SERVICE, "authors:", "autors:")
    edit(project, SERVICE, "date: 2024-09-09", "date: 2024-13-09")
    edit(project, WATER, "page: 1", "page: -1")
    edit(project, WATER, "topics: [生态环境]", "topics: 5")
    edit(project, WATER, "continued_to: null", "continued_to: 三")
    assert main(["render", "--root", str(project), "--quiet", "--strict"]) == 1
    assert capsys.readouterr().err == (
        f"skipped: load: {WATER}:9: 'page': expected a page number (0 when not known), got -1\n"
        f"load: {WATER}:14: 'continued_to': expected a page number or nothing, got '三'\n"
        f"load: {WATER}:17: 'topics': expected a list of strings, got 5\n"
        f"skipped: load: {SERVICE}:7: 'date': expected a date YYYY-MM-DD, got '2024-13-09' (month must be in 1..12)\n"
        f"load: {SERVICE}:10: unknown key 'autors' (did you mean 'authors'?)\n"
        "error: 2 bad files skipped (--strict)\n")
    assert (project / "site" / "index.html").is_file()  # the other files are built


def test_an_unknown_key_with_no_near_name_lists_the_known_keys(project):
    edit(project, SERVICE, "dateline: ''", "remark: 待核\ndateline: ''")
    with pytest.raises(ContentError, match=rf"^load: {SERVICE}:12: unknown key 'remark'; known keys: title, title_derived, "):
        load(project)


@pytest.mark.parametrize(("key", "value", "message"), [
    ("title_derived", "maybe", "'title_derived': expected true or false, got 'maybe'"),
    ("truncated", "1", "'truncated': expected true or false, got 1"),
    ("editors", "王芳", "'editors': expected a mapping of role to name, e.g. {责任编辑: 王芳}, got '王芳'"),
    ("photographers", "{a: b}", "'photographers': expected a list of strings, got {'a': 'b'}"),
    ("dateline_date", "2024-02-30", "'dateline_date': expected a date YYYY-MM-DD, got '2024-02-30' (day is out of range for month)"),
    ("section", "[要闻]", "'section': expected text, got ['要闻']"),
    ("continues", "../x.md", "'continues': expected a path to a .md file relative to the content folder, got '../x.md'"),
])
def test_wrong_types_and_impossible_values(project, key, value, message):
    edit(project, SERVICE, "dateline: ''", f"{key}: {value}\ndateline: ''")
    path = project / SERVICE
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text.startswith(f"{key}:"))
    with pytest.raises(ContentError) as info:
        load(project)
    assert str(info.value).splitlines()[0] == f"load: {SERVICE}:{line}: {message}"


def test_a_slug_that_is_no_url_part(project):
    edit(project, SERVICE, "slug: jian-bing-jian-zou-liu-cheng", "slug: Jian Bing")
    with pytest.raises(ContentError, match=rf"^load: {SERVICE}:19: 'slug': expected lower-case letters, digits and '-', got 'Jian Bing'\n"):
        load(project)


def test_new_keys_are_accepted_and_absent_ones_get_defaults():
    meta = check_meta({"title": "标题", "paper": "报", "slug": "a", "kind": "photo", "section": "要闻",
                       "editors": {"责任编辑": "王芳"}, "column": "简讯", "editor_note": "按语", "photographers": ["李强"],
                       "truncated": True, "dateline_date": "2024-03-04", "continues": "p/2024/03/05/01/01-a.md"}, "x.md")
    assert meta["kind"] == "photo" and meta["editors"] == {"责任编辑": "王芳"} and meta["truncated"] is True
    assert meta["dateline_date"] == "2024-03-04" and meta["continues"] == "p/2024/03/05/01/01-a.md"
    bare = check_meta({"title": "标题", "paper": "报", "slug": "a"}, "x.md")
    assert (bare["section"], bare["editors"], bare["column"], bare["editor_note"], bare["photographers"],
            bare["truncated"], bare["dateline_date"], bare["continues"]) == ("", {}, "", "", [], False, "", "")
    assert (bare["kind"], bare["date_precision"], bare["page"], bare["continued_from"]) == ("article", "unknown", 0, None)
