"""A prefecture's recueil (its pages' text) split into its acts (pure).

Recueils differ by prefecture: some open with a sommaire listing act identifiers
(`35-2025-09-11-00003`) and pages, some number acts `n° 2024-00629`, some have neither.
What they share: each act starts on a new page with a header (the prefect's or a
service's name, then `ARRÊTÉ …`, `DÉCISION …`), and ends with `Fait à …, le …`. This
module finds those starts, and for each act its identifier, title, signature date and
pages. PDF extraction artefacts (□ for apostrophes, glued words) are repaired first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.sources.dates import day_of

# Identifiers the "Actes" software prints on each act: department, date, number.
ACT_ID = re.compile(r"\b(\d{2}[0-9AB]?-\d{4}-\d{2}-\d{2}-\d{3,6})\b")
# `Arrêté n° 2024-00629`, `ARRÊTÉ PRÉFECTORAL N°DCPPAT/2025/123`, `n°2023-01607`.
_NUMBER = re.compile(r"\b[nN]\s*[°º]\s*([A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9]*(?:\s+-\s+\d+)?)")
_HEADER_WORD = (r"(?:ARR[ÊEÉ]T[ÉE]|Arr[êe]t[ée]|D[ÉE]CISION|D[ée]cision|AVIS|R[ÉE]C[ÉE]PISS[ÉE]"
                r"|CONVENTION)")
# A header line, not the decision verb alone ("ARRÊTE :" between considérants and
# articles); it may follow the act's number and date ("n° 2023-01607 29.12.2023 Arrêté").
_QUALIFIER = (r"(?:[nN]\s*[°º]|PR[ÉE]FECTORAL|pr[ée]fectoral|INTER|inter|CONJOINT|conjoint|"
              r"du\b|DU\b|portant|PORTANT|autorisant|AUTORISANT|modifiant|MODIFIANT|abrogeant|"
              r"ABROGEANT|relatif|RELATIF|r[ée]glementant|R[ÉE]GLEMENTANT|fixant|FIXANT|"
              r"prescrivant|PRESCRIVANT|\d{2}[0-9AB]?-\d{4})")
_NUMBER_FIRST = r"(?:[nN]\s*[°º]\s*\S+\s+(?:\d{2}[./]\d{2}[./]\d{4}\s+)?)?"
_HEADER = re.compile(rf"^\s*{_NUMBER_FIRST}{_HEADER_WORD}\s*{_QUALIFIER}")
_HEADER_ALONE = re.compile(rf"^\s*{_HEADER_WORD}\s*$")
_OBJECT = re.compile(rf"^\s*{_QUALIFIER}")
_VISA = re.compile(r"^\s*(?:Vu|VU|Considérant|CONSIDÉRANT|CONSIDERANT)\b")
_SOMMAIRE = re.compile(r"^\s*(?:SOMMAIRE|Sommaire|TABLE DES MATI[ÈE]RES)\b", re.M)
_SIGNED = re.compile(r"Fait\s+à\s+[^,\n]{2,60},?\s+le\s+(\d{1,2})(?:er)?\s+([a-zéû]+)\s+(\d{4})",
                     re.I)
# Where a title stops: the prefect's name, the visas, the decision or the articles.
_FOLLOWING_HEAD = re.compile(
    r"^\s*(?:(?:Le|LE|La|LA|Vu|VU|Considérant|CONSIDÉRANT|CONSIDERANT|Sur proposition|"
    r"Article|ARTICLE|Art\.|D[ÉE]CIDE)\b|(?:ARR[ÊEÉ]T[ÉE]|Arr[êe]te)\s*:?\s*$)")
HEADER_LINES = 18  # an act's header is within its first page's first lines
TITLE_MAX = 300


@dataclass(frozen=True)
class RawAct:
    """One act of a recueil, as printed."""

    identifier: str | None  # as printed: "35-2025-09-11-00003", else "2024-00629"
    title: str
    signed: date | None
    first_page: int  # 1-based
    last_page: int
    text: str
    number: str | None = None  # the header's own number when it differs from identifier


def repair(text: str) -> str:
    """Undo common extraction artefacts: □ or � for apostrophes, non-breaking spaces,
    words glued to `n°` or to an identifier ("Arrêtén° 2025-00676autorisant")."""
    text = text.replace("\u25a1", "'").replace("\ufffd", "'").replace("\u2019", "'")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\r", "")
    text = re.sub(r"(?<=[a-zéèêA-ZÉ])(?=[nN]°)", " ", text)
    text = re.sub(r"(\d{3,6})(?=[a-zà-ü]{3,})", r"\1 ", text)
    return text


def is_sommaire(page: str) -> bool:
    """A table of contents: says so at its top, or lists many identifiers or page numbers."""
    head = "\n".join(page.splitlines()[:8])
    if _SOMMAIRE.search(head):
        return True
    return len(ACT_ID.findall(page)) >= 4 and len(re.findall(r"(?im)\bpage\s+\d+", page)) >= 3


def act_starts(page: str) -> bool:
    """Does an act begin on this page (a header line near its top)?"""
    return _header_line(page.splitlines()) is not None


def _header_line(lines: list[str]) -> int | None:
    """Index of the act's header among `lines`: `ARRÊTÉ n° …`, `Arrêté portant …`, or
    the word alone with its object on the next line, before any visa."""
    seen = 0
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > HEADER_LINES or _VISA.match(line):
            return None
        if _HEADER.match(line):
            return n
        if _HEADER_ALONE.match(line):
            following = next((f for f in lines[n + 1:n + 3] if f.strip()), "")
            if _OBJECT.match(following):
                return n
    return None


def split_recueil(pages: list[str]) -> list[RawAct]:
    """The acts of a recueil, from its pages' text (sommaire pages are not acts). The
    cover and sommaire before the first act are left out; text there whose header was
    not recognised is kept as an act of its own rather than lost. An act runs until the
    next one starts (its annexes stay with it)."""
    pages = [repair(p) for p in pages]
    starts = [n for n, page in enumerate(pages) if not is_sommaire(page) and act_starts(page)]
    first = starts[0] if starts else len(pages)
    unrecognised = next((n for n in range(first) if _has_text(pages[n])
                         and not is_sommaire(pages[n]) and not _is_cover(pages[n])), None)
    if unrecognised is not None:
        starts.insert(0, unrecognised)
    acts = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(pages)
        while end - 1 > start and is_sommaire(pages[end - 1]):
            end -= 1
        text = "\n".join(pages[start:end])
        ident, number = identifier(pages[start]), act_number(pages[start])
        acts.append(RawAct(ident, title(pages[start]), signed_on(text), start + 1, end, text,
                           number if number != ident else None))
    return acts


def _has_text(page: str) -> bool:
    return sum(c.isalpha() for c in page) >= 20


def _is_cover(page: str) -> bool:
    """A recueil's cover: it names the recueil, on a short page."""
    lines = [line for line in page.splitlines() if line.strip()]
    return len(lines) <= 15 and bool(re.search(r"(?i)recueil|actes administratifs", page))


def identifier(page: str) -> str | None:
    """The act's identifier as printed near its top, if it has one."""
    head = "\n".join(page.splitlines()[:HEADER_LINES * 2])
    found = ACT_ID.search(head)
    return found.group(1) if found else act_number(page)


def act_number(page: str) -> str | None:
    """The number its header gives the act (`Arrêté n° 2024 - 368` → "2024 - 368")."""
    lines = page.splitlines()
    n = _header_line(lines)
    if n is None:
        return None
    for line in lines[n:n + 2]:
        number = _NUMBER.search(line)
        if number:
            return number.group(1).rstrip(".-/")
    return None


def title(page: str) -> str:
    """The header line and the lines that continue it ("portant autorisation…"), on one
    line, up to the prefect's name or the first `Vu`."""
    lines = [line.strip() for line in page.splitlines()]
    n = _header_line(lines)
    if n is None:
        return ""
    parts = [lines[n]]
    for following in lines[n + 1:n + 8]:
        if not following or _FOLLOWING_HEAD.match(following) or ACT_ID.fullmatch(following):
            if parts == [lines[n]] and not following:
                continue
            break
        parts.append(following)
    return re.sub(r"\s+", " ", " ".join(parts)).strip()[:TITLE_MAX]


def signed_on(text: str) -> date | None:
    """The date of signature (`Fait à Rennes, le 3 novembre 2025`), the last one."""
    found = None
    for match in _SIGNED.finditer(text):
        found = day_of(match.group(1), match.group(2), match.group(3)) or found
    if found is None:
        ident = ACT_ID.search(text[:2000])
        if ident:
            _, year, month, day, _ = ident.group(1).split("-")
            try:
                found = date(int(year), int(month), int(day))
            except ValueError:
                return None
    return found
