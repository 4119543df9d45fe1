"""The forum in preview mode: posts nothing, prints what it would do (in French)."""
from __future__ import annotations

from typing import TextIO

from bot.forum.base import ThreadDraft, TopicRef, TopicState


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
