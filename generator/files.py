"""Files that must survive a crash, paths that must stay in their folder, and the output
folder the generator may replace.

Every file in ``content/`` is written by ``write_atomic``: a temporary file in the same
folder, flushed to disk, then renamed over the old one, so a kill leaves either the old
file or the new one, never half of one.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from .errors import BuildError

TEMP_SUFFIX = ".tmp"
# a file inside the output folder that says the generator made it, and may replace it
SITE_MARKER = ".newspaper-archive"
MARKER_TEXT = "This folder is built by the newspaper archive generator and replaced on every build.\n"
MAX_NAME = 120  # characters of one path component made from data (a slug); far below any file system's limit


def write_atomic(path: Path, data: str | bytes, mode: int = 0o644) -> None:
    """Replace ``path`` with ``data`` at once: other readers and a crash see the old
    bytes or the new, never a mix. A file being replaced keeps its permissions."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        pass
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:MAX_NAME]}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk, where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_temp_files(folder: Path) -> list[Path]:
    """Delete the temporary files a killed ``write_atomic`` left under ``folder``."""
    if not folder.is_dir():
        return []
    stale = [p for p in folder.rglob(f".*{TEMP_SUFFIX}") if p.is_file() and not p.is_symlink()]
    for p in stale:
        p.unlink(missing_ok=True)
    return stale


def short_name(name: str, limit: int = MAX_NAME) -> str:
    """``name``, or when longer than ``limit`` its start plus a hash of the whole, so that
    two long names stay apart and the same name always gives the same short one."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{name[: limit - 11].rstrip('-')}-{digest}"


def check_output_dir(target: Path, root: Path, setting: str) -> None:
    """The output folder is replaced on every build: refuse one that the generator did not
    make (``.git``, a folder of sources, any folder holding other things) or a link."""
    where = f"{setting} ({target.relative_to(root).as_posix() if target.is_relative_to(root) else target})"
    for p in [target, *target.parents]:
        if p == root or not p.is_relative_to(root):
            break
        if p.is_symlink():
            raise BuildError(f"publish: {where}: {p.relative_to(root).as_posix()} is a symbolic link; "
                             "the generator writes only into a real folder inside the project")
    if not target.resolve().is_relative_to(root.resolve()):
        raise BuildError(f"publish: {where}: lies outside the project")
    if not target.exists() or made_by_us(target):
        return
    if not target.is_dir():
        raise BuildError(f"publish: {where}: is a file, not a folder the generator made")
    raise BuildError(f"publish: {where}: the folder exists and the generator did not make it (no {SITE_MARKER} file "
                     "in it); it would be replaced by the site: choose another output_dir, or move the folder away")


def made_by_us(folder: Path) -> bool:
    """True for an empty folder, one with the marker, and a site built before the marker
    existed (it has the home page and the article list, and no ``.git``)."""
    if not folder.is_dir() or folder.is_symlink():
        return False
    if (folder / SITE_MARKER).is_file() or not any(folder.iterdir()):
        return True
    return (folder / "index.html").is_file() and (folder / "api" / "articles.json").is_file() and not (folder / ".git").exists()


def swap_in(staging: Path, target: Path) -> None:
    """Put the complete ``staging`` folder at ``target`` in one step where the system can
    exchange two names at once (Linux), otherwise in two renames; the old site ends in
    ``staging``'s place (or ``.site.old``) to be removed."""
    if target.is_dir() and _exchange(staging, target):
        return
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """``renameat2(RENAME_EXCHANGE)``: swap two names atomically; False where not supported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def remove_leftovers(target: Path) -> list[Path]:
    """Delete ``.site.new-*`` and ``.site.old`` folders that a killed build left beside
    ``target``; when the kill came between the two renames of a swap, the old site is
    put back first."""
    if not target.parent.is_dir():
        return []
    old = target.with_name(f".{target.name}.old")
    if not target.exists() and old.is_dir() and not old.is_symlink():
        old.rename(target)
    stale = [p for p in target.parent.glob(f".{target.name}.new-*") if p.is_dir() and not p.is_symlink()]
    stale += [old] if old.is_dir() and not old.is_symlink() else []
    for p in stale:
        shutil.rmtree(p, ignore_errors=True)
    return stale


def plain_relative(rel: str) -> bool:
    """True for a relative path written plainly: ``a/b/c``, no empty, ``.`` or ``..``
    part, no backslash or NUL (it cannot lead out of the folder it is joined to, unless
    through a link)."""
    return bool(rel) and "\\" not in rel and "\0" not in rel and not any(p in ("", ".", "..") for p in rel.split("/"))


def files_under(folder: Path):
    """Every file under ``folder`` (links to folders not followed), as a ``/``-separated
    path relative to it, with its ``os.stat`` size; folders read with ``os.scandir``, each
    path built from its folder's (a site holds hundreds of thousands)."""
    stack = [("", os.fspath(folder))]
    while stack:
        rel, path = stack.pop()
        try:
            entries = list(os.scandir(path))
        except OSError:
            continue  # (as os.walk: a folder that cannot be read is passed over)
        for entry in entries:
            name = entry.name if not rel else f"{rel}/{entry.name}"
            if entry.is_dir():  # a link to a folder is listed as one, and not followed
                if not entry.is_symlink():
                    stack.append((name, entry.path))
                continue
            yield name, entry.stat().st_size


def project_cache(root: Path, rel: str) -> Path | None:
    """``root/rel``, a cache the build keeps for the next one; None when it, or a folder
    on the way to it, is a link (it may lead outside the project)."""
    path = root / rel
    for step in (path, *path.parents):
        if step == root:
            return path
        if step.is_symlink():
            return None
    return path
