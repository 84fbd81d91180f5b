"""Load ``content/*.md`` into Entry records, failing loudly on bad front matter.

Front matter is checked like the configuration: one schema, each key converting and
checking its value; every mistake in every file is collected (file, line, key, what
was expected) and reported at once before the build stops.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import hashlib
import marshal
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from ..errors import BuildError, GeneratorError
from ..files import short_name
from ..records import KINDS, PRECISIONS, Entry
from ..yamlfile import SAFE_LOADER, parse_yaml, refuse_bombs

STAGE = "load"
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class ContentError(BuildError):
    """Mistakes in content files, all of them, one a line."""


def _text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"text, got {value!r}")
    return value.strip()


def _required(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"a non-empty string, got {value!r}")
    return value.strip()


def _slug(value: Any) -> str:
    text = _required(value)
    if not _SLUG.match(text):
        raise ValueError(f"lower-case letters, digits and '-', got {value!r}")
    return short_name(text)  # a folder name in the site: a long one is cut, with a hash


def _flag(value: Any) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"true or false, got {value!r}")
    return value


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"a list of strings, got {value!r}")
    return [v.strip() for v in value if v.strip()]


def _page(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"a page number (0 when not known), got {value!r}")
    return value


def _page_or_nothing(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"a page number or nothing, got {value!r}")
    return value


def _date(value: Any) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    try:
        return _dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"a date YYYY-MM-DD, got {value!r}") from None


def _one_of(allowed: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in allowed:
            raise ValueError(f"one of {', '.join(allowed)}, got {value!r}")
        return value
    return check


def _mapping(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError(f"a mapping of role to name, e.g. {{责任编辑: 王芳}}, got {value!r}")
    return {k.strip(): v.strip() for k, v in value.items() if k.strip() and v.strip()}


def _provenance(value: Any) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"a mapping of field to source, got {value!r}")
    return value


def _content_path(value: Any) -> str:
    text = _text(value)
    if text and (text.startswith("/") or ".." in text.split("/") or not text.endswith(".md")):
        raise ValueError(f"a path to a .md file relative to the content folder, got {value!r}")
    return text


# key -> check; a check converts the value or raises ValueError("<what was expected>, got …")
SCHEMA: dict[str, Callable[[Any], Any]] = {
    "title": _required,
    "title_derived": _flag,
    "kicker": _text,
    "subtitle": _text,
    "kind": _one_of(KINDS),
    "paper": _required,
    "date": _date,
    "date_precision": _one_of(PRECISIONS),
    "page": _page,
    "section": _text,
    "editors": _mapping,
    "column": _text,
    "editor_note": _text,
    "authors": _names,
    "correspondents": _names,
    "photographers": _names,
    "dateline": _text,
    "dateline_date": _date,
    "continued_from": _page_or_nothing,
    "continued_to": _page_or_nothing,
    "continues": _content_path,
    "truncated": _flag,
    "subheads": _names,
    "subheads2": _names,
    "captions": _names,
    "topics": _names,
    "source": _text,
    "slug": _slug,
    "provenance": _provenance,
}
REQUIRED = ("title", "paper", "slug")


def load_entries(root: Path, content_dir: str, skipped: list[str] | None = None, cache: Path | None = None,
                 version: str = "") -> list[Entry]:
    """Every content file, sorted by path so that builds are reproducible. With
    ``skipped``, a file that cannot be loaded is left out and its mistakes added there;
    without, all mistakes in all files are reported together. With a ``cache`` file, a
    content file whose path and bytes were loaded by the last build (by the loader of
    this ``version``) is taken from it instead of parsed again."""
    folder = root / content_dir
    if not folder.is_dir():
        return []
    known = _read_cache(cache, version)
    loaded: dict[str, tuple[dict, str]] = {}
    entries, errors, bad_files = [], [], 0
    real = folder.resolve()
    folders: dict[Path, bool] = {}  # folder -> inside content/ once links are followed

    def inside(path: Path) -> bool:
        if path.is_symlink():
            return path.resolve().is_relative_to(real)
        if path.parent not in folders:
            folders[path.parent] = path.parent.resolve().is_relative_to(real)
        return folders[path.parent]

    for path in sorted(p for p in folder.rglob("*.md") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        try:
            if not inside(path):
                raise ContentError(f"{STAGE}: {rel}: a symbolic link to a file outside {content_dir}/: not read")
            data = path.read_bytes()
            key = hashlib.sha256(rel.encode("utf-8", "surrogateescape") + b"\0" + data).hexdigest()[:32]
            if key in known:
                meta, body = known[key]
                entries.append(Entry(path=rel, meta=meta, body=body))
            else:
                entries.append(load_entry(root, path, data))
            loaded[key] = (entries[-1].meta, entries[-1].body)
        except GeneratorError as exc:
            errors.append(str(exc))
            bad_files += 1
        except OSError as exc:
            errors.append(f"{STAGE}: {rel}: cannot read it: {exc.strerror}")
            bad_files += 1
        if skipped is not None:
            skipped += errors
            errors = []
    if errors:
        files = f"{bad_files} content file{'s' if bad_files != 1 else ''}"
        raise ContentError("\n".join(errors) + f"\n{STAGE}: front matter mistakes in {files}: correct the keys named "
                           "above, then run the build again")
    if cache is not None and loaded.keys() != known.keys():
        _write_cache(cache, version, loaded)
    return entries


def _read_cache(cache: Path | None, version: str) -> dict[str, tuple[dict, str]]:
    """The entries the last build loaded, by key; nothing when missing, stale or damaged.
    The file is read entry by entry (a stamp, then ``(key, meta, body)`` records, then
    None), never whole."""
    if cache is None:
        return {}
    known: dict[str, tuple[dict, str]] = {}
    try:
        with cache.open("rb") as f:
            if marshal.load(f) != version:
                return {}
            while (record := marshal.load(f)) is not None:
                key, meta, body = record
                if not isinstance(meta, dict) or not isinstance(body, str):
                    return {}
                known[str(key)] = (meta, body)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return known


def _write_cache(cache: Path, version: str, loaded: dict[str, tuple[dict, str]]) -> None:
    """Keep this build's entries for the next, entry by entry (under a temporary name,
    then renamed)."""
    temp = cache.with_name(cache.name + ".tmp")
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with temp.open("wb") as f:
            marshal.dump(version, f)
            for key, (meta, body) in loaded.items():
                marshal.dump((key, meta, body), f)
            marshal.dump(None, f)
        os.replace(temp, cache)
    except (OSError, ValueError):
        temp.unlink(missing_ok=True)  # a cache is a convenience: without it the next build parses again


def load_entry(root: Path, path: Path, data: bytes | None = None) -> Entry:
    rel = path.relative_to(root).as_posix()
    try:
        raw = path.read_bytes() if data is None else data
        text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")  # as text mode reads it
    except UnicodeDecodeError:
        raise ContentError(f"{STAGE}: {rel}: not UTF-8 text: save it as UTF-8") from None
    meta, lines, body = front_matter_with_lines(text, rel)
    return Entry(path=rel, meta=check_meta(meta, rel, lines), body=body.strip())


def split_front_matter(text: str, where: str) -> tuple[dict, str]:
    """``---`` YAML ``---`` body; anything else is an error naming the file and line."""
    meta, _, body = front_matter_with_lines(text, where)
    return meta, body


def front_matter_with_lines(text: str, where: str) -> tuple[dict, dict[str, int], str]:
    """The front matter, the line of each of its keys, and the body."""
    if not text.startswith("---\n"):
        raise ContentError(f"{STAGE}: {where}:1: expected front matter starting with '---'")
    end = text.find("\n---\n", 3)
    if end < 0 and text.endswith("\n---"):
        end = len(text) - 4
    if end < 0:
        raise ContentError(f"{STAGE}: {where}: front matter is not closed by a '---' line")
    meta, lines = _parse_mapping(text[4:end], f"{STAGE}: {where}")
    return meta, lines, text[end + 5:]


def _parse_mapping(text: str, where: str) -> tuple[dict, dict[str, int]]:
    """The front matter's keys and values, and the line of each key. A value YAML cannot
    build (a date such as 2024-13-09) is kept as the text written, for the check to name."""
    refuse_bombs(text, where, ContentError, first_line=2)
    loader = SAFE_LOADER(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.YAMLError:
            parse_yaml(text, where, ContentError, first_line=2)  # raises, naming the line
            raise
        if node is None:
            return {}, {}
        if not isinstance(node, yaml.MappingNode):
            raise ContentError(f"{where}: front matter must be a mapping of keys to values")
        meta, lines = {}, {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            lines[key] = key_node.start_mark.line + 2
            try:
                meta[key] = loader.construct_object(value_node, deep=True)
            except ValueError as exc:
                meta[key] = _Unbuilt(str(value_node.value), str(exc))
        return meta, lines
    finally:
        loader.dispose()


class _Unbuilt(str):
    """A scalar YAML recognised but could not build, with the reason."""

    def __new__(cls, text: str, reason: str):
        obj = super().__new__(cls, text)
        obj.reason = reason
        return obj


def check_meta(meta: dict, where: str, lines: dict[str, int] | None = None) -> dict:
    """Check every key against the schema; normalise dates, lists and absent keys.
    Raises one ContentError listing every mistake in the file."""
    lines = lines or {}
    out: dict = {}
    errors: list[str] = []

    def at(key: str) -> str:
        return f"{STAGE}: {where}:{lines[key]}" if key in lines else f"{STAGE}: {where}"

    for key, value in meta.items():
        check = SCHEMA.get(str(key))
        if check is None:
            hint = difflib.get_close_matches(str(key), SCHEMA, n=1)
            tail = f" (did you mean {hint[0]!r}?)" if hint else f"; known keys: {', '.join(SCHEMA)}"
            errors.append(f"{at(key)}: unknown key {key!r}{tail}")
            continue
        try:
            if isinstance(value, _Unbuilt):
                raise ValueError(f"{_EXPECTED.get(key, 'a valid value')}, got {str(value)!r} ({value.reason})")
            out[key] = check(value)
        except ValueError as exc:
            errors.append(f"{at(key)}: {key!r}: expected {exc}")
    for key in REQUIRED:
        if key not in meta:
            errors.append(f"{at(key)}: {key!r}: expected a non-empty string, got nothing (the key is missing)")
    if errors:
        raise ContentError("\n".join(errors))
    for key, check in SCHEMA.items():
        if key not in out:
            out[key] = check(None) if key not in ("kind", "date_precision") else None
    out["kind"] = out["kind"] or "article"
    out["date_precision"] = out["date_precision"] or ("day" if out["date"] else "unknown")
    if not out["date"]:
        out["date_precision"] = "unknown"
    return out


_EXPECTED = {"date": "a date YYYY-MM-DD", "dateline_date": "a date YYYY-MM-DD"}
