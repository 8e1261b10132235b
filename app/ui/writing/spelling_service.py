"""The window's spelling check: which editors it marks, in which language, with whose words.

The session makes one (`SpellingService.follow(session)`). It finds the editors by itself: every
editable multi-line editor shown in the session's window or its dialogs is checked, so a form
added later is checked without anyone remembering to. It

- loads the dictionary of the app's language (`app.i18n.current()`) in a worker, in small pieces
  so typing never waits (spelling_words.py), once the journal has opened (once per process: a
  journal locked and unlocked again finds it loaded); every editor is marked once when it arrives;
- reads the person's own words from the journal (`journal.read`) and adds one through
  `journal.act(Area.DICTIONARY, ...)`; on that change (from any window) every editor marks the
  lines holding the word again;
- follows the Settings switch (`preferences.spelling`) at once, on `preferences_applied`;
- answers a right-click (or the menu key) on a misspelled word with suggestions, "Add to my
  dictionary" and the editor's own menu below them (spelling_menu.py).

It watches the application's events for that (a show, a context menu): one filter for all of them,
on the main thread, that returns at once for every other event.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app import i18n
from app.domain.changes import Area, Change
from app.ui.data.worker import BackgroundCall

if TYPE_CHECKING:  # the highlighter, menu and word lists load with the first editor, not with the session
    from spellchecker import SpellChecker

    from app.ui.data.journal_events import ObservedJournal
    from app.ui.shell.session_core import SessionCore
    from app.ui.writing.spelling import MultiLineEditor, SpellHighlighter
    from app.ui.writing.spelling_words import Speller

log = logging.getLogger(__name__)

_SHOW = QEvent.Type.Show
_CONTEXT_MENU = QEvent.Type.ContextMenu
_READ_ONLY_CHANGE = QEvent.Type.ReadOnlyChange


class SpellingService(QObject):
    """Signals: none. `speller` is None until the dictionary has loaded, and while switched off."""

    def __init__(
        self, window: QWidget | None, parent: QObject | None = None, *,
        checkers: Mapping[str, SpellChecker] | None = None,
    ) -> None:
        """`window`: whose editors to check (and its dialogs'); `checkers`: dictionaries loaded
        already, by language (the tests and the bench load each once)."""
        super().__init__(parent)
        self._window = window
        self._enabled = True
        self._language = i18n.current()
        self._checkers: dict[str, SpellChecker] = dict(checkers or {})
        self._loading: BackgroundCall | None = None
        self._personal: list[str] = []
        self._speller: Speller | None = None
        self._journal: ObservedJournal | None = None
        self._highlighters: list[SpellHighlighter] = []
        self._claimed: set[int] = set()  # ids of the editors found so far
        self._refresh_speller()  # with a dictionary given, at once
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @classmethod
    def follow(cls, session: SessionCore) -> SpellingService:
        """The spelling check for a session's window: its switch, its journal, its lifetime."""
        host = session.host
        service = cls(host if isinstance(host, QWidget) else None, session)
        service.set_enabled(session.preferences.spelling)
        session.preferences_applied.connect(lambda: service.set_enabled(session.preferences.spelling))
        session.attached.connect(lambda: service.use_journal(session.observed))
        session.opened.connect(service.load)
        session.closing.connect(lambda: service.use_journal(None))
        return service

    # -- what the rest of the app reads --------------------------------------------------------

    @property
    def speller(self) -> Speller | None:
        return self._speller

    @property
    def enabled(self) -> bool:
        return self._enabled

    # -- the switch, the language, the dictionary ----------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        """Switched on or off in Settings: every editor shows it at once. The language is looked
        at again too (it changes at the next start; a service made before then follows it)."""
        language = i18n.current()
        if enabled == self._enabled and language == self._language:
            return
        self._enabled, self._language = enabled, language
        if enabled:
            self.load()
        self._refresh_speller()

    def load(self) -> None:
        """Load the language's dictionary in a worker, if it is needed and not here yet."""
        language = self._language
        if not self._enabled or language in self._checkers or self._loading is not None:
            return
        from app.ui.writing.spelling_words import loaded_checker, shared_checker

        loaded = loaded_checker(language)
        if loaded is not None:  # loaded for an earlier open in this process
            self._on_loaded(language, loaded)
            return
        call = BackgroundCall(lambda: shared_checker(language), self)
        call.finished.connect(lambda checker: self._on_loaded(language, checker))
        call.failed.connect(self._on_load_failed)
        self._loading = call
        call.start()

    def _on_loaded(self, language: str, checker: SpellChecker) -> None:
        self._loading = None
        self._checkers[language] = checker
        if language != self._language:
            self.load()  # the language changed meanwhile
        self._refresh_speller()

    def _on_load_failed(self, error: object) -> None:
        self._loading = None
        log.warning("the spelling dictionary did not load: %s", type(error).__name__)

    def _refresh_speller(self) -> None:
        checker = self._checkers.get(self._language)
        if not self._enabled or checker is None:
            speller = None
        elif self._speller is not None and self._speller.checker is checker:
            speller = self._speller
        else:
            from app.ui.writing.spelling_words import Speller

            speller = Speller(checker, self._language, self._personal)
        self._speller = speller
        for highlighter in self._live_highlighters():
            highlighter.set_speller(speller)

    # -- the person's own words ----------------------------------------------------------------

    def use_journal(self, journal: ObservedJournal | None) -> None:
        """The journal whose words to use (None while it is closed: its words leave memory)."""
        if self._journal is not None and shiboken6.isValid(self._journal):
            self._journal.changes.disconnect(self._on_change)
            self._journal.opened.disconnect(self._read_words)
        self._journal = journal
        self._personal = []
        if journal is None:
            self._set_personal([])
            return
        journal.changes.connect(self._on_change)
        journal.opened.connect(self._read_words)
        if journal.is_open:
            self._read_words()

    def add_word(self, word: str, origin: object | None = None) -> bool:
        """Keep `word` in the person's dictionary; False when it could not be kept (said on the
        status line by the gateway)."""
        if self._journal is None:
            return False
        done = self._journal.act(Area.DICTIONARY, lambda j: j.personal_words.add(word), origin=origin or self)
        return done is not None

    def _read_words(self) -> None:
        journal = self._journal
        if journal is not None:
            self._set_personal(journal.read(lambda j: j.personal_words.words(), []))

    def _on_change(self, change: Change) -> None:
        if change.wholesale or change.touches(Area.DICTIONARY):
            before = set(self._personal)
            self._read_words()
            if not change.wholesale:
                for word in set(self._personal) - before:
                    for highlighter in self._live_highlighters():
                        highlighter.recheck(word)
                return
            for highlighter in self._live_highlighters():
                highlighter.rehighlight()

    def _set_personal(self, words: list[str]) -> None:
        self._personal = list(words)
        if self._speller is not None:
            self._speller.set_personal(words)

    # -- the editors -------------------------------------------------------------------------

    def claim(self, editor: MultiLineEditor) -> SpellHighlighter:
        """Check `editor` from now on (the service finds the window's editors by itself)."""
        from app.ui.writing.spelling import attach_spelling

        highlighter = attach_spelling(editor)
        self._claimed.add(id(editor))
        editor.destroyed.connect(lambda: self._claimed.discard(id(editor)))
        if highlighter not in self._highlighters:
            self._highlighters.append(highlighter)
        highlighter.set_speller(self._speller)
        return highlighter

    def _live_highlighters(self) -> list[SpellHighlighter]:
        self._highlighters = [h for h in self._highlighters if shiboken6.isValid(h)]
        return list(self._highlighters)

    def _is_ours(self, widget: QWidget) -> bool:
        """Whether `widget` is in this session's window or one of its dialogs."""
        if self._window is None:
            return False
        top: QWidget | None = widget.window()
        while top is not None:
            if top is self._window:
                return True
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (_SHOW, _READ_ONLY_CHANGE):  # a form made editable after it was shown
            if isinstance(watched, QPlainTextEdit | QTextEdit) and id(watched) not in self._claimed:
                self._maybe_claim(watched)
            return False
        if kind == _CONTEXT_MENU and isinstance(event, QContextMenuEvent):
            return self._context_menu(watched, event)
        return False

    def _maybe_claim(self, editor: MultiLineEditor) -> None:
        from app.ui.writing.spelling import OPT_OUT_PROPERTY

        if editor.isReadOnly() or not editor.isVisible() or editor.property(OPT_OUT_PROPERTY) is False:
            return
        if not self._is_ours(editor):
            return
        self.claim(editor)

    def _context_menu(self, watched: QObject, event: QContextMenuEvent) -> bool:
        if self._speller is None:
            return False
        editor: QObject | None = watched
        if not isinstance(editor, QPlainTextEdit | QTextEdit):
            editor = watched.parent()  # the click lands on the editor's viewport
            if not isinstance(editor, QPlainTextEdit | QTextEdit) or editor.viewport() is not watched:
                return False
        if id(editor) not in self._claimed or editor.isReadOnly():
            return False
        from app.ui.writing.spelling_menu import show_spelling_menu

        return show_spelling_menu(self, editor, event, watched is editor)
