"""Search across the journal while typing."""
