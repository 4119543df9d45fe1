"""What the bot needs from a forum (a Protocol), and the data it speaks: a thread to
open, a topic as moderators left it, a reference to a topic."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ThreadDraft:
    """A topic to open: everything the forum needs."""

    external_id: str
    title: str
    body: str
    tags: tuple[str, ...]
    category: int | None


@dataclass(frozen=True)
class TopicState:
    """A topic as the forum shows it."""

    topic_id: int
    deleted: bool = False
    closed: bool = False
    tags: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()  # the posts' text (raw or cooked)


@dataclass(frozen=True)
class TopicRef:
    """A topic on the forum."""

    topic_id: int | None
    post_id: int | None
    url: str


class Forum(Protocol):
    """What the pipeline needs from a forum."""

    mode: str  # "forum" or "preview"

    def find_topic(self, external_id: str) -> TopicRef | None:
        """The live topic carrying this external_id, if any."""

    def topic_state(self, topic_id: int) -> TopicState | None:
        """The topic as moderators left it; None if it was deleted."""

    def create_topic(self, draft: ThreadDraft) -> TopicRef:
        """Open a topic; raise PublishError on failure."""

    def reply(self, topic_id: int, body: str) -> int:
        """Post a reply; return its post id."""

    def edit_post(self, post_id: int, body: str, reason: str) -> None:
        """Replace a post's text, with an edit reason shown in its history."""
