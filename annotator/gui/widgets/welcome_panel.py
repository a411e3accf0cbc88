"""The page shown on an empty project: what to do first, with a button for the bundled sample."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    """Offers to open the bundled sample commentary or import a file."""

    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading_label = QLabel(self.tr("This project has no documents yet"))
        font = self.heading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading_label.setFont(font)
        self.hint_label = QLabel(self.tr(
            "Import a Turkish commentary (text, Markdown, Word, web page or PDF), "
            "or start with the sample commentary that ships with Annotator."))
        self.hint_label.setWordWrap(True)
        self.sample_button = QPushButton(self.tr("Open the sample commentary"))
        self.import_button = QPushButton(self.tr("Import a document…"))
        for label in (self.heading_label, self.hint_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.hint_label)
        layout.addSpacing(12)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

        self.sample_button.clicked.connect(self.sample_requested)
        self.import_button.clicked.connect(self.import_requested)
