"""`technopolice-bot raa test URL|FILE.pdf`: what the bot reads in a prefecture's
recueil (acts, kind, communes, period, pages without text), posting nothing."""
from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import click

from bot.config import DEFAULT_RAA_EVERY, Config, FeedConfig, ForumConfig, RaaConfig
from bot.errors import BotError
from bot.matching.acts import ActInput, match_act
from bot.matching.communes import gazetteer
from bot.sources.base import SourceItem, SourceState, Validators
from bot.sources.fetch import download, make_client
from bot.sources.listing import Link, is_pdf
from bot.sources.pdftext import pdf_text
from bot.sources.raa import RaaSource, recueil_items
from bot.threads.acts import plan_threads

TEST_MAX_PDFS = 3


def test_recueil(target: str, departement: str | None, config: Config | None) -> None:
    """Read a recueil (a PDF file or URL) or a prefecture's listing page, and show its
    acts: kind, communes, period, threads; nothing is posted or stored. `config`: the
    feeds.yaml in use, if there is one."""
    entry = next((f for f in config.feeds if f.url == target), None) if config else None
    departement = departement or (entry.departement if entry else None)
    if departement is None or departement not in gazetteer().departements:
        raise click.UsageError("give the prefecture's department: --departement 35")
    settings = replace(config.raa if config else RaaConfig(), max_pdfs=TEST_MAX_PDFS)
    allow_private = bool(config and config.allow_private_networks)
    forum = config.forum if config else ForumConfig()
    try:
        if Path(target).is_file():
            _show_file(Path(target), target, departement, forum, settings)
        elif is_pdf(Link(target, "")):
            with tempfile.TemporaryDirectory() as folder, make_client() as client:
                fetched = download(client, target, folder, allow_private=allow_private,
                                   max_bytes=settings.max_pdf_mb << 20)
                assert fetched.path is not None
                _show_file(Path(fetched.path), target, departement, forum, settings)
        else:
            _show_listing(target, departement, forum, settings, allow_private)
    except BotError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)


def _show_file(path: Path, label: str, departement: str, forum: ForumConfig,
               settings: RaaConfig) -> None:
    text = pdf_text(path, ocr=settings.ocr)
    items = recueil_items(text, label, departement, date.today())
    click.echo(f"{label}: {len(text.pages)} pages, pages without text: {len(text.scanned)}"
               + (f" (read by OCR: {len(text.ocr_pages)})" if text.ocr_pages else "")
               + f", {len(items)} acts")
    _show_acts(items, departement, forum, settings)


def _show_listing(url: str, departement: str, forum: ForumConfig, settings: RaaConfig,
                  allow_private: bool) -> None:
    feed = FeedConfig("raa test", url, "raa", DEFAULT_RAA_EVERY, departement=departement)
    with make_client() as client:
        source = RaaSource(feed, client, settings, allow_private=allow_private,
                           max_age_days=3650)
        fetched = source.fetch(SourceState(Validators(), None))
    if fetched.error is not None:
        raise fetched.error
    pages = [d for d in fetched.documents if d["kind"] == "page"]
    recueils = [d for d in fetched.documents if d["kind"] == "pdf"]
    more = (f", {fetched.waiting} more not read (limit {TEST_MAX_PDFS})" if fetched.waiting
            else "")
    click.echo(f"{url}: {len(pages)} listing pages, {len(recueils)} recueils read{more}")
    for record in recueils:
        click.echo(f"  {record['url']}: {record['status']}, {record.get('pages', 0)} pages, "
                   f"pages without text: {record.get('scanned', 0)}, {record.get('acts', 0)} acts"
                   f"{' — ' + record['detail'] if record.get('detail') else ''}")
    _show_acts(list(fetched.items or ()), departement, forum, settings)


def _show_acts(items: list[SourceItem], departement: str, forum: ForumConfig,
               settings: RaaConfig) -> None:
    relevant = 0
    for item in items:
        ref = item.act
        assert ref is not None
        match = match_act(ActInput(item.title, item.summary, departement, ref.identifier,
                                   ref.signed), forum)
        data = match.to_json(forum)
        act = data["act"]
        head = f"  p. {ref.first_page}-{ref.last_page}".ljust(13) + \
            f"{ref.identifier or '(no number)'}  "
        if not match.relevant:
            click.echo(f"{head}not relevant: {'; '.join(act['why_not'])}")
            click.echo(f"             {item.title[:110]}")
            continue
        relevant += 1
        towns = ", ".join(f"{c['name']} ({c['code']})" for c in data["communes"]) or "no commune"
        change = f" ({act['change']})" if act["change"] else ""
        click.echo(f"{head}{act['kind']}{change}  {towns}")
        click.echo(f"             {item.title[:110]}")
        details = [f"service: {act['service'] or '-'}",
                   f"purposes: {', '.join(act['purposes']) or '-'}",
                   f"period: {act['period'] or '-'}", f"drones: {act['drones'] or '-'}"]
        click.echo(f"             {'; '.join(details)}")
        click.echo(f"             why: {'; '.join(k['term'] for k in data['keywords'])}")
        act.update(departement=departement, identifier=ref.identifier,
                   signed=ref.signed.isoformat() if ref.signed else None)
        plans = plan_threads(data, "test", None, grouping=settings.grouping,
                             max_communes=settings.max_communes,
                             departement_name=gazetteer().departements[departement][0],
                             max_tags=forum.max_tags)
        click.echo(f"             threads: {'; '.join(p.title for p in plans)}")
    click.echo(f"{relevant} relevant act(s) of {len(items)}; nothing was posted.")
