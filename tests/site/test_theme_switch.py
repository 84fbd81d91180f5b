"""The theme chosen in archive.yml, a site-level template override and a base_url all change the output."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import make_site

SERVICE = "xi-hai-an-xin-wen/2024/09/09/02/jian-bing-jian-zou-liu-cheng/index.html"


def test_minimal_theme_replaces_base_and_stylesheet(tmp_path, mini_site):
    root = make_site(tmp_path / "p", theme="minimal")
    site = root / "site"
    html = (site / SERVICE).read_text(encoding="utf-8")
    assert 'class="theme-minimal"' in html
    default = (mini_site / "site" / SERVICE).read_text(encoding="utf-8")
    assert 'class="theme-minimal"' not in default
    # the article itself still comes from the default theme's template
    assert '<p class="citation" id="citation-text">陈蔚. 肩并肩走流程，心贴心优服务[N]. 西海岸新闻, 2024-09-09(2).</p>' in html
    minimal_css = (site / "static/css/site.css").read_text(encoding="utf-8")
    assert minimal_css != (mini_site / "site/static/css/site.css").read_text(encoding="utf-8")
    assert "Minimal theme" in minimal_css
    assert (site / "static/js/site.js").is_file()  # assets the minimal theme does not replace


def test_site_override_replaces_one_template(tmp_path, mini_site):
    overrides = tmp_path / "p" / "templates"
    overrides.mkdir(parents=True)
    (overrides / "404.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>此页不存在（本馆定制）</h1>{% endblock %}\n', encoding="utf-8")
    root = make_site(tmp_path / "p")
    site = root / "site"
    assert "此页不存在（本馆定制）" in (site / "404.html").read_text(encoding="utf-8")
    # other templates are untouched
    assert (site / "index.html").read_bytes() == (mini_site / "site" / "index.html").read_bytes()


def test_unknown_theme_is_a_config_error(tmp_path):
    from generator.errors import ConfigError

    with pytest.raises(ConfigError, match="'theme'"):
        make_site(tmp_path / "p", theme="nope")


def test_base_url_makes_permalink_and_metadata_absolute(tmp_path):
    root = make_site(tmp_path / "p", base_url="https://archive.example.org/")
    html = (root / "site" / SERVICE).read_text(encoding="utf-8")
    url = f"https://archive.example.org/{SERVICE}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert f'固定链接：<a href="{url}">{url}</a>' in html
    assert f'"url": "{url}"' in html
    assert f'陈蔚. 肩并肩走流程，心贴心优服务[N/OL]. 西海岸新闻, 2024-09-09(2). {url}</p>' in html
    not_found = (root / "site" / "404.html").read_text(encoding="utf-8")
    assert '<base href="https://archive.example.org/">' in not_found
    assert not_found.index("<base ") < not_found.index("<link ")


def test_theme_files_exist():
    themes = Path(__file__).resolve().parents[2] / "themes"
    for name in ("base.html", "index.html", "calendar.html", "issue.html", "page.html", "article.html",
                 "topics.html", "topic.html", "reporters.html", "reporter.html", "404.html"):
        assert (themes / "default" / "templates" / name).is_file(), name
    assert (themes / "minimal" / "templates" / "base.html").is_file()
