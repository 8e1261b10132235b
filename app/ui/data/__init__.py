"""How the UI reaches the journal: the observed journal (the one write path) and work off the UI thread."""
