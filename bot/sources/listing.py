"""A prefecture's listing page read for its links (pure): the PDFs it offers, the
sub-pages (years, months, next page) worth visiting, and the dates their labels give.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from bot.sources.dates import day_of

_PDF_PATH = re.compile(r"(?i)\.pdf$|/download/|/telechargement/|/file/")
_SKIP = re.compile(r"(?i)^(?:mailto|javascript|tel|data):")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_LISTING_WORDS = re.compile(r"(?i)recueil|raa|actes?|arr[êe]t[ée]s|publications|annee|ann[ée]e|"
                            r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|"
                            r"octobre|novembre|d[ée]cembre|page|suivant")
_TEXT_DATE = re.compile(r"(\d{1,2})(?:er)?\s+([a-zéû]+)\s+(20\d\d)", re.I)
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](20\d\d)(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(20\d\d)[-_]?(\d{2})[-_]?(\d{2})(?!\d)")
# Each form, with the groups that hold its day, month and year.
_DATES = ((_TEXT_DATE, (1, 2, 3)), (_NUMERIC_DATE, (1, 2, 3)), (_ISO_DATE, (3, 2, 1)))


@dataclass(frozen=True)
class Link:
    url: str
    text: str


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, list[str]]] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self._open = []
                self.links.append((href, self._open))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)


def page_links(html: str, base_url: str) -> list[Link]:
    """The page's http(s) links, absolute, without fragments, in page order, once each."""
    parser = _Links()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # markup broken beyond repair: keep what was read
        pass
    seen, links = set(), []
    for href, parts in parser.links:
        href = href.strip()
        if not href or _SKIP.match(href) or href.startswith("#"):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        if urlsplit(url).scheme not in ("http", "https") or url in seen:
            continue
        seen.add(url)
        links.append(Link(url, re.sub(r"\s+", " ", "".join(parts)).strip()))
    return links


def is_pdf(link: Link) -> bool:
    return bool(_PDF_PATH.search(urlsplit(link.url).path)) or "pdf" in link.text.lower()


def is_sub_page(link: Link, start_url: str, today: date) -> bool:
    """A page of the same site under the listing (a year, a month, the next page), not
    an archive older than last year."""
    start, target = urlsplit(start_url), urlsplit(link.url)
    if _host(start.hostname) != _host(target.hostname) or is_pdf(link):
        return False
    root, path = start.path.rstrip("/"), target.path.rstrip("/")
    if not path.startswith(root):
        return False  # elsewhere on the site
    if path == root and not (_LISTING_WORDS.search(link.text)
                             or "page" in target.query.lower()):
        return False  # the listing itself, with a query that is neither a page nor a filter
    years = [int(y) for y in _YEAR.findall(f"{link.text} {target.path}")]
    return not years or max(years) >= today.year - 1


def link_date(link: Link) -> date | None:
    """The date a link's label or file name gives ("RAA n° 123 du 12 novembre 2025",
    "12/11/2025", "raa-2025-11-12.pdf"), if any."""
    for text in (link.text, urlsplit(link.url).path):
        for pattern, order in _DATES:
            found = pattern.search(text)
            if found:
                day, month, year = (found.group(n) for n in order)
                if not month.isdigit():
                    parsed = day_of(day, month, year)
                else:
                    try:
                        parsed = date(int(year), int(month), int(day))
                    except ValueError:
                        parsed = None
                if parsed:
                    return parsed
    return None


def _host(name: str | None) -> str:
    name = (name or "").lower()
    return name[4:] if name.startswith("www.") else name
