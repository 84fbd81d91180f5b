"""Head articles and their continuations are linked in the archive model (written inline,
as an editor would: a head on page 1 continued on page 3 of the same issue)."""

from __future__ import annotations

from generator.records import Entry
from generator.site.archive import assemble


def entry(path: str, **meta) -> Entry:
    base = {"title": "标题", "paper": "西海岸新闻", "date": "2024-03-06", "date_precision": "day", "page": 1,
            "kind": "article", "kicker": "", "subtitle": "", "authors": [], "topics": [], "continued_from": None,
            "continued_to": None, "continues": "", "slug": path.rsplit("/", 1)[-1].removesuffix(".md").split("-", 1)[1]}
    base.update(meta)
    return Entry(path=f"content/xi-hai-an-xin-wen/2024/03/06/{path}", meta=base, body="正文。")


def linked(archive) -> dict[str, str]:
    return {a.title + "@" + str(a.entry.meta["page"]): (archive.article(a.continuation_url).entry.path.rsplit("/", 1)[-1])
            for a in archive.articles if a.continuation_url}


def test_a_head_on_page_1_and_its_continuation_on_page_3():
    archive = assemble([
        entry("01/01-hai-yang.md", title="新区推进海洋经济高质量发展", continued_to=3),
        entry("03/01-hai-yang-xu.md", title="新区推进海洋经济高质量发展", kind="continuation", page=3, continued_from=1),
    ])
    head, cont = archive.articles
    assert head.continuation_url == cont.url == "xi-hai-an-xin-wen/2024/03/06/03/hai-yang-xu/index.html"
    assert cont.head_url == head.url == "xi-hai-an-xin-wen/2024/03/06/01/hai-yang/index.html"
    assert not cont.orphan and cont.list_title == "新区推进海洋经济高质量发展"
    assert head.continuation_mark == "" and cont.continuation_mark == "（上接第一版）"


def test_several_candidates_are_matched_by_title_or_kicker():
    archive = assemble([
        entry("01/01-gang-kou.md", title="港口吞吐量创新高", continued_to=3),
        entry("01/02-hai-yang.md", title="海洋经济", kicker="新区推进海洋经济高质量发展", continued_to=3),
        entry("03/01-hai-yang-xu.md", title="新区推进海洋经济高质量发展（续）", kind="continuation", page=3, continued_from=1),
        entry("03/02-gang-kou-xu.md", title="港口吞吐量创新高", kind="continuation", page=3, continued_from=1),
    ])
    assert linked(archive) == {"港口吞吐量创新高@1": "02-gang-kou-xu.md", "海洋经济@1": "01-hai-yang-xu.md"}


def test_no_title_to_tell_candidates_apart_links_nothing():
    archive = assemble([
        entry("01/01-a.md", title="甲", continued_to=3),
        entry("01/02-b.md", title="乙", continued_to=3),
        entry("03/01-c.md", title="丙", kind="continuation", page=3, continued_from=1),
    ])
    assert linked(archive) == {}
    assert [a.list_title for a in archive.articles if a.orphan] == ["（上接第一版）丙"]


def test_continues_set_by_an_editor_overrides_the_matching():
    archive = assemble([
        entry("01/01-a.md", title="甲", continued_to=3),
        entry("01/02-b.md", title="乙", continued_to=3),
        entry("03/01-c.md", title="丙", kind="continuation", page=3, continued_from=1,
              continues="xi-hai-an-xin-wen/2024/03/06/01/02-b.md"),
    ])
    assert linked(archive) == {"乙@1": "01-c.md"}


def test_a_fragment_whose_head_is_elsewhere_stays_a_marked_continuation():
    archive = assemble([
        entry("01/01-a.md", title="甲", continued_to=3, date="2024-03-05"),  # another day
        entry("03/01-c.md", title="甲", kind="continuation", page=3, continued_from=1),
        entry("03/02-d.md", title="也是十周年", kind="continuation", page=3, continued_from=2),
    ])
    assert linked(archive) == {}
    assert [a.list_title for a in archive.articles if a.orphan] == ["（上接第一版）甲", "（上接第二版）也是十周年"]
