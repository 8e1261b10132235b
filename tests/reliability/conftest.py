"""The reliability tests drive the same real windows as the UI tests."""

from tests.ui.conftest import catalogue, message_log, observed, open_window

__all__ = ["catalogue", "message_log", "observed", "open_window"]
