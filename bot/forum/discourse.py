"""Discourse through pydiscourse (the only module that imports it).

pydiscourse sleeps inside the call when rate limited and has no timeout by default;
`_Client` makes one request at a time with explicit timeouts and turns every failure
into a PublishError that says whether to retry and how long to wait, so one rate
limit never stalls the whole service.
"""
from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from pydiscourse import DiscourseClient

from bot.config import ForumCredentials
from bot.errors import PublishError
from bot.forum.base import ThreadDraft, TopicRef, TopicState

log = logging.getLogger(__name__)
TIMEOUT = (10.0, 30.0)  # connect, read
JSON = "application/json; charset=utf-8"
MAX_REDIRECTS = 3
# A rate-limited forum's wait, whatever it says: at least 1 s, at most an hour.
MIN_WAIT, DEFAULT_WAIT, MAX_WAIT = 1.0, 60.0, 3600.0


class Pacer:
    """Keeps requests under the forum's limit (Discourse: 60 admin API requests a
    minute, one bucket for the whole site): at most `per_minute` in any 60 s window,
    shared by every thread of the service."""

    def __init__(self, per_minute: int, clock=time.monotonic, sleep=time.sleep,
                 window: float = 60.0):
        self.per_minute, self.clock, self.sleep = per_minute, clock, sleep
        self.window = window
        self.sent: deque[float] = deque()
        self.lock = threading.Lock()

    def wait_turn(self) -> None:
        with self.lock:
            now = self.clock()
            while self.sent and now - self.sent[0] >= self.window:
                self.sent.popleft()
            if len(self.sent) >= self.per_minute:
                self.sleep(self.window - (now - self.sent[0]))
                self.sent.popleft()
            self.sent.append(self.clock())


class _Client(DiscourseClient):
    """pydiscourse's endpoints, with one attempt per call and typed failures. Redirects
    are followed by hand, and only within the forum's own origin: `requests` would
    carry the Api-Key header to whatever host a redirect names."""

    pacer: Pacer

    def _request(self, verb, path, params=None, files=None, data=None, json=None,
                 override_request_kwargs=None):
        options = dict(override_request_kwargs or {})
        follow = bool(options.pop("allow_redirects", False))
        headers = {"Accept": JSON, "Api-Key": self.api_key, "Api-Username": self.api_username}
        url = self.host + path
        for _ in range(MAX_REDIRECTS + 1):
            self.pacer.wait_turn()
            response = self._send(verb, url, path, dict(
                params=params, files=files, data=data, json=json, headers=headers,
                timeout=self.timeout, **options, allow_redirects=False))
            location = response.headers.get("location")
            if not (follow and response.status_code in (301, 302, 303, 307, 308) and location):
                return _decode(response, verb, path)
            url = urljoin(url, location)
            if origin(url) != origin(self.host):
                raise PublishError(f"forum redirected {verb} {path} to another origin "
                                   f"({origin(url)}): not followed, the API key is only sent "
                                   f"to {origin(self.host)}", retryable=False)
            params = None  # the Location carries its own query
        raise PublishError(f"forum redirected {verb} {path} more than {MAX_REDIRECTS} times")

    @staticmethod
    def _send(verb: str, url: str, path: str, kwargs: dict) -> requests.Response:
        try:
            return requests.request(verb, url, **kwargs)
        except requests.Timeout:
            raise PublishError(f"forum timed out on {verb} {path}", timed_out=True) from None
        except requests.RequestException as exc:
            raise PublishError(f"forum unreachable on {verb} {path}: "
                               f"{type(exc).__name__}") from None


def origin(url: str) -> str:
    """scheme://host:port, with the scheme's default port made explicit."""
    parts = urlsplit(url)
    try:
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme, 0)
    except ValueError:
        port = -1
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{port}"


def _errors(response: requests.Response) -> tuple[str, dict]:
    try:
        body = response.json()
    except ValueError:
        return response.reason or f"HTTP {response.status_code}", {}
    if not isinstance(body, dict):
        return f"HTTP {response.status_code}", {}
    return "; ".join(map(str, body.get("errors") or [])) or f"HTTP {response.status_code}", body


def _decode(response: requests.Response, verb: str, path: str) -> dict:
    status = response.status_code
    if status == 429:
        _, body = _errors(response)
        extras = body.get("extras")
        wait = wait_seconds(extras.get("wait_seconds") if isinstance(extras, dict) else None,
                            response.headers.get("Retry-After"))
        raise PublishError(f"forum rate limit: wait {wait:g} s", status=429, wait_seconds=wait)
    if status in (401, 403):
        message, _ = _errors(response)
        raise PublishError(f"forum refused the bot ({status}): check DISCOURSE_API_KEY and "
                           f"DISCOURSE_API_USERNAME and the key's scopes. Forum said: {message}",
                           status=status)
    if status >= 500:
        raise PublishError(f"forum error {status} on {verb} {path}", status=status)
    if status >= 400:
        message, _ = _errors(response)
        raise PublishError(f"forum refused {verb} {path} ({status}): {message}", status=status,
                           retryable=status == 404)
    if status in (301, 302):
        raise PublishError(f"unexpected redirect on {verb} {path}", status=status)
    if response.headers.get("content-type", "") != JSON:
        raise PublishError(f"forum answered {response.headers.get('content-type')!r}, "
                           "not JSON: is DISCOURSE_URL the forum's address?", status=status)
    try:
        answer = response.json()
    except ValueError:
        raise PublishError("forum answered invalid JSON", status=status) from None
    if not isinstance(answer, dict):
        raise PublishError(f"forum answered {type(answer).__name__} JSON on {verb} {path}, "
                           "not an object: is DISCOURSE_URL a Discourse forum?", status=status)
    return answer


def wait_seconds(*candidates: Any) -> float:
    """The first usable wait a 429 gives (`extras.wait_seconds`, then Retry-After), kept
    within MIN_WAIT…MAX_WAIT: a forum saying "soon", 1e12, -5 or NaN neither crashes
    the bot nor pauses it for ever, nor makes it hammer the forum."""
    for candidate in candidates:
        if isinstance(candidate, bool) or candidate is None:
            continue
        try:
            value = float(candidate)
        except (TypeError, ValueError):
            continue
        if math.isnan(value):
            continue
        kept = min(max(value, MIN_WAIT), MAX_WAIT)
        if kept != value:
            log.warning("forum.wait_clamped asked=%r waiting=%g", candidate, kept)
        return kept
    if any(c is not None for c in candidates):
        log.warning("forum.wait_unreadable asked=%r waiting=%g", candidates, DEFAULT_WAIT)
    return DEFAULT_WAIT


def _integer(answer: dict, key: str, what: str) -> int:
    """answer[key] as an int, or a PublishError naming the malformed answer."""
    value = answer.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PublishError(f"forum answered a malformed {what}: no integer {key!r} in it")
    return value


def _objects(value: Any) -> list[dict]:
    """The JSON objects of a list (anything else in it, or a non-list, is ignored)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _object(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


class DiscourseForum:
    """Publishes to a Discourse forum."""

    mode = "forum"

    def __init__(self, credentials: ForumCredentials, requests_per_minute: int = 50,
                 timeout: tuple[float, float] = TIMEOUT):
        self.base_url = credentials.url
        self.client = _Client(credentials.url, credentials.api_username, credentials.api_key,
                              timeout=timeout)
        self.client.pacer = Pacer(requests_per_minute)

    def find_topic(self, external_id: str) -> TopicRef | None:
        try:
            topic = self.client._get(f"/t/external_id/{external_id}.json",
                                     override_request_kwargs={"allow_redirects": True})
        except PublishError as exc:
            if exc.status == 404:
                return None
            raise
        topic_id = _integer(topic, "id", "topic")
        posts = _objects(_object(topic.get("post_stream")).get("posts"))
        post_id = posts[0].get("id") if posts else None
        return TopicRef(topic_id, post_id if isinstance(post_id, int) else None,
                        self._url(topic))

    def topic_state(self, topic_id: int) -> TopicState | None:
        try:
            topic = self.client._get(f"/t/{topic_id}.json")
        except PublishError as exc:
            if exc.status in (404, 410):
                return None
            raise
        _integer(topic, "id", "topic")
        tags = topic.get("tags") if isinstance(topic.get("tags"), list) else []
        names = tuple(str(t.get("name", "")) if isinstance(t, dict) else str(t) for t in tags)
        posts = tuple(str(p.get("raw") or p.get("cooked") or "")
                      for p in _objects(_object(topic.get("post_stream")).get("posts")))
        return TopicState(topic_id, deleted=bool(topic.get("deleted_at")),
                          closed=bool(topic.get("closed") or topic.get("archived")),
                          tags=names, posts=posts)

    def reply(self, topic_id: int, body: str) -> int:
        return _integer(self.client.create_post(body, topic_id=topic_id), "id", "post")

    def edit_post(self, post_id: int, body: str, reason: str) -> None:
        self.client.update_post(post_id, body, edit_reason=reason)

    def create_topic(self, draft: ThreadDraft) -> TopicRef:
        post = self.client.create_post(draft.body, category_id=draft.category, title=draft.title,
                                       tags=list(draft.tags), external_id=draft.external_id)
        topic_id = _integer(post, "topic_id", "post")
        return TopicRef(topic_id, _integer(post, "id", "post"),
                        f"{self.base_url}/t/{post.get('topic_slug') or 'topic'}/{topic_id}")

    def _url(self, topic: dict) -> str:
        return f"{self.base_url}/t/{topic.get('slug') or 'topic'}/{topic['id']}"
