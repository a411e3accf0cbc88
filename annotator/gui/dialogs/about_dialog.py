"""Help → About: version, licence, and the licences of the data the app ships or was built with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator import __version__


class AboutDialog(QDialog):
    """Plain-text credits; nothing here renders markup or loads anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Annotator"))
        self.heading_label = QLabel(self.tr("Annotator %s") % __version__)
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        self.credits_view = QPlainTextEdit(self.credits())
        self.credits_view.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.credits_view, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.resize(560, 420)

    def credits(self) -> str:
        """The licence text shown in the dialog."""
        return "\n".join([
            self.tr("Translate and event-annotate Turkish political commentary."),
            "",
            self.tr("Licence: MIT (see the LICENSE file)."),
            "",
            self.tr("Data shipped with the app:"),
            self.tr("• PLOVER event ontology (openeventdata/PLOVER manual 0.8) and the CAMEO "
                    "codebook, as taxonomy files in resources/taxonomies."),
            self.tr("• Country names in English and Turkish from pycountry (LGPL 2.1), "
                    "with the iso-codes project's translations."),
            self.tr("• The sample commentary (AVİM, Avrasya İncelemeleri Merkezi): the "
                    "publisher's text, included as an example for personal evaluation."),
            "",
            self.tr("Data used to build and test it (not shipped):"),
            self.tr("• UD Turkish IMST (CC BY-NC-SA 4.0): scoring the sentence splitter."),
            self.tr("• UD Turkish PUD (CC BY-SA 3.0): the suggestion gold set and export tests."),
            "",
            self.tr("Built with Qt 6 / PySide6 (LGPL 3), deep-translator, sqlite-utils, "
                    "rapidfuzz, sacrebleu and other libraries listed in pyproject.toml."),
        ])

    @classmethod
    def show_about(cls, parent: QWidget | None = None) -> None:
        """Show the dialog until closed."""
        cls(parent).exec()
