"""The pipeline: read seeds, segment, write content, load, render, index, publish.

``build()`` reads like a table of contents; each stage is a helper below.
Everything is read and rendered in memory before anything is written to ``site/``.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pypinyin import __version__ as pypinyin_version
from tqdm import tqdm

from .config import Config
from .content.loader import load_entries
from .content.writer import ContentStore, WriteReport, issue_dir, plan_page, sha256
from .errors import BuildError, GeneratorError
from .ingest.reader import find_seeds, load_manifest, read_page, unmatched_manifest_keys
from .records import Page, SegmentedPage
from .search import search_outputs
from .segment import segment_page
from .site.archive import Archive, assemble
from .site.render import NO_BASE_URL, Output, render_site
from .site.themes import static_files

# the code that turns seeds into content files (its stamp decides when to ingest again)
INGEST_CODE = ("segment", "ingest", "content/writer.py", "content/topics.py", "content/loader.py",
               "slugs.py", "records.py", "yamlfile.py")


@dataclass
class Summary:
    """What a run did, for the one-line report at the end."""

    pages: int = 0
    ingested: int = 0  # pages segmented this run (the others were current)
    articles: int = 0
    issues: int = 0
    topics: int = 0
    files: int = 0
    changed: int = 0  # site files written this run
    kept_edited: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def line(self) -> str:
        took = time.monotonic() - self.started
        parts = [f"{plural(self.pages, 'page')} ({self.ingested} ingested)"] if self.pages else []
        if self.files:
            parts += [plural(self.articles, "article"), plural(self.issues, "issue"), plural(self.topics, "topic"),
                      f"{plural(self.files, 'file')} ({self.changed} changed)"]
        if self.kept_edited:
            parts.append(f"{plural(len(self.kept_edited), 'edited file')} kept")
        return ", ".join(parts) + f" in {took:.1f} s"


def plural(count: int, noun: str) -> str:
    """``1 page``, ``2 pages``, ``0 pages``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class Options:
    quiet: bool = False
    verbose: bool = False
    force: tuple[str, ...] = ()  # seed paths to re-ingest whatever their state

    def say(self, message: str) -> None:
        if not self.quiet:
            print(message, file=sys.stderr)

    def progress(self, items: Sequence, desc: str) -> Iterable:
        return tqdm(items, desc=desc, unit="", leave=False, disable=self.quiet or not sys.stderr.isatty())


def build(config: Config, options: Options) -> Summary:
    """Ingest new or changed seeds into content/, then render content/ into site/."""
    summary = Summary()
    ingest(config, options, summary)
    render(config, options, summary)
    return summary


def ingest(config: Config, options: Options, summary: Summary | None = None) -> Summary:
    """seeds/ -> content/: read every page, segment them all, then write."""
    summary = summary or Summary()
    store, version = ContentStore(config.root, config.content_dir), ingest_version(config)
    pages = read_pages(config, options)
    segmented = segment_pages(pages, store, version, config, options)
    write_content(segmented, store, version, config, options, summary)
    summary.pages, summary.ingested = len(pages), len(segmented)
    return summary


def render(config: Config, options: Options, summary: Summary | None = None) -> Summary:
    """content/ -> site/: load and assemble everything, render, then publish at once."""
    summary = summary or Summary()
    archive = load_archive(config)
    if not config.base_url:
        options.say(f"render: {NO_BASE_URL}")
    outputs = render_outputs(config, archive)
    summary.changed = publish(outputs, config, options)
    summary.articles, summary.issues = len(archive.articles), len(archive.issues)
    summary.topics, summary.files = len(archive.topics), len(outputs)
    return summary


def ingest_version(config: Config) -> str:
    """A stamp of what turns seeds into content (the code, the default paper, the topics):
    when it changes, every seed is ingested again."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for name in INGEST_CODE:
        path = package / name
        for p in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(p.read_bytes())
    digest.update(repr((config.default_paper, sorted(config.topics.items()), pypinyin_version)).encode("utf-8"))
    return digest.hexdigest()[:16]


def read_pages(config: Config, options: Options) -> list[tuple[Page, str]]:
    """Every seed page, each with a stamp ``<hash of its text>:<hash of the metadata given
    for it>``."""
    seeds_dir = config.path("seeds_dir")
    manifest = load_manifest(seeds_dir, config.root)
    paths = find_seeds(seeds_dir)
    if not paths:
        options.say(f"ingest: no seed pages in {config.seeds_dir}/")
    for key in unmatched_manifest_keys(manifest, paths):
        options.say(f"ingest: {config.seeds_dir}/manifest.yml: {key!r} names no seed page")
    pages = [read_page(p, config.root, manifest) for p in paths]
    # the stamp covers what a sidecar or the manifest says too: changing them re-ingests
    return [(page, f"{sha256(page.text)}:{sha256(repr(page.given))[:16]}") for page in pages]


def segment_pages(pages: list[tuple[Page, str]], store: ContentStore, version: str, config: Config,
                  options: Options) -> list[tuple[SegmentedPage, str]]:
    """Cut each page that is new or changed (or forced) into articles."""
    for page, seed_hash in pages:
        old = store.adopt_renamed(page.source, seed_hash, lambda src: (config.root / src).is_file())
        if old:
            options.say(f"ingest: {page.source}: renamed from {old}; its content files stay")
    todo = [(p, h) for p, h in pages if p.source in options.force or not store.seed_is_current(p.source, h, version)]
    out = []
    for page, seed_hash in options.progress(todo, "segment"):
        try:
            out.append((segment_page(page, config.default_paper), seed_hash))
        except GeneratorError:
            raise
        except Exception as exc:  # a bug on odd input must still name the file
            raise BuildError(f"segment: {page.source}: {type(exc).__name__}: {exc}") from exc
    return out


def write_content(segmented: list[tuple[SegmentedPage, str]], store: ContentStore, version: str, config: Config,
                  options: Options, summary: Summary) -> None:
    """Write the planned files; report files kept because a person edited them."""
    for seg, seed_hash in segmented:
        source = seg.page.source
        taken = store.slugs_taken(f"{config.content_dir}/{issue_dir(seg.meta)}", source)
        files = plan_page(seg, config.content_dir, config.topics, store.previous(source), taken)
        report = store.write_seed(source, seed_hash, version, files, force=source in options.force)
        store.save()  # after every page: an interrupted run leaves a true record
        _report(report, source, options, summary)


def _report(report: WriteReport, source: str, options: Options, summary: Summary) -> None:
    for path in report.kept_edited:
        options.say(f"ingest: {path}: edited by hand, kept (ingest --force {source} regenerates it)")
    for path in report.left_deleted:
        options.say(f"ingest: {path}: deleted by hand, not written again (ingest --force {source} brings it back)")
    summary.kept_edited += report.kept_edited
    if options.verbose:
        options.say(f"ingest: {source}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
                    f"{len(report.removed)} removed")


def load_archive(config: Config) -> Archive:
    """Load every content file and assemble the archive model."""
    return assemble(load_entries(config.root, config.content_dir))


def render_outputs(config: Config, archive: Archive) -> list[Output]:
    """HTML pages, data files, the search index and static assets, all in memory."""
    outputs = render_site(config, archive) + list(search_outputs(config, archive))
    outputs += [Output(path, src.read_bytes()) for path, src in static_files(config).items()]
    seen: set[str] = set()
    for o in outputs:
        if o.path in seen:
            raise BuildError(f"render: two outputs at one path: {o.path}")
        seen.add(o.path)
    return sorted(outputs, key=lambda o: o.path)


def publish(outputs: list[Output], config: Config, options: Options) -> int:
    """Write into a temporary folder beside site/, then swap it in only when complete.
    A site that already holds exactly these files is left alone. Returns the files changed."""
    target = config.path("output_dir")
    changed = changed_files(outputs, target)
    if not changed:
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        for o in options.progress(outputs, "write"):
            path = _inside(staging, o.path)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(o.data)
        _swap(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return len(changed)


def changed_files(outputs: list[Output], target: Path) -> set[str]:
    """Paths whose bytes differ from the site on disk, plus files the site has no more."""
    if not target.is_dir():
        return {o.path for o in outputs}
    present = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    changed = present - {o.path for o in outputs}
    for o in outputs:
        path = target / o.path
        if o.path not in present or path.stat().st_size != len(o.data) or path.read_bytes() != o.data:
            changed.add(o.path)
    return changed


def _inside(folder: Path, rel: str) -> Path:
    """``folder/rel``, refusing any path that would land outside ``folder``."""
    path = (folder / rel).resolve()
    if rel.startswith("/") or not path.is_relative_to(folder.resolve()):
        raise BuildError(f"render: refusing to write outside the output folder: {rel}")
    return path


def _swap(staging: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
