"""Settings → Appearance made real: the theme and the editors' font, size and preview.

Applied at start from the saved settings, before the first paint (application.py), and at once
whenever the settings change (the session's preferences_applied): every open window re-styles,
every open editor takes the new font, and so does every one built later.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from app.ui.widgets import editor_style, theme

if TYPE_CHECKING:
    from app.store.preferences import Preferences
    from app.ui.shell.session_core import SessionCore


def editor_style_of(preferences: Preferences) -> editor_style.EditorStyle:
    return editor_style.EditorStyle(
        preferences.editor_font, preferences.editor_font_size, preferences.preview)


def apply_appearance(preferences: Preferences) -> None:
    """The theme (a choice already in use changes nothing) and the editors' style, now."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.use_theme(app, preferences.theme)
    editor_style.set_style(editor_style_of(preferences))


def follow_appearance(session: SessionCore) -> None:
    """Apply the appearance each time the session's settings change it. Only a changed theme
    re-styles the app: the rest of the settings changing leaves the app's look alone."""
    shown = [session.preferences]  # as applied at start (application.py)

    def changed() -> None:
        now = session.preferences
        before, shown[0] = shown[0], now
        app = QApplication.instance()
        if now.theme != before.theme and isinstance(app, QApplication):
            theme.use_theme(app, now.theme)
        editor_style.set_style(editor_style_of(now))

    session.preferences_applied.connect(changed)
