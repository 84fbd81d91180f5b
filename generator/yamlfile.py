"""Reading YAML for every stage: one place that turns any parse problem into an error
that names the file (and line, when YAML knows it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from .errors import GeneratorError

# libyaml's loader when PyYAML was built with it: the same results, several times faster
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FAST_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
# characters libyaml's emitter writes as PyYAML's does; it escapes others that PyYAML
# prints as they are (a Han character beyond U+FFFF, NEL, the line and paragraph separators)
_PLAIN = re.compile(r"[\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\n\t]*")


def dump_yaml(data: Any) -> str:
    """``data`` as block YAML in the order given, non-ASCII text as it is. libyaml writes it
    when every string is of characters it writes the same bytes for (several times faster);
    PyYAML's own emitter otherwise."""
    dumper = FAST_DUMPER if all(_PLAIN.fullmatch(s) for s in _strings(data)) else yaml.SafeDumper
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)


def _strings(data: Any) -> Iterator[str]:
    """Every string in nested lists and mappings, keys included."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(data, (list, tuple)):
        for item in data:
            yield from _strings(item)


def parse_yaml(text: str, where: str, error: type[GeneratorError], first_line: int = 1) -> Any:
    """Parse ``text``; a problem raises ``error`` naming ``where`` and the line.
    ``first_line`` is the line of the file on which ``text`` starts. Aliases (``*name``)
    are refused: a few hundred bytes of them can stand for gigabytes of values."""
    try:
        refuse_bombs(text, where, error, first_line)
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + first_line}" if mark else ""
        raise error(f"{where}{line}: invalid YAML: {getattr(exc, 'problem', None) or exc}") from exc
    except ValueError as exc:  # a well-formed value that is not one, e.g. date 2023-13-01
        raise error(f"{where}: invalid value: {exc}") from exc
    except RecursionError:
        raise error(f"{where}: invalid YAML: nested too deeply") from None


MAX_DEPTH = 100  # nesting of lists and mappings; libyaml's loader crashes on some thousands
_OPEN = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken, yaml.BlockSequenceStartToken, yaml.BlockMappingStartToken)
_CLOSE = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)


def refuse_bombs(text: str, where: str, error: type[GeneratorError], first_line: int) -> None:
    """Refuse aliases and deep nesting before anything is built from ``text``."""
    if "*" not in text and text.count("[") + text.count("{") + text.count("-") < MAX_DEPTH:
        return  # the common case costs nothing: no alias, no deep nesting possible
    depth = 0
    for token in yaml.scan(text, Loader=SAFE_LOADER):
        if isinstance(token, yaml.AliasToken):
            raise error(f"{where}:{token.start_mark.line + first_line}: YAML aliases (*{token.value}) are not "
                        "allowed here: write the value out")
        depth += isinstance(token, _OPEN) - isinstance(token, _CLOSE)
        if depth > MAX_DEPTH:
            raise error(f"{where}:{token.start_mark.line + first_line}: invalid YAML: nested more than {MAX_DEPTH} deep")


def read_yaml(path: Path, where: str, error: type[GeneratorError]) -> Any:
    """Parse a UTF-8 YAML file (a BOM is allowed)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(f"{where}: not UTF-8 text: save it as UTF-8") from exc
    return parse_yaml(text, where, error)
