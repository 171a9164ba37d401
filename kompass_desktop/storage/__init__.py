"""The only layer that talks SQLite: evaluation files, the version log, its projection."""
