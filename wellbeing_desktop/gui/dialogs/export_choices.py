"""What the Export dialog can write, and the writing itself: on its own connection, so it can run off the
GUI thread while the app keeps using the vault (as a backup does)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wellbeing_desktop.services.print_html import PrintableDocument
from wellbeing_desktop.services.print_scopes import PrintRequest, render_scope
from wellbeing_desktop.vault import Vault


@dataclass(frozen=True)
class ExportChoice:
    """`fmt` is an export format (services/export.py) or "pdf" with a print scope."""

    fmt: str
    scope: str
    extension: str
    file_filter: str
    file_stem: str

    @property
    def is_pdf(self) -> bool:
        return self.fmt == "pdf"

    def suggested_name(self, today: date) -> str:
        """No content in a file name: a kind of export and a date."""
        return f"{self.file_stem}-{today.isoformat()}.{self.extension}"


CHOICES = {
    "everything": ExportChoice("json", "", "json", "JSON files (*.json)", "wellbeing-export"),
    "diary-markdown": ExportChoice("markdown", "", "md", "Markdown files (*.md)", "my-diary"),
    "checkins-csv": ExportChoice("csv", "", "csv", "CSV files (*.csv)", "my-check-ins"),
    "plan-pdf": ExportChoice("pdf", "plan", "pdf", "PDF files (*.pdf)", "my-self-care-plan"),
    "supervision-pdf": ExportChoice("pdf", "supervision", "pdf", "PDF files (*.pdf)", "supervision-pack"),
    "entries-pdf": ExportChoice("pdf", "diary", "pdf", "PDF files (*.pdf)", "diary-entries"),
}


def read_document(vault: Vault, choice: ExportChoice, request: PrintRequest) -> PrintableDocument:
    return render_scope(vault, choice.scope, request)


def write_choice(
    folder: Path, data_key: bytearray, choice: ExportChoice, path: Path, request: PrintRequest
) -> Path:
    """Read on a connection of its own, then write all or nothing, 0600; zeroes `data_key` when done.
    The person already chose to replace `path` in the save dialog."""
    from wellbeing_desktop.services.export import render, write_export

    try:
        with Vault.open_with_key(folder, data_key) as vault:
            if choice.is_pdf:
                document = read_document(vault, choice, request)
            else:
                text = render(vault, choice.fmt)
    finally:
        data_key[:] = bytes(len(data_key))
    if choice.is_pdf:
        from wellbeing_desktop.gui.printing.render import write_pdf

        write_pdf(path, document.html, document.images, title=document.title, overwrite=True)
    else:
        write_export(path, text, overwrite=True)
    return path
