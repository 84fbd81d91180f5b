"""Load ``content/*.md`` into Entry records, failing loudly on bad front matter."""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

from ..errors import BuildError, GeneratorError
from ..files import short_name
from ..records import KINDS, PRECISIONS, Entry
from ..yamlfile import parse_yaml

STAGE = "load"
REQUIRED = {"title": str, "paper": str, "slug": str}
LISTS = ("authors", "correspondents", "subheads", "captions", "topics")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def load_entries(root: Path, content_dir: str, skipped: list[str] | None = None) -> list[Entry]:
    """Every content file, sorted by path so that builds are reproducible. With
    ``skipped``, a file that cannot be loaded is left out and its error added there;
    without, the first such error is raised."""
    folder = root / content_dir
    if not folder.is_dir():
        return []
    entries = []
    for path in sorted(p for p in folder.rglob("*.md") if p.is_file()):
        try:
            if not path.resolve().is_relative_to(folder.resolve()):
                raise BuildError(f"{STAGE}: {path.relative_to(root).as_posix()}: a symbolic link to a file outside "
                                 f"{content_dir}/: not read")
            entries.append(load_entry(root, path))
        except GeneratorError as exc:
            if skipped is None:
                raise
            skipped.append(str(exc))
        except OSError as exc:
            if skipped is None:
                raise
            skipped.append(f"{STAGE}: {path.relative_to(root).as_posix()}: cannot read it: {exc.strerror}")
    return entries


def load_entry(root: Path, path: Path) -> Entry:
    rel = path.relative_to(root).as_posix()
    try:
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        raise BuildError(f"{STAGE}: {rel}: not UTF-8 text: save it as UTF-8") from None
    meta, body = split_front_matter(text, rel)
    return Entry(path=rel, meta=check_meta(meta, rel), body=body.strip())


def split_front_matter(text: str, where: str) -> tuple[dict, str]:
    """``---`` YAML ``---`` body; anything else is an error naming the file and line."""
    if not text.startswith("---\n"):
        raise BuildError(f"{STAGE}: {where}:1: expected front matter starting with '---'")
    end = text.find("\n---\n", 3)
    if end < 0 and text.endswith("\n---"):
        end = len(text) - 4
    if end < 0:
        raise BuildError(f"{STAGE}: {where}: front matter is not closed by a '---' line")
    meta = parse_yaml(text[4:end], f"{STAGE}: {where}", BuildError, first_line=2) or {}
    if not isinstance(meta, dict):
        raise BuildError(f"{STAGE}: {where}: front matter must be a mapping, got {type(meta).__name__}")
    return meta, text[end + 5:]


def check_meta(meta: dict, where: str) -> dict:
    """Check types of the keys the site relies on; normalise dates and lists."""
    out = dict(meta)
    for key, kind in REQUIRED.items():
        if not isinstance(meta.get(key), kind) or not meta[key].strip():
            raise BuildError(f"{STAGE}: {where}: front matter {key!r}: expected a non-empty string, got {meta.get(key)!r}")
    if not _SLUG.match(meta["slug"]):
        raise BuildError(
            f"{STAGE}: {where}: front matter 'slug': expected lower-case letters, digits and '-', got {meta['slug']!r}"
        )
    out["slug"] = short_name(meta["slug"])  # a folder name in the site: a long one is cut, with a hash
    out["date"] = _date(meta.get("date"), where)
    page = meta.get("page", 0)
    if isinstance(page, bool) or not isinstance(page, int) or page < 0:
        raise BuildError(f"{STAGE}: {where}: front matter 'page': expected a whole number, got {page!r}")
    for key in LISTS:
        value = meta.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise BuildError(f"{STAGE}: {where}: front matter {key!r}: expected a list of strings, got {value!r}")
        out[key] = [v.strip() for v in value if v.strip()]
    for key in ("continued_from", "continued_to"):
        if out.get(key) is not None and (isinstance(out[key], bool) or not isinstance(out[key], int)):
            raise BuildError(f"{STAGE}: {where}: front matter {key!r}: expected a page number or nothing, got {out[key]!r}")
    out["kind"] = _one_of(meta.get("kind", "article"), KINDS, "kind", where)
    out["date_precision"] = _one_of(meta.get("date_precision", "day" if out["date"] else "unknown"),
                                    PRECISIONS, "date_precision", where)
    if not out["date"]:
        out["date_precision"] = "unknown"
    for key in ("kicker", "subtitle", "dateline"):
        out[key] = str(out.get(key) or "")
    return out


def _one_of(value, allowed: tuple[str, ...], key: str, where: str) -> str:
    if value not in allowed:
        raise BuildError(f"{STAGE}: {where}: front matter {key!r}: expected one of {', '.join(allowed)}, got {value!r}")
    return value


def _date(value, where: str) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, _dt.datetime):
        raise BuildError(f"{STAGE}: {where}: front matter 'date': expected YYYY-MM-DD, got a date with a time "
                         f"({value}): leave the time out")
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise BuildError(f"{STAGE}: {where}: front matter 'date': expected YYYY-MM-DD, got {value!r}") from None
