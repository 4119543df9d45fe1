"""A prefecture's recueils des actes administratifs as a Source: crawl its listing
pages, download the recueils not read before, read their text and split them into
acts, one item per act.

Every request goes through the feed fetcher's safeguards (address check on every hop,
timeouts, two requests per host). Listing pages are fetched with their validators and
their links remembered, so an unchanged page costs a 304. A PDF is read once: a URL
already met is not fetched again, and a file whose content hash was read under another
URL is not read again. The acts' own identity (department and identifier) makes the
same act republished in another recueil the same item.
"""
from __future__ import annotations

import hashlib
import logging
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bot.config import FeedConfig, RaaConfig
from bot.errors import BlockedAddressError, FetchError, ParseError
from bot.logs import event
from bot.sources.acts import RawAct, split_recueil
from bot.sources.base import ActRef, Fetched, SourceItem, SourceState, Validators
from bot.sources.fetch import Download, FeedClient, download, fetch_feed
from bot.sources.listing import Link, is_pdf, is_sub_page, link_date, page_links
from bot.sources.pdftext import PdfText, pdf_text

PAGE_MAX_BYTES = 5 * 1024 * 1024
ACT_TEXT_MAX = 20_000  # characters of an act kept as its item's text
# Statuses of a recueil met on a listing page.
READ, TOO_OLD, DUPLICATE, UNREADABLE, TOO_LARGE, REFUSED = (
    "read", "too_old", "duplicate", "unreadable", "too_large", "refused")


class RaaSource:
    """One feeds.yaml entry of `kind: raa`: a prefecture's listing of recueils."""

    def __init__(self, feed: FeedConfig, client: FeedClient, settings: RaaConfig, *,
                 allow_private: bool, max_age_days: float, user_agent: str | None = None,
                 now: datetime | None = None) -> None:
        self.name, self.url = feed.name, feed.url
        self.departement = feed.departement or ""
        self._client, self._settings = client, settings
        self._allow_private, self._user_agent = allow_private, user_agent
        self._now = now or datetime.now(timezone.utc)
        self._oldest = (self._now - timedelta(days=max_age_days)).date()

    def fetch(self, state: SourceState) -> Fetched:
        pages, pdfs, error, moved = self._crawl(state)
        if error is not None:
            return Fetched(error=error)
        records = list(pages)
        items: list[SourceItem] = []
        hashes = set(state.known_hashes)
        fresh = [link for link in pdfs if link.url not in state.documents]
        downloads = 0
        waiting = 0
        with tempfile.TemporaryDirectory(prefix="tpb-raa-") as folder:
            for link in fresh:
                listed = link_date(link)
                if listed is not None and listed < self._oldest:
                    records.append(_record(link, TOO_OLD, published=listed,
                                           detail="older than max_age_days: not downloaded"))
                    continue
                if downloads >= self._settings.max_pdfs:
                    waiting += 1
                    continue
                downloads += 1
                record, acts = self._read(link, listed, folder, hashes)
                if record is not None:
                    records.append(record)
                items.extend(acts)
        if waiting:
            event("raa.waiting", feed=self.name, count=waiting,
                  reason=f"raa.max_pdfs ({self._settings.max_pdfs}) recueils per turn")
        return Fetched(tuple(items), Validators(), moved, documents=tuple(records),
                       waiting=waiting)

    # Listing pages ------------------------------------------------------------------

    def _crawl(self, state: SourceState) -> tuple[list[dict], list[Link], FetchError | None,
                                                  str | None]:
        """Visit the listing and its sub-pages breadth first; the PDFs they link to."""
        queue: list[tuple[str, int]] = [(self.url, 0)]
        visited: set[str] = set()
        records, pdfs, seen_pdfs = [], [], set()
        moved = None
        today = self._now.date()
        while queue and len(visited) < self._settings.max_pages:
            url, depth = queue.pop(0)
            if url in visited:
                continue
            visited.add(url)
            known = state.documents.get(url, {})
            try:
                result = fetch_feed(self._client, url, Validators(known.get("etag"),
                                                                  known.get("last_modified")),
                                    allow_private=self._allow_private,
                                    user_agent=self._user_agent, max_bytes=PAGE_MAX_BYTES)
            except FetchError as exc:
                if url == self.url:
                    return [], [], exc, None
                event("raa.page_failed", logging.WARNING, feed=self.name, page=url,
                      error=str(exc))
                continue
            if url == self.url:
                moved = result.permanent_redirect
            if result.not_modified and "links" in known:
                links = [Link(u, t) for u, t in known["links"]]
            else:
                body = result.body.decode(_charset(result.headers), "replace")
                links = page_links(body, result.final_url)
            records.append({"url": url, "kind": "page", "etag": result.validators.etag,
                            "last_modified": result.validators.last_modified,
                            "links": [[link.url, link.text] for link in links]})
            for link in links:
                if is_pdf(link):
                    if link.url not in seen_pdfs:
                        seen_pdfs.add(link.url)
                        pdfs.append(link)
                elif depth < self._settings.max_depth and link.url not in visited \
                        and is_sub_page(link, self.url, today):
                    queue.append((link.url, depth + 1))
        return records, pdfs, None, moved

    # Recueils -------------------------------------------------------------------------

    def _read(self, link: Link, listed: date | None, folder: str,
              hashes: set[str]) -> tuple[dict | None, list[SourceItem]]:
        """Download and read one recueil: its record and its acts (no record when the
        download failed for a reason worth retrying next turn)."""
        try:
            fetched = download(self._client, link.url, folder, allow_private=self._allow_private,
                               max_bytes=self._settings.max_pdf_mb * 1024 * 1024,
                               user_agent=self._user_agent)
        except FetchError as exc:
            event("raa.download_failed", logging.WARNING, feed=self.name, document=link.url,
                  error=str(exc))
            if isinstance(exc, BlockedAddressError):
                return _record(link, REFUSED, published=listed, detail=str(exc)), []
            if exc.status == 413 or (exc.status is not None and 400 <= exc.status < 500):
                return _record(link, TOO_LARGE if exc.status == 413 else UNREADABLE,
                               published=listed, detail=str(exc)), []
            return None, []
        assert fetched.path is not None
        try:
            published = listed or _http_date(fetched) or self._now.date()
            if fetched.sha256 in hashes:
                return _record(link, DUPLICATE, published=published, sha256=fetched.sha256,
                               detail="same file as a recueil already read"), []
            hashes.add(fetched.sha256)
            try:
                text = pdf_text(fetched.path, ocr=self._settings.ocr)
            except ParseError as exc:
                event("raa.unreadable", logging.WARNING, feed=self.name, document=link.url,
                      error=str(exc))
                return _record(link, UNREADABLE, published=published, sha256=fetched.sha256,
                               detail=str(exc)), []
            items = recueil_items(text, fetched.final_url, self.departement, published)
            record = _record(link, READ, published=published, sha256=fetched.sha256,
                             pages=len(text.pages), scanned=len(text.scanned),
                             ocr=len(text.ocr_pages), acts=len(items), size=fetched.size)
            event("raa.read", feed=self.name, document=link.url, pages=len(text.pages),
                  scanned=len(text.scanned), acts=len(items))
            return record, items
        finally:
            Path(fetched.path).unlink(missing_ok=True)

def recueil_items(text: PdfText, url: str, departement: str,
                  published: date) -> list[SourceItem]:
    """A recueil's acts as items: identity, link to the first page, title, text, the
    recueil's date, and where each act was printed."""
    return [SourceItem(guid=act_guid(departement, act), link=f"{url}#page={act.first_page}",
                       title=act.title or _first_line(act.text), summary=act.text[:ACT_TEXT_MAX],
                       published=datetime(published.year, published.month, published.day, 12,
                                          tzinfo=timezone.utc),
                       act=ActRef(departement, act.identifier, act.number, act.signed,
                                  act.first_page, act.last_page, url))
            for act in split_recueil(text.pages)]


def act_guid(departement: str, act: RawAct) -> str:
    """The act's identity: its department and identifier, else a hash of its text (the
    same act in two recueils, or twice in one, is one item)."""
    if act.identifier:
        return f"raa:{departement}:{act.identifier}"
    words = " ".join(act.text.split())[:2000].casefold()
    return f"raa:{departement}:text:{hashlib.blake2b(words.encode(), digest_size=10).hexdigest()}"


def _record(link: Link, status: str, *, published: date | None, detail: str = "",
            **counts: Any) -> dict:
    return {"url": link.url, "kind": "pdf", "label": link.text, "status": status,
            "published": published.isoformat() if published else None, "detail": detail,
            **counts}


def _http_date(fetched: Download) -> date | None:
    from email.utils import parsedate_to_datetime

    if not fetched.last_modified:
        return None
    try:
        return parsedate_to_datetime(fetched.last_modified).date()
    except (TypeError, ValueError):
        return None


def _charset(headers: dict[str, str]) -> str:
    content_type = headers.get("content-type", "")
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip().strip('"')
        try:
            "".encode(charset)
            return charset
        except LookupError:
            pass
    return "utf-8"


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "Acte")[:200]
