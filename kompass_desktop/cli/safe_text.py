"""Text from a file, made safe to print on a terminal.

An evaluation file comes from someone else: a title holding ESC sequences could move the
cursor, recolour or retitle the terminal, a CR could overwrite a line already printed. Every
piece of text the `kompass` command prints passes through `terminal_safe`, which shows such
characters as visible escapes (`\\x1b`, `\\r`, `\\u202e`) instead of sending them.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the Unicode bidirectional overrides and isolates (which
# can make a line read differently from what it holds).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_UNSAFE_KEEP_LINES = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(m: re.Match) -> str:
    ch = m.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: object, keep_newlines: bool = False) -> str:
    """`text` with every control character shown as an escape; with `keep_newlines` a
    multi-line message keeps its line breaks (and only those)."""
    pattern = _UNSAFE_KEEP_LINES if keep_newlines else _UNSAFE
    return pattern.sub(_escape, str(text))


def json_safe(dumped: str) -> str:
    """JSON text (from json.dumps(..., ensure_ascii=False)) with the controls json leaves
    as they are (C1, DEL, bidi overrides) written as \\u escapes: still the same JSON."""
    return re.sub("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]",
                  lambda m: f"\\u{ord(m.group(0)):04x}", dumped)
