"""Fetch feeds over HTTP: conditional GET, timeouts, bounded redirects and size."""
from __future__ import annotations

import hashlib
import random
import re
import tempfile
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit

import httpx

from bot import __version__
from bot.errors import FetchError
from bot.sources.base import Validators
from bot.sources.netguard import check_url

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


class HostPools(httpx.BaseTransport):
    """A small connection pool per host (PER_HOST connections), at most `max_hosts` of
    them open: idle ones are closed, least recently used first.

    One shared pool would do, but httpcore scans all of a pool's connections on every
    request and response: with a hundred connections that scan costs more than the
    request itself, and a warm pass is nothing but requests."""

    def __init__(self, max_hosts: int) -> None:
        self.max_hosts = max_hosts
        self._ssl = httpx.create_ssl_context()  # loading CA certificates once, not per host
        self._limits = httpx.Limits(max_connections=PER_HOST, max_keepalive_connections=PER_HOST)
        self._pools: OrderedDict[tuple, _HostPool] = OrderedDict()
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.url.scheme, request.url.host, request.url.port)
        with self._lock:
            pool = self._pools.get(key)
            if pool is None:
                pool = self._pools[key] = _HostPool(
                    httpx.HTTPTransport(verify=self._ssl, limits=self._limits))
            self._pools.move_to_end(key)
            pool.in_flight += 1
            evicted = []
            for other_key, other in list(self._pools.items()):  # least recently used first
                if len(self._pools) <= self.max_hosts:
                    break
                if not other.in_flight:
                    evicted.append(self._pools.pop(other_key))
        for old in evicted:
            old.transport.close()
        try:
            response = pool.transport.handle_request(request)
        except BaseException:
            self._release(pool)
            raise
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.stream = _ReleasingStream(response.stream, lambda: self._release(pool))
        return response

    @property
    def open_hosts(self) -> int:
        """Hosts whose connections are kept open."""
        return len(self._pools)

    def _release(self, pool: "_HostPool") -> None:
        with self._lock:
            pool.in_flight -= 1

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), OrderedDict()
        for pool in pools:
            pool.transport.close()


@dataclass
class _HostPool:
    transport: httpx.HTTPTransport
    in_flight: int = 0


class _ReleasingStream(httpx.SyncByteStream):
    """A response body that tells its pool when it is closed (once)."""

    def __init__(self, stream: httpx.SyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    def __iter__(self) -> Iterator[bytes]:
        yield from self._stream

    def close(self) -> None:
        release, self._release = self._release, None
        try:
            self._stream.close()
        finally:
            if release is not None:
                release()


class FeedClient:
    """Sends feed GETs straight to per-host connection pools: a feed request needs none
    of httpx.Client's cookie, auth and redirect machinery (fetch_feed follows and
    checks redirects itself), and a warm pass is thousands of such requests."""

    def __init__(self, timeout: httpx.Timeout = TIMEOUT, max_hosts: int = 32) -> None:
        self._pools = HostPools(max_hosts)
        self._timeout = timeout.as_dict()

    @contextmanager
    def get(self, url: str, headers: dict[str, str]) -> Iterator[httpx.Response]:
        """GET `url`; the response's body is read while inside the block."""
        request = httpx.Request("GET", url, headers=headers,
                                extensions={"timeout": self._timeout})
        response = self._pools.handle_request(request)
        try:
            yield response
        finally:
            response.close()

    @property
    def open_hosts(self) -> int:
        return self._pools.open_hosts

    def close(self) -> None:
        self._pools.close()

    def __enter__(self) -> "FeedClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def make_client(timeout: httpx.Timeout = TIMEOUT, connections: int = 32) -> FeedClient:
    """One client for a whole pass: PER_HOST connections per host, and the connections
    of at most `connections` hosts kept open."""
    return FeedClient(timeout, max_hosts=connections)


def fetch_feed(client: FeedClient, url: str, validators: Validators, *,
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


def _fetch_once(client: FeedClient, url: str, validators: Validators, *,
                allow_private: bool, user_agent: str | None, max_bytes: int) -> FetchResult:
    """GET `url`, following at most MAX_REDIRECTS checked redirects."""
    headers = _request_headers(validators, user_agent,
                               "application/rss+xml, application/atom+xml, application/xml;"
                               "q=0.9, text/xml;q=0.9, */*;q=0.5")
    with _followed(client, url, headers, allow_private) as (response, current, permanent):
        return _read(response, url, current, permanent, max_bytes)


def _request_headers(validators: Validators, user_agent: str | None,
                     accept: str) -> dict[str, str]:
    headers = {"User-Agent": user_agent or DEFAULT_USER_AGENT, "Accept": accept,
               "Accept-Encoding": "gzip, deflate"}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


@contextmanager
def _followed(client: FeedClient, url: str, headers: dict[str, str],
              allow_private: bool) -> Iterator[tuple[httpx.Response, str, str | None]]:
    """The response at the end of at most MAX_REDIRECTS redirects, each target's address
    checked before it is requested; with the final URL and the first permanent move.
    Network errors become FetchError, also while the caller reads the body."""
    current, permanent = url, None
    try:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current, allow_private)
            with client.get(current, headers) as response:
                location = response.headers.get("location")
                if response.status_code in _REDIRECTS and location:
                    target = urljoin(current, location)
                    if response.status_code in (301, 308) and permanent is None and current == url:
                        permanent = target
                    current = target
                    continue
                yield response, current, permanent
                return
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out ({type(exc).__name__})") from exc
    except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
        raise FetchError(f"network error: {exc}", transient=True) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"network error: {exc}") from exc
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


@dataclass(frozen=True)
class Download:
    """A file fetched to disk (`path` None: unchanged since the validators)."""

    url: str
    final_url: str
    path: str | None
    size: int = 0
    sha256: str = ""
    validators: Validators = Validators()
    last_modified: str | None = None


def download(client: FeedClient, url: str, folder: str, *, allow_private: bool,
             max_bytes: int, validators: Validators = Validators(),
             user_agent: str | None = None) -> Download:
    """Stream `url` into a new file in `folder`, hashing it on the way; stop with a
    FetchError past `max_bytes` (the partial file is removed). Same safeguards as a
    feed: every hop's address checked, timeouts, two requests per host at once."""
    headers = _request_headers(validators, user_agent, "application/pdf, */*;q=0.5")
    with _host_slot(url), _followed(client, url, headers, allow_private) as (
            response, final_url, _):
        if response.status_code == 304:
            return Download(url, final_url, None, validators=validators)
        _raise_for_status(response)
        digest, size = hashlib.sha256(), 0
        handle = tempfile.NamedTemporaryFile(dir=folder, suffix=".pdf", delete=False)
        try:
            with handle:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(f"file larger than {max_bytes // (1024 * 1024)} MB "
                                         "(raa.max_pdf_mb): stopped reading", status=413)
                    digest.update(chunk)
                    handle.write(chunk)
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise
        return Download(url, final_url, handle.name, size, digest.hexdigest(),
                        Validators(response.headers.get("etag"),
                                   response.headers.get("last-modified")),
                        response.headers.get("last-modified"))


def _raise_for_status(response: httpx.Response) -> None:
    """A FetchError saying what an HTTP error status means, for 400 and above."""
    status = response.status_code
    if status < 400:
        return
    hint = _STATUS_HINTS.get(status, "server error" if status >= 500 else "client error")
    retry_after = _retry_after(response.headers) if status in (429, 503) else None
    if retry_after is not None:
        hint += f"; it asks to wait {retry_after:g} s"
    raise FetchError(f"HTTP {status}: {hint}", status=status,
                     transient=status in (429, 502, 503, 504), retry_after=retry_after)


def _read(response: httpx.Response, url: str, final_url: str, permanent: str | None,
          max_bytes: int) -> FetchResult:
    status = response.status_code
    if status == 304:
        return FetchResult(url, final_url, 304, permanent_redirect=permanent)
    _raise_for_status(response)
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
