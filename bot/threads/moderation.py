"""What moderators decided about a thread (pure)."""
from __future__ import annotations

from bot.forum.base import TopicState

OPEN, DELETED, CLOSED, OFF_TOPIC = "open", "deleted", "closed", "off_topic"
KEPT, REJECTED, UNDECIDED = "kept", "rejected", "undecided"


def classify(state: TopicState | None, triage_tag: str, off_topic_tag: str) -> tuple[str, str]:
    """(state, verdict): a deleted or off-topic thread is rejected; one whose triage tag
    a moderator removed is kept; anything else is still undecided."""
    if state is None or state.deleted:
        return DELETED, REJECTED
    tags = {t.lower() for t in state.tags}
    if off_topic_tag.lower() in tags:
        return OFF_TOPIC, REJECTED
    verdict = UNDECIDED if triage_tag.lower() in tags else KEPT
    return (CLOSED if state.closed else OPEN), verdict


def may_act(state: str) -> bool:
    """The bot replies to or edits only threads moderators left open."""
    return state == OPEN
