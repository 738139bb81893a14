"""Text plumbing for extraction: decoding bytes, stripping HTML, splitting sentences.

Every transformation keeps character offsets: HTML tags become spaces of the same length,
so a span found in the cleaned text is a span of the input.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from corridors.errors import InputError

__all__ = ["MAX_BYTES", "Sentence", "decode_text", "looks_like_html", "sentences", "strip_html"]

#: Largest input accepted (bytes); larger inputs get a clear error, not a long wait.
MAX_BYTES = 50_000_000

_HTML_HINT = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|a\s|table|h[1-6])\b", re.I)
_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^<>]{0,2000}>", re.I | re.S)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|div|br|h[1-6]|li|tr|td|title|section|article)\b", re.I)


def decode_text(data: bytes, *, source: str = "input") -> tuple[str, list[str]]:
    """Decode ``data`` as text; returns the text and notes for the user.

    UTF-8 (with or without BOM) is read as is; other bytes that Windows-1252 can decode
    are read as Windows-1252 with a note; NUL bytes or undecodable bytes raise.

    Raises
    ------
    InputError
        If the data is binary, not decodable, or larger than :data:`MAX_BYTES`.
    """
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{source} is {len(data) / 1e6:.0f} MB; extract reads at most "
            f"{MAX_BYTES // 1_000_000} MB of text, so split it into smaller files."
        )
    if b"\x00" in data[:65536]:
        raise InputError(f"{source} looks like a binary file, not text; give a plain-text file.")
    notes: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                f"{source} is not UTF-8 text (undecodable byte at offset {exc.start}); "
                "convert it to UTF-8, e.g. with iconv."
            ) from None
        notes.append(f"{source} is not valid UTF-8; read it as Windows-1252.")
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(8, len(text[:65536]) // 100):
        raise InputError(f"{source} looks like a binary file, not text; give a plain-text file.")
    return text, notes


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document or fragment rather than plain text."""
    head = text[:4096]
    return bool(_HTML_HINT.search(head)) and head.count("<") >= 2


def strip_html(text: str) -> str:
    """``text`` with tags, scripts and comments blanked out and entities decoded.

    The result has the same length as ``text``: a tag becomes spaces (a newline pair for
    block tags, so paragraphs stay apart), an entity becomes its character padded with
    spaces.
    """

    def tag(m: re.Match[str]) -> str:
        s = m.group(0)
        if _BLOCK_TAG.match(s) and len(s) >= 2:
            return "\n\n" + " " * (len(s) - 2)
        return re.sub(r"[^\n]", " ", s)

    def entity(m: re.Match[str]) -> str:
        s = m.group(0)
        ch = html.unescape(s)
        if len(ch) != 1:
            return s
        if ch == "\xa0":
            ch = " "
        return ch + " " * (len(s) - 1)

    return _ENTITY.sub(entity, _TAG.sub(tag, text))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its span in the text and its paragraph number."""

    start: int
    end: int
    paragraph: int


_ABBREV = frozenset(
    [
        "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "gen", "col",
        "lt", "prof", "sen", "rep", "gov", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "approx", "est", "fig", "e", "g", "i", "u", "s"
    ]
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n[ \t]*\n\s*|\n(?=\s*[-*•])")


def sentences(text: str) -> Iterator[Sentence]:
    """Split ``text`` into sentences (spans, whitespace trimmed), in order.

    A sentence ends at ``.``, ``!`` or ``?`` before a capital letter (not after a known
    abbreviation or an initial), and at a blank line, which also starts a new paragraph.
    Very long runs without punctuation are cut every 2,000 characters so that the rules
    stay linear in the input size.
    """
    para = 0
    start = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        piece = m.group(0)
        if piece[0] in ".!?":
            j = m.start()
            k = j
            while k > start and text[k - 1].isalpha():
                k -= 1
            word = text[k:j].lower()
            if word in _ABBREV or (len(word) == 1 and text[k:j].isupper()):
                continue
            end = m.end()
        else:
            end = m.start()
        yield from _emit(text, start, end, para)
        if piece[0] not in ".!?" and piece.count("\n") >= 2:
            para += 1
        start = m.end()
    if start < n:
        yield from _emit(text, start, n, para)


def _emit(text: str, start: int, end: int, para: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    limit = 2000
    while end - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        cut = cut if cut > start else start + limit
        yield Sentence(start, cut, para)
        start = cut + 1
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield Sentence(start, end, para)


def read_bounded(stream: BinaryIO, limit: int = MAX_BYTES) -> bytes:
    """Read ``stream`` in chunks, refusing it as soon as more than ``limit`` bytes arrive."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise InputError(f"The input is over {limit / 1e6:.0f} MB; corridors reads at most "
                             f"{limit // 1_000_000} MB of text, so split it into smaller files.")
