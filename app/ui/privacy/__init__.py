"""Keeping the journal private and safe: unlock, encryption, passphrases, recovery, settings,
backups, the curtain, and the page for a damaged file."""
