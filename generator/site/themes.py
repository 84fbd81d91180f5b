"""Layered template lookup: the site's overrides, then the chosen theme, then the default."""

from __future__ import annotations

import posixpath
from pathlib import Path

import jinja2

from ..config import BUILTIN_THEMES, Config


def theme_dirs(config: Config) -> list[Path]:
    """Folders searched for templates and static files, most specific first: the site's
    overrides, its chosen theme, its default theme, then the themes that come with the
    generator (so an archive folder of its own needs no copy of them)."""
    dirs = [config.path("overrides_dir")]
    for themes in (config.root / "themes", BUILTIN_THEMES):
        dirs += [themes / config.theme, themes / "default"]
    unique: list[Path] = []
    for d in dirs:
        if d.is_dir() and d not in unique:
            unique.append(d)
    return unique


def relative(target: str, current: str) -> str:
    """Link from the page at ``current`` to ``target`` (both relative to the site root)."""
    if target.startswith(("http://", "https://", "mailto:", "#")):
        return target
    path, _, anchor = target.partition("#")
    rel = _relpath(path, posixpath.dirname(current) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def _relpath(path: str, start: str) -> str:
    """``posixpath.relpath`` for two paths inside the site, without its calls to
    ``os.getcwd``; anything else (empty, absolute, climbing out) goes to it."""
    norm_path, norm_start = posixpath.normpath(path), posixpath.normpath(start)
    if not path or norm_path.startswith(("/", "..")) or norm_start.startswith(("/", "..")):
        return posixpath.relpath(path, start)
    to = [part for part in norm_path.split("/") if part not in ("", ".")]
    here = [part for part in norm_start.split("/") if part not in ("", ".")]
    common = 0
    while common < min(len(to), len(here)) and to[common] == here[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + to[common:]) or "."


def environment(config: Config) -> jinja2.Environment:
    """A Jinja2 environment with autoescaping and the layered loader."""
    loaders = []
    for d in theme_dirs(config):
        if (d / "templates").is_dir():
            loaders.append(jinja2.FileSystemLoader(str(d / "templates")))
        elif d == config.path("overrides_dir"):
            loaders.append(jinja2.FileSystemLoader(str(d)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["rel"] = relative
    # |tojson keeps Chinese readable; it still escapes < > & ' so text cannot close a <script>
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env


def static_files(config: Config) -> dict[str, Path]:
    """Static assets by site path (``static/…``); an override hides the theme's file."""
    found: dict[str, Path] = {}
    for d in reversed(theme_dirs(config)):
        static = d / "static"
        if static.is_dir():
            for p in sorted(static.rglob("*")):
                if p.is_file():
                    found[f"static/{p.relative_to(static).as_posix()}"] = p
    return dict(sorted(found.items()))
