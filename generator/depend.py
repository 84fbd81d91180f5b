"""The dependency record: what each output of the site is made from, and whether the
published copy of it is still current.

Every output is made by a ``Job``: its name (the output's path, or the name of a unit
of outputs made together, like the search data), a key (a digest of everything it is
made from) and a function that makes its bytes. ``Inputs`` gives the digests the
render declares for each job:

* ``base``: the generator itself and the configuration (any change: everything again);
* ``template(name)``: the template's source and every template it extends, includes
  or imports, as the theme layers resolve them;
* ``entry(article)``: a content file (front matter and body) and where the article
  sits (URL, page, issue, head and continuation);
* ``issue(issue)``: every entry of an issue, its pages and their labels;
* ``group(group)``: a topic or reporter and its articles;
* ``everything``: every entry and every topic and reporter, for the pages that list
  the whole archive (home, calendar, indexes, feeds, sitemap).

A template that reads the archive beyond the lookups an article page makes
(``archive.reporter_url``, ``archive.topic_url``, ``archive.article``) depends on
``everything`` as well, whatever page it renders, so a theme of one's own stays
correct without declaring anything.

``DEPS`` in the site records, for each job, its key and the files it wrote with their
sizes. The next render makes a job again only when its key differs; otherwise its files
are hard-linked (or copied) from the published site into the staging folder, so the
result is the same bytes a clean build would write.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import os
import shutil
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import jinja2
from jinja2 import meta, nodes

from .config import Config
from .files import plain_relative
from .fingerprint import generator_version
from .records import Output

DEPS = ".build-deps.json"
# what an article page may look up in the archive without depending on all of it
LOOKUPS = {"reporter_url", "topic_url", "article"}


@dataclass(frozen=True)
class Job:
    """Outputs made together, the digest of what they are made from, and how to make them."""

    name: str
    key: str
    make: Callable[[], Iterable[Output]]
    after: Callable[[dict[str, int]], None] | None = None  # told the files published, made or kept
    alone: bool = False  # made in the build's own process (it uses worker processes, or ``after``'s result)


def digest(*parts: str) -> str:
    """A short hash of ``parts`` (kept apart, so ``("ab", "c")`` differs from ``("a", "bc")``)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        h.update(f"{len(data)}:".encode() + data)
    return h.hexdigest()[:24]


class Inputs:
    """Digests of what outputs are made from (see the module docstring)."""

    def __init__(self, config: Config, archive, env: jinja2.Environment):
        self.archive = archive
        self.env = env
        settings = {k: v for k, v in dataclasses.asdict(config).items() if k != "root"}
        self.base = digest(generator_version(), repr(sorted(settings.items())))
        self._entries: dict[str, str] = {}
        self._issues: dict[int, str] = {}
        self._templates: dict[str, tuple[str, bool]] = {}

    def entry(self, a) -> str:
        found = self._entries.get(a.url)
        if found is None:
            e = a.entry
            found = self._entries[a.url] = digest(
                e.path, json.dumps(e.meta, sort_keys=True, ensure_ascii=False, default=str), e.body,
                a.url, a.issue_url, a.page_url, a.page_label, a.head_url or "", a.continuation_url or "")
        return found

    def issue(self, issue) -> str:
        found = self._issues.get(id(issue))
        if found is None:
            parts = [issue.url, issue.paper, issue.date, issue.date_precision, str(issue.seq)]
            for p in issue.pages:
                parts += [p.url, str(p.number), str(p.position), *(self.entry(a) for a in p.articles), "|"]
            found = self._issues[id(issue)] = digest(*parts)
        return found

    def group(self, group) -> str:
        return digest(group.name, group.url, *(self.entry(a) for a in group.articles))

    @cached_property
    def everything(self) -> str:
        parts = [self.issue(i) for i in self.archive.issues]
        for groups in (self.archive.topics, self.archive.reporters):
            parts += ["|", *(f"{g.name}\0{g.url}" for g in groups)]
        return digest(*parts)

    def template(self, name: str) -> str:
        """The digest of a template and all it uses; with ``everything`` when it reads the
        whole archive."""
        source, wide = self._template(name)
        return digest(source, self.everything) if wide else source

    def _template(self, name: str) -> tuple[str, bool]:
        if name not in self._templates:
            self._templates[name] = ("", False)  # a template that includes itself
            self._templates[name] = self._read(name)
        return self._templates[name]

    def _read(self, name: str) -> tuple[str, bool]:
        try:
            source, _, _ = self.env.loader.get_source(self.env, name)
            tree = self.env.parse(source)
        except jinja2.TemplateError:
            return digest("missing", name), False  # rendering it reports the error
        parts, wide = [name, source], _reads_archive(tree)
        for ref in sorted(meta.find_referenced_templates(tree), key=str):
            if ref is None:  # a name computed at render time: it may be any template
                return digest(*parts, *self.env.list_templates()), True
            used, used_wide = self._template(ref)
            parts.append(used)
            wide = wide or used_wide
        return digest(*parts), wide

    def key(self, template: str | None, *parts: str) -> str:
        """The key of an output rendered with ``template`` (or none) from ``parts``."""
        return digest(self.base, self.template(template) if template else "", *parts)


def _reads_archive(tree: nodes.Template) -> bool:
    """True when a template uses ``archive`` other than through ``LOOKUPS``."""
    uses = sum(1 for n in tree.find_all(nodes.Name) if n.name == "archive")
    lookups = sum(1 for n in tree.find_all(nodes.Getattr)
                  if isinstance(n.node, nodes.Name) and n.node.name == "archive" and n.attr in LOOKUPS)
    return uses > lookups


class Dependencies:
    """The dependency record of a published site: job name -> (key, {path: size})."""

    def __init__(self, jobs: dict[str, tuple[str, dict[str, int]]] | None = None):
        self.jobs = jobs or {}

    @classmethod
    def read(cls, site: Path) -> Dependencies:
        """The site's record; an empty one when there is none or it cannot be read."""
        try:
            data = json.loads((site / DEPS).read_text(encoding="utf-8"))
            jobs = {str(name): (str(key), {str(p): int(s) for p, s in files.items()})
                    for name, (key, files) in data["jobs"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls()
        if not all(plain_relative(p) for _key, files in jobs.values() for p in files):
            return cls()  # not written by a build: a path in it could lead out of the site
        return cls(jobs)

    def to_bytes(self) -> bytes:
        jobs = {name: [key, files] for name, (key, files) in sorted(self.jobs.items())}
        return (json.dumps({"jobs": jobs}, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")

    def files(self) -> Iterator[str]:
        """Every file the record's jobs wrote."""
        for _key, files in self.jobs.values():
            yield from files

    def current(self, job: Job, site: Path) -> dict[str, int] | None:
        """The files ``job`` wrote last time when its key is unchanged and they are all
        still in ``site`` as written (regular files of the recorded sizes); else None."""
        found = self.jobs.get(job.name)
        if not found or found[0] != job.key:
            return None
        for path, size in found[1].items():
            try:
                st = os.lstat(site / path)
            except OSError:
                return None
            if not stat.S_ISREG(st.st_mode) or st.st_size != size:
                return None
        return found[1]


def carry(site: Path, staging: Path, path: str) -> None:
    """Put the published ``site/path`` into ``staging`` unchanged: a hard link where the
    file system allows, else a copy."""
    src, dest = os.path.join(site, path), os.path.join(staging, path)
    try:
        try:
            os.link(src, dest, follow_symlinks=False)
        except FileNotFoundError:  # its folder is not made yet (or the file is gone: raised again below)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            os.link(src, dest, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EACCES):
            raise
        shutil.copyfile(src, dest, follow_symlinks=False)
