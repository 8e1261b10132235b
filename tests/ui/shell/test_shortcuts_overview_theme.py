"""The shortcuts overview writes its colours into HTML; a theme switch while it is open writes
them again, so its keys and words stay readable on the new background."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui.widgets import theme
from tests.ui.conftest import SessionFactory
from tests.ui.widgets.appearance_state import appearance  # noqa: F401


def test_the_open_overview_follows_a_theme_switch(
    appearance: None, qapp: QApplication, open_session: SessionFactory  # noqa: F811
) -> None:
    window, session = open_session()
    overview = window.keyboard.show_shortcuts()
    light = overview.browser.toHtml()
    assert theme.LIGHT.accent_text in light and theme.LIGHT.text_soft in light
    bar = overview.browser.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # somewhere down the list
    place = bar.value()
    assert place > 0
    session.set_preferences(session.preferences.with_changes(theme="dark"))
    dark = overview.browser.toHtml()
    assert bar.value() == place  # still reading where they were
    assert theme.DARK.accent_text in dark and theme.DARK.text_soft in dark
    assert theme.LIGHT.accent_text not in dark and theme.LIGHT.text_soft not in dark
    assert overview.texts() and all(text.split(": ", 1)[1] in overview.browser.toPlainText()
                                    for text in overview.texts())
