"""Fetch feeds over HTTP: conditional GET, timeouts, bounded redirects and size."""
from __future__ import annotations

import random
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit

import httpx

from bot import __version__
from bot.errors import FetchError
from bot.netguard import check_url

DEFAULT_USER_AGENT = (f"technopolice-bot/{__version__} "
                      "(+https://technopolice.fr; veille des groupes locaux)")
MAX_REDIRECTS = 5
RETRIES = 2
BACKOFF_BASE = 0.5  # seconds: 0.5, 1 (+ jitter) between attempts
MAX_RETRY_WAIT = 10.0  # a site asking for longer is retried at a later pass
PER_HOST = 2
_HOST_SLOTS: dict[str, threading.BoundedSemaphore] = {}
_HOST_LOCK = threading.Lock()
_REDIRECTS = {301, 302, 303, 307, 308}
MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=10.0, pool=30.0)

_STATUS_HINTS = {
    401: "the site asks for a login",
    403: "forbidden: the site may block unknown user agents (try a per-feed `user_agent:`)",
    404: "not found: the feed moved or was removed; fix its url in feeds.yaml",
    410: "gone: the publisher removed this feed; disable or replace it in feeds.yaml",
    429: "rate limited by the site",
    503: "the site is unavailable",
}


@dataclass(frozen=True)
class Validators:
    """What the server told us last time, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    """A fetched feed: 200 with a body, or 304 meaning unchanged."""

    url: str
    final_url: str
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    validators: Validators = Validators()
    permanent_redirect: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from Retry-After (seconds or HTTP date), else Cache-Control max-age."""
    value = headers.get("retry-after", "").strip()
    if value.isdigit():
        return float(value)
    if value:
        try:
            moment = parsedate_to_datetime(value)
            return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())
        except (TypeError, ValueError):
            pass
    match = re.search(r"max-age=(\d+)", headers.get("cache-control", ""))
    return float(match.group(1)) if match else None


def make_client(timeout: httpx.Timeout = TIMEOUT, connections: int = 32) -> httpx.Client:
    """One pooled client for a whole pass, with a connection for each worker."""
    return httpx.Client(timeout=timeout, follow_redirects=False,
                        limits=httpx.Limits(max_connections=connections,
                                            max_keepalive_connections=connections))


def fetch_feed(client: httpx.Client, url: str, validators: Validators, *,
               allow_private: bool, user_agent: str | None = None,
               max_bytes: int = MAX_BYTES, retries: int = RETRIES,
               sleep: Callable[[float], None] = time.sleep) -> FetchResult:
    """GET `url`; transient failures (network, 502/503/504, 429 with a short
    Retry-After) are retried with exponential backoff and jitter."""
    for attempt in range(retries + 1):
        try:
            with _host_slot(url):
                return _fetch_once(client, url, validators, allow_private=allow_private,
                                   user_agent=user_agent, max_bytes=max_bytes)
        except FetchError as exc:
            wait = exc.retry_after if exc.retry_after is not None else (
                BACKOFF_BASE * 2 ** attempt + random.uniform(0, BACKOFF_BASE))
            if not exc.transient or attempt == retries or wait > MAX_RETRY_WAIT:
                raise
            sleep(wait)
    raise AssertionError("unreachable")


@contextmanager
def _host_slot(url: str) -> Iterator[None]:
    """At most PER_HOST requests at once to one host, whatever the number of workers."""
    host = (urlsplit(url).hostname or "").lower()
    with _HOST_LOCK:
        slot = _HOST_SLOTS.setdefault(host, threading.BoundedSemaphore(PER_HOST))
    with slot:
        yield


def _fetch_once(client: httpx.Client, url: str, validators: Validators, *,
                allow_private: bool, user_agent: str | None, max_bytes: int) -> FetchResult:
    """GET `url`, following at most MAX_REDIRECTS checked redirects."""
    headers = {"User-Agent": user_agent or DEFAULT_USER_AGENT,
               "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                         "text/xml;q=0.9, */*;q=0.5",
               "Accept-Encoding": "gzip, deflate"}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    current, permanent = url, None
    for _ in range(MAX_REDIRECTS + 1):
        check_url(current, allow_private)
        try:
            with client.stream("GET", current, headers=headers) as response:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    target = urljoin(current, location)
                    if response.status_code in (301, 308) and permanent is None and current == url:
                        permanent = target
                    current = target
                    continue
                return _read(response, url, current, permanent, max_bytes)
        except httpx.TimeoutException as exc:
            raise FetchError(f"timed out ({type(exc).__name__})") from exc
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
            raise FetchError(f"network error: {exc}", transient=True) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"network error: {exc}") from exc
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _read(response: httpx.Response, url: str, final_url: str, permanent: str | None,
          max_bytes: int) -> FetchResult:
    status = response.status_code
    if status == 304:
        return FetchResult(url, final_url, 304, permanent_redirect=permanent)
    if status >= 400:
        hint = _STATUS_HINTS.get(status, "server error" if status >= 500 else "client error")
        retry_after = _retry_after(response.headers) if status in (429, 503) else None
        if retry_after is not None:
            hint += f"; it asks to wait {retry_after:g} s"
        raise FetchError(f"HTTP {status}: {hint}", status=status,
                         transient=status in (429, 502, 503, 504), retry_after=retry_after)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"response larger than {max_bytes // (1024 * 1024)} MB: "
                             "stopped reading")
        chunks.append(chunk)
    validators = Validators(response.headers.get("etag"), response.headers.get("last-modified"))
    return FetchResult(url, final_url, status, b"".join(chunks),
                       {k.lower(): v for k, v in response.headers.items()}, validators, permanent)
