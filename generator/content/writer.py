"""Write segmented articles into ``content/`` as Markdown with YAML front matter,
without ever overwriting a file that a person has changed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import BuildError
from ..records import Article, IssueMeta, SegmentedPage
from ..slugs import slugify, unique
from .topics import assign_topics

STATE_FILE = ".ingest.json"
FRONT_MATTER_KEYS = (
    "title", "title_derived", "kicker", "subtitle", "kind", "paper", "date", "date_precision",
    "page", "authors", "correspondents", "dateline", "continued_from", "continued_to",
    "subheads", "captions", "topics", "source", "slug", "provenance",
)


@dataclass(frozen=True)
class ContentFile:
    """One article ready to be written: where, and the exact text."""

    path: str  # relative to the project root
    text: str
    source: str


@dataclass(frozen=True)
class WriteReport:
    """What an ingest did to ``content/``."""

    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    kept_edited: tuple[str, ...]
    removed: tuple[str, ...]


def sha256(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def paper_slug(paper: str) -> str:
    return slugify(paper, fallback="paper")


def issue_dir(meta: IssueMeta) -> str:
    """``<paper>/<yyyy>/<mm>/<dd>/<page>`` (``undated`` when the date is unknown)."""
    day = meta.date.replace("-", "/") if meta.date else "undated"
    return f"{paper_slug(meta.paper)}/{day}/{meta.page:02d}"


def front_matter(article: Article, meta: IssueMeta, source: str, slug: str, topics: list[str]) -> dict:
    """The front matter of one article, keys in the documented order."""
    values = {
        "title": article.title, "title_derived": article.title_derived, "kicker": article.kicker,
        "subtitle": article.subtitle, "kind": article.kind, "paper": meta.paper, "date": meta.date,
        "date_precision": meta.date_precision, "page": meta.page, "authors": list(article.authors),
        "correspondents": list(article.correspondents), "dateline": article.dateline,
        "continued_from": article.continued_from, "continued_to": article.continued_to,
        "subheads": list(article.subheads), "captions": list(article.captions), "topics": topics,
        "source": source, "slug": slug,
        # how paper, date and page were found: sidecar, manifest, filename, dateline, byline…
        "provenance": dict(meta.found),
    }
    return {key: values[key] for key in FRONT_MATTER_KEYS}


def render_file(meta: Mapping, body: str) -> str:
    """Markdown text: ``---`` YAML front matter ``---`` then the body."""
    head = yaml.safe_dump(dict(meta), allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{head}---\n\n{body.strip()}\n"


def plan_page(seg: SegmentedPage, content_dir: str, taxonomy: Mapping[str, Sequence[str]],
              previous: Mapping[str, str] | None = None, taken: set[str] | None = None) -> list[ContentFile]:
    """The content files for one segmented page, with slugs unique in their folder.

    ``previous`` maps slugs this page had before to their bodies: an article whose body
    is mostly the same keeps its slug, so a re-ingest keeps its URL. ``taken`` holds the
    slugs other files in the folder already use (another seed's, or an editor's)."""
    taken = set(taken or ())
    files = []
    folder = f"{content_dir}/{issue_dir(seg.meta)}"
    kept = _kept_slugs(seg.articles, previous or {})
    for order, article in enumerate(seg.articles, 1):
        slug = unique(kept.get(order) or slugify(article.title, fallback="article"), taken)
        topics = assign_topics(article.title, article.body, taxonomy)
        meta = front_matter(article, seg.meta, seg.page.source, slug, topics)
        # the number keeps the page's reading order in a plain file listing
        files.append(ContentFile(f"{folder}/{order:02d}-{slug}.md", render_file(meta, article.body), seg.page.source))
    return files


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _kept_slugs(articles: Sequence[Article], previous: Mapping[str, str], least: float = 0.5) -> dict[int, str]:
    """Article number -> the previous slug whose body it shares most bigrams with (Jaccard)."""
    old = {slug: _bigrams(body) for slug, body in previous.items()}
    out: dict[int, str] = {}
    for order, article in enumerate(articles, 1):
        grams = _bigrams(article.body)
        scored = [(len(grams & g) / len(grams | g), slug) for slug, g in old.items() if grams | g]
        score, slug = max(scored, default=(0.0, ""))
        if score >= least:
            out[order] = slug
            del old[slug]
    return out


class ContentStore:
    """``content/`` plus the record of what ingest wrote there and its hash."""

    def __init__(self, root: Path, content_dir: str):
        self.root = root
        self.dir = root / content_dir
        self.state_path = self.dir / STATE_FILE
        self.state: dict = self._read_state()
        # every file ingest wrote, with the hash of what it wrote
        self.recorded: dict[str, str] = {p: h for e in self.state.values() for p, h in e.get("files", {}).items()}

    def _read_state(self) -> dict:
        if not self.state_path.is_file():
            return {}
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise BuildError(f"ingest: {self.state_path.relative_to(self.root).as_posix()}: damaged ({exc}); "
                             "delete it and ingest again: every content file there will then be kept as edited") from exc
        return state if isinstance(state, dict) else {}

    def seed_is_current(self, source: str, seed_hash: str, version: str) -> bool:
        """True when this seed was ingested from these bytes by this segmenter version."""
        entry = self.state.get(source)
        return bool(entry) and entry.get("seed") == seed_hash and entry.get("version") == version

    def edited(self, rel: str) -> bool:
        """A file exists that ingest did not write as it is now (a person changed or made it)."""
        path = self.root / rel
        return path.is_file() and self.recorded.get(rel) != sha256(path.read_bytes())

    def write_seed(self, source: str, seed_hash: str, version: str, files: Iterable[ContentFile], force: bool) -> WriteReport:
        """Write one seed's files; keep edited ones unless ``force``; drop stale unedited ones."""
        files = list(files)
        written, unchanged, kept = [], [], []
        for f in files:
            path = self.root / f.path
            if path.is_file() and path.read_text(encoding="utf-8") == f.text:
                unchanged.append(f.path)
            elif self.edited(f.path) and not force:
                kept.append(f.path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(f.text, encoding="utf-8")
                written.append(f.path)
        removed, kept_stale = self._remove_stale(source, {f.path for f in files}, force)
        # an edited file stays this seed's, with the hash of what ingest last wrote there,
        # so that it is still seen as edited and its slug as this seed's own
        hashes = {f.path: sha256(f.text) for f in files if f.path not in kept}
        hashes |= {p: self.recorded.get(p, "") for p in kept + kept_stale}
        self.state[source] = {"seed": seed_hash, "version": version, "files": dict(sorted(hashes.items()))}
        self.recorded.update(hashes)
        return WriteReport(tuple(written), tuple(unchanged), tuple(kept + kept_stale), tuple(removed))

    def _remove_stale(self, source: str, keep: set[str], force: bool) -> tuple[list[str], list[str]]:
        """Delete files this seed produced before but not now, unless a person edited them."""
        removed, kept = [], []
        for rel in self.state.get(source, {}).get("files", {}):
            path = self.root / rel
            if rel in keep or not path.is_file():
                continue
            if self.edited(rel) and not force:
                kept.append(rel)
                continue
            path.unlink()
            removed.append(rel)
        return removed, kept

    def previous_bodies(self, source: str) -> dict[str, str]:
        """Slug -> body of the files this seed produced last time that are still there."""
        out = {}
        for rel in self.state.get(source, {}).get("files", {}):
            path = self.root / rel
            if path.is_file():
                head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
                slug = next((ln[6:].strip() for ln in head.splitlines() if ln.startswith("slug: ")), "")
                if slug:
                    out[slug] = body.strip()
        return out

    def slugs_taken(self, folder: str, source: str) -> set[str]:
        """Slugs of the files in ``folder`` that this seed did not write."""
        own = set(self.state.get(source, {}).get("files", {}))
        path = self.root / folder
        files = path.glob("*.md") if path.is_dir() else []
        return {f.stem.split("-", 1)[-1] for f in files if f.relative_to(self.root).as_posix() not in own}

    def save(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.state, ensure_ascii=False, indent=1, sort_keys=True)
        self.state_path.write_text(text + "\n", encoding="utf-8")
