"""Threads about prefects' acts (pure): which threads an act goes to, and the French
text of those threads and replies.

By default a thread gathers one kind of act for one commune and one month (« Drones
autorisés à Rennes — novembre 2025 »); each act adds a reply. An act naming more than
`max_communes` communes, or none, goes to its department's thread instead. With
`grouping: act`, each act opens a thread of its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.matching.tags import within_limit
from bot.sources.plaintext import one_line
from bot.threads.render import (
    MONTHS,
    TITLE_MAX,
    french_date,
    neutralise,
    safe_link,
    town_label,
)

KIND_TITLES = {"drone": "Drones autorisés", "videoprotection": "Vidéoprotection autorisée",
               "vsa": "Vidéosurveillance algorithmique autorisée"}
KIND_WORDS = {"drone": "captation d’images par drones (aéronefs)",
              "videoprotection": "système de vidéoprotection demandé par une collectivité "
                                 "ou filmant la voie publique",
              "vsa": "traitement algorithmique des images (VSA)"}
CHANGE_WORDS = {"modification": "modifie", "abrogation": "abroge", "prorogation": "proroge"}
EXCERPT = 500


@dataclass(frozen=True)
class ThreadPlan:
    """A thread an act goes to: its stable key, title, towns and forum tags."""

    key: str
    title: str
    communes: tuple[dict, ...]  # the match's commune entries this thread is about
    tags: tuple[str, ...]
    scope: str  # "commune" | "departement" | "act"


def act_month(act: dict, published: str | None) -> date:
    """The month an act belongs to: its signature's, else its recueil's."""
    when = act.get("signed") or (published or "")[:10]
    return date.fromisoformat(when) if when else date.today()


def plan_threads(match: dict, item_key: str, published: str | None, *, grouping: str,
                 max_communes: int, departement_name: str, max_tags: int) -> list[ThreadPlan]:
    """The threads an act goes to, tagged with their towns and the act's other tags
    (theme, triage)."""
    act, communes = match["act"], match["communes"]
    kind, month = act["kind"], act_month(act, published)
    other_tags = [t for t in match["tags"] if t not in {c["tag"] for c in communes}]
    every_town = within_limit((c["tag"] for c in communes), other_tags, max_tags)
    departement = act.get("departement") or ""
    if grouping == "act":
        town = communes[0] if len(communes) == 1 else None
        where = _at(town["name"]) if town else f"— {departement_name} ({departement})"
        label = act.get("identifier") or french_date(month)
        title = f"{KIND_TITLES[kind]} {where} — arrêté {label}"
        return [ThreadPlan(f"raa:act:{item_key}", _fit(title), tuple(communes), every_town,
                           "act")]
    period = f"{MONTHS[month.month - 1]} {month.year}"
    if not communes or len(communes) > max_communes:
        several = ", plusieurs communes" if communes else ""
        title = f"{KIND_TITLES[kind]} — {departement_name} ({departement}){several} — {period}"
        return [ThreadPlan(f"raa:dep{departement}:{kind}:{month:%Y-%m}", _fit(title),
                           tuple(communes), every_town, "departement")]
    return [ThreadPlan(f"raa:{c['code']}:{kind}:{month:%Y-%m}",
                       _fit(f"{KIND_TITLES[kind]} {_at(c['name'])} — {period}"), (c,),
                       within_limit([c["tag"]], other_tags, max_tags), "commune")
            for c in communes]


def _at(name: str) -> str:
    """« à Rennes », « au Havre », « aux Lilas »."""
    if name.startswith("Le "):
        return "au " + name[3:]
    if name.startswith("Les "):
        return "aux " + name[4:]
    return "à " + name


def _fit(title: str) -> str:
    return one_line(title)[:TITLE_MAX]


def act_block(item: dict, match: dict, source: str) -> str:
    """What the bot says of one act: identifier, link to its page, kind, service,
    purpose, period, communes, why it was kept, and the start of what it decides."""
    act = match["act"]
    identifier = neutralise(one_line(act.get("identifier") or "")) or "sans numéro"
    head = f"**Arrêté n° {identifier}**"
    if act.get("number"):
        head += f" (n° {neutralise(one_line(act['number']))})"
    if act.get("signed"):
        head += f", signé le {french_date(date.fromisoformat(act['signed']))}"
    url = safe_link(item["link"])
    page = act.get("first_page")
    where = f"recueil, page {page}" if page else "recueil"
    source_text = neutralise(one_line(source))
    lines = [head, f"*{neutralise(one_line(item['title']))}*", ""]
    kind = KIND_WORDS[act["kind"]]
    if act.get("change"):
        changed = neutralise(one_line(act.get("changes") or "un arrêté antérieur"))
        kind = f"{CHANGE_WORDS.get(act['change'], 'modifie')} l’arrêté {changed} ({kind})"
    lines.append(f"- **Objet :** {kind}")
    if act.get("service"):
        lines.append(f"- **Service :** {neutralise(act['service'])}")
    if act.get("purposes"):
        lines.append(f"- **Finalité :** {neutralise(', '.join(act['purposes']))}")
    if act.get("period"):
        lines.append(f"- **Période :** {neutralise(act['period'])}")
    if act.get("drones"):
        lines.append(f"- **Drones :** {int(act['drones'])} au plus")
    towns = ", ".join(town_label(c) for c in match["communes"])
    lines.append(f"- **Communes :** {towns or 'aucune commune reconnue dans le périmètre'}")
    lines.append(f"- **Source :** [{where}]({url}) — {source_text}" if url
                 else f"- **Source :** {where} — {source_text}")
    reasons = "; ".join(neutralise(k["term"]) for k in match["keywords"])
    lines.append(f"- **Pourquoi ce message :** {reasons}")
    decided = _decided(item["summary"])
    if decided:
        lines += ["", f"> {neutralise(decided)}"]
    return "\n".join(lines)


def _decided(text: str) -> str:
    """The start of the act's articles, on one line."""
    flat = one_line(text)
    for marker in ("Article 1", "ARTICLE 1", "Art. 1", "Article premier"):
        start = flat.find(marker)
        if start >= 0:
            flat = flat[start:]
            break
    else:
        return ""
    return flat if len(flat) <= EXCERPT else flat[:EXCERPT].rsplit(" ", 1)[0] + " […]"


def thread_body(plan: ThreadPlan, block: str, *, prefecture: str, off_topic_tag: str) -> str:
    """The first post of an acts' thread: what the thread gathers, then the first act."""
    if plan.scope == "act":
        intro = "Arrêté préfectoral publié au recueil des actes administratifs."
    else:
        intro = ("Ce fil rassemble les arrêtés préfectoraux de ce type publiés pour ce "
                 "territoire ce mois-ci ; chaque nouvel arrêté y est ajouté en réponse.")
    return "\n".join([
        intro, "", block, "", "---",
        f"<small>Fil ouvert automatiquement par technopolice-bot depuis le recueil des actes "
        f"administratifs « {neutralise(one_line(prefecture))} ». Vérifiez l’acte avant de "
        f"relayer. Mauvaise commune ou hors sujet ? Signalez le message ou ajoutez "
        f"l’étiquette « {neutralise(off_topic_tag)} » : le bot n’y reviendra pas.</small>"])


def reply_body(block: str) -> str:
    """A reply adding an act to its thread."""
    return "\n".join([block, "", "---", "<small>Ajouté automatiquement par technopolice-bot "
                      "(nouvel arrêté pour ce territoire). Erreur ? Signalez ce message."
                      "</small>"])
