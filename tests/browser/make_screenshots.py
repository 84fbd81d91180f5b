"""Screenshots of the home page, an issue and an article at desktop and phone width.

    python tests/browser/make_screenshots.py SITE_FOLDER [OUT_FOLDER]

SITE_FOLDER is a built ``site/``; the pictures go to ``docs/screenshots/`` by default."""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

SIZES = {"desktop": (1280, 800), "phone": (390, 844)}


def pick(site: Path) -> dict[str, str]:
    """The newest dated issue that has articles, and its first article with a byline."""
    import json

    records = json.loads((site / "api" / "articles.json").read_text(encoding="utf-8"))
    dated = [r for r in records if r["date"]] or records
    newest = max(dated, key=lambda r: r["date"])
    issue = newest["url"].rsplit("/", 3)[0] + "/index.html"
    same = [r for r in dated if r["url"].startswith(issue.removesuffix("index.html"))]
    article = next((r for r in same if r["authors"] and r["kind"] == "article"), same[0])
    return {"home": "index.html", "issue": issue, "article": article["url"]}


def main(site: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    targets = pick(site)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for size, (w, h) in SIZES.items():
            ctx = browser.new_context(viewport={"width": w, "height": h}, device_scale_factor=1)
            page = ctx.new_page()
            for name, path in targets.items():
                page.goto((site / path).as_uri())
                page.screenshot(path=str(out / f"{name}-{size}.png"))
            ctx.close()
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve(), Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parents[2] / "docs/screenshots")
