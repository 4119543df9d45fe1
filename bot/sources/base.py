"""What a source gives the pipeline, whatever it reads (an RSS/Atom feed today): a
Protocol and the plain data it speaks. The pipeline hands a source its saved state and
gets back what it fetched; it never knows how."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from bot.errors import FetchError, ParseError


@dataclass(frozen=True)
class Validators:
    """What the server told us last time, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class SourceState:
    """What the store remembers of a source between turns."""

    validators: Validators
    first_fetch_at: str | None
    next_fetch_at: str | None = None
    failures: int = 0
    # Documents a crawling source (prefectures' recueils) met before, by URL: listing
    # pages with their validators and links, PDFs with their hash and status.
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    known_hashes: frozenset[str] = frozenset()

    def backing_off(self, now: datetime) -> bool:
        """Still waiting after failures: not to be fetched at `now`."""
        return bool(self.next_fetch_at) and datetime.fromisoformat(self.next_fetch_at) > now


@dataclass(frozen=True)
class ActRef:
    """Where an act of a recueil was printed, and how it is known."""

    departement: str
    identifier: str | None  # as printed ("35-2025-09-11-00003", "2024-00629")
    number: str | None  # the header's number when it differs from the identifier
    signed: date | None
    first_page: int
    last_page: int
    document: str  # the recueil's URL


@dataclass(frozen=True)
class SourceItem:
    """One item a source published, as plain text. Its identity is its link, else its
    guid, else its text (see bot.state.identity)."""

    guid: str
    link: str
    title: str
    summary: str
    published: datetime | None
    act: ActRef | None = None  # set for an act of a prefecture's recueil


@dataclass(frozen=True)
class Fetched:
    """One turn of a source: its items (None: unchanged since the saved validators), the
    validators to save, where it moved for good, how many entries were unusable; or the
    error that stopped it."""

    items: tuple[SourceItem, ...] | None = None
    validators: Validators | None = None
    moved_to: str | None = None
    unusable: int = 0
    error: FetchError | ParseError | None = None
    documents: tuple[dict[str, Any], ...] = ()  # documents read or met, to remember
    waiting: int = 0  # documents found and left for a later turn (a per-turn limit)

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.items is None


class Source(Protocol):
    """A place items come from. `fetch` does no database or forum work, so it can run
    in any thread; it reports failures in `Fetched.error` rather than raising them."""

    name: str

    def fetch(self, state: SourceState) -> Fetched:
        """Fetch what is new since `state`."""
