"""Discourse through pydiscourse (the only module that imports it).

pydiscourse sleeps inside the call when rate limited and has no timeout by default;
`_Client` makes one request at a time with explicit timeouts and turns every failure
into a PublishError that says whether to retry and how long to wait, so one rate
limit never stalls the whole service.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque

import requests
from pydiscourse import DiscourseClient

from bot.config import ForumCredentials
from bot.errors import PublishError
from bot.forum.base import ThreadDraft, TopicRef, TopicState

log = logging.getLogger(__name__)
TIMEOUT = (10.0, 30.0)  # connect, read
JSON = "application/json; charset=utf-8"


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
    """pydiscourse's endpoints, with one attempt per call and typed failures."""

    pacer: Pacer

    def _request(self, verb, path, params=None, files=None, data=None, json=None,
                 override_request_kwargs=None):
        self.pacer.wait_turn()
        headers = {"Accept": JSON, "Api-Key": self.api_key, "Api-Username": self.api_username}
        kwargs = dict(allow_redirects=False, params=params, files=files, data=data, json=json,
                      headers=headers, timeout=self.timeout)
        kwargs.update(override_request_kwargs or {})
        try:
            response = requests.request(verb, self.host + path, **kwargs)
        except requests.Timeout:
            raise PublishError(f"forum timed out on {verb} {path}") from None
        except requests.RequestException as exc:
            raise PublishError(f"forum unreachable on {verb} {path}: "
                               f"{type(exc).__name__}") from None
        return _decode(response, verb, path)


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
        message, body = _errors(response)
        wait = (body.get("extras") or {}).get("wait_seconds")
        if wait is None:
            try:
                wait = float(response.headers.get("Retry-After", "60"))
            except ValueError:
                wait = 60.0
        raise PublishError(f"forum rate limit: wait {wait} s", status=429, wait_seconds=float(wait))
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
        return response.json()
    except ValueError:
        raise PublishError("forum answered invalid JSON", status=status) from None


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
        posts = (topic.get("post_stream") or {}).get("posts") or [{}]
        return TopicRef(topic["id"], posts[0].get("id"), self._url(topic))

    def topic_state(self, topic_id: int) -> TopicState | None:
        try:
            topic = self.client._get(f"/t/{topic_id}.json")
        except PublishError as exc:
            if exc.status in (404, 410):
                return None
            raise
        tags = tuple(t["name"] if isinstance(t, dict) else str(t) for t in topic.get("tags") or ())
        posts = tuple((p.get("raw") or p.get("cooked") or "")
                      for p in (topic.get("post_stream") or {}).get("posts") or ())
        return TopicState(topic_id, deleted=bool(topic.get("deleted_at")),
                          closed=bool(topic.get("closed") or topic.get("archived")),
                          tags=tags, posts=posts)

    def reply(self, topic_id: int, body: str) -> int:
        post = self.client.create_post(body, topic_id=topic_id)
        return int(post["id"])

    def edit_post(self, post_id: int, body: str, reason: str) -> None:
        self.client.update_post(post_id, body, edit_reason=reason)

    def create_topic(self, draft: ThreadDraft) -> TopicRef:
        post = self.client.create_post(draft.body, category_id=draft.category, title=draft.title,
                                       tags=list(draft.tags), external_id=draft.external_id)
        return TopicRef(post["topic_id"], post["id"],
                        f"{self.base_url}/t/{post.get('topic_slug', 'topic')}/{post['topic_id']}")

    def _url(self, topic: dict) -> str:
        return f"{self.base_url}/t/{topic.get('slug', 'topic')}/{topic['id']}"
