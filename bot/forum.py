"""The forum behind a small interface: Discourse for real, or preview (print only)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TextIO

from bot.moderation import TopicState
from bot.render import ThreadDraft


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


class PreviewForum:
    """Posts nothing: prints what it would do."""

    mode = "preview"

    def __init__(self, out: TextIO | None = None):
        self.out = out

    def _say(self, text: str) -> None:
        if self.out is not None:
            print(text, file=self.out)

    def find_topic(self, external_id: str) -> TopicRef | None:
        return None

    def topic_state(self, topic_id: int) -> TopicState | None:
        return TopicState(topic_id)

    def create_topic(self, draft: ThreadDraft) -> TopicRef:
        category = draft.category if draft.category is not None else "—"
        self._say(f"[aperçu] nouveau fil : {draft.title}\n"
                  f"         étiquettes : {', '.join(draft.tags)} · catégorie : {category}")
        return TopicRef(None, None, "")

    def reply(self, topic_id: int, body: str) -> int:
        self._say(f"[aperçu] réponse dans un fil existant : {body.splitlines()[0]}")
        return 0

    def edit_post(self, post_id: int, body: str, reason: str) -> None:
        self._say(f"[aperçu] message modifié : {reason}")
