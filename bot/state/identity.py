"""Stable identities: canonical links, item keys, forum external ids (pure)."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only track the reader: removing them does not change the page.
_TRACKING = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "xtor", "xts", "at_medium",
             "at_campaign", "at_source", "at_format", "at_link", "at_creation", "at_platform",
             "ns_source", "ns_mchannel", "ns_campaign", "ns_linkname", "ns_fee", "cmp", "cmpid",
             "_ga", "igshid", "ref", "ref_src", "src", "origin", "sr_share", "share", "feed_id",
             "partner", "amp"}
EXTERNAL_ID_PREFIX = "tpb-"


@lru_cache(maxsize=8192)  # each new item needs it twice: for its key and its record
def canonical_link(link: str) -> str:
    """The link without tracking parameters, fragment, default port or `www.` noise."""
    link = (link or "").strip()
    if not link:
        return ""
    parts = urlsplit(link)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return link
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith("utm_") and k.lower() not in _TRACKING]
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit(("https", host + port, path, urlencode(sorted(query)), ""))


def _digest(text: str, size: int = 16) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=size).hexdigest()


def item_key(link: str, guid: str, title: str, feed_name: str, summary: str = "") -> str:
    """One key per article: its canonical link, else its guid, else its text in its feed."""
    canonical = canonical_link(link)
    if canonical:
        return _digest("link:" + canonical)
    if guid:
        return _digest(f"guid:{feed_name}:{guid}")
    return _digest(f"text:{feed_name}:{title.strip().casefold()}:{summary.strip()[:200]}")


def act_key(guid: str) -> str:
    """One key per prefect's act (its department and identifier, see sources.raa),
    whichever recueil or entry printed it."""
    return _digest("act:" + guid)


def thread_external_id(thread_key: str) -> str:
    """The external_id of a thread that gathers acts ("raa:35238:drone:2025-11")."""
    return EXTERNAL_ID_PREFIX + "raa-" + _digest(thread_key, 12)


def external_id(key: str) -> str:
    """The forum topic's external_id for a story: ≤ 50 chars of [A-Za-z0-9_-]."""
    return EXTERNAL_ID_PREFIX + key[:32]


def content_hash(title: str, summary: str) -> str:
    """Hash of what a reader sees; changes when the publisher edits the item."""
    return _digest(f"{title.strip()}\n{summary.strip()}", 8)
