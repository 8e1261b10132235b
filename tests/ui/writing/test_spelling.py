"""The spelling check: misspelled words underlined as typed, suggestions and the person's own
dictionary on the right-click, the Settings switch, in English and German."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from spellchecker import SpellChecker

from app import i18n
from app.domain.changes import Area, Change
from app.domain.records import EntryKind
from app.ui.widgets.form_fields import TextBox, writing_box
from app.ui.writing.editor import MarkdownEditor
from app.ui.writing.spelling import MultiLineEditor
from app.ui.writing.spelling_menu import spelling_menu
from app.ui.writing.spelling_service import SpellingService
from app.ui.writing.spelling_words import Speller, checkable_words, load_checker, misspelled_spans
from tests.ui.helpers import type_text

if TYPE_CHECKING:
    from tests.ui.conftest import SessionFactory

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


@pytest.fixture(scope="module")
def checkers() -> dict[str, SpellChecker]:
    return {language: load_checker(language) for language in ("en", "de")}


@pytest.fixture
def english() -> Iterator[None]:
    before = i18n.current()
    i18n.use("en")
    yield
    i18n.use(before)


@pytest.fixture
def german() -> Iterator[None]:
    before = i18n.current()
    i18n.use("de")
    yield
    i18n.use(before)


def underlined(editor: MultiLineEditor) -> list[str]:
    """The words shown with the spelling underline, in order."""
    words: list[str] = []
    block = editor.document().begin()
    while block.isValid():
        text = block.text()
        for run in block.layout().formats():
            if run.format.underlineStyle() == SPELL:
                words.append(text[run.start:run.start + run.length])
        block = block.next()
    return words


def service_for(qtbot: QtBot, checkers: dict[str, SpellChecker]) -> tuple[QWidget, SpellingService]:
    window = QWidget()
    qtbot.addWidget(window)
    return window, SpellingService(window, window, checkers=checkers)


# -- which words are looked at ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I recieve it", ["recieve"]),
        ("## A **bold** and _slanted_ word", ["bold", "and", "slanted", "word"]),
        ("- [x] see [the notes](https://exmaple.com/pathh \"Titel\") now", ["see", "the", "notes", "now"]),
        ("see www.exmaple.org and <https://exmaple.com> and me@exmaple.com", ["see", "and", "and"]),
        ("run `git comitt` then", ["run", "then"]),
        ("the NDA and HR met on the 3rd, 2026, v2", ["the", "and", "met", "the"]),
        ("don’t stop, Dana's notes", ["don’t", "stop", "Dana's", "notes"]),
        ("a ab abc ~/notes/draft.md", ["abc"]),
    ],
)
def test_markdown_links_code_numbers_capitals_and_short_words_are_skipped(
    text: str, words: list[str]
) -> None:
    assert [word for _start, word in checkable_words(text)] == words


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_dictionary_loaded_in_pieces_is_pyspellchecker_s_own(
    checkers: dict[str, SpellChecker], language: str
) -> None:
    ours = checkers[language].word_frequency
    theirs = SpellChecker(language=language).word_frequency
    assert ours.dictionary == theirs.dictionary
    assert (ours.letters, ours.total_words, ours.unique_words, ours.longest_word_length) == (
        theirs.letters, theirs.total_words, theirs.unique_words, theirs.longest_word_length)


def test_suggestions_are_the_common_words_one_edit_away(checkers: dict[str, SpellChecker]) -> None:
    english = Speller(checkers["en"], "en")
    assert "receive" in english.suggestions("recieve")
    assert english.suggestions("Recieve")[0] == "Receive"  # cased like the word
    assert len(english.suggestions("tge")) == 5
    assert english.suggestions("x" * 31) == []  # too long to work out quickly
    german = Speller(checkers["de"], "de")
    assert "verantwortung" in german.suggestions("verantwortng")


def test_a_long_line_taken_sentence_by_sentence_marks_what_the_whole_line_would(
    checkers: dict[str, SpellChecker],
) -> None:
    speller = Speller(checkers["en"], "en")
    sentence = "I will recieve the feedbak calmly and write it down before the next meeting"
    line = ". ".join([sentence] * 60) + ". Then a last one, with a mispelt word."
    assert len(line) > 2000
    whole = [(start, len(word)) for start, word in checkable_words(line) if speller.is_misspelled(word)]
    assert misspelled_spans(line, speller) == whole and len(whole) == 121
    assert misspelled_spans(line, speller) == whole  # from what the speller remembered
    coded = line + " See `the mispelt. code` here."
    assert misspelled_spans(coded, speller) == misspelled_spans(line, speller)  # the code is skipped


def test_own_words_count_as_typed_and_at_the_start_of_a_sentence(checkers: dict[str, SpellChecker]) -> None:
    speller = Speller(checkers["en"], "en", ["Anja", "gaslighting"])
    assert not speller.is_misspelled("Anja") and speller.is_misspelled("anja")
    assert not speller.is_misspelled("gaslighting") and not speller.is_misspelled("Gaslighting")
    assert not speller.is_misspelled("Anja’s")


# -- the underline --------------------------------------------------------------------------------


def test_a_misspelled_word_is_underlined_and_a_right_one_is_not(
    qtbot: QtBot, checkers: dict[str, SpellChecker], english: None
) -> None:
    window, service = service_for(qtbot, checkers)
    editor = MarkdownEditor("Tonight", parent=window)
    service.load()
    service.claim(editor.text_edit)
    qtbot.keyClicks(editor.text_edit, "I will recieve the **feedbak** calmly, see `codde` and https://exmaple.com")
    assert underlined(editor.text_edit) == ["recieve", "feedbak"]
    editor.set_text("## A hedaing")
    assert underlined(editor.text_edit) == ["hedaing"]
    runs = editor.text_edit.document().begin().layout().formats()
    marked = [run.format for run in runs if run.format.underlineStyle() == SPELL]
    assert marked[0].fontWeight() > 400  # the heading's format stays beneath the underline


def test_german_words_are_checked_in_german(
    qtbot: QtBot, checkers: dict[str, SpellChecker], german: None
) -> None:
    window, service = service_for(qtbot, checkers)
    field = TextBox("Notizen", parent=window)
    service.claim(field)
    type_text(qtbot, field, "Das Gespräch mit der Führungskraft war schwierg.")
    assert underlined(field) == ["schwierg"]
    assert service.speller is not None and service.speller.language == "de"


def test_every_editable_multi_line_editor_shown_in_the_window_is_checked(
    qtbot: QtBot, checkers: dict[str, SpellChecker], english: None
) -> None:
    window, _service = service_for(qtbot, checkers)
    layout = QVBoxLayout(window)
    box = writing_box("Reasons to stay", "")
    read_only = QPlainTextEdit("a misspeled list")
    read_only.setReadOnly(True)
    layout.addWidget(box)
    layout.addWidget(read_only)
    elsewhere = QPlainTextEdit()  # another window's: not this service's to check
    qtbot.addWidget(elsewhere)
    window.show()
    elsewhere.show()
    dialog = QDialog(window)
    in_dialog = QPlainTextEdit(dialog)
    dialog.show()
    for editor in (box, elsewhere, in_dialog):
        editor.setPlainText("a misspeled word")
    assert underlined(box) == ["misspeled"] and underlined(in_dialog) == ["misspeled"]
    assert underlined(read_only) == [] and underlined(elsewhere) == []
    read_only.setReadOnly(False)  # a form made editable later is checked from then on
    assert underlined(read_only) == ["misspeled"]
    dialog.close()


def test_nothing_is_marked_until_the_dictionary_has_loaded(qtbot: QtBot, english: None) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    service = SpellingService(window, window)
    editor = QPlainTextEdit("one misspeled word", window)
    service.claim(editor)
    assert underlined(editor) == []
    service.load()  # in a worker; the text is marked once when it arrives
    qtbot.waitUntil(lambda: service.speller is not None, timeout=10_000)
    assert underlined(editor) == ["misspeled"]


# -- the right-click --------------------------------------------------------------------------


def test_a_suggestion_replaces_the_word_as_one_undo_step(
    qtbot: QtBot, checkers: dict[str, SpellChecker], english: None
) -> None:
    window, service = service_for(qtbot, checkers)
    editor = MarkdownEditor("Tonight", parent=window)
    service.claim(editor.text_edit)
    editor.set_text("I recieve it.")
    assert spelling_menu(service, editor.text_edit, 0) is None  # "I" is not misspelled
    menu = spelling_menu(service, editor.text_edit, 4)
    assert menu is not None
    texts = [action.text() for action in menu.actions()]
    assert texts[:3] == ["receive", "relieve", "Add “recieve” to my dictionary"]
    assert texts[3] == "" and any("Undo" in text for text in texts[4:])  # the editor's own menu below
    with qtbot.waitSignal(editor.text_edited):  # the owner's saver hears it as typing
        menu.actions()[0].trigger()
    assert editor.text() == "I receive it."
    assert underlined(editor.text_edit) == []
    editor.text_edit.undo()
    assert editor.text() == "I recieve it."


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # offscreen's limits
def test_the_menu_key_opens_the_spelling_menu_on_the_caret_s_word(
    qtbot: QtBot, checkers: dict[str, SpellChecker], english: None
) -> None:
    window, _service = service_for(qtbot, checkers)
    editor = QPlainTextEdit(window)
    window.show()
    editor.setPlainText("my misspeled word")
    cursor = editor.textCursor()
    cursor.setPosition(5)
    editor.setTextCursor(cursor)
    seen: list[list[str]] = []

    def choose() -> None:
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        seen.append([action.text() for action in popup.actions()])
        popup.actions()[0].trigger()
        popup.close()

    QTimer.singleShot(0, choose)
    where = QPoint(5, 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, where, editor.mapToGlobal(where))
    QApplication.sendEvent(editor, event)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0] == "misspelled"
    assert editor.toPlainText() == "my misspelled word"


# -- with the journal: the person's own words, the switch ----------------------------------------


def _today_editor(window: QWidget) -> QPlainTextEdit:
    window.go_to("today")  # type: ignore[attr-defined]  # a new journal opens on its welcome
    page = window.page("today")  # type: ignore[attr-defined]
    editor: QPlainTextEdit = page.card.editor.text_edit
    return editor


def test_an_added_word_is_right_in_every_open_editor_and_after_a_reopen(
    qtbot: QtBot, open_session: SessionFactory, english: None
) -> None:
    window, session = open_session()
    service = session.spelling
    qtbot.waitUntil(lambda: service.speller is not None, timeout=10_000)
    today = _today_editor(window)
    type_text(qtbot, today, "Talked to Marigoldwyn about the recieve thing.")
    dialog = QDialog(window)
    other = QPlainTextEdit(dialog)
    dialog.show()
    other.setPlainText("Marigoldwyn again")
    assert underlined(today) == ["Marigoldwyn", "recieve"] and underlined(other) == ["Marigoldwyn"]

    menu = spelling_menu(service, today, today.toPlainText().index("Marigoldwyn") + 2)
    assert menu is not None
    add = next(action for action in menu.actions() if action.objectName() == "addToDictionary")
    with qtbot.waitSignal(window.journal.changes) as said:  # type: ignore[attr-defined]
        add.trigger()
    assert said.args is not None and said.args[0].touches(Area.DICTIONARY)
    assert underlined(today) == ["recieve"] and underlined(other) == []
    assert session.journal is not None and session.journal.personal_words.words() == ["Marigoldwyn"]

    menu = spelling_menu(service, today, today.toPlainText().index("recieve") + 1)
    assert menu is not None
    menu.actions()[0].trigger()  # "receive": saved like typing
    qtbot.waitUntil(lambda: "receive thing" in _saved_tonight(session))
    dialog.close()
    window.close()

    window, session = open_session()
    qtbot.waitUntil(lambda: session.spelling.speller is not None, timeout=10_000)
    today = _today_editor(window)
    assert "Marigoldwyn" in today.toPlainText()
    assert underlined(today) == []


def _saved_tonight(session: object) -> str:
    journal = session.journal  # type: ignore[attr-defined]
    entry = journal.entry_for_day(EntryKind.EVENING, journal_today(session))
    return "" if entry is None else str(entry.body)


def journal_today(session: object) -> object:
    return session.observed.clock.today()  # type: ignore[attr-defined]


def test_the_settings_switch_takes_the_underlines_away_at_once_and_back(
    qtbot: QtBot, open_session: SessionFactory, english: None
) -> None:
    window, session = open_session()
    qtbot.waitUntil(lambda: session.spelling.speller is not None, timeout=10_000)
    today = _today_editor(window)
    type_text(qtbot, today, "A misspeled word")
    assert underlined(today) == ["misspeled"]
    session.set_preferences(session.preferences.with_changes(spelling=False))
    assert underlined(today) == []
    assert spelling_menu(session.spelling, today, 4) is None  # the editor's own menu only
    session.set_preferences(session.preferences.with_changes(spelling=True))
    assert underlined(today) == ["misspeled"]


def test_a_journal_started_with_spelling_off_marks_nothing(
    qtbot: QtBot, open_session: SessionFactory, english: None
) -> None:
    window, session = open_session()
    session.set_preferences(session.preferences.with_changes(spelling=False))
    window.close()
    window, session = open_session()
    assert not session.spelling.enabled
    today = _today_editor(window)
    type_text(qtbot, today, "A misspeled word")
    assert underlined(today) == [] and session.spelling.speller is None


def test_words_added_elsewhere_reach_the_editors(
    qtbot: QtBot, open_session: SessionFactory, english: None
) -> None:
    window, session = open_session()
    qtbot.waitUntil(lambda: session.spelling.speller is not None, timeout=10_000)
    today = _today_editor(window)
    type_text(qtbot, today, "Priyanka and Dananda.\nGaslightinger, they said.")
    assert underlined(today) == ["Priyanka", "Dananda", "Gaslightinger"]
    journal = window.journal  # type: ignore[attr-defined]
    journal.act(Area.DICTIONARY, lambda j: j.personal_words.add("Priyanka"))
    journal.act(Area.DICTIONARY, lambda j: j.personal_words.add("gaslightinger"))
    assert underlined(today) == ["Dananda"]
    session.journal.personal_words.add("Dananda")  # an import: views reload on a wholesale change
    journal.announce(Change.everything())
    assert underlined(today) == []
