"""What the published site was made from, and whether it is still current.

A render is a function of the content files, the theme layers (templates and static
files), the configuration and the generator itself (its code, assets and the libraries
whose output it publishes). ``render_fingerprint`` hashes all of them; the render
writes the hash, with the counts and messages of that run, into ``RECORD`` inside
the site, so the record is published (and replaced) atomically with the site it
describes. A render whose fingerprint matches the published record, over a site
still holding the files it wrote, has nothing to do.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .config import Config
from .files import files_under
from .site.themes import theme_dirs

RECORD = ".build-record.json"
PACKAGE = Path(__file__).parent
# libraries whose output ends up in the site, byte for byte
LIBRARIES = ("jinja2", "markdown", "markupsafe", "pypinyin", "jieba", "lunr", "pyyaml")


@dataclass(frozen=True)
class Record:
    """The published site's fingerprint, a digest of its files' names and sizes, and
    what the render that made it reported."""

    fingerprint: str
    files: str
    counts: tuple[int, int, int, int]  # articles, issues, topics, files
    skipped: tuple[str, ...]  # bad content files left out, with the reason

    def to_bytes(self) -> bytes:
        return (json.dumps(dataclasses.asdict(self), ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def render_fingerprint(config: Config) -> str:
    """A hash of everything a render reads. Paths are taken relative to their folder,
    so the same project in another place has the same fingerprint."""
    digest = hashlib.sha256()
    digest.update(generator_version().encode())
    settings = {k: v for k, v in dataclasses.asdict(config).items() if k != "root"}
    digest.update(repr(sorted(settings.items())).encode("utf-8"))
    for layer, folder in enumerate(theme_dirs(config)):
        _add_files(digest, f"theme{layer}", folder, sorted(p for p in folder.rglob("*") if p.is_file()))
    content = config.path("content_dir")
    if content.is_dir():
        _add_files(digest, "content", content, sorted(p for p in content.rglob("*.md") if p.is_file()))
    return digest.hexdigest()


def _add_files(digest, label: str, folder: Path, paths: list[Path]) -> None:
    for p in paths:
        try:
            data = p.read_bytes()
        except OSError:
            data = b"\0unreadable"  # the render reports it; the fingerprint only has to differ
        digest.update(f"{label}/{p.relative_to(folder).as_posix()}\0{len(data)}\0".encode() + data)


def generator_version() -> str:
    """A hash of the generator's own files and the versions of the libraries it uses."""
    digest = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for p in sorted(PACKAGE.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            digest.update(p.relative_to(PACKAGE).as_posix().encode() + b"\0" + p.read_bytes())
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


def files_digest(sizes: dict[str, int]) -> str:
    """A digest of the site's file names and sizes (the record and the marker left out)."""
    digest = hashlib.sha256()
    for path in sorted(sizes):
        digest.update(f"{path}\0{sizes[path]}\n".encode())
    return digest.hexdigest()


def published_record(site: Path, fingerprint: str, ignore: tuple[str, ...]) -> Record | None:
    """The site's record when it was made from exactly these inputs and still holds the
    files that render wrote (none missing, added or resized); otherwise None."""
    try:
        data = json.loads((site / RECORD).read_text(encoding="utf-8"))
        record = Record(data["fingerprint"], data["files"], tuple(data["counts"]), tuple(data["skipped"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if record.fingerprint != fingerprint or any(not (site / name).is_file() for name in ignore):
        return None
    return record if files_digest(_sizes(site, {RECORD, *ignore})) == record.files else None


def _sizes(site: Path, ignore: set[str]) -> dict[str, int]:
    return {path: size for path, size in files_under(site) if path not in ignore}
