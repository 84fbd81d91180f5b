"""One build at a time per project: a lock file holding the PID of the process that builds.

The lock is an ``flock`` on ``<root>/.build.lock``: the system releases it when its holder
dies, so a lock left by a killed build is taken over (and said so), never waited on.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import BuildError

LOCK_NAME = ".build.lock"
_held: dict[Path, int] = {}  # lock files this process holds, with how many times it took each
_guard = threading.Lock()


@contextmanager
def build_lock(root: Path, wait: float, say: Callable[[str], None]) -> Iterator[None]:
    """Hold the project's lock for the body of a ``with``. Another holder is waited for up
    to ``wait`` seconds (said once), then named in a ``BuildError``. Taking the lock again
    inside the same process (build holds it, then ingest and render) is allowed."""
    path = (root / LOCK_NAME).resolve()
    with _guard:
        if path in _held:
            _held[path] += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _guard:
                _held[path] -= 1
        return
    fd = _acquire(path, wait, say)
    with _guard:
        _held[path] = 1
    try:
        yield
    finally:
        with _guard:
            del _held[path]
        path.unlink(missing_ok=True)  # unlinked before it is unlocked: a waiter then opens a new file
        os.close(fd)


def _acquire(path: Path, wait: float, say: Callable[[str], None]) -> int:
    deadline, told = time.monotonic() + wait, False
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            if time.monotonic() >= deadline:
                raise BuildError(f"lock: {path.name}: another build (process {holder}) is running in {path.parent}; "
                                 "try again when it has finished") from None
            if not told:
                say(f"lock: waiting for another build (process {holder}) to finish")
                told = True
            time.sleep(0.1)
            continue
        try:  # the file may have been unlinked by its last holder after we opened it
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            os.close(fd)
            continue
        left = _holder(fd)
        if left and left != str(os.getpid()):
            say(f"lock: taking over the lock of process {left}, which is no longer running")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        return fd


def _holder(fd: int) -> str:
    """The PID written in the lock file, or "" (the holder has not written it yet)."""
    try:
        return os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
