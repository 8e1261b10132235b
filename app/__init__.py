"""Trustbridge: a private, guided reflection journal for people on a performance improvement plan."""

__version__ = "0.1.0"
APP_NAME = "Trustbridge"
