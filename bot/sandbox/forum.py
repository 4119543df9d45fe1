"""A Discourse-compatible forum on 127.0.0.1 for tests and `demo`.

Written from ../shared/reference (DISCOURSE-FACTS.md, read from Discourse's source,
and the official openapi.json). It reproduces what the bot relies on: Api-Key /
Api-Username auth (403 invalid_access), `application/json; charset=utf-8`, POST
/posts with Discourse's title/body/category/tag/external_id validations (422 with an
`errors` array), memoised identical POSTs (120 s), external_id lookups answered with a
301, topics with tag objects, post edits, tag replacement, the site-wide admin API
rate limit (429 with `extras.wait_seconds` and Retry-After), and injected faults.
"""
from __future__ import annotations

import html
import json
import os
import re
import signal
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bot.sandbox.http import QuietHandler, ServedApp

JSON_TYPE = "application/json; charset=utf-8"
NOT_FOUND = "The requested URL or resource could not be found."
INVALID_ACCESS = ("You are not permitted to view the requested resource. "
                  "The API username or key is invalid.")
_TAG_FORBIDDEN = re.compile(r"[/?#\[\]@!$&'()*+,;=.%\\`^|{}\"<>]")
_EXTERNAL_ID = re.compile(r"^[\w-]+$")


@dataclass
class Post:
    id: int
    topic_id: int
    post_number: int
    raw: str
    username: str
    created_at: float
    edit_reasons: list[str] = field(default_factory=list)


@dataclass
class Topic:
    id: int
    title: str
    slug: str
    category_id: int
    tags: list[str]
    external_id: str | None
    posts: list[Post] = field(default_factory=list)
    deleted: bool = False
    closed: bool = False
    created_at: float = field(default_factory=time.time)


@dataclass
class Kill:
    """SIGKILL process `pid` on the `nth` matching request, before the forum acts on it
    or after it acted but before it answers: a crash at the worst moments."""

    pid: int
    method: str
    path_prefix: str
    nth: int = 1
    when: str = "before"  # or "after"
    seen: int = 0
    fired: bool = False


@dataclass
class Fault:
    """Answer `status` to matching requests: the next `count` ones, or every `every`th."""

    status: int
    count: int = 1
    every: int = 0
    method: str | None = None
    path_prefix: str = ""
    delay: float = 0.0
    after: bool = False  # act on the request first, then fail (a proxy timing out)
    body: Any = None  # answer this JSON (and `headers`) instead of an error body
    headers: dict = field(default_factory=dict)
    seen: int = 0


def slugify_title(title: str) -> str:
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "topic"


def clean_tag(name: str, max_length: int) -> str:
    """Discourse's DiscourseTagging.clean_tag."""
    tag = re.sub(r"\s+", "-", name.strip().lower())
    tag = _TAG_FORBIDDEN.sub("", tag)
    tag = re.sub(r"-+", "-", tag)
    return tag[:max_length]


def clean_title(title: str) -> str:
    """The parts of Discourse's TextCleaner the bot can meet."""
    text = re.sub(r"\s+", " ", title).strip()
    text = re.sub(r"([!?])\1+", r"\1", text)
    text = re.sub(r"\.+$", "", text) if not text.endswith("...") else text
    if text and text.upper() == text and any(c.isalpha() for c in text):
        text = text.lower()
    return text[:1].upper() + text[1:] if text else text


def title_problem(title: str) -> str | None:
    if len(title) < 15:
        return "Title is too short (minimum is 15 characters)"
    if len(title) > 255:
        return "Title is too long (maximum is 255 characters)"
    unclear = (len(set(title.encode())) < 10 or not any(c.isalnum() for c in title)
               or re.search(r"[^\W\d_]{31,}", title) or not any(c.islower() for c in title))
    return "Title seems unclear, is it a complete sentence?" if unclear else None


class SandboxForum(ServedApp):
    """The forum's state plus the HTTP server that exposes it."""

    def __init__(self, *, api_key: str = "sandbox-key", api_username: str = "technopolice-bot",
                 categories: dict[int, str] | None = None, rate_limit_per_minute: int = 60,
                 max_tags: int = 5, max_tag_length: int = 20, rate_window: float = 60.0):
        self.api_key, self.api_username = api_key, api_username
        self.categories = categories or {1: "Veille", 2: "Île-de-France", 3: "National"}
        self.rate_limit_per_minute = rate_limit_per_minute
        self.rate_window = rate_window  # seconds; benchmarks shrink it to run faster
        self.max_tags, self.max_tag_length = max_tags, max_tag_length
        self.topics: dict[int, Topic] = {}
        self.posts: dict[int, Post] = {}
        self.requests: list[tuple[str, str, int]] = []
        self.faults: list[Fault] = []
        self.kills: list[Kill] = []
        self._admin_calls: list[float] = []
        self._memo: dict[str, tuple[float, int, dict]] = {}
        self._next_topic, self._next_post = 1, 1
        self.lock = threading.RLock()
        self._serve_with(_Handler)

    # What tests and moderators do ----------------------------------------

    def live_topics(self) -> list[Topic]:
        with self.lock:
            return [t for t in self.topics.values() if not t.deleted]

    def topic_by_external_id(self, external_id: str) -> Topic | None:
        with self.lock:
            return next((t for t in self.topics.values()
                         if (t.external_id or "").lower() == external_id.lower()), None)

    def delete_topic(self, topic_id: int) -> None:
        with self.lock:
            self.topics[topic_id].deleted = True

    def close_topic(self, topic_id: int) -> None:
        with self.lock:
            self.topics[topic_id].closed = True

    def set_tags(self, topic_id: int, tags: list[str]) -> None:
        """What a moderator does when triaging (remove a-trier, add hors-sujet)."""
        with self.lock:
            self.topics[topic_id].tags = list(tags)

    def expire_memo(self) -> None:
        """Forget memoised POSTs, as if Discourse's 120 s window had passed."""
        with self.lock:
            self._memo.clear()

    def kill_client(self, method: str, path: str, when: str) -> bool:
        """Carry out a matching Kill rule; True if the client was killed."""
        for rule in self.kills:
            if rule.fired or rule.method != method or not path.startswith(rule.path_prefix):
                continue
            if when == "before":
                rule.seen += 1
            if rule.seen == rule.nth and rule.when == when:
                rule.fired = True
                os.kill(rule.pid, signal.SIGKILL)
                return True
        return False

    def add_fault(self, fault: Fault) -> Fault:
        with self.lock:
            self.faults.append(fault)
        return fault

    # Request handling (called by the handler under the lock) -------------

    def handle(self, method: str, path: str, headers: Any, body: bytes) -> tuple[int, Any, dict]:
        anonymous = headers.get("Api-Key") is None and headers.get("Api-Username") is None
        if anonymous and method == "GET":
            return self._route(method, path, headers, body)  # a visitor reads public topics
        if headers.get("Api-Key") != self.api_key or headers.get("Api-Username") != self.api_username:
            return 403, {"errors": [INVALID_ACCESS], "error_type": "invalid_access"}, {}
        fault = self._fault(method, path)
        if fault is not None and not fault.after:
            time.sleep(fault.delay)
            return self._fault_answer(fault)
        limited = self._rate_limited()
        if limited is not None:
            return limited
        answer = self._route(method, path, headers, body)
        if fault is None:
            return answer
        time.sleep(fault.delay)
        only_slow = fault.status == 200 and fault.body is None and not fault.headers
        return answer if only_slow else self._fault_answer(fault)

    def _fault_answer(self, fault: Fault) -> tuple[int, Any, dict]:
        if fault.body is not None or fault.headers:
            return fault.status, fault.body if fault.body is not None else {}, fault.headers
        if fault.status == 429:
            return self._too_many(30)
        if fault.status == 200:
            return 200, {}, {}  # only slow: the delay was the fault
        return fault.status, {"errors": ["injected fault"], "error_type": "fault"}, {}

    def _route(self, method: str, path: str, headers: Any, body: bytes) -> tuple[int, Any, dict]:
        form = _form(headers, body)
        route = urlsplit(path).path
        if method == "POST" and route in ("/posts", "/posts.json"):
            return self._memoised_create(form)
        if method == "GET" and (m := re.fullmatch(r"/t/external_id/([^/]+)\.json", route)):
            return self._find_external(m.group(1))
        if method == "GET" and (m := re.fullmatch(r"/t/(?:[^/]+/)?(\d+)(?:\.json)?", route)):
            return self._show(int(m.group(1)))
        if method == "PUT" and (m := re.fullmatch(r"/posts/(\d+)(?:\.json)?", route)):
            return self._edit(int(m.group(1)), form)
        if method == "PUT" and (m := re.fullmatch(r"/t/-/(\d+)(?:\.json)?", route)):
            return self._retag(int(m.group(1)), form)
        if method == "GET" and (m := re.fullmatch(r"/tag/([^/]+)\.json", route)):
            return self._tag(m.group(1))
        if method == "GET" and route in ("/", "/latest"):
            return 200, _page("Fils du forum bac à sable", "".join(
                f'<li><a href="/t/{t.slug}/{t.id}">{html.escape(t.title)}</a> '
                f"— {html.escape(', '.join(t.tags))}</li>" for t in self.live_topics())), {}
        if method == "GET" and (m := re.fullmatch(r"/t/[^/]+/(\d+)", route)) \
                and int(m.group(1)) in self.topics and not self.topics[int(m.group(1))].deleted:
            topic = self.topics[int(m.group(1))]
            return 200, _page(topic.title, "<p>Étiquettes : " + html.escape(", ".join(topic.tags))
                              + "</p>" + "<hr>".join(_cook(p.raw) for p in topic.posts)), {}
        if method == "GET" and route in ("/categories.json",):
            return 200, {"category_list": {"categories": [
                {"id": i, "name": n, "slug": slugify_title(n)} for i, n in self.categories.items()]}}, {}
        return _not_found()

    def _fault(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.method and fault.method != method or not path.startswith(fault.path_prefix):
                continue
            fault.seen += 1
            if fault.every:
                hit = fault.seen % fault.every == 0
            else:
                hit = fault.count > 0
                fault.count -= int(hit)
            if hit:
                return fault
        return None

    def _rate_limited(self) -> tuple[int, Any, dict] | None:
        now = time.monotonic()
        window = self.rate_window
        self._admin_calls = [t for t in self._admin_calls if now - t < window]
        if len(self._admin_calls) >= self.rate_limit_per_minute:
            return self._too_many(max(1, int(window - (now - self._admin_calls[0])) + 1))
        self._admin_calls.append(now)
        return None

    @staticmethod
    def _too_many(wait: int) -> tuple[int, Any, dict]:
        body = {"errors": [f"You’ve performed this action too many times. Please wait {wait} "
                           "seconds before trying again."], "error_type": "rate_limit",
                "extras": {"wait_seconds": wait, "time_left": f"{wait} seconds"}}
        return 429, body, {"Retry-After": str(wait),
                           "Discourse-Rate-Limit-Error-Code": "admin_api_key_rate_limit"}

    def _memoised_create(self, form: dict[str, list[str]]) -> tuple[int, Any, dict]:
        key = json.dumps(sorted(form.items()))
        now = time.monotonic()
        if key in self._memo and now - self._memo[key][0] < 120:
            return self._memo[key][1], self._memo[key][2], {}
        status, payload, headers = self._create(form)
        if status == 200:
            self._memo[key] = (now, status, payload)
        return status, payload, headers

    def _create(self, form: dict[str, list[str]]) -> tuple[int, Any, dict]:
        raw = _one(form, "raw")
        topic_id = _one(form, "topic_id")
        errors = []
        if not raw.strip():
            errors.append("Body can't be blank")
        elif len(raw.strip()) < 20:
            errors.append("Body is too short (minimum is 20 characters)")
        elif len(raw) > 32000:
            errors.append("Body is too long (maximum is 32000 characters)")
        elif len(set(raw.encode())) < 7:
            errors.append("Body seems unclear, is it a complete sentence?")
        if topic_id:
            topic = self.topics.get(int(topic_id)) if topic_id.isdigit() else None
            if topic is None or topic.deleted:
                return _not_found()
            if topic.closed:
                errors.append("Topic is closed")
            if errors:
                return _invalid(errors)
            return 200, self._add_post(topic, raw), {}
        title = clean_title(_one(form, "title"))
        if not title:
            errors.append("Title can't be blank")
        elif (problem := title_problem(title)) is not None:
            errors.append(problem)
        elif any(t.title.lower() == title.lower() for t in self.live_topics()):
            errors.append("Title has already been used")
        category = _one(form, "category")
        if not category:
            errors.append("Category can't be blank")
        elif not category.isdigit() or int(category) not in self.categories:
            errors.append("Category is invalid")
        external_id = _one(form, "external_id") or None
        if external_id is not None:
            if len(external_id) > 50:
                errors.append("External is too long (maximum is 50 characters)")
            elif not _EXTERNAL_ID.match(external_id):
                errors.append("External is invalid")
            elif self.topic_by_external_id(external_id) is not None:
                errors.append("External has already been taken")
        embed_url = _one(form, "embed_url")
        if embed_url and urlsplit(embed_url).scheme not in ("http", "https"):
            errors.append("Embed url is invalid")
        tags = list(dict.fromkeys(t for t in (clean_tag(x, self.max_tag_length)
                                              for x in form.get("tags[]", [])) if t))
        if len(tags) > self.max_tags:
            errors.append(f"You can only apply {self.max_tags} tags to a topic.")
        if errors:
            return _invalid(errors)
        topic = Topic(self._next_topic, title, slugify_title(title), int(category), tags,
                      external_id)
        self._next_topic += 1
        self.topics[topic.id] = topic
        return 200, self._add_post(topic, raw), {}

    def _add_post(self, topic: Topic, raw: str) -> dict:
        post = Post(self._next_post, topic.id, len(topic.posts) + 1, raw, self.api_username,
                    time.time())
        self._next_post += 1
        topic.posts.append(post)
        self.posts[post.id] = post
        return _post_json(post, topic)

    def _find_external(self, external_id: str) -> tuple[int, Any, dict]:
        topic = self.topic_by_external_id(external_id)
        if topic is None or topic.deleted:
            return _not_found()
        return 301, {}, {"Location": f"/t/{topic.slug}/{topic.id}.json"}

    def _show(self, topic_id: int) -> tuple[int, Any, dict]:
        topic = self.topics.get(topic_id)
        if topic is None or topic.deleted:
            return _not_found()
        return 200, _topic_json(topic), {}

    def _edit(self, post_id: int, form: dict[str, list[str]]) -> tuple[int, Any, dict]:
        post = self.posts.get(post_id)
        if post is None or self.topics[post.topic_id].deleted:
            return _not_found()
        raw = _one(form, "post[raw]")
        if len(raw.strip()) < 20:
            return _invalid(["Body is too short (minimum is 20 characters)"])
        post.raw = raw
        if reason := _one(form, "post[edit_reason]"):
            post.edit_reasons.append(reason)
        return 200, {"post": _post_json(post, self.topics[post.topic_id])}, {}

    def _retag(self, topic_id: int, form: dict[str, list[str]]) -> tuple[int, Any, dict]:
        topic = self.topics.get(topic_id)
        if topic is None or topic.deleted:
            return _not_found()
        tags = list(dict.fromkeys(t for t in (clean_tag(x, self.max_tag_length)
                                              for x in form.get("tags[]", [])) if t))
        if len(tags) > self.max_tags:
            return _invalid([f"You can only apply {self.max_tags} tags to a topic."])
        topic.tags = tags
        return 200, {"basic_topic": {"id": topic.id, "title": topic.title,
                                     "slug": topic.slug, "posts_count": len(topic.posts)}}, {}

    def _tag(self, name: str) -> tuple[int, Any, dict]:
        topics = [t for t in self.live_topics() if name.lower() in t.tags]
        return 200, {"topic_list": {"topics": [
            {"id": t.id, "title": t.title, "slug": t.slug, "tags": t.tags} for t in topics]}}, {}


def _one(form: dict[str, list[str]], key: str) -> str:
    values = form.get(key) or [""]
    return values[0]


def _form(headers: Any, body: bytes) -> dict[str, list[str]]:
    content_type = headers.get("Content-Type", "")
    if "json" in content_type and body:
        data = json.loads(body)
        return {k: v if isinstance(v, list) else [str(v)] for k, v in data.items()
                if v is not None}
    return parse_qs(body.decode("utf-8"), keep_blank_values=True)


def _invalid(errors: list[str]) -> tuple[int, Any, dict]:
    return 422, {"action": "create_post", "errors": errors}, {}


def _not_found() -> tuple[int, Any, dict]:
    return 404, {"errors": [NOT_FOUND], "error_type": "not_found"}, {}


def _post_json(post: Post, topic: Topic) -> dict:
    return {"id": post.id, "topic_id": topic.id, "topic_slug": topic.slug,
            "post_number": post.post_number, "raw": post.raw, "cooked": _cook(post.raw),
            "username": post.username,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(post.created_at))}


def _cook(raw: str) -> str:
    """A rough stand-in for Discourse's Markdown rendering: links become <a href>, and
    as in any HTML a bare `&` (in text and in links) is written `&amp;`."""
    cooked = re.sub(r"&(?!#?\w+;)", "&amp;", raw).replace("<", "&lt;")
    cooked = re.sub(r"\[([^\]]*)\]\((https?://[^)\s]+)\)", r'<a href="\2">\1</a>', cooked)
    return "<p>" + cooked.replace("\n\n", "</p><p>") + "</p>"


class _Page(str):
    """An HTML page (for a person with a browser), not a JSON answer."""


def _page(title: str, body: str) -> _Page:
    return _Page(f'<!doctype html><html lang="fr"><meta charset="utf-8"><title>'
                 f"{html.escape(title)}</title><h1>{html.escape(title)}</h1>{body}</html>")


def _topic_json(topic: Topic) -> dict:
    return {"id": topic.id, "title": topic.title, "fancy_title": topic.title, "slug": topic.slug,
            "category_id": topic.category_id, "closed": topic.closed,
            "external_id": topic.external_id, "posts_count": len(topic.posts),
            "tags": [{"id": i + 1, "name": t, "slug": t} for i, t in enumerate(topic.tags)],
            # As in Discourse, a topic's posts carry their rendered HTML, not `raw`.
            "post_stream": {"posts": [{k: v for k, v in _post_json(p, topic).items()
                                       if k != "raw"} for p in topic.posts],
                            "stream": [p.id for p in topic.posts]}}


class _Handler(QuietHandler):
    def _dispatch(self) -> None:
        forum: SandboxForum = self.app
        body = self.read_body()
        with forum.lock:
            if forum.kill_client(self.command, self.path, "before"):
                return
            status, payload, headers = forum.handle(self.command, self.path, self.headers, body)
            forum.requests.append((self.command, self.path, status))
            if forum.kill_client(self.command, self.path, "after"):
                return
        if isinstance(payload, _Page):
            data, headers = payload.encode(), {"Content-Type": "text/html; charset=utf-8"}
        else:
            data = json.dumps(payload).encode() if status != 301 else b""
            headers = {"Content-Type": JSON_TYPE, **headers}
        self.send(status, data, headers)

    do_GET = do_POST = do_PUT = do_DELETE = _dispatch
