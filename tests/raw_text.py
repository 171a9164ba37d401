"""The text a file's raw bytes hold, for "is this name anywhere in the file" checks.

Only runs of 6 or more printable characters count (like `strings`): stored texts are such runs,
while the random bytes of hashes and ciphertext would otherwise produce a short surname such as
"Alm" by chance every few dozen files.
"""
import re
from pathlib import Path

_RUN = re.compile(r"[^\x00-\x08\x0b-\x1f\x7f\ufffd]{6,}")


def printable_text(*paths: Path) -> str:
    out = []
    for p in paths:
        p = Path(p)
        if p.exists():
            out.extend(_RUN.findall(p.read_bytes().decode("utf-8", errors="replace")))
    return "\n".join(out)


def words_found(text: str, words) -> list[str]:
    """Which of the words stand in the text as whole words, in any case."""
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)
    return sorted({m.group(1) for m in pattern.finditer(text)})
