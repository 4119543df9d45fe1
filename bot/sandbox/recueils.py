"""Recueils des actes administratifs as PDF files, written from acts' text, for the
sandbox prefecture, the tests and the benchmarks. Needs reportlab (the `test` extra);
the demo ships a PDF built with it (scripts/build_demo_recueil.py)."""
from __future__ import annotations

import io
import textwrap
from pathlib import Path

PAGE_LINES = 52
WRAP = 95


def build_recueil(path: str | Path, acts: list[str], *, title: str = "Recueil des actes "
                  "administratifs", sommaire: bool = True, scanned: tuple[int, ...] = (),
                  filler_pages: int = 0) -> Path:
    """Write a recueil: a cover, a sommaire (each act's first line and page), then each
    act from a new page. Acts listed by index in `scanned` are drawn as images (no text
    layer). `filler_pages` adds pages of an unrelated act at the end (for size)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    path = Path(path)
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1, invariant=1)
    canvas.setTitle(title)
    act_pages = [_paginate(text) for text in acts]
    if filler_pages:
        act_pages.append(_paginate(_filler(filler_pages)))
    first = 2 + (1 if sommaire else 0)
    starts, page = [], first
    for pages in act_pages:
        starts.append(page)
        page += len(pages)
    _draw_lines(canvas, [title, "", "Préfecture — édition spéciale"])
    if sommaire:
        lines = ["SOMMAIRE", ""]
        for text, start in zip(acts, starts):
            head = " ".join(line.strip() for line in text.strip().splitlines()[1:3])
            lines += textwrap.wrap(f"{head[:160]} ...... Page {start}", WRAP) + [""]
        _draw_lines(canvas, lines[:PAGE_LINES])
    for index, pages in enumerate(act_pages):
        for lines in pages:
            if index in scanned:
                _draw_image(canvas, lines)
            else:
                _draw_lines(canvas, lines)
    canvas.save()
    return path


def _paginate(text: str) -> list[list[str]]:
    lines: list[str] = []
    for line in text.strip().splitlines():
        lines += textwrap.wrap(line, WRAP) or [""]
    return [lines[i:i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)] or [[""]]


def _draw_lines(canvas, lines: list[str]) -> None:
    canvas.setFont("Helvetica", 9)
    y = 800
    for line in lines:
        canvas.drawString(40, y, line)
        y -= 14.5
    canvas.showPage()


def _draw_image(canvas, lines: list[str]) -> None:
    """A scanned page: the text drawn into a picture, no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        draw.text((60, 60 + n * 30), line, fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    canvas.drawImage(ImageReader(buffer), 0, 0, width=595, height=842)
    canvas.showPage()


def _filler(pages: int) -> str:
    """An unrelated act long enough to fill `pages` pages."""
    line = ("Le tableau annexé fixe la liste des établissements recevant du public soumis à "
            "la visite périodique de la commission de sécurité.")
    return "\n".join(["PRÉFET", "Arrêté n° 99-2025-01-01-99999 portant liste des "
                      "établissements recevant du public", "ARRÊTE :"]
                     + [f"{n}. {line}" for n in range(pages * PAGE_LINES)])
