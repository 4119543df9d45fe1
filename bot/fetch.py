"""Fetch feeds over HTTP: conditional GET, timeouts, bounded redirects and size."""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpx

from bot import __version__
from bot.errors import FetchError
from bot.netguard import check_url

DEFAULT_USER_AGENT = (f"technopolice-bot/{__version__} "
                      "(+https://technopolice.fr; veille des groupes locaux)")
MAX_REDIRECTS = 5
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


def make_client(timeout: httpx.Timeout = TIMEOUT) -> httpx.Client:
    """One pooled client for a whole pass."""
    return httpx.Client(timeout=timeout, follow_redirects=False,
                        limits=httpx.Limits(max_connections=20, max_keepalive_connections=10))


def fetch_feed(client: httpx.Client, url: str, validators: Validators, *,
               allow_private: bool, user_agent: str | None = None,
               max_bytes: int = MAX_BYTES) -> FetchResult:
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
        raise FetchError(f"HTTP {status}: {hint}")
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
