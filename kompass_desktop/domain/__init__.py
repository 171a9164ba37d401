"""Pure domain rules: frameworks, scores, rounding, version vectors. No Qt, no SQL."""
