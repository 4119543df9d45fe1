"""What a prefect's act is about (pure): a police drone authorisation, a commune's
video-protection, an algorithmic video-surveillance trial, or nothing for the forum;
and, for those, who flies or films, why, when and with how many drones.

Acts are read through two forms of their text: folded (lower case, no accents, one
space) for phrases, and squashed (no spaces or dots at all) for the legal references
and key words, which PDF extraction often splits or glues ("tra nsmission",
"L.242 -5", "aéronefscaméras").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.matching.text import normalise

DRONE, VIDEOPROTECTION, VSA = "drone", "videoprotection", "vsa"
KINDS = (DRONE, VIDEOPROTECTION, VSA)

# Police and gendarmerie drones: code de la sécurité intérieure, L. 242-1 to L. 242-8.
_DRONE_LAW = re.compile(r"l242-?[1-8]|securiteinterieure[^.]{0,40}242")
_AIRCRAFT = re.compile(r"aeronef|drone|aerienscirculantsanspersonne")
_CAPTURE = re.compile(r"captation|enregistrementetlatransmissiond|camerasinstallees|cameras?"
                      r"(?:embarquees|aeroportees)")
# What looks like a drone act and is not one: no-fly and jamming orders against the
# public's drones, light shows, aerial photography permits (code des transports).
_NOT_POLICE_DRONE = re.compile(
    r"interdi\w*(?:le|de|du)?(?:survol|vol|circulation|decollage)|zoned'interdiction|brouillage|"
    r"neutralisation|spectacle(?:de|lumineux|aerien)|showdedrones|droneshow|"
    r"prisesdevues?aeriennes?|l6224-1|aeromodelisme|manifestationaerienne")
# Acts about the administration itself, which name authorisations without being one.
_ADMINISTRATIVE = re.compile(
    r"\b(?:delegation|subdelegation) de signature|\bportant (?:composition|nomination|"
    r"designation|renouvellement de la composition)|\bdonnant delegation|\binterim\b|"
    r"\bportant organisation (?:des services|de la prefecture)|\bhabilitation\b")
_VSA = re.compile(r"traitements?algorithmiques?|(?:loi|loin)(?:no|n°)?2023-380|"
                  r"analyseautomatisee(?:des)?images|detectionautomatisee")
_VIDEO = re.compile(r"video-?protection|video-?surveillance|systemedecameras")
# Who asked: a public authority filming public space, or a private business.
_PUBLIC_HOLDER = re.compile(
    r"\b(?:maire|mairie|commune|ville|communaute (?:de communes|d'agglomeration|urbaine)|"
    r"metropole|police municipale|centre de supervision urbain|csu|syndicat intercommunal|"
    r"conseil departemental|departement)\b")
_PRIVATE_HOLDER = re.compile(
    r"\b(?:banque|bancaire|credit|caisse d'epargne|pharmacie|sarl|sas|sasu|eurl|sa|snc|sci|"
    r"societe|supermarche|hypermarche|magasin|commerce|boutique|tabac|bureau de tabac|"
    r"boulangerie|restaurant|hotel|bar|station service|carburants|bijouterie|opticien|"
    r"bailleur|office public de l'habitat|habitat|logement|residence|immobilier|syndic|"
    r"coproprietaire|copropriete|gerant|gerante|directeur d'agence|enseigne|franchise|"
    r"etablissement bancaire|agence|clinique|cinema|casino|parking prive|entreprise)\b")
_PUBLIC_SPACE = re.compile(r"\b(?:voie publique|voies publiques|espace public|perimetre "
                           r"video ?protege|perimetres video ?proteges|domaine public)\b")
_PETITIONER = re.compile(r"presentee? par ([^;\n]{3,160})|demande (?:de|du|d'|formulee par) "
                         r"([^;\n]{3,160})")
_AUTHORISED = re.compile(r"article (?:1|1er|premier)\b.{0,12}?([^.;]{3,200}?) est autorise")

SERVICES = (
    ("gendarmerie nationale", r"gendarmerie|groupement de gendarmerie|\bgn\b|\bggd\b|escadron"),
    ("police municipale", r"police municipale|polices municipales"),
    ("police nationale", r"police nationale|securite publique|\bddsp\b|\bdipn\b|\bdtpn\b|"
                         r"\bcrs\b|compagnie republicaine|commissariat|prefecture de police|"
                         r"\bdopc\b|\bdspap\b|\bdsp\b|direction (?:departementale|"
                         r"interdepartementale|territoriale) de la police|\bpaf\b|"
                         r"police aux frontieres"),
    ("douane", r"douane"),
    ("sécurité civile", r"sapeurs pompiers|\bsdis\b|securite civile"),
)
PURPOSES = (
    ("manifestation", r"manifestation|cortege|rassemblement|defile revendicatif|mobilisation"),
    ("rodéos urbains", r"rodeo"),
    ("match", r"\bmatch\b|rencontre (?:de football|sportive)|stade|supporters"),
    ("festival ou événement", r"festival|concert|fete|feu d'artifice|carnaval|braderie|"
                              r"evenement|grand prix|course|marathon|tour de france|salon"),
    ("frontière", r"frontiere|immigration irreguliere|franchissement|passeurs"),
    ("stupéfiants", r"stupefiant|trafic de drogue|point de deal|points de deal|trafics"),
    ("violences urbaines", r"violences urbaines|emeutes|saint sylvestre|nouvel an|"
                           r"14 juillet|quartier de reconquete"),
    ("visite officielle", r"visite officielle|deplacement du president|sommet|"
                          r"deplacement officiel"),
    ("sécurité routière", r"securite routiere|flux de circulation|regulation du trafic"),
)
_WORD_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
                 "sept": 7, "huit": 8, "neuf": 9, "dix": 10}
_COUNT_WORDS = r"\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
_DRONE_COUNT = re.compile(
    rf"nombre maximal[^.\d]{{0,200}}?\b({_COUNT_WORDS})\b|"
    rf"\b({_COUNT_WORDS}|un|une) (?:aeronefs?|drones?|cameras installees sur des aeronefs)\b")
_MODIFIES = re.compile(r"\b(modifi|abrog|prorog|retir)\w*")


@dataclass(frozen=True)
class ActKind:
    """What an act is for the forum (`kind` None: not relevant), and why."""

    kind: str | None
    reasons: tuple[str, ...] = ()
    change: str | None = None  # modification | abrogation | prorogation: of an earlier act
    service: str | None = None
    purposes: tuple[str, ...] = ()
    drones: int | None = None
    notes: tuple[str, ...] = ()  # why not, when not relevant

    @property
    def relevant(self) -> bool:
        return self.kind is not None


def folded(text: str) -> str:
    """Lower case, no accents, apostrophes unified, one space between words."""
    return re.sub(r"\s+", " ", normalise(text, fold_accents=True).replace("- ", "-"))


def squashed(text: str) -> str:
    """No spaces, dots or line breaks: "L. 242 -5" and "L242-5" read the same."""
    return re.sub(r"[\s.'’]+", "", normalise(text.replace("-", "@"), fold_accents=True)
                  ).replace("@", "-")


def classify_act(title: str, text: str) -> ActKind:
    """The act's kind from its title and body, with the signals that decided it."""
    whole = f"{title}\n{text}"
    flat, squashed_text = folded(whole), squashed(whole)
    flat_title, squashed_title = folded(title), squashed(title)
    change = _change(flat_title)
    administrative = _ADMINISTRATIVE.search(flat_title)
    if administrative:
        return ActKind(None, notes=(f"acte d'administration ({administrative.group()})",))
    vsa = _VSA.search(squashed_text)
    if vsa and (_VIDEO.search(squashed_text) or "image" in squashed_text):
        # Algorithmic processing decides, whatever films (fixed cameras or drones).
        return _described(VSA, ("traitement algorithmique des images (VSA)",),
                          change, flat)
    drone = _drone(squashed_text, squashed_title)
    if drone[0]:
        return _described(DRONE, drone[1], change, flat)
    if _VIDEO.search(squashed_title) or (_VIDEO.search(squashed_text) and "autoris" in
                                         squashed_text[:3000]):
        public, why = _public_holder(flat)
        if public:
            return _described(VIDEOPROTECTION, why, change, flat)
        return ActKind(None, notes=why, change=change)
    notes = drone[1] if drone[1] else ("ni drone, ni vidéoprotection, ni VSA",)
    return ActKind(None, notes=notes, change=change)


def _drone(text: str, title: str) -> tuple[bool, tuple[str, ...]]:
    law = _DRONE_LAW.search(text)
    aircraft = _AIRCRAFT.search(text)
    capture = _CAPTURE.search(text)
    refused = _NOT_POLICE_DRONE.search(title) or (not law and _NOT_POLICE_DRONE.search(text))
    if aircraft and refused:
        return False, (f"drones, mais pas une captation policière ({refused.group()})",)
    if aircraft and capture and law:
        article = re.search(r"l242-?([1-8])", law.group())
        return True, ("captation d'images par drones (aéronefs)",
                      "code de la sécurité intérieure, article L. 242"
                      + (f"-{article.group(1)}" if article else ""))
    if aircraft and capture and ("captationdimages" in title or "aeronef" in title):
        return True, ("captation d'images par drones (aéronefs), d'après le titre",)
    return False, ()


def _public_holder(flat: str) -> tuple[bool, tuple[str, ...]]:
    """Did a public authority ask (a commune, its police), or a business?"""
    petitioners = [m.group(1) or m.group(2) for m in _PETITIONER.finditer(flat)]
    petitioners += [m.group(1) for m in _AUTHORISED.finditer(flat)]
    for who in petitioners:
        verdict = _holder(_PUBLIC_HOLDER.search(who), _PRIVATE_HOLDER.search(who),
                          "vidéoprotection demandée par une autorité publique ({})")
        if verdict:
            return verdict
    return _holder(_PUBLIC_SPACE.search(flat), _PRIVATE_HOLDER.search(flat),
                   "vidéoprotection de la {}") or (False, ("vidéoprotection, demandeur inconnu",))


def _holder(public: re.Match | None, private: re.Match | None, public_reason: str
            ) -> tuple[bool, tuple[str, ...]] | None:
    """Public when only a public sign is found, private when a private one is, else
    nothing said."""
    if private:
        return False, (f"vidéoprotection d'un établissement privé ({private.group()})",)
    if public:
        return True, (public_reason.format(public.group()),)
    return None


def _change(flat_title: str) -> str | None:
    found = _MODIFIES.search(flat_title)
    if not found:
        return None
    return {"modifi": "modification", "abrog": "abrogation", "prorog": "prorogation",
            "retir": "abrogation"}[found.group(1)]


def _described(kind: str, reasons: tuple[str, ...], change: str | None, flat: str) -> ActKind:
    operative = operative_part(flat)
    return ActKind(kind, reasons, change, service=_service(operative or flat),
                   purposes=_purposes(flat), drones=_drones(flat) if kind == DRONE else None)


# The decision word between considérants and articles, in folded or original text.
_DECISION = re.compile(r"(?i)\b(?:arr[êeé]t[eé](?:nt)?|d[ée]cid(?:e|ent))\s*:")


def operative_part(text: str) -> str:
    """What the act decides: from `ARRÊTE :` / `DÉCIDE :` to the end ("" if not found);
    `text` folded or as printed."""
    found = _DECISION.search(text)
    return text[found.end():] if found else ""


def _service(text: str) -> str | None:
    found = [(m.start(), name) for name, pattern in SERVICES
             for m in [re.search(pattern, text)] if m]
    return min(found)[1] if found else None


def _purposes(flat: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in PURPOSES if re.search(pattern, flat))


def _drones(flat: str) -> int | None:
    found = _DRONE_COUNT.search(flat)
    if not found:
        return None
    value = found.group(1) or found.group(2)
    return int(value) if value.isdigit() else _WORD_NUMBERS.get(value)


_MONTH = (r"(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|"
          r"decembre)")
_DAY = rf"(\d{{1,2}})(?:er)? {_MONTH} (\d{{4}})"
_TIME = r"(\d{1,2}) ?h ?(\d{2})?"
_RANGE = re.compile(rf"\bdu {_DAY}(?:,? (?:a|de|des|depuis) {_TIME})?,? (?:au|jusqu'au) {_DAY}"
                    rf"(?:,? (?:a|jusqu'a) {_TIME})?")
_ONE_DAY = re.compile(rf"\b(?:le|la journee du|pour la journee du) {_DAY},? (?:de|entre) {_TIME}"
                      rf" (?:a|et|au lendemain) {_TIME}")
_SHORT_RANGE = re.compile(rf"\bdu (\d{{1,2}})(?:er)? au {_DAY}")
_MONTH_NAMES = {"fevrier": "février", "aout": "août", "decembre": "décembre"}


def period(flat: str) -> str | None:
    """When the act applies, in French ("du 8 novembre 2025 à 10 h au 8 novembre 2025 à
    20 h"), read in the operative part first."""
    for text in (operative_part(flat), flat):
        if not text:
            continue
        found = _RANGE.search(text)
        if found:
            g = found.groups()
            return (f"du {_day(g[0:3])}{_at(g[3:5])} au {_day(g[5:8])}{_at(g[8:10])}")
        found = _ONE_DAY.search(text)
        if found:
            g = found.groups()
            return f"le {_day(g[0:3])} de {_clock(g[3:5])} à {_clock(g[5:7])}"
        found = _SHORT_RANGE.search(text)
        if found:
            g = found.groups()
            return f"du {int(g[0])} au {_day(g[1:4])}"
    return None


def _day(parts: tuple) -> str:
    day, month, year = parts
    return f"{int(day)} {_MONTH_NAMES.get(month, month)} {year}"


def _clock(parts: tuple) -> str:
    hour, minute = parts
    return f"{int(hour)} h {minute}" if minute and minute != "00" else f"{int(hour)} h"


def _at(parts: tuple) -> str:
    return f" à {_clock(parts)}" if parts[0] else ""
