"""The pipeline: read seeds, segment, write content, load, render, index, publish.

``build()`` reads like a table of contents; each stage is a helper below.
Pages are ingested in batches while worker processes cut the next; the site is made into
a staging folder beside ``site/`` and swapped in at once, only when whole.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from itertools import repeat
from pathlib import Path

from tqdm import tqdm

from .config import Config
from .content.loader import load_entries
from .content.writer import ContentStore, WriteReport, issue_dir, plan_page, sha256
from .depend import DEPS, Dependencies, Inputs, Job, carry
from .errors import BuildError, GeneratorError
from .files import (
    MARKER_TEXT,
    SITE_MARKER,
    check_output_dir,
    files_under,
    plain_relative,
    project_cache,
    remove_leftovers,
    remove_temp_files,
    swap_in,
)
from .fingerprint import RECORD, Record, files_digest, generator_version, published_record, render_fingerprint
from .ingest.reader import find_seeds, load_manifest, printable, read_page, unmatched_manifest_keys
from .lock import build_lock
from .records import Output, Page, SegmentedPage
from .search import search_jobs
from .segment import segment_page
from .site.archive import Archive, assemble
from .site.render import NO_BASE_URL, Renderer, site_jobs
from .site.themes import static_files

PARALLEL_PAGES = 16  # fewer new pages than this are segmented in the build's own process
INGEST_BATCH = 256  # pages read, cut and written together
PARALLEL_JOBS = 200  # fewer outputs to render than this are made in the build's own process
JOB_BATCH = 50  # outputs a worker process makes per task
CACHES = ".cache"  # what builds keep for the next one; clean removes it
ENTRY_CACHE = f"{CACHES}/entries.bin"  # content files as the last render loaded them
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
    skipped: list[str] = field(default_factory=list)  # a message for each bad file left out
    controls: int = 0  # control characters removed from page texts
    started: float = field(default_factory=time.monotonic)

    def line(self) -> str:
        took = time.monotonic() - self.started
        parts = [f"{plural(self.pages, 'page')} ({self.ingested} ingested)"] if self.pages else []
        if self.files:
            parts += [plural(self.articles, "article"), plural(self.issues, "issue"), plural(self.topics, "topic"),
                      f"{plural(self.files, 'file')} ({self.changed} changed)"]
        if self.kept_edited:
            parts.append(f"{plural(len(self.kept_edited), 'edited file')} kept")
        if self.controls:
            parts.append(f"{plural(self.controls, 'control character')} removed")
        if self.skipped:
            parts.append(f"{plural(len(self.skipped), 'bad file')} skipped")
        return ", ".join(parts) + f" in {took:.1f} s"


def plural(count: int, noun: str) -> str:
    """``1 page``, ``2 pages``, ``0 pages``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


@dataclass(frozen=True)
class Options:
    quiet: bool = False
    verbose: bool = False
    force: tuple[str, ...] = ()  # seed paths to re-ingest whatever their state
    strict: bool = False  # a skipped bad file makes the run fail (exit 1)
    lock_wait: float = 60.0  # seconds to wait for another build of the same project
    workers: int = 0  # processes that segment pages; 0: one per core

    def say(self, message: str) -> None:
        if not self.quiet:
            print(message, file=sys.stderr)

    def skip(self, summary: Summary, message: str) -> None:
        """Leave a bad file out of this run, say why (even when quiet) and count it."""
        summary.skipped.append(message)
        print(f"skipped: {message}", file=sys.stderr)

    def progress(self, items: Sequence, desc: str) -> Iterable:
        return tqdm(items, desc=desc, unit="", leave=False, disable=self.quiet or not sys.stderr.isatty())


def build(config: Config, options: Options) -> Summary:
    """Ingest new or changed seeds into content/, then render content/ into site/."""
    summary = Summary()
    with locked(config, options):
        ingest(config, options, summary)
        render(config, options, summary)
    return summary


def ingest(config: Config, options: Options, summary: Summary | None = None) -> Summary:
    """seeds/ -> content/: stamp every page, then read, segment and write the new or
    changed ones batch by batch. A bad page is skipped with its reason; the others go on."""
    summary = summary or Summary()
    with locked(config, options):
        remove_temp_files(config.path("content_dir"))  # left by a killed run
        store, version = ContentStore(config.root, config.content_dir), ingest_version(config)
        for note in store.notes + (store.quiet_notes if options.verbose else []):
            options.say(note)
        pages, manifest = read_pages(config, options, summary)
        todo = pages_to_segment(pages, store, version, config, options)
        written = 0
        with segmenter(options.workers, len(todo)) as cut:
            waiting: Iterator[tuple[SegmentedPage, str]] = iter(())
            for batch in [*batches(todo, INGEST_BATCH), []]:  # memory holds two batches of pages, not the archive
                again = reread(batch, manifest, config, options, summary)
                cutting = segment_pages(again, cut, config, options, summary)  # workers cut these while ...
                written += write_content(waiting, store, version, config, options, summary)  # ... the last are written
                waiting = cutting
        store.compact()
        summary.pages, summary.ingested = len(pages), written
    return summary


def render(config: Config, options: Options, summary: Summary | None = None) -> Summary:
    """content/ -> site/: load and assemble everything, render, then publish at once;
    nothing to do when the published site was made from exactly these inputs."""
    summary = summary or Summary()
    with locked(config, options):
        target = config.path("output_dir")
        check_output_dir(target, config.root, "output_dir")
        for left in remove_leftovers(target):
            options.say(f"publish: removed {left.name}, left by an interrupted build")
        fingerprint = render_fingerprint(config)
        record = published_record(target, fingerprint, (SITE_MARKER, DEPS))
        if record:
            replay(record, config, options, summary)
        else:
            record = render_and_publish(fingerprint, config, options, summary)
    summary.articles, summary.issues, summary.topics, summary.files = record.counts
    return summary


def render_and_publish(fingerprint: str, config: Config, options: Options, summary: Summary) -> Record:
    """Load the archive, then render and publish the site with its records."""
    already_skipped = len(summary.skipped)
    archive = load_archive(config, options, summary)
    if not config.base_url:
        options.say(f"render: {NO_BASE_URL}")
    counts = (len(archive.articles), len(archive.issues), len(archive.topics))

    def record(sizes: dict[str, int]) -> Record:
        return Record(fingerprint, files_digest(sizes), (*counts, len(sizes)), tuple(summary.skipped[already_skipped:]))

    made, summary.changed = publish(render_jobs(config, archive), record, config, options)
    return made


def replay(record: Record, config: Config, options: Options, summary: Summary) -> None:
    """Say what the render that made the published site said: its bad files stay skipped."""
    for message in record.skipped:
        options.skip(summary, message)
    if not config.base_url:
        options.say(f"render: {NO_BASE_URL}")


def clean(config: Config, options: Options) -> None:
    """Remove the output folder (never content/), if the generator made it, and the
    search's cache."""
    with locked(config, options):
        target = config.path("output_dir")
        check_output_dir(target, config.root, "output_dir")
        remove_leftovers(target)
        if target.exists():
            shutil.rmtree(target)
            options.say(f"removed {config.output_dir}/")
        else:
            options.say(f"nothing to remove: there is no {config.output_dir}/")
        caches = config.root / CACHES
        if caches.is_dir() and not caches.is_symlink():
            shutil.rmtree(caches)
            options.say(f"removed {CACHES}/")


def locked(config: Config, options: Options):
    """The project's build lock (see ``generator/lock.py``)."""
    return build_lock(config.root, options.lock_wait, options.say)


def ingest_version(config: Config) -> str:
    """A stamp of what turns seeds into content (the code, the default paper, the topics):
    when it changes, every seed is ingested again."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for name in INGEST_CODE:
        path = package / name
        for p in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(p.read_bytes())
    digest.update(repr((config.default_paper, sorted(config.topics.items()), metadata.version("pypinyin"))).encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Seed:
    """A seed page as found: its path, its name in the project and its stamp
    ``<hash of its text>:<hash of the metadata given for it>``."""

    path: Path
    source: str
    stamp: str


def read_pages(config: Config, options: Options, summary: Summary) -> tuple[list[Seed], dict]:
    """Every seed page that can be read, stamped (the text is not kept: a page to
    segment is read again when its turn comes). A page that cannot be read is skipped
    with the reason; a manifest that cannot be read stops the ingest (it may describe
    any page)."""
    seeds_dir = config.path("seeds_dir")
    try:
        manifest = load_manifest(seeds_dir, config.root, config.follow_symlinks)
    except GeneratorError as exc:
        options.skip(summary, f"{exc} (no page is ingested until it is fixed)")
        return [], {}
    paths = find_seeds(seeds_dir)
    if not paths:
        options.say(f"ingest: no seed pages in {config.seeds_dir}/")
    for key in unmatched_manifest_keys(manifest, paths):
        options.say(f"ingest: {config.seeds_dir}/manifest.yml: {key!r} names no seed page")
    seeds = []
    for path in paths:
        page = read_seed(path, config, manifest, options, summary)
        if page is not None:
            summary.controls += page.controls
            seeds.append(Seed(path, page.source, stamp(page)))
    return seeds, manifest


def read_seed(path: Path, config: Config, manifest, options: Options, summary: Summary) -> Page | None:
    """One seed page, or None (skipped, with the reason) when it cannot be read."""
    try:
        return read_page(path, config.root, manifest, seeds_dir=config.path("seeds_dir"),
                         follow_symlinks=config.follow_symlinks, max_bytes=config.max_page_bytes)
    except GeneratorError as exc:
        options.skip(summary, str(exc))
    except OSError as exc:
        options.skip(summary, f"ingest: {printable(path.relative_to(config.root).as_posix())}: cannot read it: {exc.strerror}")
    return None


def stamp(page: Page) -> str:
    """What a page was ingested from: its text and what a sidecar or the manifest says
    of it (changing either ingests it again)."""
    return f"{sha256(page.text)}:{sha256(repr(page.given))[:16]}"


def pages_to_segment(seeds: list[Seed], store: ContentStore, version: str, config: Config,
                     options: Options) -> list[Seed]:
    """The pages that are new or changed (or forced); a renamed page keeps its files."""
    for seed in seeds:
        old = store.adopt_renamed(seed.source, seed.stamp, lambda src: (config.root / src).is_file())
        if old:
            options.say(f"ingest: {seed.source}: renamed from {old}; its content files stay")
    return [s for s in seeds if s.source in options.force or not store.seed_is_current(s.source, s.stamp, version)]


def batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def reread(seeds: list[Seed], manifest: dict, config: Config, options: Options,
           summary: Summary) -> list[tuple[Page, str]]:
    """The pages of ``seeds`` read again, each with its stamp (of the text read now)."""
    pages = []
    for seed in seeds:
        page = read_seed(seed.path, config, manifest, options, summary)
        if page is not None:
            pages.append((page, stamp(page)))
    return pages


def segment_pages(pages: list[tuple[Page, str]], cut, config: Config, options: Options,
                  summary: Summary) -> Iterator[tuple[SegmentedPage, str]]:
    """Cut each page into articles (``cut``: a ``map`` from ``segmenter``, which starts
    now), yielding them in order as they are read; skip a page that cannot be cut, naming it."""
    results = cut(segment_one, [p for p, _ in pages], repeat(config.default_paper))

    def collect() -> Iterator[tuple[SegmentedPage, str]]:
        for (_page, seed_hash), result in zip(options.progress(pages, "segment"), results, strict=True):
            if isinstance(result, str):
                options.skip(summary, result)
            else:
                yield result, seed_hash

    return collect()


@contextmanager
def segmenter(workers: int, pages: int):
    """A ``map`` that cuts pages in the given order whatever the number of worker
    processes (``workers``; 0: one per core, and none for a few pages, where starting
    them costs more than it saves)."""
    if workers == 0 and pages < PARALLEL_PAGES:
        workers = 1
    workers = workers or os.cpu_count() or 1
    if workers < 2:
        yield map
        return
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        yield functools.partial(pool.map, chunksize=4)


def segment_one(page: Page, default_paper: str) -> SegmentedPage | str:
    """``segment_page``, or the message naming the page when it cannot be cut."""
    try:
        return segment_page(page, default_paper)
    except GeneratorError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - a bug on odd input must name the file, not stop the archive
        return f"segment: {page.source}: {type(exc).__name__}: {exc}"


def write_content(segmented: Iterable[tuple[SegmentedPage, str]], store: ContentStore, version: str, config: Config,
                  options: Options, summary: Summary) -> int:
    """Write the planned files; report files kept because a person edited them. Returns
    the number of pages cut."""
    pages = 0
    for seg, seed_hash in segmented:
        pages += 1
        source = seg.page.source
        try:
            taken = store.slugs_taken(f"{config.content_dir}/{issue_dir(seg.meta)}", source)
            files = plan_page(seg, config.content_dir, config.topics, store.previous(source), taken)
            report = store.write_seed(source, seed_hash, version, files, force=source in options.force)
        except GeneratorError as exc:
            options.skip(summary, f"{exc} (page {source})")
            continue
        except OSError as exc:
            options.skip(summary, f"ingest: {source}: cannot write its content files: {exc}")
            continue
        except Exception as exc:  # noqa: BLE001 - a bug on odd input must name the page, not stop the archive
            options.skip(summary, f"ingest: {source}: cannot write its content files: {type(exc).__name__}: {exc}")
            continue
        finally:
            store.save(source)  # after every page: an interrupted run leaves a true record
        _report(report, source, options, summary)
    return pages


def _report(report: WriteReport, source: str, options: Options, summary: Summary) -> None:
    for path in report.kept_edited:
        options.say(f"ingest: {path}: edited by hand, kept (ingest --force {source} regenerates it)")
    for path in report.left_deleted:
        options.say(f"ingest: {path}: deleted by hand, not written again (ingest --force {source} brings it back)")
    for path, problem in report.damaged:
        options.skip(summary, f"ingest: {path}: damaged ({problem}); kept as it is: mend it, or delete it and "
                              f"run ingest --force {source} to write it again")
    summary.kept_edited += report.kept_edited
    if options.verbose:
        options.say(f"ingest: {source}: {len(report.written)} written, {len(report.unchanged)} unchanged, "
                    f"{len(report.removed)} removed")


def load_archive(config: Config, options: Options, summary: Summary) -> Archive:
    """Load every content file (skipping, with the reason, one that cannot be) and
    assemble the archive model."""
    skipped: list[str] = []
    cache = project_cache(config.root, ENTRY_CACHE)
    entries = load_entries(config.root, config.content_dir, skipped, cache, generator_version())
    for message in skipped:
        options.skip(summary, message)
    return assemble(entries)


def render_jobs(config: Config, archive: Archive) -> Iterator[Job]:
    """Every output of the site as a job: HTML pages, data files, the search, static assets."""
    renderer = Renderer(config, archive)
    inputs = Inputs(config, archive, renderer.env)
    yield from site_jobs(config, archive, renderer, inputs)
    yield from search_jobs(config, archive, renderer, inputs)
    for path, src in static_files(config).items():
        data = src.read_bytes()
        yield Job(path, inputs.key(None, path, hashlib.sha256(data).hexdigest()), lambda path=path, data=data: [Output(path, data)])


def publish(jobs: Iterable[Job], record: Callable[[dict[str, int]], Record], config: Config,
            options: Options) -> tuple[Record, int]:
    """Make each job's files in a staging folder beside site/ (a job whose inputs are
    unchanged since the published site keeps its files, linked over; the others are made
    in worker processes when there are many), write the records, then swap the folder in,
    only when complete and only when some file differs. Returns the site's record and the
    number of files changed."""
    target = config.path("output_dir")
    old = Dependencies.read(target)
    deps = Dependencies()
    sizes: dict[str, int] = {}
    changed = 0

    def settle(job: Job, files: dict[str, int]) -> None:
        for path in files:
            _claim(path, sizes)
        sizes.update(files)
        deps.jobs[job.name] = (job.key, files)
        if job.after:
            job.after(files)

    target.parent.mkdir(parents=True, exist_ok=True)
    # Folders 0755 and files 0644 as they are made, whatever the user's umask: a web server
    # must read the site (carried files are links to files made so).
    umask = os.umask(0o022)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        os.chmod(staging, 0o755)
        pending: list[Job] = []  # to make, perhaps in worker processes
        for job in options.progress(jobs, "render"):
            files = old.current(job, target)
            if files is not None:
                for path in files:
                    carry(target, staging, path)
                settle(job, files)
            elif job.alone:
                files, count = make_job(job, staging, target)
                changed += count
                settle(job, files)
            else:
                pending.append(job)
        for job, (files, count) in zip(pending, made_jobs(pending, staging, target, options.workers), strict=True):
            changed += count
            settle(job, files)
        made = record(sizes)
        for o in (Output(DEPS, deps.to_bytes()), Output(RECORD, made.to_bytes()),
                  Output(SITE_MARKER, MARKER_TEXT.encode("utf-8"))):
            _claim(o.path, sizes)
            changed += _write(staging, target, o)
        changed += _removed(old, target, sizes, look=not changed)
        if changed:
            swap_in(staging, target)
    finally:
        os.umask(umask)
        shutil.rmtree(staging, ignore_errors=True)
    return made, changed


def _removed(old: Dependencies, site: Path, kept: dict[str, int], look: bool) -> int:
    """How many files of the published site the new one has no more: those its record
    lists, or, when it has none or nothing else changed (so a stray file dropped in by
    hand is still found), every file under it."""
    if look or not old.jobs:
        return sum(1 for path, _ in files_under(site) if path not in kept)
    return sum(1 for path in old.files() if path not in kept)


def make_job(job: Job, staging: Path, site: Path) -> tuple[dict[str, int], int]:
    """Write a job's files into ``staging``: their sizes by path, and how many differ from ``site``."""
    files: dict[str, int] = {}
    changed = 0
    for o in job.make():
        if o.path in files:
            raise BuildError(f"render: two outputs at one path: {o.path}")
        changed += _write(staging, site, o)
        files[o.path] = len(o.data)
    return files, changed


_MAKING: tuple[list[Job], Path, Path] | None = None  # what worker processes make (inherited through fork)


def _make_batch(start: int) -> list[tuple[dict[str, int], int]]:
    jobs, staging, site = _MAKING
    return [make_job(job, staging, site) for job in jobs[start : start + JOB_BATCH]]


def made_jobs(jobs: list[Job], staging: Path, site: Path, workers: int) -> Iterator[tuple[dict[str, int], int]]:
    """``make_job`` of each job, in order; in worker processes (``workers``, 0: one per
    core) when there are ``PARALLEL_JOBS`` or more. Each file's bytes are the same
    whichever process makes it."""
    global _MAKING
    workers = workers or os.cpu_count() or 1
    if len(jobs) < PARALLEL_JOBS or workers < 2:
        yield from (make_job(job, staging, site) for job in jobs)
        return
    _MAKING = (jobs, staging, site)
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            for batch in pool.map(_make_batch, range(0, len(jobs), JOB_BATCH)):
                yield from batch
    finally:
        _MAKING = None


def _claim(path: str, taken: dict[str, int]) -> None:
    if path in taken:
        raise BuildError(f"render: two outputs at one path: {path}")
    taken[path] = -1


def _write(staging: Path, site: Path, o: Output) -> int:
    """Write ``o`` into the staging folder; 1 when it differs from the published file, else 0."""
    path = _inside(staging, o.path)
    _folder(path.parent)
    old = site / o.path
    try:
        st = os.lstat(old)
        same = stat.S_ISREG(st.st_mode) and st.st_size == len(o.data) and old.read_bytes() == o.data
    except OSError:
        same = False
    try:
        if same:  # the published file, linked over
            carry(site, staging, o.path)
        else:
            with open(path, "xb") as f:  # never through a file already there: it may be linked to the published site
                f.write(o.data)
    except FileExistsError:
        raise BuildError(f"render: two outputs at one path: {o.path}") from None
    return 0 if same else 1


@functools.lru_cache(maxsize=4096)
def _folder(path: Path) -> None:
    """``mkdir -p``, once per folder (the staging folder's name is new every build)."""
    path.mkdir(parents=True, exist_ok=True)


def _inside(folder: Path, rel: str) -> Path:
    """``folder/rel``, refusing any path that would land outside ``folder``. The staging
    folder holds only what the build writes (no links), so the path is checked as written."""
    if not plain_relative(rel):
        raise BuildError(f"render: refusing to write outside the output folder: {rel}")
    return folder / rel
