"""The window and what runs it: start-up, the main window, the open journal's session, one
instance per journal, crashes."""
