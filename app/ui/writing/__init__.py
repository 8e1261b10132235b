"""Where text is written and read: the Markdown editor, its preview, the card around a prompt, autosave."""
