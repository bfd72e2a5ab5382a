"""Stream processing: near-duplicate detection and story clustering."""

from .dedup import DuplicateIndex, mark_duplicates, unique

__all__ = ["DuplicateIndex", "mark_duplicates", "unique"]
