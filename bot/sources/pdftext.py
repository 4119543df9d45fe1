"""Text of a PDF file, page by page, with pypdfium2 (PDFium, the engine of Chrome's
viewer): it reads a 500-page recueil in seconds where pdfminer.six takes minutes (see
tests/benchmarks/bench_raa.py), and it opens files from disk without loading them
whole. Pages without a text layer (scans) are counted; with OCR enabled and Tesseract
installed, they are read by Tesseract.

PDFium is not thread-safe: every call into it holds one lock.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import ParseError

_PDFIUM = threading.Lock()
MIN_TEXT_CHARS = 20  # fewer letters than this on a page: no text layer (a scan)
OCR_TIMEOUT = 120.0  # seconds per page
OCR_DPI = 200


@dataclass
class PdfText:
    """A PDF's pages' text; `scanned` lists the pages (1-based) without a text layer,
    `ocr_pages` those Tesseract read."""

    pages: list[str] = field(default_factory=list)
    scanned: list[int] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)


def ocr_available() -> bool:
    """Tesseract is installed (Debian: tesseract-ocr and tesseract-ocr-fra)."""
    return shutil.which("tesseract") is not None


def pdf_text(path: str | Path, *, ocr: bool = False) -> PdfText:
    """Read every page's text; raise ParseError for a file PDFium cannot open."""
    import pypdfium2 as pdfium

    result = PdfText()
    use_ocr = ocr and ocr_available()
    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError) as exc:
            raise ParseError(f"not a readable PDF ({exc})") from exc
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    text = _page_text(page)
                    if sum(c.isalpha() for c in text) < MIN_TEXT_CHARS:
                        result.scanned.append(index + 1)
                        if use_ocr:
                            text = _ocr(page) or text
                            result.ocr_pages.append(index + 1)
                    result.pages.append(text)
                finally:
                    page.close()
        except pdfium.PdfiumError as exc:
            raise ParseError(f"PDF damaged at page {len(result.pages) + 1} ({exc})") from exc
        finally:
            document.close()
    return result


def _page_text(page) -> str:
    textpage = page.get_textpage()
    try:
        return textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
    finally:
        textpage.close()


def _ocr(page) -> str:
    """The page rendered and read by Tesseract in French ("" if that fails)."""
    bitmap = page.render(scale=OCR_DPI / 72)
    try:
        image = bitmap.to_pil()
    finally:
        bitmap.close()
    with tempfile.TemporaryDirectory() as folder:
        picture = Path(folder) / "page.png"
        image.save(picture)
        try:
            done = subprocess.run(["tesseract", str(picture), "stdout", "-l", "fra"],
                                  capture_output=True, timeout=OCR_TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return ""
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else ""
