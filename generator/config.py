"""One validated configuration schema: ``archive.yml`` at the project root.

Each option converts and checks its value; every error is collected and reported
as ``archive.yml: 'key': expected …, got …`` before the build stops once.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .yamlfile import read_yaml

CONFIG_NAME = "archive.yml"
DEFAULT_TOPICS_FILE = Path(__file__).parent / "defaults" / "topics.yml"
# the themes beside the package in a source checkout (pip install -e .)
BUILTIN_THEMES = Path(__file__).resolve().parent.parent / "themes"


@dataclass(frozen=True)
class Config:
    """The checked settings of one archive."""

    root: Path
    title: str = "新闻数字档案馆"
    description: str = "本地报纸往期版面的数字档案：按期、按版、按主题、按记者浏览，全文检索，离线可读。"
    base_url: str = ""
    default_paper: str = "本报"
    theme: str = "default"
    language: str = "zh-CN"
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    seeds_dir: str = "seeds"
    content_dir: str = "content"
    output_dir: str = "site"
    overrides_dir: str = "templates"
    latest_issues: int = 10
    list_page_size: int = 100
    max_page_bytes: int = 2_000_000
    follow_symlinks: bool = False

    def path(self, name: str) -> Path:
        """An absolute path for one of the ``*_dir`` settings."""
        return self.root / getattr(self, name)


def _string(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"a non-empty string, got {value!r}")
    return value.strip()


def _base_url(value: Any) -> str:
    if value in ("", None):
        return ""
    text = _string(value)
    if not text.startswith(("http://", "https://")):
        raise ValueError(f"an http:// or https:// URL, got {value!r}")
    return text.rstrip("/") + "/"


def _relative_dir(value: Any) -> str:
    text = _string(value)
    if Path(text).is_absolute() or ".." in Path(text).parts:
        raise ValueError(f"a folder inside the project (relative, no '..'), got {value!r}")
    if ".git" in Path(text).parts:
        raise ValueError(f"a folder outside the repository's .git, got {value!r}")
    return text


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"true or false, got {value!r}")
    return value


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"a whole number of at least 1, got {value!r}")
    return value


def _language(value: Any) -> str:
    text = _string(value)
    if not text.lower().startswith("zh"):
        raise ValueError(f"a Chinese language tag such as 'zh-CN', got {value!r}")
    return text


def _topics(value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict) or not value:
        raise ValueError(f"a mapping of topic name to a list of keywords, got {value!r}")
    out = {}
    for name, words in value.items():
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"topic names as strings, got {name!r}")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise ValueError(f"a list of keywords for topic {name!r}, got {words!r}")
        out[name.strip()] = tuple(w.strip() for w in words)
    return out


SCHEMA: dict[str, Callable[[Any], Any]] = {
    "title": _string,
    "description": _string,
    "base_url": _base_url,
    "default_paper": _string,
    "theme": _string,
    "language": _language,
    "topics": _topics,
    "seeds_dir": _relative_dir,
    "content_dir": _relative_dir,
    "output_dir": _relative_dir,
    "overrides_dir": _relative_dir,
    "latest_issues": _positive_int,
    "list_page_size": _positive_int,
    "max_page_bytes": _positive_int,
    "follow_symlinks": _boolean,
}


def default_topics() -> dict[str, tuple[str, ...]]:
    """The topic taxonomy shipped with the generator, for local news."""
    return _topics(read_yaml(DEFAULT_TOPICS_FILE, str(DEFAULT_TOPICS_FILE), ConfigError))


def load_config(root: Path, config_path: Path | None = None) -> Config:
    """Read and check ``archive.yml`` (or ``config_path``); no file means defaults."""
    path = config_path or root / CONFIG_NAME
    name = path.name if config_path is None else str(config_path)
    raw: Any = {}
    if path.is_file():
        raw = read_yaml(path, name, ConfigError) or {}
    elif config_path is not None:
        raise ConfigError(f"{name}: no such configuration file")
    if not isinstance(raw, dict):
        raise ConfigError(f"{name}: expected a mapping of settings, got {type(raw).__name__}")
    values, errors = _validate(raw, name)
    theme = values.get("theme", "default")
    folders = [f for f in (root / "themes", BUILTIN_THEMES) if f.is_dir()]
    if "theme" in values and not any((f / theme).is_dir() for f in folders):
        known = sorted({p.name for f in folders for p in f.iterdir() if p.is_dir()})
        errors.append(f"{name}: 'theme': expected one of {known}, got {theme!r}")
    errors += _folder_clashes(values, name)
    if errors:
        raise ConfigError("\n".join(errors))
    values.setdefault("topics", default_topics())
    return Config(root=root, **values)


def _folder_clashes(values: dict, name: str) -> list[str]:
    """The output folder is replaced on every build and removed by ``clean``: it must not
    be the project itself or hold, or sit inside, any folder of sources."""
    out = Path(values.get("output_dir", Config.output_dir))
    sources = {key: Path(values.get(key, getattr(Config, key))) for key in ("seeds_dir", "content_dir", "overrides_dir")}
    sources["themes"] = Path("themes")
    if out in (Path("."), Path("")):
        return [f"{name}: 'output_dir': expected a folder of its own, got {str(out)!r} (the project folder itself)"]
    for key, src in sources.items():
        if out == src or out in src.parents or src in out.parents:
            return [f"{name}: 'output_dir': expected a folder apart from {key} ({str(src)!r}), got {str(out)!r}"]
    return []


def _validate(raw: dict, name: str) -> tuple[dict, list[str]]:
    values: dict = {}
    errors: list[str] = []
    for key, value in raw.items():
        check = SCHEMA.get(key)
        if check is None:
            hint = difflib.get_close_matches(str(key), SCHEMA, n=1)
            tail = f" (did you mean {hint[0]!r}?)" if hint else f"; known keys: {', '.join(SCHEMA)}"
            errors.append(f"{name}: unknown key {key!r}{tail}")
            continue
        try:
            values[key] = check(value)
        except ValueError as exc:
            errors.append(f"{name}: {key!r}: expected {exc}")
    return values, errors
