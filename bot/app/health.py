"""The feed-health report posted to a staff category, in French: one thread per period
(a week by default; its first post updated, never a new thread per run)."""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.config import Config
from bot.errors import PublishError
from bot.forum.base import Forum, ThreadDraft
from bot.logs import event
from bot.state.store import Store
from bot.threads.moderation import KEPT, REJECTED
from bot.threads.render import french_date, neutralise
from bot.threads.verdicts import verdict_table

NOISY_REJECTED = 3  # rejected threads in a feed before it is called noisy
EDIT_REASON = "Rapport de santé mis à jour"


@dataclass(frozen=True)
class Report:
    external_id: str
    title: str
    body: str


_ANCHOR = datetime(2024, 1, 1)  # a Monday: 7-day periods start on Mondays


def period_start(now: datetime, days: int = 7) -> datetime:
    """Start of the report period containing `now` (periods of `days`, Monday-aligned)."""
    anchor = _ANCHOR.replace(tzinfo=now.tzinfo)
    elapsed = (now - anchor).days
    return anchor + timedelta(days=elapsed - elapsed % days)


def build_report(config: Config, feeds: list[dict], last_new: dict[str, str],
                 per_feed: dict[str, Counter], numbers: dict[str, int], now: datetime) -> Report:
    """The week's report (pure)."""
    days = config.forum.health_period_days
    start = period_start(now, days)
    end = start + timedelta(days=days - 1)
    enabled = {f.name for f in config.feeds if f.enabled}
    failing = [f for f in feeds if f["name"] in enabled and f["failures"]]
    silent_before = (now - timedelta(days=config.forum.silent_days)).isoformat()
    silent = [name for name in sorted(enabled)
              if name not in {f["name"] for f in failing}
              and (last_new.get(name) or "") < silent_before]
    noisy = sorted(((name, c) for name, c in per_feed.items() if c[REJECTED] >= NOISY_REJECTED),
                   key=lambda kv: -kv[1][REJECTED])
    lines = [f"Du {french_date(start)} au {french_date(end)} (mis à jour le "
             f"{french_date(now)}).", "", "## La période en chiffres", "",
             f"- articles lus : {numbers['seen']}, dont pertinents : {numbers['relevant']}",
             f"- fils ouverts : {numbers['opened']}, réponses ajoutées : {numbers['replies']}, "
             f"messages mis à jour : {numbers['edits']}",
             f"- avis des modérateurs sur les fils de la période : {numbers['kept']} gardés, "
             f"{numbers['rejected']} rejetés", "", f"## Flux en erreur ({len(failing)})", ""]
    lines += [f"- **{neutralise(f['name'])}** : {f['failures']} échec(s) de suite, "
              f"{_since(f)} — {french_error(f['last_error'], f['last_status'])}"
              for f in failing] or ["Aucun."]
    lines += ["", f"## Flux silencieux depuis plus de {config.forum.silent_days:g} jours "
                  f"({len(silent)})", ""]
    lines += [f"- **{neutralise(name)}** : dernier article nouveau le "
              f"{(last_new.get(name) or 'jamais')[:10]}" for name in silent] or ["Aucun."]
    lines += ["", f"## Flux dont beaucoup de fils sont rejetés ({len(noisy)})", ""]
    lines += [f"- **{neutralise(name)}** : {c[REJECTED]} rejetés, {c[KEPT]} gardés"
              for name, c in noisy] or ["Aucun."]
    lines += ["", "---", "<small>Rapport tenu à jour automatiquement par technopolice-bot "
                         "(un fil par période).</small>"]
    return Report(f"tpb-health-{start:%Y%m%d}-{days}d",
                  f"Santé des flux de veille — du {french_date(start)} au {french_date(end)}",
                  "\n".join(lines))


# What a maintainer can read in a feed's last error, in French (the log keeps the
# English details): the first pattern found in the error wins.
_ERRORS = (
    ("HTTP 401", "le site demande une connexion"),
    ("HTTP 403", "le site refuse le bot (essayer un `user_agent` propre à ce flux)"),
    ("HTTP 404", "adresse introuvable : le flux a changé d’adresse ou a disparu, corriger "
                 "son `url` dans feeds.yaml"),
    ("HTTP 410", "flux supprimé par l’éditeur : le désactiver ou le remplacer dans feeds.yaml"),
    ("HTTP 429", "le site limite le nombre de requêtes"),
    ("HTTP 5", "le site est en panne ou indisponible"),
    ("timed out", "le site ne répond pas à temps"),
    ("cannot resolve", "nom de domaine introuvable"),
    ("internal address", "adresse interne refusée"),
    ("network error", "erreur réseau"),
    ("larger than", "réponse trop volumineuse"),
    ("HTML page", "l’adresse donne une page web, pas un flux RSS ou Atom"),
    ("empty response", "réponse vide"),
    ("not a feed", "le document n’est pas un flux RSS ou Atom"),
    ("not a readable feed", "flux illisible"),
    ("redirects", "trop de redirections"),
)


def french_error(error: str | None, status: int | None = None) -> str:
    """A feed's last error for the French report (details: `technopolice-bot status`)."""
    text = error or ""
    if status and f"HTTP {status}" not in text:
        text = f"HTTP {status} {text}"
    for pattern, french in _ERRORS:
        if pattern in text:
            return french
    return "erreur inattendue (détails : `technopolice-bot status`)"


def _since(feed: dict) -> str:
    if feed["last_success_at"]:
        last = datetime.fromisoformat(feed["last_success_at"])
        return f"dernière lecture réussie le {french_date(last)}"
    return "jamais lu depuis son ajout"


def current_report(config: Config, store: Store, now: datetime) -> Report:
    """The report of the period containing `now`, from the database."""
    per_feed, _ = verdict_table(store.verdict_rows())
    since = period_start(now, config.forum.health_period_days).isoformat()
    return build_report(config, store.feeds(), store.last_new_item(), per_feed,
                        store.week_numbers(since), now)


def post_report(config: Config, store: Store, forum: Forum, now: datetime) -> Report | None:
    """Create this period's thread, or update its first post."""
    if config.forum.health_category is None:
        return None
    report = current_report(config, store, now)
    try:
        topic = forum.find_topic(report.external_id)
        if topic is None:
            forum.create_topic(ThreadDraft(report.external_id, report.title, report.body,
                                           ("sante-des-flux",), config.forum.health_category))
        elif topic.post_id:
            forum.edit_post(topic.post_id, report.body, EDIT_REASON)
    except PublishError as exc:
        event("health.failed", logging.ERROR, error=str(exc))
        return None
    event("health.posted", thread=report.external_id)
    return report
