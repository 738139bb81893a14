"""Text plumbing for extraction: decoding bytes, stripping HTML, splitting sentences.

Every transformation keeps character offsets: HTML tags become spaces of the same length,
so a span found in the cleaned text is a span of the input.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from corridors import settings
from corridors.errors import InputError

__all__ = [
    "MAX_BYTES",
    "Sentence",
    "decode_text",
    "looks_like_html",
    "mask_asides",
    "read_bounded",
    "sentences",
    "strip_html",
]

#: Largest input accepted (bytes); larger inputs get a clear error, not a long wait.
MAX_BYTES = settings.MAX_TEXT_BYTES

_HTML_HINT = re.compile(r"<(?:!doctype|html|head|body|p|div|br|span|a\s|table|h[1-6])\b", re.I)
_TAG = re.compile(r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[^<>]{0,2000}>", re.I | re.S)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|div|br|h[1-6]|li|tr|td|title|section|article)\b", re.I)


#: Byte-order marks and the codecs they announce (UTF-32 before UTF-16: its little-endian
#: mark starts with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
#: Bytes read at a time by :func:`read_bounded`.
CHUNK = 1 << 20


def _too_large(source: str, size: float) -> InputError:
    return InputError(
        f"{source} is {size / 1e6:.0f} MB; extract reads at most "
        f"{MAX_BYTES // 1_000_000} MB of text, so split it into smaller files."
    )


def read_bounded(stream: BinaryIO, limit: int = MAX_BYTES, *, source: str = "input") -> bytes:
    """Read ``stream`` to its end, but never more than ``limit`` + 1 bytes.

    Reads in chunks of :data:`CHUNK` bytes, and stops as soon as more than ``limit`` bytes
    have arrived.

    Raises
    ------
    InputError
        With the sentence of :func:`decode_text` when the stream holds more than ``limit``
        bytes.
    """
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
    raise _too_large(source, size)


def decode_text(data: bytes, *, source: str = "input") -> tuple[str, list[str]]:
    """Decode ``data`` as text; returns the text and notes for the user.

    A byte-order mark decides first: UTF-8, UTF-16 or UTF-32 text with a BOM is read in
    that encoding (the BOM dropped).  Otherwise UTF-8 is read as is; other bytes that
    Windows-1252 can decode are read as Windows-1252 with a note; NUL bytes or undecodable
    bytes raise.

    Raises
    ------
    InputError
        If the data is binary, not decodable, or larger than :data:`MAX_BYTES`.
    """
    if len(data) > MAX_BYTES:
        raise _too_large(source, len(data))
    notes: list[str] = []
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{source} starts with a {label} byte-order mark but is not {label} text "
                    f"(undecodable byte at offset {exc.start}); convert it to UTF-8, "
                    "e.g. with iconv."
                ) from None
            if label != "UTF-8":
                notes.append(f"{source} is {label} text (it has a byte-order mark).")
            break
    else:
        if b"\x00" in data[:65536]:
            raise InputError(
                f"{source} looks like a binary file, not text; give a plain-text file.")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise InputError(
                    f"{source} is not UTF-8 text (undecodable byte at offset {exc.start}); "
                    "convert it to UTF-8, e.g. with iconv."
                ) from None
            notes.append(f"{source} is not valid UTF-8; read it as Windows-1252.")
    head = text[:65536]
    controls = sum(1 for ch in head if ord(ch) < 32 and ch not in "\t\n\r\f")
    if "\x00" in head or controls > max(8, len(head) // 100):
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


#: A short aside in brackets right after a name: "Xi'an (Shaanxi Province, in Northwest
#: China) and Chengdu", "KABUL (Tolo News):"; a route in brackets is read ("El Al (from Tel
#: Aviv to Moscow)", "ferries (Illichivsk-Batumi and Alat-Aktau)").
_ASIDE = re.compile(
    r"(?<=[A-Za-z.'\u2019])[ \t]*\((?![Ff]rom\s)"
    r"(?![^()\n]*[A-Z][a-z][\w'\u2019]*[ \t]?[-\u2013\u2014][ \t]?[A-Z][a-z])[^()\n]{1,80}\)")


#: An apposition that says what a place is: "Urumqi, the chief city of the Xinjiang Uygur
#: Autonomous Region in north-west China, and Almaty".
_APPOSITION = re.compile(
    r",[ \t]+the[ \t]+(?:[A-Za-z-]+[ \t]+){0,3}?(?:city|town|capital|port|hub|centre|center|"
    r"seat|heart)[ \t]+of[ \t]+[^,;.()\n]{1,80}(?=,)"
)


def mask_asides(text: str) -> str:
    """``text`` with each short aside in brackets after a name, and each apposition that
    says what a place is, blanked out (offsets kept): their places qualify the name before
    them, and a list or a route reads on across them."""
    def blank(m: re.Match[str]) -> str:
        return " " * len(m.group())

    return _APPOSITION.sub(blank, _ASIDE.sub(blank, text))


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
