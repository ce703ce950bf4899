"""Safe file access for input from users: read regular files only, write exports only as new files.

Base room (beside :mod:`peerlearn.errors`, :mod:`peerlearn._html` and :mod:`peerlearn._locate`):
it imports only the standard library and :mod:`peerlearn.errors`, and every room above may use it.

Reading (:func:`read_regular`): a path a user gives as "a file" might be a folder, a FIFO (named
pipe, whose ``open()`` blocks until a writer appears), a terminal or a device such as
``/dev/zero`` (whose ``read()`` never ends). The file is opened without blocking, its type is
checked on the open descriptor (no race between the check and the read), and at most ``limit``
bytes are read. Anything but a regular file raises :class:`NotARegularFileError` naming the path
and what it is.

Writing (:func:`save_new`): exports that a widget writes for a visitor go into one fixed folder,
:func:`export_folder` (``$PEERLEARN_EXPORTS``, else ``~/peerlearn-exports``), under a name this
module makes: the visitor's text only chooses a plain stem (letters, digits, ``-``, ``_``, ``.``,
spaces; no folder parts, no ``..``, nothing hidden), the extension is the format's own, and an
existing name gets ``-2``, ``-3``... The file is created with ``O_CREAT | O_EXCL`` (and
``O_NOFOLLOW``), so nothing that exists — a file, a symlink planted in the folder — is ever
replaced or followed. The folder itself must be a real folder (not a symlink).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> first = save_new(folder, "my refs", "bib", "@book{a, title = {A}}\\n")
>>> second = save_new(folder, "my refs", "bib", "@book{b, title = {B}}\\n")
>>> first.name, second.name, first.read_text()[:8]
('my-refs.bib', 'my-refs-2.bib', '@book{a,')
>>> save_new(folder, "../../etc/passwd", "bib", "x")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
peerlearn._safefiles.UnsafeNameError: file name '../../etc/passwd' ...
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
from pathlib import Path

from peerlearn.errors import PeerlearnError

__all__ = [
    "ENV",
    "NotARegularFileError",
    "UnsafeNameError",
    "check_regular",
    "csv_cell",
    "export_folder",
    "kind_of",
    "read_regular",
    "safe_stem",
    "save_new",
    "write_file",
    "write_new",
]

#: The environment variable naming the export folder (an absolute path).
ENV = "PEERLEARN_EXPORTS"
#: The folder used when :data:`ENV` is not set, under the user's home folder.
DEFAULT_FOLDER = "peerlearn-exports"
_MAX_STEM = 80
_STEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]*")
# Not under Pyodide: JupyterLite's /drive treats a file opened with O_NONBLOCK as written, so
# every read would change its mtime (and the progress store would never see a stable file);
# there are no FIFOs or devices in the browser's storage anyway.
_NONBLOCK = 0 if sys.platform == "emscripten" else getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class NotARegularFileError(PeerlearnError, OSError):
    """A path given as a file is a folder, a FIFO, a socket or a device.

    >>> print(NotARegularFileError("quiz.yaml", "a FIFO (named pipe)", "an exercise-set YAML file"))
    quiz.yaml is a FIFO (named pipe), not a regular file; expected an exercise-set YAML file
    """

    def __init__(self, path: str, kind: str, expected: str = "a regular file") -> None:
        self.path, self.kind, self.expected = path, kind, expected
        super().__init__(f"{path} is {kind}, not a regular file; expected {expected}")

    def __str__(self) -> str:
        return str(self.args[0])


class UnsafeNameError(PeerlearnError, ValueError):
    """A file name typed for an export is a path, hidden, too long or holds odd characters."""


def kind_of(mode: int) -> str:
    """What a ``st_mode`` is, in words (``"a folder"``, ``"a FIFO (named pipe)"``...).

    >>> kind_of(stat.S_IFIFO), kind_of(stat.S_IFREG)
    ('a FIFO (named pipe)', 'a regular file')
    """
    if stat.S_ISREG(mode):
        return "a regular file"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def check_regular(path: str | os.PathLike[str], expected: str = "a regular file") -> Path:
    """``path`` as a :class:`~pathlib.Path` if it is a regular file (symlinks to one are fine).

    Raises :class:`FileNotFoundError` naming the path when nothing is there and
    :class:`NotARegularFileError` for a folder, FIFO, socket or device. Use it before handing a
    path to a library that opens it itself; to read, prefer :func:`read_regular` (no race).

    >>> check_regular("/dev/null")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    peerlearn._safefiles.NotARegularFileError: /dev/null is a character device, not a regular ...
    """
    p = Path(path)
    try:
        mode = p.stat().st_mode
    except FileNotFoundError:
        raise FileNotFoundError(errno.ENOENT, f"no file at {p}; expected {expected}") from None
    if not stat.S_ISREG(mode):
        raise NotARegularFileError(str(p), kind_of(mode), expected)
    return p


def read_regular(
    path: str | os.PathLike[str],
    *,
    limit: int | None = None,
    expected: str = "a regular file",
    nofollow: bool = False,
) -> bytes:
    """The bytes of a regular file, at most ``limit + 1`` of them (so callers can say "too big").

    The file is opened with ``O_NONBLOCK`` (a FIFO opens at once instead of waiting for a
    writer) and checked with ``fstat`` on the open descriptor, so a FIFO, socket or device is
    refused before anything is read. A folder or a missing path raises the usual
    :class:`OSError` subclasses, with a message naming the path and what was expected.
    ``nofollow=True`` refuses a symlink (or a symlink loop) as :class:`NotARegularFileError`.

    >>> import os, tempfile
    >>> d = tempfile.mkdtemp(); fifo = os.path.join(d, "quiz.yaml"); os.mkfifo(fifo)
    >>> read_regular(fifo, expected="an exercise-set YAML file")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    peerlearn._safefiles.NotARegularFileError: ... is a FIFO (named pipe), not a regular file; ...
    """
    p = os.fspath(path)
    if nofollow and os.path.islink(p):
        raise NotARegularFileError(p, "a symbolic link (not followed)", expected)
    if os.path.isdir(p):
        raise IsADirectoryError(errno.EISDIR, f"{p} is a folder; expected {expected}")
    try:
        fd = os.open(p, os.O_RDONLY | _NONBLOCK | _BINARY | (_NOFOLLOW if nofollow else 0))
    except FileNotFoundError:
        raise FileNotFoundError(errno.ENOENT, f"no file at {p}; expected {expected}") from None
    except IsADirectoryError:
        raise IsADirectoryError(errno.EISDIR, f"{p} is a folder; expected {expected}") from None
    except OSError as e:
        if nofollow and e.errno == errno.ELOOP:  # swapped for a symlink since the check above
            raise NotARegularFileError(p, "a symbolic link (not followed)", expected) from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotARegularFileError(p, kind_of(mode), expected)
        if _NONBLOCK:
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        want = None if limit is None else limit + 1
        got = 0
        while want is None or got < want:
            chunk = os.read(fd, 1 << 16 if want is None else min(1 << 16, want - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def export_folder() -> Path:
    """The one folder where widgets save exports: ``$PEERLEARN_EXPORTS`` or ``~/peerlearn-exports``.

    The environment variable must be an absolute path (a relative one would depend on the
    current folder); it is not created here (see :func:`save_new`).

    >>> import os
    >>> os.environ[ENV] = "/srv/class/exports"
    >>> str(export_folder())
    '/srv/class/exports'
    >>> del os.environ[ENV]
    """
    env = os.environ.get(ENV)
    if env:
        p = Path(env).expanduser()
        if not p.is_absolute():
            msg = f"${ENV} is {env!r}, a relative path; set it to an absolute folder path"
            raise UnsafeNameError(msg)
        return p
    return Path.home() / DEFAULT_FOLDER


def safe_stem(text: str, default: str = "peerlearn-references") -> str:
    """The plain file-name stem for ``text`` typed by a user, or :class:`UnsafeNameError`.

    Empty text gives ``default``. A trailing extension is dropped (the format chooses it);
    runs of spaces become ``-``. Refused, with a message saying what is valid: folder
    separators, ``..``, a leading dot or dash, control or other odd characters, more than
    80 characters.

    >>> safe_stem("My references.bib"), safe_stem("  ")
    ('My-references', 'peerlearn-references')
    >>> safe_stem("/etc/passwd")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    peerlearn._safefiles.UnsafeNameError: file name '/etc/passwd' is not a plain name: ...
    """
    raw = text.strip()
    if not raw:
        return default
    valid = (
        "use a plain name such as my-references: letters, digits, '-', '_', '.' and spaces, "
        f"at most {_MAX_STEM} characters; the file goes into the export folder"
    )
    if "/" in raw or "\\" in raw or ".." in raw or raw.startswith((".", "-", "~")):
        raise UnsafeNameError(f"file name {raw!r} is not a plain name: {valid}")
    stem = re.sub(r"\.[A-Za-z0-9]{1,8}$", "", raw)
    stem = re.sub(r"\s+", "-", stem)
    if not stem or len(stem) > _MAX_STEM or not _STEM.fullmatch(stem):
        raise UnsafeNameError(f"file name {raw!r} is not a plain name: {valid}")
    return stem


def save_new(
    folder: str | os.PathLike[str], stem: str, ext: str, text: str, *, tries: int = 1000
) -> Path:
    """Write ``text`` to a NEW file ``folder/<stem>.<ext>`` (``-2``, ``-3``... if taken).

    ``stem`` goes through :func:`safe_stem`; ``ext`` must be letters and digits. The folder is
    created when missing (its parent must exist) and must not be a symlink. The file is opened
    with ``O_CREAT | O_EXCL | O_NOFOLLOW``: an existing file or symlink is never replaced or
    followed. A failed write removes the partial file. Returns the path written.
    """
    name = safe_stem(stem)
    if not re.fullmatch(r"[A-Za-z0-9]{1,8}", ext):
        raise UnsafeNameError(f"extension {ext!r} is not valid; expected letters and digits")
    base = Path(folder)
    try:
        base.mkdir(mode=0o755, exist_ok=True)
    except FileNotFoundError:
        msg = f"cannot make the export folder {base}: its parent folder does not exist"
        raise FileNotFoundError(errno.ENOENT, msg) from None
    if base.is_symlink() or not base.is_dir():
        what = "a symlink" if base.is_symlink() else kind_of(base.stat().st_mode)
        msg = f"the export folder {base} is {what}; expected a real folder"
        raise NotADirectoryError(errno.ENOTDIR, msg)
    data = text.encode("utf-8")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
    # Names are opened relative to the folder's own descriptor, so the folder cannot be
    # swapped for a symlink between the check above and the write.
    dir_fd = None
    if os.open in os.supports_dir_fd and hasattr(os, "O_DIRECTORY"):
        try:
            dir_fd = os.open(base, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW)
        except OSError:
            msg = f"the export folder {base} changed while saving; expected a real folder"
            raise NotADirectoryError(errno.ENOTDIR, msg) from None
    try:
        for n in range(1, tries + 1):
            name_n = f"{name}.{ext}" if n == 1 else f"{name}-{n}.{ext}"
            target = base / name_n
            try:
                if dir_fd is None:
                    fd = os.open(target, flags, 0o644)
                else:
                    fd = os.open(name_n, flags, 0o644, dir_fd=dir_fd)
            except FileExistsError:
                continue
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(data)
            except BaseException:
                if dir_fd is None:
                    target.unlink(missing_ok=True)
                else:
                    os.unlink(name_n, dir_fd=dir_fd)
                raise
            return target
    finally:
        if dir_fd is not None:
            os.close(dir_fd)
    msg = f"{base} already holds {tries} files named {name}*.{ext}; choose another name"
    raise FileExistsError(errno.EEXIST, msg)


def _open_folder(base: Path, *, create: bool) -> int:
    """A descriptor of the real folder ``base`` (created when missing and ``create``)."""
    if create:
        with contextlib.suppress(FileExistsError):  # a symlink or a file: said below
            base.mkdir(mode=0o755, parents=True, exist_ok=True)
    try:
        return os.open(base, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW)
    except FileNotFoundError:
        raise FileNotFoundError(errno.ENOENT, f"no folder at {base}") from None
    except OSError:
        what = "a symlink" if base.is_symlink() else "not a folder"
        msg = f"{base} is {what}; expected a real folder (symlinks are not followed)"
        raise NotADirectoryError(errno.ENOTDIR, msg) from None


def write_new(
    folder: str | os.PathLike[str],
    name: str,
    data: bytes | str,
    *,
    mode: int = 0o644,
    create: bool = True,
) -> Path:
    """Write ``data`` to the NEW file ``folder/name``; never follow a symlink or replace a file.

    ``name`` is one plain file name (no folder part). The folder must be a real folder (not a
    symlink; created when missing and ``create``); the file is created with
    ``O_CREAT | O_EXCL | O_NOFOLLOW`` relative to the folder's descriptor, with ``mode``, so a
    file or a symlink planted under that name raises :class:`FileExistsError` naming it, and
    nothing outside the folder is written or chmod-ed. A failed write removes the partial file.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_new(d, "a.txt", "hello").read_text()
    'hello'
    >>> write_new(d, "a.txt", "again")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    FileExistsError: [Errno 17] .../a.txt already exists; peerlearn never replaces a file: ...
    """
    if not name or name in (".", "..") or "/" in name or "\\" in name or "\0" in name:
        raise UnsafeNameError(f"file name {name!r} is not one plain file name")
    base = Path(folder).expanduser()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    dir_fd = _open_folder(base, create=create)
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
        try:
            fd = os.open(name, flags, mode, dir_fd=dir_fd)
        except FileExistsError:
            what = "a symlink" if (base / name).is_symlink() else "it"
            msg = (
                f"{base / name} already exists; peerlearn never replaces a file: move {what} "
                "away or choose another folder"
            )
            raise FileExistsError(errno.EEXIST, msg) from None
        try:
            os.fchmod(fd, mode)  # the umask may have narrowed it; fchmod never follows a link
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
        except BaseException:
            os.unlink(name, dir_fd=dir_fd)
            raise
    finally:
        os.close(dir_fd)
    return base / name


def write_file(
    path: str | os.PathLike[str],
    data: bytes | str,
    *,
    overwrite: bool = False,
    mode: int = 0o644,
    create: bool = False,
    how_to_replace: str = "",
) -> Path:
    """Write ``data`` to the file ``path`` a user named: atomically, never through a symlink,
    never replacing a file unless ``overwrite``.

    The last folder of ``path`` must be a real folder (a symlink there is refused; created when
    missing and ``create``). The data goes to a new temporary file in that folder (opened
    ``O_CREAT | O_EXCL | O_NOFOLLOW``, ``mode`` set on the open file), which then takes the
    name: with :func:`os.link` (fails if the name exists) for a new file, with
    :func:`os.replace` of the folder entry (never a link's target) when ``overwrite`` and a
    regular file is there. A symlink (even a dangling one), a FIFO, a folder or a device at
    ``path`` is always refused; an existing regular file is refused unless ``overwrite``, with a
    :class:`FileExistsError` naming it and saying what to do (``how_to_replace``: the option
    that replaces it, e.g. ``"pass overwrite=True"``). Nothing outside the folder is written.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> write_file(d / "set.yaml", "id: a\\n").read_text()
    'id: a\\n'
    >>> write_file(d / "set.yaml", "id: b\\n")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    FileExistsError: [Errno 17] .../set.yaml already exists; peerlearn does not replace a file: ...
    >>> write_file(d / "set.yaml", "id: b\\n", overwrite=True).read_text()
    'id: b\\n'
    """
    target = Path(path).expanduser()
    name = target.name
    if not name or name in (".", "..") or "\0" in name:
        raise UnsafeNameError(f"{str(path)!r} does not end in a file name; give a file's name")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        dir_fd = _open_folder(target.parent, create=create)
    except FileNotFoundError:
        msg = f"no folder {target.parent} to write into; make it or give a path in a folder"
        raise FileNotFoundError(errno.ENOENT, msg, str(target)) from None
    try:
        try:
            st: os.stat_result | None = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        except FileNotFoundError:
            st = None
        if st is not None:
            _refuse(target, st.st_mode, overwrite, how_to_replace)
        tmp = f".{name[:200]}.{os.urandom(4).hex()}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, mode,
                     dir_fd=dir_fd)  # fmt: skip
        try:
            os.fchmod(fd, mode)  # the umask may have narrowed it
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
                fh.flush()
                with contextlib.suppress(OSError):  # some browser storage has no fsync
                    os.fsync(fh.fileno())
            if st is not None:
                os.replace(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)  # the entry itself
            else:
                _link_new(tmp, name, dir_fd, target, how_to_replace)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp, dir_fd=dir_fd)
    finally:
        os.close(dir_fd)
    return target


def _refuse(target: Path, st_mode: int, overwrite: bool, how_to_replace: str) -> None:
    """Raise unless ``target`` is a regular file and ``overwrite``."""
    if stat.S_ISLNK(st_mode):
        msg = (
            f"{target} is a symbolic link; peerlearn never writes through a link: remove the "
            "link or choose another file name"
        )
        raise FileExistsError(errno.EEXIST, msg)
    if stat.S_ISDIR(st_mode):
        msg = f"{target} is a folder; give a file's name (in that folder, or another)"
        raise IsADirectoryError(errno.EISDIR, msg, str(target))
    if not stat.S_ISREG(st_mode):
        msg = f"{target} is {kind_of(st_mode)}, not a regular file; choose another file name"
        raise FileExistsError(errno.EEXIST, msg)
    if not overwrite:
        also = f", or {how_to_replace} to replace it" if how_to_replace else ""
        msg = (
            f"{target} already exists; peerlearn does not replace a file: choose another file "
            f"name or move it away{also}"
        )
        raise FileExistsError(errno.EEXIST, msg)


def _link_new(tmp: str, name: str, dir_fd: int, target: Path, how_to_replace: str) -> None:
    """Give the written temporary file ``tmp`` the new name ``name`` (never replacing one)."""
    link = getattr(os, "link", None)  # Pyodide (JupyterLite) has none
    try:
        if link is not None:
            link(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd, follow_symlinks=False)
            return
    except FileExistsError:  # made since the check: say what is there now
        _refuse(target, os.stat(name, dir_fd=dir_fd, follow_symlinks=False).st_mode, False,
                how_to_replace)  # fmt: skip
        raise
    except (NotImplementedError, PermissionError, OSError) as e:
        if isinstance(e, OSError) and e.errno not in _NO_LINKS:
            raise
    # No hard links here (some network file systems, the browser's storage): create the name
    # itself with O_EXCL, and copy the written bytes over.
    with open(tmp, "rb", opener=lambda p, f: os.open(p, f, dir_fd=dir_fd)) as src:
        raw = src.read()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
    try:
        fd = os.open(name, flags, os.stat(tmp, dir_fd=dir_fd).st_mode & 0o7777, dir_fd=dir_fd)
    except FileExistsError:
        _refuse(target, os.stat(name, dir_fd=dir_fd, follow_symlinks=False).st_mode, False,
                how_to_replace)  # fmt: skip
        raise
    try:
        os.fchmod(fd, os.stat(tmp, dir_fd=dir_fd).st_mode & 0o7777)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
    except BaseException:
        os.unlink(name, dir_fd=dir_fd)
        raise


_NO_LINKS = {
    getattr(errno, n) for n in ("EPERM", "EACCES", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV")
    if hasattr(errno, n)
}  # fmt: skip


#: What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(value: object) -> object:
    """``value`` safe for a CSV cell a spreadsheet opens: text that a spreadsheet would read as
    a formula gets a leading ``'`` (OWASP's CSV-injection advice); numbers pass unchanged.

    >>> print(csv_cell('=HYPERLINK("http://x","click")'), csv_cell("Ana"), csv_cell(-1.5))
    '=HYPERLINK("http://x","click") Ana -1.5
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
