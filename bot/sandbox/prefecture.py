"""A prefecture's website on a FeedHost: a listing page of recueils des actes
administratifs with year and month sub-pages, the PDFs they link to, and the noise of
a real site (menus, other sections, a link to another site). For tests and `demo`."""
from __future__ import annotations

import html
from dataclasses import dataclass, field

from bot.sandbox.feeds import FeedHost

ROOT = "/Publications/Recueil-des-actes-administratifs"


@dataclass
class _Recueil:
    year: int
    month: str
    path: str
    label: str


@dataclass
class PrefectureSite:
    """The recueils of one prefecture, laid out as gouv.fr sites do."""

    host: FeedHost
    name: str = "Préfecture de l'Exemple"
    recueils: list[_Recueil] = field(default_factory=list)

    @property
    def url(self) -> str:
        """The listing's address: what a feeds.yaml entry points at."""
        return self.host.url + ROOT

    def publish(self, year: int, month: str, filename: str, pdf: bytes, label: str,
                **options) -> str:
        """Put a recueil on the site (newest first on its month's page); its URL."""
        path = f"/files/raa/{year}/{filename}"
        self.host.serve(path, pdf, content_type="application/pdf", **options)
        self.recueils.insert(0, _Recueil(year, month, path, label))
        self.render()
        return self.host.url + path

    def link_only(self, year: int, month: str, path: str, label: str) -> None:
        """List a link whose target is served (or redirected) separately."""
        self.recueils.insert(0, _Recueil(year, month, path, label))
        self.render()

    def render(self) -> None:
        years = sorted({r.year for r in self.recueils}, reverse=True)
        self.host.serve(ROOT, _page(self.name, "Recueil des actes administratifs", [
            (f"{ROOT}/Annee-{year}", f"Recueils {year}") for year in years]
            + [("/Actualites", "Actualités"), ("https://www.service-public.fr/", "Service public"),
               (f"{ROOT}/Archives-2015", "Archives 2015")]), content_type="text/html")
        for year in years:
            months = list(dict.fromkeys(r.month for r in self.recueils if r.year == year))
            self.host.serve(f"{ROOT}/Annee-{year}", _page(self.name, f"Année {year}", [
                (f"{ROOT}/Annee-{year}/{month}-{year}", f"{month} {year}")
                for month in months] + [(ROOT, "Retour")]), content_type="text/html")
            for month in months:
                self.host.serve(f"{ROOT}/Annee-{year}/{month}-{year}", _page(
                    self.name, f"{month} {year}",
                    [(r.path, f"{r.label} - format : PDF") for r in self.recueils
                     if r.year == year and r.month == month]), content_type="text/html")


def _page(site: str, title: str, links: list[tuple[str, str]]) -> str:
    items = "\n".join(f'<li><a href="{html.escape(href)}">{html.escape(text)}</a></li>'
                      for href, text in links)
    return (f"<!doctype html><html lang=fr><head><meta charset=utf-8><title>{html.escape(title)}"
            f"</title></head><body><nav><a href=\"/\">{html.escape(site)}</a> "
            f"<a href=\"/Contact\">Contact</a></nav><h1>{html.escape(title)}</h1>"
            f"<ul>{items}</ul></body></html>")
