"""Write what the bot posts, in French (pure). Feed text is untrusted: it is
escaped so that it cannot mention users, link categories or inject markup."""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote, urlsplit

from bot.sources.plaintext import one_line

TITLE_MIN, TITLE_MAX = 15, 255
EXCERPT_MAX = 800
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre")
# Markdown, BBCode and HTML punctuation, escaped with a backslash.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+!|~=:-])")


def clean_title(title: str, source: str) -> str:
    """The article's title on one line, within the forum's 15–255 characters."""
    text = one_line(title) or "Article sans titre"
    if len(text) < TITLE_MIN:
        text = f"{text} — {one_line(source)}"[:TITLE_MAX]
    if len(text) < TITLE_MIN:
        text = (text + " (veille technopolice)")[:TITLE_MAX]
    if len(text) > TITLE_MAX:
        text = text[:TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"
    return text


def neutralise(text: str) -> str:
    """Untrusted text made inert: no @mentions, #hashtags, links, HTML or BBCode."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("@", "\uff20")  # full-width @: never a mention
    return _MARKUP.sub(r"\\\1", text)


def safe_link(url: str) -> str | None:
    """An http(s) URL safe to put in a Markdown link, or None."""
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return quote(parts.geturl(), safe=":/?&=%#~+,;@!$*'")


def french_date(moment: datetime | None) -> str:
    """`12 mars 2024`."""
    if moment is None:
        return "date inconnue"
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def excerpt(summary: str, limit: int = EXCERPT_MAX) -> str:
    """The summary cut at a word boundary, paragraphs kept, as a quote."""
    text = summary.strip()
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " […]"
    paragraphs = [one_line(p) for p in text.split("\n") if p.strip()]
    return "\n>\n".join(f"> {neutralise(p)}" for p in paragraphs)


# Below this weight (the probability the evidence gives a town), moderators are asked
# to check the town: "Tulle (19, à vérifier)".
CHECK_BELOW = 0.8


def town_label(commune: dict) -> str:
    """"Nice (06)", or "Tulle (19, à vérifier)" when the evidence for it is thin."""
    check = ", à vérifier" if commune.get("weight", 1.0) < CHECK_BELOW else ""
    return f"{neutralise(commune['name'])} ({commune['departement']}{check})"


def render_body(*, source: str, link: str, published: datetime | None, summary: str,
                communes: list[dict], keywords: list[str], score: float, feed: str,
                off_topic_tag: str = "hors-sujet") -> str:
    """The first post of a thread."""
    url = safe_link(link)
    source_text = neutralise(one_line(source))
    lines = [f"**Source :** [{source_text}]({url})" if url else f"**Source :** {source_text}",
             f"**Publié le :** {french_date(published)}", ""]
    quoted = excerpt(summary)
    if quoted:
        lines += [quoted, ""]
    if communes:
        towns = ", ".join(town_label(c) for c in communes)
        lines.append(f"**Communes :** {towns}")
    else:
        lines.append("**Communes :** aucune commune reconnue (sujet national ?)")
    terms = ", ".join(neutralise(k) for k in keywords) or "—"
    lines += [f"**Pourquoi ce fil :** termes repérés : {terms} (score {score:g})", "", "---",
              f"<small>Fil ouvert automatiquement par technopolice-bot depuis le flux "
              f"« {neutralise(feed)} ». Vérifiez la source avant de relayer. Sujet hors "
              f"propos ou mauvaise commune ? Signalez le message ou ajoutez l’étiquette "
              f"« {neutralise(off_topic_tag)} » : le bot n’y reviendra pas.</small>"]
    return "\n".join(lines)


def render_reply(*, source: str, link: str, title: str, published: datetime | None,
                 summary: str, reason: str) -> str:
    """A reply adding another outlet's article, or a follow-up, to a thread."""
    url = safe_link(link)
    source_text = neutralise(one_line(source))
    head = f"[{source_text}]({url})" if url else source_text
    intro = "Suite" if reason.startswith("suite") else "Également rapporté par"
    lines = [f"**{intro} : {head}** — {french_date(published)}" if intro == "Suite"
             else f"**{intro} {head}** — {french_date(published)}",
             f"*{neutralise(one_line(title))}*", ""]
    quoted = excerpt(summary, limit=400)
    if quoted:
        lines += [quoted, ""]
    lines += ["---", f"<small>Ajouté automatiquement par technopolice-bot "
                     f"({neutralise(reason)}). Pas le même sujet ? Signalez ce message.</small>"]
    return "\n".join(lines)


EDIT_REASON = "Article modifié par la source (titre ou résumé)"
