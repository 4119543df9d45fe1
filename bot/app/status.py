"""Render `status` and `why`: feed health, latest threads, moderators' verdicts, and
the story of one item, as plain text."""
from __future__ import annotations

import json
from collections import Counter

from bot.threads.moderation import KEPT, REJECTED, UNDECIDED


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join(line.rstrip() for line in lines)


def _short(text: str | None, size: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= size else text[:size - 1] + "…"


def _verdict_rows(counts: dict[str, Counter]) -> list[list[str]]:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1][REJECTED], -sum(kv[1].values())))
    return [[name, str(c[KEPT]), str(c[REJECTED]), str(c[UNDECIDED]),
             f"{c[REJECTED] / (c[KEPT] + c[REJECTED]):.0%}" if c[KEPT] + c[REJECTED] else "-"]
            for name, c in ranked]


def render_status(feeds: list[dict], stories: list[dict], per_feed: dict[str, Counter],
                  per_term: dict[str, Counter], waiting: int = 0,
                  pending: list[dict] = ()) -> str:
    """The text `technopolice-bot status` prints."""
    feed_rows = [[f["name"], _short(f["last_success_at"], 25) or "never",
                  _short(f["last_error"], 60) or "-", str(f["failures"]),
                  f["next_fetch_at"] or "-", str(f["items_seen"]), str(f["items_posted"])]
                 for f in feeds]
    moved = [f"  {f['name']}: moved permanently to {f['permanent_redirect']} (update its url)"
             for f in feeds if f["permanent_redirect"]]
    story_rows = [[s["created_at"], "preview" if s["mode"] == "preview" else str(s["topic_id"]),
                   s["state"] or "open", _short(s["title"], 60),
                   ", ".join(json.loads(s["tags"] or "[]"))] for s in stories]
    verdict_headers = ["kept", "rejected", "undecided", "rejected %"]
    return "\n".join([
        f"Feeds ({len(feeds)})",
        _table(["feed", "last success", "last error", "failures", "next try", "seen",
                "posted"], feed_rows),
        *moved,
        "",
        f"Items waiting for the forum ({waiting}"
        + (f", the oldest {len(pending)} shown)" if len(pending) < waiting else ")"),
        _table(["feed", "since", "title", "forum said"],
               [[p["feed"], p["first_seen"], _short(p["title"], 50),
                 _short(p["last_error"], 80) or "(not tried yet)"] for p in pending]),
        "",
        f"Latest threads ({len(stories)})",
        _table(["when", "topic", "state", "title", "tags"], story_rows),
        "",
        "Moderators' verdicts per feed (rejected: deleted or tagged off-topic; kept: "
        "triage tag removed)",
        _table(["feed"] + verdict_headers, _verdict_rows(per_feed)),
        "",
        "Moderators' verdicts per vocabulary term",
        _table(["term"] + verdict_headers, _verdict_rows(per_term)),
    ])


def _town_why(commune: dict) -> str:
    """"Nice (06088, departement, weight 0.97: departement +1.98, locative +1.45)"."""
    parts = [commune["code"], commune["evidence"]]
    if "weight" in commune:
        signals = sorted(commune.get("signals", {}).items(), key=lambda s: -abs(s[1]))[:3]
        parts.append(f"weight {commune['weight']:.2f}" + (": " + ", ".join(
            f"{name} {part:+.2f}" for name, part in signals) if signals else ""))
    return f"{commune['name']} ({', '.join(parts)})"


def render_why(items: list[dict], decisions: dict[str, list[dict]],
               stories: dict[str, dict]) -> str:
    """Why each stored item with this link was posted, added, skipped or suppressed."""
    blocks = []
    for item in items:
        match = json.loads(item["match_json"] or "{}")
        terms = ", ".join(f"{k['term']} ({k['weight']:g}{'' if k['counted'] else ', not counted'})"
                          for k in match.get("keywords", [])) or "-"
        towns = ", ".join(_town_why(c) for c in match.get("communes", [])) or "-"
        story = stories.get(item["story_id"] or "")
        lines = [f"{item['title']}", f"  link:      {item['link']}",
                 f"  feed:      {item['feed']}   first seen {item['first_seen']}",
                 f"  status:    {item['status']} — {item['reason']}",
                 f"  score:     {match.get('score')} (threshold {match.get('threshold')})"
                 f"{'  foreign-only' if match.get('foreign_only') else ''}",
                 f"  terms:     {terms}", f"  communes:  {towns}",
                 f"  tags:      {', '.join(match.get('tags', [])) or '-'}"]
        if story:
            lines.append(f"  thread:    {story['url'] or 'aperçu'} ({story['state'] or 'open'}"
                         f", verdict {story['verdict'] or 'undecided'})")
        if item["last_error"]:
            lines.append(f"  last error: {item['last_error']}")
        lines.append("  decisions:")
        lines += [f"    {d['at']}  {d['action']}: {d['detail']}" for d in decisions[item["key"]]]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


FAILED_RECUEILS = ("unreadable", "too_large", "refused")


def render_recueils(recueils: list[dict]) -> str:
    """Per prefecture: the last recueil read, acts found and relevant, pages without
    text, and the recueils that could not be read (and why)."""
    by_feed: dict[str, list[dict]] = {}
    for row in recueils:  # newest first
        by_feed.setdefault(row["feed"], []).append(row)
    rows, failures = [], []
    for feed, rows_of_feed in by_feed.items():
        read = [r for r in rows_of_feed if r["status"] == "read"]
        last = read[0] if read else None
        rows.append([feed, (f"{last['url'].rsplit('/', 1)[-1]} ({last['published']})"
                            if last else "none yet"),
                     str(sum(r["acts"] or 0 for r in read)),
                     str(sum(r["relevant"] or 0 for r in read)),
                     f"{sum(r['scanned'] or 0 for r in read)} page(s) without text",
                     str(sum(1 for r in rows_of_feed if r["status"] in FAILED_RECUEILS))])
        failures += [f"  {feed}: {r['url']}: {r['status']} — {_short(r['detail'], 120)}"
                     for r in rows_of_feed if r["status"] in FAILED_RECUEILS]
    return "\n".join([
        f"Prefectures' recueils ({len(by_feed)})",
        _table(["prefecture", "last recueil read", "acts", "relevant", "scans", "failed"],
               rows), *failures])
