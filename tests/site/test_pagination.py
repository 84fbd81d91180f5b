"""Long topic and reporter lists are cut into pages of ``list_page_size`` articles."""

from __future__ import annotations

import re

from generator.config import load_config
from generator.content.loader import load_entries
from generator.site.archive import assemble
from tests.conftest import make_project, run_build


def test_every_article_of_a_long_list_is_on_exactly_one_of_its_pages(tmp_path):
    root = make_project(tmp_path / "p", seeds=True)
    (root / "archive.yml").write_text("list_page_size: 2\nbase_url: https://archive.example.org/\n", encoding="utf-8")
    run_build(root)
    site = root / "site"
    archive = assemble(load_entries(root, "content"))
    long = [g for g in (*archive.topics, *archive.reporters) if len(g.articles) > 2]
    assert long  # the bundled pages have topics with more than two articles
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for group in long:
        pages = -(-len(group.articles) // 2)
        urls = [group.url] + [group.url.replace("index.html", f"{n}/index.html") for n in range(2, pages + 1)]
        assert not (site / group.url.replace("index.html", f"{pages + 1}/index.html")).exists()
        listed = []
        for n, url in enumerate(urls, start=1):
            html = (site / url).read_text(encoding="utf-8")
            body = html.split('<div class="group-articles">', 1)[1].split("</div>", 1)[0]
            listed += re.findall(r'<h3[^>]*>\s*<a href="([^"]+)"', body)
            assert f"第 {n} / {pages} 页" in html
            assert ('rel="prev"' in html) == (n > 1) and ('rel="next"' in html) == (n < pages)
            assert f"https://archive.example.org/{url}" in sitemap
        assert len(listed) == len(group.articles) == len(set(listed))  # each once, none left out


def test_a_short_list_has_no_pager(mini_project):
    run_build(mini_project, "render")
    config = load_config(mini_project)
    archive = assemble(load_entries(config.root, config.content_dir))
    group = archive.reporters[0]
    html = (mini_project / "site" / group.url).read_text(encoding="utf-8")
    assert "list-pager" not in html
    assert not (mini_project / "site" / group.url.replace("index.html", "2/index.html")).exists()
