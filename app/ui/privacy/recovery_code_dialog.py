"""The recovery code, shown once: large, easy to copy by hand, to print, and hard to skip past.

The code is never stored anywhere Trustbridge can show it again (only a key wrapped by it is), so
this dialog is the person's one chance to keep it. "Done" waits for a tick saying they have written
it down or printed it, and closing early asks first. Printing lays out a small page with the code
and what it is for; nothing else from the journal goes on it.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QClipboard, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.widgets import messages
from app.ui.widgets.clipboard import put_on_clipboard
from app.ui.widgets.fitted_dialog import DIALOG_MIN_WIDTH, FittedDialog, fit_to_text
from app.ui.widgets.form_fields import push_button, restyle, wrapped_label

TITLE = "Your recovery code"
ABOUT_TEXT = (
    "If you ever forget your passphrase, this code opens your journal instead, and then you choose "
    "a new passphrase. Keep it somewhere safe and apart from this computer: on paper in a drawer, "
    "or in a password manager. Anyone who has it can open your journal, so keep it to yourself."
)
ONCE_TEXT = "Trustbridge shows this code only now. It can't be shown again later."


GROUPS_PER_LINE = 3  # 30 symbols as two even lines of three groups: easy to copy, fits any width


def spaced_code(code: str) -> str:
    """The code in groups of five with spaces between them (still wrapping between groups if need be)."""
    return " ".join(group for group in code.replace("-", " ").split() if group)


def code_lines(code: str) -> str:
    """The code as it is shown: lines of three groups, so the eye never loses its place."""
    groups = spaced_code(code).split()
    return "\n".join(" ".join(groups[start : start + GROUPS_PER_LINE])
                     for start in range(0, len(groups), GROUPS_PER_LINE))


class RecoveryCodeDialog(FittedDialog):
    """Shows one recovery code. Accepted only through "Done", after the tick; no signals of its own."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = code
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)

        self._build()
        self._wire()
        self.copy_button.setFocus()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        heading = wrapped_label("Keep this recovery code safe", "pageTitle")
        about = wrapped_label(ABOUT_TEXT)

        box = QFrame()
        box.setObjectName("recoveryCodeBox")
        inside = QVBoxLayout(box)
        inside.setContentsMargins(18, 14, 18, 14)
        self.code_label = QLabel(code_lines(self._code))
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setWordWrap(True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed-width face, so 0 and O, 1 and I line up and differ; its size comes from the stylesheet.
        self.code_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAccessibleName("Recovery code")
        # Read out symbol by symbol.
        self.code_label.setAccessibleDescription(" ".join(spaced_code(self._code)))
        inside.addWidget(self.code_label)

        once = wrapped_label(ONCE_TEXT, "cardHeading")

        self.copy_button = push_button("&Copy", "Copy the recovery code")
        self.print_button = push_button("&Print…", "Print the recovery code")
        for button in (self.copy_button, self.print_button):
            button.setAutoDefault(False)  # Enter never copies or prints by surprise
        tools = QHBoxLayout()
        tools.setSpacing(12)
        tools.addWidget(self.copy_button)
        tools.addWidget(self.print_button)
        tools.addStretch(1)

        self.status_label = wrapped_label("", "muted")
        self.status_label.setAccessibleName("Recovery code status")
        self.status_label.hide()

        self.kept_box = QCheckBox("I have &written it down or printed it")
        self.kept_box.setAccessibleName("I have written the recovery code down or printed it")
        self.done_button = push_button("&Done", "Done")
        self.done_button.setObjectName("primary")
        self.done_button.setEnabled(False)
        self.done_button.setAutoDefault(False)
        finish = QHBoxLayout()
        finish.addWidget(self.kept_box, 1)
        finish.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addWidget(box)
        layout.addWidget(once)
        layout.addLayout(tools)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addLayout(finish)
        for first, second in ((self.code_label, self.copy_button), (self.copy_button, self.print_button),
                              (self.print_button, self.kept_box), (self.kept_box, self.done_button)):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        self.copy_button.clicked.connect(self.copy_code)
        self.print_button.clicked.connect(self.choose_printer)
        self.kept_box.toggled.connect(self._kept_toggled)
        self.done_button.clicked.connect(self.accept)

    @property
    def code(self) -> str:
        return self._code

    def copy_code(self) -> None:
        """Put the code on the clipboard, and say where it should go (and not stay).

        Marked as a secret for clipboard managers that honour KDE's hint, and taken off the
        clipboard again when the dialog closes, if it is still there.
        """
        data = QMimeData()
        data.setText(self._code)
        data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
        put_on_clipboard(data)
        self._say("Copied. Paste it somewhere safe, such as a password manager; Trustbridge takes it off "
                  "the clipboard when you close this window.")

    def choose_printer(self) -> None:
        """Open the print dialog without blocking; the page is printed when the person accepts it.

        The chooser owns its printer, so the two go away together, whenever the chooser closes.
        """
        chooser = QPrintDialog(self)
        chooser.setWindowTitle("Print your recovery code")
        chooser.setAccessibleName("Print your recovery code")
        chooser.setWindowModality(Qt.WindowModality.WindowModal)
        chooser.accepted.connect(lambda: self._print_chosen(chooser))
        chooser.finished.connect(chooser.deleteLater)
        chooser.show()  # not exec(): the window keeps running, and a test can answer the chooser

    def print_to(self, printer: QPrinter) -> None:
        """Lay the code and its explanation out on `printer` (a real printer, or a PDF file)."""
        self.page_document().print_(printer)

    def page_document(self) -> QTextDocument:
        """The printed page: a title, the code large in a monospace font, and what it is for."""
        document = QTextDocument(self)
        document.setDocumentMargin(24)
        document.setHtml(
            "<h1 style='font-family: sans-serif;'>Trustbridge recovery code</h1>"
            f"<p style='font-family: monospace; font-size: 24pt; letter-spacing: 2px;'>"
            f"{html.escape(spaced_code(self._code))}</p>"
            f"<p style='font-family: sans-serif; font-size: 12pt;'>{html.escape(ABOUT_TEXT)}</p>"
            f"<p style='font-family: sans-serif; font-size: 10pt;'>Made on {date.today():%d %B %Y}. "
            "A newer code, if you make one, replaces this one.</p>"
        )
        return document

    def done(self, result: int) -> None:
        clipboard = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):  # Selection: X11's middle click
            if clipboard.text(mode) == self._code:
                clipboard.clear(mode)
        super().done(result)

    def reject(self) -> None:
        """Escape or the window's close button: before the tick, ask, since the code is gone after this."""
        if not self.kept_box.isChecked() and not messages.confirm(
            self,
            "Close without keeping the code?",
            "You have not ticked that you wrote your recovery code down or printed it.",
            "Trustbridge can't show this code again. If you close now and later forget your passphrase, "
            "you can make a new code in File → Settings, but only while you still know your passphrase.",
            "Close anyway",
            "Keep it open",
        ):
            return
        super().reject()

    def _print_chosen(self, chooser: QPrintDialog) -> None:
        self.print_to(chooser.printer())
        self._say("Sent to the printer. Check the page before you put it away.")

    def _kept_toggled(self, kept: bool) -> None:
        self.done_button.setEnabled(kept)
        self.done_button.setDefault(kept)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        restyle(self.status_label)
        self.status_label.show()
        fit_to_text(self)
