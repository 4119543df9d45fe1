"""One exception root for the bot; library errors are wrapped at the edges."""
from __future__ import annotations

from dataclasses import dataclass


class BotError(Exception):
    """Root of every error the bot raises on purpose."""


@dataclass(frozen=True)
class ConfigProblem:
    """One problem in feeds.yaml, located by file, line and field."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}"


class ConfigError(BotError):
    """feeds.yaml (or the environment) is not usable; carries every problem found."""

    def __init__(self, problems: list[ConfigProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class FetchError(BotError):
    """A feed could not be fetched (network, HTTP status, size, refused address)."""

    def __init__(self, message: str, *, status: int | None = None, transient: bool = False,
                 retry_after: float | None = None):
        super().__init__(message)
        self.status = status
        self.transient = transient  # worth retrying soon (network, 5xx, 429)
        self.retry_after = retry_after  # seconds the site asked us to wait


class BlockedAddressError(FetchError):
    """The feed URL (or a redirect) points to an internal address."""


class ParseError(BotError):
    """A fetched document is not a usable feed."""


class PublishError(BotError):
    """The forum refused or failed an action."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = True,
                 wait_seconds: float | None = None, timed_out: bool = False):
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.wait_seconds = wait_seconds
        self.timed_out = timed_out  # the forum accepted the connection but did not answer


class StoreError(BotError):
    """The state database cannot be opened or written."""
