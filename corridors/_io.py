"""Small I/O helpers shared by the package: atomic writes."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

__all__ = [
    "atomic_write_bytes",
    "atomic_write_text",
    "check_output_dir",
    "check_output_file",
    "publish_files",
]


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically: a temporary file in the same folder, then rename.

    A reader never sees a half-written file, and a failure leaves the old file in place.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); give it the usual mode under the umask
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    return atomic_write_bytes(path, text.encode("utf-8"))


#: Prefix of the staging folders that :func:`publish_files` makes inside an output folder.
STAGING_PREFIX = ".corridors-staging-"
#: The lock file that serialises runs writing into one output folder.
LOCK_NAME = ".corridors.lock"
#: How long a run waits for another run writing into the same folder (seconds).
LOCK_WAIT_S = 120.0


def check_output_file(path: str | os.PathLike[str], suffixes: tuple[str, ...],
                      option: str) -> Path:
    """Make sure a single output file can be written before any work: its suffix is one of
    ``suffixes``, it is not a folder, and its folder exists (or can be made) and is
    writable.  Raises :class:`~corridors.errors.InputError`."""
    from corridors.errors import InputError

    target = Path(path)
    if target.suffix.lower() not in suffixes:
        raise InputError(f"{option} {target} should end in {' or '.join(suffixes)}.")
    if target.is_dir():
        raise InputError(f"{option} {target} is a folder; give a file name.")
    check_output_dir(target.parent if str(target.parent) else Path())
    return target


def check_output_dir(path: str | os.PathLike[str]) -> Path:
    """Make sure ``path`` can take output files before any work is done: create the folder
    if needed and prove it writable.  Raises :class:`~corridors.errors.InputError`."""
    from corridors.errors import InputError

    out = Path(path)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file, not a folder; give a folder for the outputs.")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(prefix=".corridors-probe-", dir=out)  # noqa: SIM115
        probe.close()
    except OSError as exc:
        raise InputError(f"Cannot write into the folder {out} ({exc.strerror or exc}).") from exc
    return out


class _FolderLock:
    """An exclusive advisory lock on an output folder (``fcntl.flock`` on a lock file)."""

    def __init__(self, folder: Path, wait_s: float) -> None:
        self.path = folder / LOCK_NAME
        self.wait_s = wait_s
        self.fd: int | None = None

    def __enter__(self) -> _FolderLock:
        import fcntl
        import time

        from corridors.errors import InputError

        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait_s
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return self
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self.fd)
                    self.fd = None
                    raise InputError(
                        f"Another corridors run is still writing into {self.path.parent}; "
                        "wait for it or choose another --out.") from None
                time.sleep(0.05)

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor releases the lock
            self.fd = None


def _remove_stale(folder: Path) -> None:
    """Staging folders and temporary files left by runs that were killed (we hold the lock,
    so no live run owns them)."""
    import shutil

    for entry in folder.iterdir():
        if entry.name.startswith(STAGING_PREFIX) and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        elif entry.name.startswith(".") and entry.name.endswith(".tmp") and entry.is_file():
            entry.unlink(missing_ok=True)


def publish_files(folder: str | os.PathLike[str], files: dict[str, bytes], *,
                  wait_s: float = LOCK_WAIT_S) -> dict[str, Path]:
    """Write a set of files into ``folder`` all-or-nothing, one run at a time.

    Every file is first written (and synced) into a staging folder inside ``folder``; only
    when all are complete are they moved in, under a lock that a second run into the same
    folder waits for.  A failure before the move leaves the folder as it was; staging
    folders and temporary files of killed runs are removed by the next run.
    """
    import shutil

    out = check_output_dir(folder)
    with _FolderLock(out, wait_s):
        _remove_stale(out)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
        try:
            for name, data in files.items():
                atomic_write_bytes(staging / name, data)
            paths = {}
            for name in files:
                (staging / name).replace(out / name)
                paths[name] = out / name
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return paths
