"""The forum in preview mode: posts nothing, prints what it would do (in French)."""
from __future__ import annotations

import html
import re
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
        category = draft.category if draft.category is not None else "-"
        self._say(f"[preview] new thread: {draft.title}\n"
                  f"          tags: {', '.join(draft.tags)} · category: {category}")
        return TopicRef(None, None, "")

    def reply(self, topic_id: int, body: str) -> int:
        lines = [plain_text(line) for line in body.splitlines() if line.strip()]
        self._say(f"[preview] reply in an existing thread: {lines[1] if len(lines) > 1 else ''}")
        return 0

    def edit_post(self, post_id: int, body: str, reason: str) -> None:
        self._say("[preview] the bot's post would be updated: the source edited the article")


_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_ESCAPED = re.compile(r"\\(.)")


def plain_text(markdown: str) -> str:
    """A line the bot wrote in Markdown, as plain text for a terminal: escapes removed,
    emphasis dropped, links shown as `text (url)`, entities decoded."""
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", markdown)
    text = re.sub(r"(?<!\\)[*_]{1,2}", "", text)
    text = _ESCAPED.sub(r"\1", text)
    text = re.sub(r"</?small>", "", text)
    return html.unescape(text).strip()
