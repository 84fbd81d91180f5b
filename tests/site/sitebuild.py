"""Build a project's site for the theme tests (with optional archive.yml settings) and
parse its HTML for links and scripts."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"


def make_site(dest: Path, fixture: str = "mini", **settings) -> Path:
    """Copy ``fixture`` and the repository's themes to ``dest``, merge ``settings`` into
    archive.yml, render, and return the project root (the site is ``dest/site``)."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "themes", dest / "themes")
    shutil.copytree(FIXTURES / fixture, dest, dirs_exist_ok=True)
    if settings:
        config = dest / "archive.yml"
        data = yaml.safe_load(config.read_text(encoding="utf-8")) if config.exists() else {}
        data.update(settings)
        config.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    render(dest)
    return dest


def render(root: Path) -> None:
    from generator import build as pipeline
    from generator.config import load_config

    pipeline.render(load_config(root), pipeline.Options(quiet=True))


def make_seed_site(dest: Path) -> Path:
    """The bundled seed pages built end to end (ingest, then render) with the repository's themes."""
    from generator import build as pipeline
    from generator.config import load_config

    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "themes", dest / "themes")
    shutil.copytree(REPO / "seeds", dest / "seeds")
    if (REPO / "archive.yml").is_file():
        shutil.copy(REPO / "archive.yml", dest / "archive.yml")
    pipeline.build(load_config(dest), pipeline.Options(quiet=True))
    return dest


def seed_segmentation_ready() -> str | None:
    """Why the seed site cannot be built yet, or None when it can."""
    try:
        import generator.build  # noqa: F401
        from generator.segment import segment_page  # noqa: F401
    except ImportError as exc:
        return f"segmentation stage not available yet: {exc}"
    return None


class Links(HTMLParser):
    """Every URL-bearing attribute of a page, plus the text of its <script> elements."""

    URL_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("form", "action"),
                 ("iframe", "src"), ("source", "src")}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str, str]] = []  # (tag, attr, value)
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        for name, value in attrs:
            if (tag, name) in self.URL_ATTRS and value is not None:
                self.urls.append((tag, name, value))
        if tag == "script":
            self._script = a
            self.scripts.append((a, ""))

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


def parse(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p
