"""Fixtures for driving the built site in Chromium: the sites, served over HTTP, and axe-core."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sitebuild = _load("theme_sitebuild", HERE.parent / "site" / "sitebuild.py")
shared = _load("theme_shared_conftest", HERE.parent / "conftest.py")  # serve_folder


@pytest.fixture(scope="session")
def browser_mini_site(tmp_path_factory) -> Path:
    """The mini fixture rendered with the default theme; returns the site folder."""
    return sitebuild.make_site(tmp_path_factory.mktemp("browser-mini") / "p") / "site"


@pytest.fixture(scope="session")
def browser_seed_site(tmp_path_factory) -> Path:
    reason = sitebuild.seed_segmentation_ready()
    if reason:
        pytest.skip(reason)
    return sitebuild.make_seed_site(tmp_path_factory.mktemp("browser-seed") / "p") / "site"


@pytest.fixture(scope="session")
def mini_url(browser_mini_site):
    """Base URL of the mini site over HTTP."""
    with shared.serve_folder(browser_mini_site) as url:
        yield url


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe-core as shipped by the axe-playwright-python package."""
    axe = pytest.importorskip("axe_playwright_python", reason="pip install axe-playwright-python (test extra)")
    path = Path(axe.__file__).parent / "axe.min.js"
    if not path.is_file():
        pytest.skip("axe-playwright-python ships no axe.min.js")
    return path


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    p = context.new_page()
    p.set_default_timeout(10_000)
    return p
