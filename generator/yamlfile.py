"""Reading YAML for every stage: one place that turns any parse problem into an error
that names the file (and line, when YAML knows it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import GeneratorError

# libyaml's loader when PyYAML was built with it: the same results, several times faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, where: str, error: type[GeneratorError], first_line: int = 1) -> Any:
    """Parse ``text``; a problem raises ``error`` naming ``where`` and the line.
    ``first_line`` is the line of the file on which ``text`` starts."""
    try:
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + first_line}" if mark else ""
        raise error(f"{where}{line}: invalid YAML: {getattr(exc, 'problem', None) or exc}") from exc
    except ValueError as exc:  # a well-formed value that is not one, e.g. date 2023-13-01
        raise error(f"{where}: invalid value: {exc}") from exc


def read_yaml(path: Path, where: str, error: type[GeneratorError]) -> Any:
    """Parse a UTF-8 YAML file (a BOM is allowed)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(f"{where}: not UTF-8 text: save it as UTF-8") from exc
    return parse_yaml(text, where, error)
