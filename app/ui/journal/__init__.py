"""The Journal page and calendar, and the journal going in and out: import, export, PDF."""
