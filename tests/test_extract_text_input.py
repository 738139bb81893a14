"""Reading input text: bounded reads, byte-order marks, binary data."""

from __future__ import annotations

import codecs
import io

import pytest

from corridors.errors import InputError
from corridors.extract._text import MAX_BYTES, decode_text, read_bounded


class _Counting(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.given = 0

    def read(self, size: int | None = -1) -> bytes:
        out = super().read(size)
        self.given += len(out)
        return out


def test_read_bounded_reads_everything_under_the_limit() -> None:
    data = b"Flights from Lahore to Almaty. " * 100_000  # 3.1 MB: several chunks
    assert read_bounded(io.BytesIO(data), limit=len(data)) == data
    assert read_bounded(io.BytesIO(b"")) == b""


def test_read_bounded_stops_after_limit_plus_one_byte() -> None:
    stream = _Counting(b"x" * 5_000_000)
    with pytest.raises(ValueError, match="split it into smaller files") as err:
        read_bounded(stream, limit=2_500_000)
    assert stream.given == 2_500_001
    assert isinstance(err.value, InputError)


def test_read_bounded_says_what_decode_text_says() -> None:
    big = b"y" * 11
    with pytest.raises(InputError) as a:
        read_bounded(io.BytesIO(big), limit=10)
    assert "extract reads at most" in str(a.value)
    assert f"{MAX_BYTES // 1_000_000} MB of text" in str(a.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_decode_text_reads_text_with_a_bom(encoding: str) -> None:
    text = "Flights from Lahore to Almaty — Алматы.\nSecond line."
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    elif encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    got, notes = decode_text(data)
    assert got == text
    assert ("UTF-16" in " ".join(notes)) == encoding.startswith("utf-16")


def test_decode_text_keeps_rejecting_binary() -> None:
    for data in (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 10,
                 codecs.BOM_UTF16_LE + b"\x00\x00" * 500,
                 codecs.BOM_UTF8 + b"abc\x00\x00\x00" * 100,
                 codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00" * 50):
        with pytest.raises(InputError, match=r"binary|is not UTF-"):
            decode_text(data)


def test_decode_text_plain_utf8_and_cp1252_unchanged() -> None:
    assert decode_text(b"Almaty") == ("Almaty", [])
    text, notes = decode_text("Peshawar–Kabul".encode("cp1252"))
    assert text == "Peshawar–Kabul" and notes
