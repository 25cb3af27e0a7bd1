"""Which encoding a text file is in, decoding it, and writing text back the same way.

Drafts arrive as UTF-8 (with or without a byte-order mark), as Word's "Unicode Text" (UTF-16 with a
BOM), as UTF-16 without a BOM from some CMS exports, rarely as UTF-32, and as Windows-1252 or
Latin-1 from old Windows tools. :func:`decode` says which it found in a :class:`TextEncoding`, so
``--fix-all`` can write its output in the encoding the draft came in, BOM included
(:func:`encode`), and says in one line when it cannot.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# BOMs longest first: UTF-32-LE's BOM starts with UTF-16-LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 (little-endian)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 (big-endian)"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 (little-endian)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 (big-endian)"),
)
_SNIFF = 8192  # bytes looked at to guess a BOM-less UTF-16 file
_FALLBACKS = (("cp1252", "Windows-1252"), ("latin-1", "Latin-1"))


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we read; the message is one line."""


@dataclass(frozen=True)
class TextEncoding:
    """How a text file was stored: the codec (without BOM handling), whether a BOM led it, a label."""

    codec: str = "utf-8"
    bom: bool = False
    label: str = "UTF-8"

    @property
    def is_plain_utf8(self) -> bool:
        return self.codec == "utf-8" and not self.bom


UTF8 = TextEncoding()


def decode(data: bytes, binary_ok: bool = False) -> tuple[str, TextEncoding]:
    """Decode ``data``: a BOM, else BOM-less UTF-16, else UTF-8, else Windows-1252, else Latin-1.

    Raises :class:`DecodeError` for bytes that look binary (NULs or many control characters),
    unless ``binary_ok`` (a CSV list whose reader names the damaged rows itself).
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), TextEncoding(codec, True, label + " with BOM")
            except UnicodeDecodeError:
                raise DecodeError(f"starts with a {label} byte-order mark but is not {label} text") from None
    codec = _utf16_without_bom(data)
    if codec is not None:
        try:
            label = "UTF-16 (little-endian)" if codec.endswith("le") else "UTF-16 (big-endian)"
            return data.decode(codec), TextEncoding(codec, False, label + " without BOM")
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: judged below
    if not binary_ok and _looks_binary(data):
        raise DecodeError("looks like a binary file, not text")
    try:
        return data.decode("utf-8"), UTF8
    except UnicodeDecodeError:
        pass
    for codec, label in _FALLBACKS:
        try:
            return data.decode(codec), TextEncoding(codec, False, label)
        except UnicodeDecodeError:
            continue
    raise DecodeError("cannot decode the text")  # pragma: no cover - latin-1 decodes any byte


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when NULs sit on one side of most byte pairs (mostly Latin text).

    Text in a Latin script stored as UTF-16 has a NUL as the high byte of nearly every character;
    UTF-8, Windows-1252 and binary files do not show that one-sided pattern.
    """
    head = data[:_SNIFF]
    pairs = len(head) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even = head[0 : 2 * pairs : 2].count(0)
    odd = head[1 : 2 * pairs : 2].count(0)
    if odd >= 0.6 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF]
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return control / len(head) > 0.05


def encode(text: str, enc: TextEncoding) -> tuple[bytes, TextEncoding]:
    """``text`` in ``enc`` (BOM included); UTF-8 when ``enc`` cannot hold every character.

    Returns the bytes and the encoding actually used, so the caller can say when it differs.
    """
    try:
        body = text.encode(enc.codec)
    except UnicodeEncodeError:
        return text.encode("utf-8"), UTF8
    if enc.bom:
        bom = next(b for b, codec, _ in _BOMS if codec == enc.codec)
        return bom + body, enc
    return body, enc
