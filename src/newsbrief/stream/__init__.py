"""Stream processing: near-duplicate detection and story clustering."""

from .dedup import Deduplicator, DuplicateIndex, mark_duplicates

__all__ = ["Deduplicator", "DuplicateIndex", "mark_duplicates"]
