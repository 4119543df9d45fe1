"""The forum behind a small interface: Discourse for real, or preview (print only)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TextIO

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

    def create_topic(self, draft: ThreadDraft) -> TopicRef:
        """Open a topic; raise PublishError on failure."""


class PreviewForum:
    """Posts nothing: prints the threads it would open."""

    mode = "preview"

    def __init__(self, out: TextIO | None = None):
        self.out = out

    def find_topic(self, external_id: str) -> TopicRef | None:
        return None

    def create_topic(self, draft: ThreadDraft) -> TopicRef:
        if self.out is not None:
            category = draft.category if draft.category is not None else "—"
            print(f"[aperçu] nouveau fil : {draft.title}\n"
                  f"         étiquettes : {', '.join(draft.tags)} · catégorie : {category}",
                  file=self.out)
        return TopicRef(None, None, "")
