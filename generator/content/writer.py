"""Write segmented articles into ``content/`` as Markdown with YAML front matter,
without ever overwriting a file that a person has changed."""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import BuildError, GeneratorError
from ..files import plain_relative, sync_folder, write_atomic
from ..records import Article, IssueMeta, SegmentedPage
from ..slugs import slugify, unique
from ..yamlfile import dump_yaml
from .loader import split_front_matter
from .topics import assign_topics

STATE_FILE = ".ingest.json"
JOURNAL_FILE = ".ingest.journal"  # changes to the record since it was last written whole
FRONT_MATTER_KEYS = (
    "title", "title_derived", "kicker", "subtitle", "kind", "paper", "date", "date_precision",
    "page", "section", "editors", "column", "editor_note", "authors", "correspondents", "photographers",
    "dateline", "dateline_date", "continued_from", "continued_to", "truncated",
    "subheads", "subheads2", "captions", "topics", "source", "slug", "provenance",
)
# written only when the page prints them, so that a file says what the page says
OPTIONAL_KEYS = ("section", "editors", "column", "editor_note", "photographers", "dateline_date", "truncated", "subheads2")


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
    left_deleted: tuple[str, ...] = ()  # removed by a person: not written again
    damaged: tuple[tuple[str, str], ...] = ()  # (path, what is wrong): kept as they are


def sha256(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def paper_slug(paper: str) -> str:
    return slugify(paper, fallback="paper")


def issue_path(paper: str, date: str, precision: str) -> str:
    """``<paper>/<yyyy>/<mm>/<dd>``: ``00`` stands for a month or day not known, so an
    issue dated only to a month never shares a folder with one of a known day;
    ``undated`` when nothing is known."""
    if not date or precision == "unknown":
        return f"{paper_slug(paper)}/undated"
    year, month, day = date.split("-")
    known = {"year": (year, "00", "00"), "month": (year, month, "00")}.get(precision, (year, month, day))
    return f"{paper_slug(paper)}/{'/'.join(known)}"


def issue_dir(meta: IssueMeta) -> str:
    """``<paper>/<yyyy>/<mm>/<dd>/<page>``: the content folder of one page."""
    return f"{issue_path(meta.paper, meta.date, meta.date_precision)}/{meta.page:02d}"


def front_matter(article: Article, meta: IssueMeta, source: str, slug: str, topics: list[str]) -> dict:
    """The front matter of one article, keys in the documented order."""
    values = {
        "title": article.title, "title_derived": article.title_derived, "kicker": article.kicker,
        "subtitle": article.subtitle, "kind": article.kind, "paper": meta.paper, "date": meta.date,
        "date_precision": meta.date_precision, "page": meta.page, "section": meta.section,
        "editors": dict(meta.editors), "column": article.column, "editor_note": article.editor_note,
        "authors": list(article.authors), "correspondents": list(article.correspondents),
        "photographers": list(article.photographers), "dateline": article.dateline,
        "dateline_date": dateline_date(article, meta), "continued_from": article.continued_from,
        "continued_to": article.continued_to, "truncated": article.truncated,
        "subheads": list(article.subheads), "subheads2": list(article.subheads2),
        "captions": list(article.captions), "topics": topics, "source": source, "slug": slug,
        # how paper, date and page were found: sidecar, manifest, header, filename, dateline, byline…
        "provenance": dict(meta.found),
    }
    return {key: values[key] for key in FRONT_MATTER_KEYS if key not in OPTIONAL_KEYS or values[key]}


def dateline_date(article: Article, meta: IssueMeta) -> str:
    """The day an article's dateline names (``本报9月9日讯`` in a paper of 10 September),
    when it is not the issue's date; "" otherwise."""
    if not article.dateline_month or not meta.date or meta.date_precision == "unknown":
        return ""
    try:
        day = _dt.date(int(meta.date[:4]), article.dateline_month, article.dateline_day or 1).isoformat()
    except ValueError:
        return ""
    return "" if day == meta.date or not article.dateline_day else day


def render_file(meta: Mapping, body: str) -> str:
    """Markdown text: ``---`` YAML front matter ``---`` then the body."""
    head = dump_yaml(dict(meta))
    return f"---\n{head}---\n\n{body.strip()}\n"


# Markdown that page text may hold by chance: emphasis, code, links anywhere; headings,
# list items and rules at the start of a paragraph. ``<`` and ``&`` need nothing here:
# the renderer escapes HTML before it reads Markdown (``site/archive.py``, render_body).
_INLINE = re.compile(r"([\\`*_\[\]])")
_LINE_START = re.compile(r"^(\s*)(#|[-+](?=\s|-*$)|\d+(?=[.)](?:\s|$)))")


def escape_markdown(text: str) -> str:
    """``text`` with what Markdown would read as markup escaped, so it shows as printed."""
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m[1] + (f"{m[2]}\\" if m[2][0].isdigit() else f"\\{m[2]}"), text)


_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()>#+\-.!])")  # the escapes Markdown reads (Python-Markdown's list)


def unescape_markdown(text: str) -> str:
    """Markdown's backslash escapes removed: the text a reader sees, for search and feeds."""
    return _ESCAPED.sub(r"\1", text)


def page_markdown(article: Article) -> str:
    """The body as written to the content file: page text escaped, the ``## `` subheads
    and ``### `` headings the segmenter made kept as headings (an editor's own Markdown
    is never touched)."""
    own = {"## ": set(article.subheads), "### ": set(article.subheads2)}
    lines = []
    for line in article.body.split("\n"):
        mark = next((m for m, texts in own.items() if line.startswith(m) and line[len(m):] in texts), "")
        lines.append(mark + escape_markdown(line[len(mark):]))
    return "\n".join(lines)


@dataclass(frozen=True)
class Previous:
    """A file a seed produced on an earlier ingest: where it is, its slug and body."""

    path: str
    slug: str
    body: str


def plan_page(seg: SegmentedPage, content_dir: str, taxonomy: Mapping[str, Sequence[str]],
              previous: Sequence[Previous] = (), taken: set[str] | None = None) -> list[ContentFile]:
    """The content files for one segmented page, with slugs unique in their folder.

    An article whose body is mostly that of a ``previous`` file goes to that same file
    (same slug, same URL), whatever its title or place now. ``taken`` holds the slugs of
    other files in the folder (another seed's, or an editor's)."""
    taken = set(taken or ()) | {p.slug for p in previous}
    matched = _match_previous(seg.articles, previous)
    folder = f"{content_dir}/{issue_dir(seg.meta)}"
    files = []
    for order, article in enumerate(seg.articles, 1):
        old = matched.get(order)
        slug = old.slug if old else unique(slugify(article.title, fallback="article"), taken)
        # the number keeps the page's reading order in a plain file listing
        moved = not (old and old.path.startswith(f"{folder}/"))  # the page's paper, date or page changed
        path = f"{folder}/{order:02d}-{slug}.md" if moved else old.path
        topics = assign_topics(article.title, article.body, taxonomy)
        meta = front_matter(article, seg.meta, seg.page.source, slug, topics)
        files.append(ContentFile(path, render_file(meta, page_markdown(article)), seg.page.source))
    return files


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _match_previous(articles: Sequence[Article], previous: Sequence[Previous], least: float = 0.5) -> dict[int, Previous]:
    """Article number -> the previous file whose body it shares most bigrams with (Jaccard)."""
    old = {p.path: (p, _bigrams(p.body)) for p in previous}
    out: dict[int, Previous] = {}
    for order, article in enumerate(articles, 1):
        grams = _bigrams(article.body)
        scored = [(len(grams & g) / len(grams | g), path) for path, (_, g) in old.items() if grams | g]
        score, path = max(scored, default=(0.0, ""))
        if score >= least:
            out[order] = old.pop(path)[0]
    return out


class ContentStore:
    """``content/`` plus the record of what ingest wrote there and its hash.

    The record (``.ingest.json``) is rebuilt from the content files when it is missing or
    damaged, and every path in it must lie inside ``content/``: ``notes`` says what was
    rebuilt or ignored, for the run's report."""

    def __init__(self, root: Path, content_dir: str):
        self.root = root
        self.dir = root / content_dir
        self.state_path = self.dir / STATE_FILE
        self.notes: list[str] = []  # for every run
        self.quiet_notes: list[str] = []  # for a verbose run
        self.state: dict = self._read_state()
        self._orphans: dict[str, list[str]] | None = None  # see adopt_renamed
        # every file ingest wrote, with the hash of what it wrote ("" when not known)
        self.recorded: dict[str, str] = {p: h for e in self.state.values() for p, h in e.get("files", {}).items()}

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def _inside(self, rel: str) -> None:
        """Refuse a recorded path that is not a plain path inside content/ (checked as
        written; every file is opened through ``_file``, which follows links too)."""
        if not (rel.startswith(self._rel(self.dir) + "/") and plain_relative(rel)):
            raise BuildError(f"ingest: {rel!r} is outside {self._rel(self.dir)}/: refused")

    def _file(self, rel: str) -> Path:
        """The content file ``rel`` (relative to the root), refused when outside content/."""
        path = (self.root / rel).resolve()
        if Path(rel).is_absolute() or not path.is_relative_to(self.dir.resolve()) or path == self.dir.resolve():
            raise BuildError(f"ingest: {rel!r} is outside {self._rel(self.dir)}/: refused")
        return path

    def _read_state(self) -> dict:
        """The record as last written whole, with the journal's changes since."""
        where = self._rel(self.state_path)
        if not self.state_path.is_file():
            state = self._state_from_content()
            if state:
                self.quiet_notes.append(f"ingest: {where}: missing; rebuilt from the content files "
                                  f"({sum(len(e['files']) for e in state.values())} files of {len(state)} seed pages)")
            return self._checked_state(self._replay(state), where)
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
            if not isinstance(state, dict):
                raise ValueError(f"expected an object, got {type(state).__name__}")
        except (ValueError, UnicodeDecodeError) as exc:
            damaged = self.state_path.with_name(STATE_FILE + ".damaged")
            self.state_path.replace(damaged)
            state = self._state_from_content()
            self.notes.append(f"ingest: {where}: damaged ({exc}); rebuilt from the content files "
                              f"(the damaged copy is {self._rel(damaged)})")
            return self._checked_state(self._replay(state), where)
        return self._checked_state(self._replay(state), where)

    def _checked_state(self, state: dict, where: str) -> dict:
        """Entries of the right shape whose paths lie inside content/; the rest is ignored."""
        out = {}
        for source, entry in state.items():
            if not isinstance(entry, dict) or not isinstance(entry.get("files", {}), dict):
                self.notes.append(f"ingest: {where}: entry {source!r} is not a record of files: ignored")
                continue
            files = {}
            for rel, digest in entry.get("files", {}).items():
                try:
                    self._inside(rel)
                except BuildError:
                    self.notes.append(f"ingest: {where}: {source!r} lists {rel!r}, outside {self._rel(self.dir)}/: ignored")
                    continue
                files[rel] = digest if isinstance(digest, str) else ""
            writing = entry.pop("writing", None)  # an ingest was killed while writing these
            for rel, digest in (writing.items() if isinstance(writing, dict) else ()):
                if self._is(rel, digest):
                    files[rel] = digest
            out[source] = {**entry, "files": files}
        return out

    def _state_from_content(self) -> dict:
        """A record made from the content files: each file goes back to the seed its
        ``source`` names, with no hash, so that ingest keeps it unless it writes exactly
        the same text there (ingest then matches articles to files by their text)."""
        state: dict = {}
        files = sorted(p for p in self.dir.rglob("*.md") if p.is_file()) if self.dir.is_dir() else []
        for path in files:
            rel = self._rel(path)
            if any("\udc80" <= c <= "\udcff" for c in rel):
                continue  # a name that is not UTF-8 cannot be recorded; the file is kept as a stranger
            meta = self._front_matter(rel)
            source = meta.get("source") if meta else None
            if isinstance(source, str) and source:
                entry = state.setdefault(source, {"seed": "", "version": "", "files": {}})
                entry["files"][rel] = ""
        return state

    def _front_matter(self, rel: str) -> dict | None:
        """A content file's front matter; None when it is missing or damaged."""
        try:
            return split_front_matter(self._file(rel).read_text(encoding="utf-8-sig"), rel)[0]
        except (OSError, UnicodeDecodeError, GeneratorError):
            return None

    def damage(self, rel: str) -> str | None:
        """What is wrong with a content file that does not parse, or None."""
        try:
            split_front_matter(self._file(rel).read_text(encoding="utf-8-sig").replace("\r\n", "\n"), rel)
        except UnicodeDecodeError:
            return "not UTF-8 text"
        except GeneratorError as exc:
            return str(exc).split(f"{rel}", 1)[-1].lstrip(":0123456789 ") or str(exc)
        except OSError as exc:
            return exc.strerror or type(exc).__name__
        return None

    def _is(self, rel: str, digest: object) -> bool:
        """True when the content file ``rel`` holds exactly the bytes of ``digest``."""
        try:
            path = self._file(rel)
            return path.is_file() and sha256(path.read_bytes()) == digest
        except (BuildError, OSError):
            return False

    def seed_is_current(self, source: str, seed_hash: str, version: str) -> bool:
        """True when this seed was ingested from these bytes by this segmenter version."""
        entry = self.state.get(source)
        return bool(entry) and entry.get("seed") == seed_hash and entry.get("version") == version

    def edited(self, rel: str) -> bool:
        """A file exists that ingest did not write as it is now (a person changed or made it)."""
        path = self._file(rel)
        return path.is_file() and self.recorded.get(rel) != sha256(path.read_bytes())

    def write_seed(self, source: str, seed_hash: str, version: str, files: Iterable[ContentFile], force: bool) -> WriteReport:
        """Write one seed's files; keep edited ones unless ``force``; drop stale unedited ones.
        A file that does not parse is kept and reported as damaged (an empty one, which
        holds nobody's work, is written again)."""
        files = list(files)
        before = self.state.get(source, {}).get("files", {})
        todo, unchanged, kept, deleted, damaged = [], [], [], [], []
        for f in files:
            path = self._file(f.path)
            empty = path.is_file() and not path.read_bytes().strip()
            if f.path in before and not path.exists() and not force:
                deleted.append(f.path)  # a person removed it: do not bring it back
            elif path.is_file() and path.read_bytes() == f.text.encode("utf-8"):
                unchanged.append(f.path)
            elif path.exists() and not empty and not force and (not path.is_file() or self.edited(f.path)):
                problem = self.damage(f.path) if path.is_file() else "not a file"
                (damaged.append((f.path, problem)) if problem else kept.append(f.path))
            else:
                todo.append(f)
        self._write(source, todo)
        written = [f.path for f in todo]
        removed, kept_stale = self._remove_stale(source, {f.path for f in files}, force)
        # an edited file stays this seed's, with the hash of what ingest last wrote there,
        # so that it is still seen as edited and its slug as this seed's own
        held = kept + deleted + [p for p, _ in damaged]
        hashes = {f.path: sha256(f.text) for f in files if f.path not in held}
        hashes |= {p: self.recorded.get(p, "") for p in held + kept_stale}
        self.state[source] = {"seed": seed_hash, "version": version, "files": dict(sorted(hashes.items()))}
        self.recorded.update(hashes)
        return WriteReport(tuple(written), tuple(unchanged), tuple(kept + kept_stale), tuple(removed), tuple(deleted),
                           tuple(damaged))

    def _write(self, source: str, todo: list[ContentFile]) -> None:
        """Write files, first noting in the record what is about to be written: a run
        killed in between leaves files that the next ingest knows as its own (and a seed
        it ingests again), never strangers that it would have to keep beside new copies."""
        if not todo:
            return
        entry = self.state.get(source, {"files": {}})
        self.state[source] = {**entry, "seed": "", "version": "", "writing": {f.path: sha256(f.text) for f in todo}}
        self.save(source)
        for f in todo:
            write_atomic(self._file(f.path), f.text)

    def _remove_stale(self, source: str, keep: set[str], force: bool) -> tuple[list[str], list[str]]:
        """Delete files this seed produced before but not now, unless a person edited them."""
        removed, kept = [], []
        for rel in self.state.get(source, {}).get("files", {}):
            path = self._file(rel)
            if rel in keep or not path.is_file():
                continue
            if self.edited(rel) and not force:
                kept.append(rel)
                continue
            path.unlink()
            removed.append(rel)
        return removed, kept

    def previous(self, source: str) -> list[Previous]:
        """The files this seed produced last time that are still there."""
        out = []
        for rel in self.state.get(source, {}).get("files", {}):
            slug, body = self._slug_and_body(rel)
            if slug:
                out.append(Previous(rel, slug, body))
        return out

    def slugs_taken(self, folder: str, source: str) -> set[str]:
        """Slugs of the files in ``folder`` that this seed did not write."""
        own = set(self.state.get(source, {}).get("files", {}))
        path = self.root / folder
        files = sorted(path.glob("*.md")) if path.is_dir() else []
        rels = (f.relative_to(self.root).as_posix() for f in files)
        return {self._slug_and_body(rel)[0] or Path(rel).stem for rel in rels if rel not in own}

    def _slug_and_body(self, rel: str) -> tuple[str, str]:
        """A content file's slug and body; ("", "") when it is missing or unreadable."""
        try:
            meta, body = split_front_matter(self._file(rel).read_text(encoding="utf-8"), rel)
        except (OSError, UnicodeDecodeError, GeneratorError):
            return "", ""
        slug = meta.get("slug")
        return (slug, body.strip()) if isinstance(slug, str) else ("", "")

    def adopt_renamed(self, source: str, seed_hash: str, exists) -> str | None:
        """When ``source`` is new but a seed with the same text is recorded under a name
        that no longer exists, the record moves to ``source`` (a renamed seed keeps its
        files). Returns the old name, if any."""
        if source in self.state:
            return None
        if self._orphans is None:  # once per run: the recorded seeds that are gone, by text
            self._orphans = defaultdict(list)
            for old, entry in sorted(self.state.items()):
                if not exists(old):
                    self._orphans[str(entry.get("seed", "")).split(":")[0]].append(old)
        gone = self._orphans.get(seed_hash.split(":")[0])
        if not gone:
            return None
        old = gone.pop(0)
        self.state[source] = self.state.pop(old)
        self.save(old)
        self.save(source)
        return old

    def save(self, source: str | None = None) -> None:
        """Record ``source``'s entry (or its removal) as one line appended to the journal,
        flushed to disk: the cost of a page, not of the archive. Without a ``source``,
        write the whole record at once and empty the journal."""
        journal = self.dir / JOURNAL_FILE
        if source is None:
            text = json.dumps(self.state, ensure_ascii=False, indent=1, sort_keys=True)
            write_atomic(self.state_path, text + "\n")
            if journal.exists():
                journal.unlink()
                sync_folder(self.dir)
            return
        line = json.dumps({"source": source, "entry": self.state.get(source)}, ensure_ascii=False, sort_keys=True)
        new = not journal.exists()
        if new:
            self.dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, (line + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        if new:
            sync_folder(self.dir)

    def compact(self) -> None:
        """Write the whole record and empty the journal, when the journal holds anything."""
        if (self.dir / JOURNAL_FILE).exists():
            self.save()

    def _replay(self, state: dict) -> dict:
        """``state`` with the journal's entries applied in order (a line cut short by a
        kill, the last one, is where the journal ends)."""
        try:
            lines = (self.dir / JOURNAL_FILE).read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError):
            return state
        for line in lines:
            try:
                change = json.loads(line)
                source, entry = change["source"], change["entry"]
            except (ValueError, KeyError, TypeError):
                break
            if entry is None:
                state.pop(source, None)
            else:
                state[source] = entry
        return state
