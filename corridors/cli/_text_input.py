"""Reading a text argument (a file or ``-`` for standard input) the same way in every command.

The size limit applies while reading: standard input is read in chunks and refused as soon
as it passes :data:`~corridors.extract._text.MAX_BYTES`; a file is refused by its size
before it is read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from corridors.errors import InputError

__all__ = ["read_article", "read_text"]


def read_text(name: str) -> tuple[str, str, list[str]]:
    """``(text, display name, notes)`` for a text file, or ``-`` for standard input.

    UTF-8 (with or without BOM), UTF-16 with a BOM and Windows-1252 are read; binary data,
    folders, missing files and texts over the size limit raise :class:`InputError`.
    """
    from corridors.extract._text import MAX_BYTES, decode_text, read_bounded

    if name == "-":
        label = "standard input"
        data = read_bounded(sys.stdin.buffer, MAX_BYTES, source=label)
    else:
        path = Path(name)
        label = path.name
        if path.is_dir():
            raise InputError(f"{name} is a folder, not a text file.")
        try:
            with path.open("rb") as fh:
                data = read_bounded(fh, MAX_BYTES, source=label)
        except FileNotFoundError:
            raise InputError(f"Text file {name} does not exist.") from None
        except OSError as exc:
            raise InputError(f"Cannot read {name}: {exc.strerror or exc}.") from None
    text, notes = decode_text(data, source=label)
    return text, label, notes


def read_article(name: str) -> tuple[str, str]:
    """``(text, display name)`` as :func:`read_text` reads it, with HTML reduced to text."""
    from corridors.extract._text import looks_like_html, strip_html

    text, label, _notes = read_text(name)
    if looks_like_html(text):
        text = strip_html(text)
    return text, label
