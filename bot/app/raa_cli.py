"""`technopolice-bot raa test URL|FILE.pdf`: what the bot reads in a prefecture's
recueil (acts, kind, communes, period, pages without text), posting nothing."""
from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import click

from bot.config import DEFAULT_RAA_EVERY, Config, FeedConfig, ForumConfig, load_config
from bot.errors import BotError, ConfigError
from bot.matching.acts import ActInput, match_act
from bot.matching.communes import gazetteer
from bot.sources.acts import split_recueil
from bot.sources.base import SourceItem, SourceState, Validators
from bot.sources.fetch import download, make_client
from bot.sources.listing import Link, is_pdf
from bot.sources.pdftext import pdf_text
from bot.sources.raa import RaaSource
from bot.threads.acts import plan_threads

TEST_MAX_PDFS = 3


@click.group()
def raa() -> None:
    """Prefectures' recueils des actes administratifs."""


@raa.command("test")
@click.argument("target")
@click.option("--departement", default=None,
              help='The prefecture\'s department (INSEE code, e.g. "35"); default: the '
                   "feeds.yaml entry with this url.")
@click.option("--config", "config_path", default="feeds.yaml", show_default=True,
              type=click.Path(dir_okay=False))
def test_command(target: str, departement: str | None, config_path: str) -> None:
    """Read a recueil (a PDF file or URL) or a prefecture's listing page, and show its
    acts: kind, communes, period, threads; nothing is posted or stored."""
    config = _config(config_path)
    entry = next((f for f in config.feeds if f.url == target), None) if config else None
    departement = departement or (entry.departement if entry else None)
    if departement is None or departement not in gazetteer().departements:
        raise click.UsageError("give the prefecture's department: --departement 35")
    forum = config.forum if config else ForumConfig()
    try:
        if Path(target).is_file():
            _show_file(Path(target), target, departement, forum, config)
        elif is_pdf(Link(target, "")):
            with tempfile.TemporaryDirectory() as folder, make_client() as client:
                fetched = download(client, target, folder,
                                   allow_private=bool(config and config.allow_private_networks),
                                   max_bytes=(config.raa.max_pdf_mb if config else 100) << 20)
                assert fetched.path is not None
                _show_file(Path(fetched.path), target, departement, forum, config)
        else:
            _show_listing(target, departement, forum, config)
    except BotError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)


def _config(path: str) -> Config | None:
    if not Path(path).exists():
        return None
    try:
        return load_config(path)
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)


def _show_file(path: Path, label: str, departement: str, forum: ForumConfig,
               config: Config | None) -> None:
    text = pdf_text(path, ocr=bool(config and config.raa.ocr))
    acts = split_recueil(text.pages)
    items = [SourceItem("", f"{label}#page={a.first_page}", a.title, a.text, None)
             for a in acts]
    results = [(a.first_page, a.last_page, a.identifier, a.signed, item)
               for a, item in zip(acts, items)]
    click.echo(f"{label}: {len(text.pages)} pages, pages without text: {len(text.scanned)}"
               + (f" (read by OCR: {len(text.ocr_pages)})" if text.ocr_pages else "")
               + f", {len(acts)} acts")
    _show_acts(results, departement, forum, config)


def _show_listing(url: str, departement: str, forum: ForumConfig,
                  config: Config | None) -> None:
    feed = FeedConfig("raa test", url, "raa", DEFAULT_RAA_EVERY, departement=departement)
    settings = replace(config.raa, max_pdfs=TEST_MAX_PDFS) if config else None
    with make_client() as client:
        source = RaaSource(feed, client, settings or _default_settings(),
                           allow_private=bool(config and config.allow_private_networks),
                           max_age_days=3650)
        fetched = source.fetch(SourceState(Validators(), None))
    if fetched.error is not None:
        raise fetched.error
    pages = [d for d in fetched.documents if d["kind"] == "page"]
    recueils = [d for d in fetched.documents if d["kind"] == "pdf"]
    click.echo(f"{url}: {len(pages)} listing pages, {len(recueils)} recueils read"
               f"{f', {fetched.waiting} more not read (limit {TEST_MAX_PDFS})' if fetched.waiting else ''}")
    for record in recueils:
        click.echo(f"  {record['url']}: {record['status']}, {record.get('pages', 0)} pages, "
                   f"pages without text: {record.get('scanned', 0)}, {record.get('acts', 0)} acts"
                   f"{' — ' + record['detail'] if record.get('detail') else ''}")
    results = [(i.act.first_page, i.act.last_page, i.act.identifier, i.act.signed, i)
               for i in fetched.items or () if i.act]
    _show_acts(results, departement, forum, config)


def _default_settings():
    from bot.config import RaaConfig

    return RaaConfig(max_pdfs=TEST_MAX_PDFS)


def _show_acts(results: list[tuple], departement: str, forum: ForumConfig,
               config: Config | None) -> None:
    relevant = 0
    for first, last, identifier, signed, item in results:
        match = match_act(ActInput(item.title, item.summary, departement, identifier, signed),
                          forum)
        data = match.to_json(forum)
        pages = f"p. {first}-{last}"
        if not match.relevant:
            click.echo(f"  {pages:10} {identifier or '(no number)'}  not relevant: "
                       f"{'; '.join(data['act']['why_not'])}")
            click.echo(f"             {item.title[:110]}")
            continue
        relevant += 1
        towns = ", ".join(f"{c['name']} ({c['code']})" for c in data["communes"]) or "no commune"
        click.echo(f"  {pages:10} {identifier or '(no number)'}  {data['act']['kind']}"
                   f"{' (' + data['act']['change'] + ')' if data['act']['change'] else ''}  "
                   f"{towns}")
        click.echo(f"             {item.title[:110]}")
        act = data["act"]
        details = [f"service: {act['service'] or '-'}",
                   f"purposes: {', '.join(act['purposes']) or '-'}",
                   f"period: {act['period'] or '-'}", f"drones: {act['drones'] or '-'}"]
        click.echo(f"             {'; '.join(details)}")
        click.echo(f"             why: {'; '.join(k['term'] for k in data['keywords'])}")
        act.update(departement=departement, signed=signed.isoformat() if signed else None,
                   identifier=identifier)
        plans = plan_threads(data, "test", None, grouping=config.raa.grouping if config
                             else "month", max_communes=config.raa.max_communes if config else 5,
                             departement_name=gazetteer().departements[departement][0],
                             triage_tag=forum.triage_tag, max_tags=forum.max_tags)
        click.echo(f"             threads: {'; '.join(p.title for p in plans)}")
    click.echo(f"{relevant} relevant act(s) of {len(results)}; nothing was posted.")
