"""Read seed pages from disk: detect the encoding, normalise line ends, and
collect what a sidecar, the manifest or the file name says about the issue."""

from __future__ import annotations

import codecs
import datetime as _dt
import difflib
import re
from pathlib import Path

from ..errors import BuildError
from ..records import IssueMeta, Page
from ..yamlfile import read_yaml

STAGE = "ingest"
SEED_SUFFIXES = (".txt",)
MANIFEST = "manifest.yml"
META_KEYS = ("paper", "date", "page")

_BOMS = (  # UTF-32's little-endian mark starts with UTF-16's: it is tried first
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# 2024-09-10-p02.txt, 20240910_02.txt, 2024-09-10.txt
_NAME_RE = re.compile(
    r"(?P<y>(?:19|20)\d\d)[-_.]?(?P<m>[01]\d)[-_.]?(?P<d>[0-3]\d)"
    r"(?:[-_.]?(?:p|page|第)?(?P<page>\d{1,3})(?:版)?)?(?=$|[-_.])",
    re.IGNORECASE,
)


def decode_text(data: bytes, where: str = "<bytes>") -> str:
    """Decode a page whatever its encoding: UTF-8 (with or without BOM), UTF-16/32 with a
    BOM or, when its zero bytes show it, without one, GB18030 (a superset of GBK and
    GB2312). Every character is kept; a page that decodes in none of them is an error
    naming the byte where each decoding stopped."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _normalise(data[len(bom):].decode(name))
            except UnicodeDecodeError as exc:
                label = name[:6].upper()
                raise BuildError(f"{STAGE}: {where}: cannot decode the text: it starts with a {label} byte order mark "
                                 f"but byte {exc.start + len(bom)} is not {label} ({exc.reason})") from None
    order = _utf16_order(data)
    names = ((order,) if order else ()) + ("utf-8", "gb18030")
    stops = []
    for name in names:
        try:
            return _normalise(data.decode(name))
        except UnicodeDecodeError as exc:
            stops.append(f"{name.upper()} at byte {exc.start}")
    raise BuildError(f"{STAGE}: {where}: cannot decode the text: not UTF-8, UTF-16 or GB18030 "
                     f"(invalid {', '.join(stops)})")


def _utf16_order(data: bytes) -> str | None:
    """UTF-16 without a BOM, told by its zero bytes: the high bytes of ASCII characters
    (line ends, digits, spaces), at one parity far more than at the other. A stray NUL
    in UTF-8 or GB18030 text is not that."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    enough = max(2, len(data) // 200)  # one code unit in a hundred
    if odd >= enough and odd >= 4 * even:
        return "utf-16-le"  # ASCII characters have their zero byte second in little-endian
    if even >= enough and even >= 4 * odd:
        return "utf-16-be"
    return None


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


# control characters other than tab and newline: they print nothing and break XML feeds
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> tuple[str, int]:
    """``text`` without control characters other than tab and newline, and how many went."""
    return _CONTROL.subn("", text)


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Every seed page under ``seeds_dir``, in a stable order."""
    if not seeds_dir.is_dir():
        return []
    return sorted(p for p in seeds_dir.rglob("*") if p.is_file() and p.suffix.lower() in SEED_SUFFIXES)


def printable(rel: str) -> str:
    """A path as it can be printed: bytes of a file name that is not UTF-8 as escapes."""
    return rel.encode("utf-8", "backslashreplace").decode("utf-8")


def confined(path: Path, seeds_dir: Path, rel: str, follow_symlinks: bool) -> None:
    """Refuse a seed or sidecar that is a symbolic link to a file outside the seed folder
    (unless the configuration says to follow links)."""
    real = path.resolve()
    if follow_symlinks or real.is_relative_to(seeds_dir.resolve()):
        return
    raise BuildError(f"{STAGE}: {printable(rel)}: a symbolic link to {printable(str(real))}, outside "
                     f"{seeds_dir.name}/: not read (set follow_symlinks: true in archive.yml to read it)")


def read_page(path: Path, root: Path, manifest: dict | None = None, *, seeds_dir: Path | None = None,
              follow_symlinks: bool = False, max_bytes: int | None = None) -> Page:
    """Read one seed page with what its sidecar, the manifest or its name tells. Control
    characters are removed from the text (``Page.controls`` counts them)."""
    rel = path.relative_to(root).as_posix()
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        raise BuildError(f"{STAGE}: {printable(rel)}: the file name is not UTF-8 text: rename it") from None
    seeds_dir = seeds_dir or path.parent
    confined(path, seeds_dir, rel, follow_symlinks)
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise BuildError(f"{STAGE}: {rel}: {size:,} bytes, more than the {max_bytes:,} of a page "
                         "(max_page_bytes in archive.yml): not read")
    text, controls = strip_controls(decode_text(path.read_bytes(), rel))
    given = given_meta(path, rel, manifest or {}, seeds_dir=seeds_dir, follow_symlinks=follow_symlinks)
    return Page(source=rel, text=text, given=given, controls=controls)


def load_manifest(seeds_dir: Path, root: Path, follow_symlinks: bool = False) -> dict:
    """``seeds/manifest.yml``: file name -> {paper, date, page}."""
    path = seeds_dir / MANIFEST
    if not path.is_file():
        return {}
    confined(path, seeds_dir, path.relative_to(root).as_posix(), follow_symlinks)
    data = read_yaml(path, f"{STAGE}: {path.relative_to(root).as_posix()}", BuildError)
    if not isinstance(data, dict):
        raise BuildError(f"{STAGE}: {path.relative_to(root).as_posix()}: expected a mapping of seed file names")
    return data


def given_meta(path: Path, rel: str, manifest: dict, *, seeds_dir: Path | None = None,
               follow_symlinks: bool = False) -> IssueMeta:
    """Metadata in order of trust: sidecar ``<name>.yml``, manifest, file name."""
    sidecar = path.with_suffix(".yml")
    layers = []
    if sidecar.is_file():
        confined(sidecar, seeds_dir or path.parent, f"{rel.rsplit('.', 1)[0]}.yml", follow_symlinks)
        layers.append(("sidecar", read_yaml(sidecar, f"{STAGE}: {rel.rsplit('.', 1)[0]}.yml", BuildError) or {}, sidecar.name))
    entry = manifest.get(path.name) or manifest.get(path.stem)
    if entry is not None:
        layers.append(("manifest", entry, f"{MANIFEST}: {path.name}"))
    layers.append(("filename", _from_name(path.stem), path.name))
    values: dict = {}
    found: dict = {}
    for how, data, where in layers:
        if not isinstance(data, dict):
            raise BuildError(f"{STAGE}: {where}: expected a mapping with paper, date, page")
        unknown = sorted(set(data) - set(META_KEYS), key=str)
        if unknown:
            hint = difflib.get_close_matches(str(unknown[0]), META_KEYS, n=1)
            tail = f" (did you mean {hint[0]!r}?)" if hint else f"; known keys: {', '.join(META_KEYS)}"
            raise BuildError(f"{STAGE}: {where}: unknown key {unknown[0]!r}{tail}")
        for key in META_KEYS:
            if key in data and data[key] not in (None, "") and key not in values:
                values[key] = _check(key, data[key], f"{rel} ({how})")
                found[key] = how
    date, precision = values.get("date", ("", "unknown"))
    return IssueMeta(
        paper=values.get("paper", ""),
        date=date,
        date_precision=precision,
        page=values.get("page", 0),
        found=tuple(sorted(found.items())),
    )


def unmatched_manifest_keys(manifest: dict, seeds: list[Path]) -> list[str]:
    """Manifest entries that name no seed page (a typo would otherwise go unnoticed)."""
    names = {p.name for p in seeds} | {p.stem for p in seeds}
    return sorted(str(k) for k in manifest if str(k) not in names)


def _from_name(stem: str) -> dict:
    m = _NAME_RE.search(stem)
    if not m:
        return {}
    out = {"date": f"{m['y']}-{m['m']}-{m['d']}"}
    if m["page"]:
        out["page"] = int(m["page"])
    return out


def _check(key: str, value, where: str):
    if key == "paper":
        if not isinstance(value, (str, int)) or isinstance(value, bool):
            raise BuildError(f"{STAGE}: {where}: 'paper': expected the paper's name, got {value!r}")
        return str(value).strip()
    if key == "page":
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
        if isinstance(value, str) and value.strip().isdigit() and int(value) > 0:
            return int(value)
        raise BuildError(f"{STAGE}: {where}: 'page': expected a positive whole number, got {value!r}")
    return parse_date(value, where)


def parse_date(value, where: str) -> tuple[str, str]:
    """``2024-09-10`` / ``2024-09`` / ``2024`` -> (full ISO date, precision)."""
    if isinstance(value, _dt.datetime):  # a time of day says nothing about the issue: its day is the date
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat(), "day"
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if m:
        year, month, day = int(m[1]), int(m[2] or 1), int(m[3] or 1)
        try:
            iso = _dt.date(year, month, day).isoformat()
        except ValueError:
            iso = ""
        if iso:
            return iso, "day" if m[3] else "month" if m[2] else "year"
    raise BuildError(f"{STAGE}: {where}: 'date': expected YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")
