"""A feed host on 127.0.0.1: serves documents with ETag/Last-Modified and 304,
redirects, slow answers and errors, for tests and `demo`."""
from __future__ import annotations

import email.utils
import gzip
import hashlib
import threading
import time
from dataclasses import dataclass, field

from bot.sandbox.http import QuietHandler, ServedApp


@dataclass
class Route:
    """What a path answers."""

    body: bytes = b""
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    location: str | None = None
    delay: float = 0.0
    conditional: bool = True
    gzip: bool = False
    modified: float = field(default_factory=time.time)
    headers: dict[str, str] = field(default_factory=dict)
    fail_times: int = 0  # answer fail_status (with fail_headers) to the next N requests
    fail_status: int = 502
    fail_headers: dict[str, str] = field(default_factory=dict)
    stream_size: int = 0  # answer `body` then zeros up to this many bytes, streamed

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


class FeedHost(ServedApp):
    """Serve feeds; tests change routes while it runs and read `requests`."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, int, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.in_flight = 0
        self.peak_in_flight = 0  # most requests answered at once
        self._serve_with(_Handler, host)

    def serve(self, path: str, body: bytes | str, **options) -> str:
        """Serve `body` at `path`; return its full URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self.lock:
            self.routes[path] = Route(body=data, **options)
        return self.url + path

    def redirect(self, path: str, target: str, status: int = 301) -> str:
        with self.lock:
            self.routes[path] = Route(status=status, location=target)
        return self.url + path

    def answer(self, path: str, status: int, body: bytes | str = b"", **options) -> str:
        return self.serve(path, body, status=status, **options)

    def hits(self, path: str) -> list[int]:
        """Statuses answered for `path`, in order."""
        return [status for p, status, _ in self.requests if p == path]


class _Handler(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802
        host: FeedHost = self.app
        with host.lock:
            host.in_flight += 1
            host.peak_in_flight = max(host.peak_in_flight, host.in_flight)
        try:
            self._answer(host)
        finally:
            with host.lock:
                host.in_flight -= 1

    def _answer(self, host: FeedHost) -> None:
        with host.lock:
            route = host.routes.get(self.path)
        if route is None:
            return self._reply(404, b"not found", {"Content-Type": "text/plain"})
        with host.lock:
            failing = route.fail_times > 0
            route.fail_times -= int(failing)
        if failing:
            return self._reply(route.fail_status, b"unavailable",
                               {"Content-Type": "text/plain", **route.fail_headers})
        if route.delay:
            time.sleep(route.delay)
        if route.location:
            return self._reply(route.status, b"", {"Location": route.location})
        headers = {"Content-Type": route.content_type, **route.headers}
        if route.stream_size:
            return self._stream(route, headers)
        if route.status == 200 and route.conditional:
            headers["ETag"] = route.etag
            headers["Last-Modified"] = email.utils.formatdate(route.modified, usegmt=True)
            if self.headers.get("If-None-Match") == route.etag or (
                    "If-None-Match" not in self.headers
                    and self.headers.get("If-Modified-Since") == headers["Last-Modified"]):
                return self._reply(304, b"", {"ETag": route.etag})
        body = route.body
        if route.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body)
            headers["Content-Encoding"] = "gzip"
        return self._reply(route.status, body, headers)

    def _stream(self, route: Route, headers: dict[str, str]) -> None:
        """A large file written a megabyte at a time (never held in memory)."""
        host: FeedHost = self.app
        with host.lock:
            host.requests.append((self.path, 200, dict(self.headers)))
        chunk = b"\0" * (1024 * 1024)
        try:
            self.send_response(200)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(route.stream_size))
            self.end_headers()
            self.wfile.write(route.body)
            left = route.stream_size - len(route.body)
            while left > 0:
                self.wfile.write(chunk[:left])
                left -= len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        host: FeedHost = self.app
        with host.lock:
            host.requests.append((self.path, status, dict(self.headers)))
        try:
            self.send(status, body, headers)
        except (BrokenPipeError, ConnectionResetError):
            pass
