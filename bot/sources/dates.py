"""Feed dates as French feeds write them (pure).

feedparser reads unknown zone names such as CET/CEST as UTC and does not know French
month names; this parser does, and a date without a zone is taken as Paris time.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
_MONTHS = {
    "jan": 1, "janv": 1, "janvier": 1, "january": 1, "feb": 2, "fev": 2, "fevr": 2,
    "fevrier": 2, "february": 2, "mar": 3, "mars": 3, "march": 3, "apr": 4, "avr": 4,
    "avril": 4, "april": 4, "may": 5, "mai": 5, "jun": 6, "juin": 6, "june": 6, "jul": 7,
    "juil": 7, "juillet": 7, "july": 7, "aug": 8, "aou": 8, "aout": 8, "august": 8, "sep": 9,
    "sept": 9, "septembre": 9, "september": 9, "oct": 10, "octobre": 10, "october": 10,
    "nov": 11, "novembre": 11, "november": 11, "dec": 12, "decembre": 12, "december": 12,
}
_ZONES = {  # hours east of UTC
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "MET": 1,
    "CEST": 2, "MEST": 2, "EET": 2, "EEST": 3, "HNEC": 1, "HAEC": 2, "HEC": 1, "HNC": 1,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}
_FOLD = str.maketrans("éèêëûüôîïàâç", "eeeeuuoiiaac")
_TEXT_DATE = re.compile(
    r"^(?:[a-z]+\.?,?\s+)?(?P<day>\d{1,2})(?:er)?\s+(?P<month>[a-z]+)\.?\s+(?P<year>\d{4})"
    r"(?:\s*(?:a\s+|,\s*|\s+)?(?P<hour>\d{1,2})\s*[:h]\s*(?P<minute>\d{2})?"
    r"(?::(?P<second>\d{2}))?)?"
    r"(?:\s*(?P<zone>[a-z]{1,5}|[+-]\d{2}:?\d{2}))?\s*$")


def day_of(day: str, month: str, year: str) -> date | None:
    """`3`, `novembre` (or `nov.`, `Novembre`), `2025` as a date, or None."""
    number = _MONTHS.get(month.lower().rstrip(".").translate(_FOLD))
    if number is None:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


def parse_date(text: str | None) -> datetime | None:
    """An aware UTC datetime, or None if `text` is not a date this parser knows."""
    if not text or not text.strip():
        return None
    text = text.strip()
    iso = _iso(text)
    if iso is not None:
        return iso
    match = _TEXT_DATE.match(text.lower().translate(_FOLD))
    if not match or match["month"].rstrip(".") not in _MONTHS:
        return None
    try:
        moment = datetime(int(match["year"]), _MONTHS[match["month"].rstrip(".")],
                          int(match["day"]), int(match["hour"] or 0), int(match["minute"] or 0),
                          int(match["second"] or 0))
    except ValueError:
        return None
    return _with_zone(moment, match["zone"])


def _iso(text: str) -> datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=PARIS)
    return moment.astimezone(timezone.utc)


def _with_zone(moment: datetime, zone: str | None) -> datetime | None:
    if zone is None:
        return moment.replace(tzinfo=PARIS).astimezone(timezone.utc)
    zone = zone.upper()
    if zone in _ZONES:
        offset = timedelta(hours=_ZONES[zone])
    elif re.fullmatch(r"[+-]\d{2}:?\d{2}", zone):
        digits = zone.replace(":", "")
        offset = timedelta(hours=int(digits[1:3]), minutes=int(digits[3:5]))
        offset = -offset if digits[0] == "-" else offset
    else:
        return None
    return moment.replace(tzinfo=timezone(offset)).astimezone(timezone.utc)
