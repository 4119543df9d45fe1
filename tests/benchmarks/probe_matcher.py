#!/usr/bin/env python3
"""Probe the matcher with labelled items changed in ways whose answer is known, to find
kinds of errors no labelled item shows yet. Uses the looked part of the dev sets and
our written sets, never the unseen quarter.

    python tests/benchmarks/probe_matcher.py roles [--seed N] [--items 300] [--national] [-v]
    python tests/benchmarks/probe_matcher.py swaps [--seed N] [--pool plain|word|article] [-v]
    python tests/benchmarks/probe_matcher.py titles [-v]
    python tests/benchmarks/probe_matcher.py shortforms [--style apart|beside] [-v]
    python tests/benchmarks/probe_matcher.py venues [--seed N] [-v]
    python tests/benchmarks/probe_matcher.py intercommunalities [-v]
    python tests/benchmarks/probe_matcher.py clubs [-v]
    python tests/benchmarks/probe_matcher.py outlets [-v]
    python tests/benchmarks/probe_matcher.py wordtowns [-v]
    python tests/benchmarks/probe_matcher.py overseas [-v]
    python tests/benchmarks/probe_matcher.py abroad [-v]
    python tests/benchmarks/probe_matcher.py districts [-v]
    python tests/benchmarks/probe_matcher.py roads [-v]
    python tests/benchmarks/probe_matcher.py facilities [-v]
    python tests/benchmarks/probe_matcher.py spellings [-v]
    python tests/benchmarks/probe_matcher.py adjectives [-v]

`roles` appends to labelled relevant items one sentence naming another town: in a role
that is no deployment (a talk's venue, a lawyer's office, a past post…), the town should
not be tagged; in one that is (« Du côté de Y, les caméras-piétons sont en service »),
it should. Prints, per role, how often the matcher got it wrong. `--national` appends
to the relevant items that name no commune (laws, regulators, vendors), where a town
named in passing is often the only one.

`swaps` replaces, in each labelled item naming one commune, that commune's name by
another's (unique names of 10,000 to 100,000 people, names that are also words, or
names with an article) and checks that the new commune is tagged. Some failures are
the swap's own doing (a department named beside the old town, a short form in the
title): read them before fixing anything.

`titles` gives the matcher each labelled press item's title alone, as some feeds do,
and counts relevant items found and false alarms (a title says less than its summary:
both are expected to be worse than with the summary).

`shortforms` writes, for every town of 8,000 or more whose name's first part is a short
form the press uses (« Saint-Leu » for Saint-Leu-la-Forêt, « Brive »), clearly the
largest so named in its department and with no commune of that exact name there, a
story calling it by the short form with its department named in another sentence
(`apart`) or in brackets after it (`beside`), and counts the stories not tagged with
that town and that town alone. Some short forms stay out on purpose: a name that is
also a word (« Fontaine »), or one a city elsewhere bears (« Chartres » in a story of
the Ille-et-Vilaine) unless the department is written beside it.

`venues` appends to three national stories, eight times each with a town of 20,000 or
more drawn at random, each of 89 sentences saying where something was said, shown,
held or visited (« Le texte a été présenté mardi à Y. », « Le ministre a reçu les
maires à Y. »): none names a deployment, so the town should never be tagged.

`intercommunalities` writes a story whose only place is an intercommunality (each of the
EPCI and EPT of tests/data/intercommunalities.txt, written by scripts/build_communes.py),
with its kind spelled out and bare: « La communauté de communes d'Erdre et Gesvres a voté
l'installation de quarante caméras… ». The labels tag no commune for an intercommunality;
counts the stories tagged with one. Some failures are of the bare name only, which the
press rarely writes alone (« Cattenom et Environs »).

`clubs` writes three stories about a match's security for each of 48 clubs named as the
press does (« l'AC Ajaccio », « les Dragons de Rouen »), none saying where the match is
played: none should be tagged.

`outlets` writes five stories about Saint-Lô citing each of 50 outlets (« selon
Nice-Matin », « interrogé par Ici Paris »): no other town should be tagged.

`wordtowns` writes ten stories of a deployment (cameras, drones, LAPI, a mayor's
refusal…) in each town of 15,000 or more whose name is also a word or a first name
(Paris, Tours, Sens, Vichy, Orange…): each should be tagged.

`overseas` writes three stories for each commune of Guadeloupe, Martinique, Guyane, La
Réunion and Mayotte, the island named as the press does (« Guadeloupe : X installe… »,
« La commune, en Guadeloupe, … », « des drones … à Mayotte »): each should be tagged
with that town alone, whatever its mainland homonyms.

`abroad` writes, for 20 foreign towns that share a French commune's name (Vienne,
Bruges, Valence, Cologne, Saint-Louis…), placed abroad as the press does (« Vienne, en
Autriche », « Aoste (Italie) », « la ville belge de Mons »), a story set there and one
where a French town follows its example, and two stories set abroad by their title or
first words (« Suisse : la police de Sion… », « En Suisse, la ville de Sion… »): the
French town alone should be tagged, or none.

`districts` writes, for 33 districts of ten cities named like communes elsewhere
(Noailles and Sainte-Marthe in Marseille, Moulins in Lille, Maurepas in Rennes…), two
items of the city's council feed and one press story titled with the city, each
placing cameras in the district without saying « quartier »: only the city should be
tagged.

`roads` writes, for 15 cities, a story placing cameras on each of 16 kinds of road named
after where it leads (« au giratoire de Niort », « sur la route de Bayonne »), naming a
town of another department: only the city should be tagged. (A toll, an interchange or
a car park « de X » stands in X, and is left out.)

`facilities` writes, for three cities, a story placing cameras near each of 26 kinds of
facility named after a saint that is also the short form of a town nearby (« l'hôpital
Saint-Pierre » in Rouen, beside Saint-Pierre-lès-Elbeuf): only the city should be
tagged.

`spellings` rewrites, in each labelled relevant item, each tagged town's name as the
press also writes it: hyphens as spaces (« Chalon sur Saône »), « St- » and « Ste- »,
without its accents, an apostrophe curled; and the title in capitals. Counts, per
spelling, the towns then lost and the stories then given a town they were not.
"""
from __future__ import annotations

import argparse
import collections
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from bot.config import ForumConfig, MatchingConfig
from bot.matching.communes import Commune, gazetteer
from bot.matching.matcher import MatchInput, match_item
from bot.matching.mention import LINK_WORDS
from bot.matching.places import Scope
from bot.matching.text import normalise
from bot.sources.plaintext import summary_text, title_text

sys.path.insert(0, str(Path(__file__).parent))
from eval_matcher import load_items, part_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEV = [ROOT.parent / "shared" / "eval" / name for name in ("dev.jsonl", "dev2.jsonl")]

# Roles that are no deployment in the town named: it should not be tagged.
NOT_THE_PLACE = (
    "Le maire, ancien adjoint à la sécurité de {Y}, défend le projet.",
    "Selon une étude de l'université de {Y}, l'effet des caméras reste discuté.",
    "Le tribunal administratif de {Y} a été saisi par une association.",
    "Comme à {Y}, les images seront conservées trente jours.",
    "Un habitant de {Y}, de passage, s'est dit surpris.",
    "L'installation a été confiée à une entreprise de {Y}.",
    "Le député de {Y} a salué l'initiative.",
    "La commune se trouve à 40 km de {Y}.",
    "Le projet s'inspire de ce qui a été fait à {Y} en 2019.",
    "Un colloque sur la vidéoprotection s'est tenu à {Y} le mois dernier.",
    "L'avocat de l'association, installé à {Y}, envisage un recours.",
    "Le préfet, qui était auparavant en poste à {Y}, a signé l'arrêté.",
    "Les données seront hébergées dans un centre informatique à {Y}.",
    "Le chercheur, qui enseigne à {Y}, a étudié trente villes.",
    "Le directeur de la police municipale a été recruté à {Y}.",
    "Le dispositif a été présenté au salon Milipol, à {Y}.",
    "Le maire a longtemps travaillé à {Y} avant d'être élu.",
    "Les bus de la ligne vers {Y} seront aussi équipés.",
    "La formation des opérateurs aura lieu à {Y}.",
    "Le projet a été primé lors d'un concours organisé à {Y}.",
    "Les opposants ont lancé une pétition depuis {Y}.",
    "Selon le quotidien régional, dont la rédaction est à {Y}, le coût a doublé.",
    "Le vote a eu lieu à l'hôtel de région, à {Y}.",
    "Le rapport de l'inspection, rédigé à {Y}, reste confidentiel.",
    "Le projet rappelle l'expérience menée à {Y}.",
    "Le système est comparable à celui de {Y}.",
    "Les caméras ont été testées dans un laboratoire à {Y}.",
    "L'élu a cité une étude de l'Insee sur {Y}.",
    "La réunion s'est tenue en visioconférence avec la préfecture de {Y}.",
    "La société, installée à {Y}, emploie douze techniciens.",
    "Les images seront conservées sur un serveur à {Y}.",
    "Le maire a présenté le projet à ses homologues réunis à {Y}.",
    "L'étude a été menée par des chercheurs de {Y}.",
    "La chambre d'agriculture de {Y} demande des caméras contre les vols de matériel.",
    "La direction interdépartementale des routes, à {Y}, gère les caméras de l'autoroute.",
    "Le syndicat de police de {Y} réclame plus d'agents.",
    "En déplacement à {Y}, le ministre a annoncé un plan national.",
    "Le rapporteur du texte, élu de {Y}, le défend.",
    "Le bilan a été présenté à {Y}, au siège de l'entreprise.",
    "Réunis en congrès à {Y}, les maires réclament une loi.",
    "Le logiciel est né dans un laboratoire de {Y}.",
    "Le marché a été attribué à l'agence de {Y} d'un installateur.",
    "Les images seront transmises à la gendarmerie de {Y}.",
    "Un débat public aura lieu, comme celui organisé à {Y}.",
    "La ministre, interrogée à {Y}, a défendu le texte.",
    "Les appareils seront livrés par un industriel de {Y}.",
    "Le procédé avait été expérimenté pour la première fois à {Y}, en 2008.",
    "En 2015, {Y} avait testé un dispositif semblable, jamais reconduit.",
    "{Y}, voisine, n'en a jamais acquis.",
    "Le système a été présenté au parc des expositions de {Y}.",
    "Deux agents ont été formés au pilotage à {Y}.",
    "À l’instar de {Y}, la ville a choisi un prestataire local.",
    "Le rapport {Y}, remis au ministre, recommande une loi d'expérimentation.",
    "La ministre a présenté le texte à {Y}, lors d'un colloque.",
    "Le maire, qui a grandi à {Y}, défend le projet.",
    "Les caméras viendront de l'usine de {Y} du groupe.",
    "Le texte sera présenté mercredi, a annoncé la ministre depuis {Y}.",
    "Une association de {Y} a lancé une pétition nationale.",
    "Le collectif, qui a réuni ses militants samedi à {Y}, appelle à manifester.",
    "Une sénatrice socialiste élue à {Y} s'oppose au texte.",
    "Son fondateur, installé désormais à {Y}, a changé de métier.",
    "Le test s'inspire de celui mené par la RATP à {Y}.",
    "Le texte a été présenté mardi à {Y}.",
    "Le ministre l'a annoncé lors d'un discours à {Y}.",
    "Le syndicat a tenu son assemblée générale à {Y}.",
    "Le ministre était vendredi à {Y} pour inaugurer un commissariat.",
    "Le nouveau commissaire, qui dirigeait jusqu'ici le service de {Y}, arrive lundi.",
    "L'arrêté a été signé par le sous-préfet de {Y}.",
    "La cour administrative d'appel de {Y} doit encore se prononcer.",
    "Le fabricant, une PME de la région de {Y}, livrera les appareils en mars.",
    "Les plans ont été dessinés par un cabinet d'architectes de {Y}.",
    "Le prestataire retenu a son siège social à {Y}.",
    "Le chef de projet vient de la police municipale de {Y}, où il a passé dix ans.",
    "Originaire de {Y}, l'adjoint à la sécurité porte le dossier.",
    "La députée, qui habite {Y}, a écrit au préfet.",
    "Un expert venu de {Y} a présenté les résultats.",
    "Le conseil a regardé une vidéo tournée à {Y} par le fournisseur.",
    "La commune a acheté les caméras par l'intermédiaire d'une centrale d'achat basée à {Y}.",
    "Le texte a été adopté au Sénat, à l'initiative d'un sénateur de {Y}.",
    "Le juge des référés de {Y} a rejeté la demande de l'association.",
    "Les manifestants étaient venus en bus de {Y}.",
    "La cérémonie aura lieu à la salle des fêtes, route de {Y}.",
    "Les caméras surveilleront le rond-point de la route de {Y}.",
    "La ville n'est qu'à un quart d'heure de {Y}.",
    "Le dossier a été instruit par les services de l'État à {Y}.",
    "La start-up, fondée par deux ingénieurs de {Y}, lève des fonds.",
    "La Ligue des droits de l'homme de {Y} dénonce un projet disproportionné.",
    "L'ancien maire, devenu conseiller régional à {Y}, critique le coût.",
    "Le logiciel a été mis au point par une entreprise née à {Y}.",
    "Le centre de formation de la police, situé à {Y}, accueillera les opérateurs.",
    "Selon la chambre régionale des comptes, installée à {Y}, la dépense est mal évaluée.",
    "Contrairement à sa voisine {Y}, la ville ne veut pas de drone.",
    "Le coût est deux fois moindre qu'à {Y}.",
    "Le maire s'est rendu à {Y} pour voir le dispositif fonctionner.",
    "La décision du tribunal de {Y} est attendue la semaine prochaine.",
    "Le dossier sera plaidé devant le tribunal judiciaire de {Y} en juin.",
    "Le recours a été déposé au greffe de {Y}.",
    "La journaliste de France 3 {Y} a suivi les opérateurs une nuit entière.",
    "L'édition de {Y} du quotidien a publié les chiffres.",
    "Les agents ont suivi un stage au centre national de formation de {Y}.",
    "Les caméras sont fabriquées dans une usine près de {Y}.",
    "Le produit est distribué par un grossiste de la banlieue de {Y}.",
    "Le commandant de la compagnie de gendarmerie de {Y} a donné son avis.",
    "Un ancien policier de {Y} témoigne dans le documentaire.",
    "Le chef de la police municipale, passé par {Y}, connaît bien ces outils.",
    "Le maire était autrefois conseiller municipal à {Y}.",
    "Les supporters du club de {Y} seront aussi filmés au stade de la ville.",
    "Le projet sera présenté au Salon des maires, après une première étape à {Y}.",
    "L'élu a cité l'exemple de {Y}, où la délinquance n'a pas baissé.",
    "Les résultats sont décevants, à l'image de ceux obtenus à {Y}.",
    "La ville s'est inspirée de sa jumelle {Y} pour le règlement.",
    "Un dispositif similaire à celui de {Y} est envisagé.",
    "Le projet est calqué sur celui de {Y}.",
    "La ville suit la voie ouverte par {Y}.",
    "Le conseil a auditionné un expert de l'université de {Y}.",
    "Une conférence de presse a eu lieu à la préfecture, à {Y}.",
    "Le texte a été examiné en commission à {Y}, au siège du conseil régional.",
    "Le directeur de l'agence régionale de santé, à {Y}, ne s'est pas prononcé.",
    "Le président des maires ruraux, maire d'un village près de {Y}, s'inquiète.",
    "L'adjointe a fait ses études de droit à {Y}.",
    "La vidéo a été diffusée sur la chaîne de télévision locale de {Y}.",
    "Les opposants se sont donné rendez-vous devant la gare de {Y} avant le rassemblement.",
    "Le rapport a été publié par un think tank basé à {Y}.",
    # session 14
    "Le directeur, passé par la police municipale de {Y}, pilotera le centre.",
    "Le rapporteur, sénateur-maire de {Y}, a déposé un amendement.",
    "L'élue, qui siège aussi au conseil municipal de {Y}, a voté contre.",
    "Le photographe, installé à {Y}, a documenté les caméras.",
    "Le militant, condamné à {Y} en 2019, a pris la parole.",
    "Le préfet, nommé après un poste à {Y}, a signé l'arrêté.",
    "La gauche, menée par un conseiller régional de {Y}, conteste le projet.",
    "Les cérémonies se tiendront à {Y}, hors du périmètre.",
    "Les titres sont produits par l'Agence nationale des titres sécurisés, à {Y}.",
    "Les données seront gardées dans le centre de données de {Y}.",
    "Le groupement de gendarmerie du département, à {Y}, a testé l'application.",
    # session 23
    "Le maire, originaire de {Y}, défend le projet.",
    "Les caméras ont été fabriquées à {Y}.",
    "La délibération sera transmise à la sous-préfecture de {Y}.",
    "Le procès se tiendra au tribunal de {Y}.",
    "Le suspect, domicilié à {Y}, a été interpellé.",
    "L'installateur vient de {Y}.",
    "Le commandant, muté à {Y} en septembre, quitte la compagnie.",
    "Le député de la circonscription de {Y} a interpellé le ministre.",
    "Les caméras sont fournies par une PME de {Y}.",
    "Le logiciel a été conçu par des ingénieurs de {Y}.",
    "Le matériel a été livré depuis l'entrepôt de {Y}.",
    "Le cabinet d'avocats de {Y} représente les opposants.",
    "Le préfet de région, installé à {Y}, a validé le financement.",
    "Les supporters de {Y} étaient attendus au stade.",
    "Un rapport de l'université de {Y} critique ces dispositifs.",
    "L'opposante, ancienne adjointe à {Y}, dénonce le coût.",
    "Le maire s'est inspiré de ce qu'il a vu lors d'un voyage à {Y}.",
    "Les policiers municipaux viennent de {Y} pour renforcer l'équipe.",
    "Une réunion est prévue à la préfecture de {Y} le mois prochain.",
    "L'entreprise a ouvert une agence à {Y}.",
    "Le commissaire a pris ses fonctions à {Y} en 2021.",
    "Le cortège est parti de {Y} en début d'après-midi.",
    "La société, qui a des bureaux à {Y}, fournit aussi le logiciel.",
    "Le juge des référés a rendu sa décision à {Y} mardi.",
    "Le policier, en stage à {Y}, a rejoint l'équipe.",
    "Le préfet, qui quitte {Y} pour un nouveau poste, a signé l'arrêté.",
    "L'agent de sécurité, habitant de {Y}, a été recruté par la ville.",
    "Le projet a été salué par le maire de {Y}, président de l'association des maires du "
    "département.",
    "Les jeunes interpellés venaient de {Y}.",
    "La voiture, immatriculée à {Y}, a été flashée.",
    "L'expert, auteur d'un livre publié à {Y}, met en garde.",
    "La ville est jumelée avec {Y} depuis 1990.",
    "La start-up, incubée à {Y}, vend ses caméras aux communes.",
    # session 23, eleventh round (models before)
    "Le modèle de {Y} a séduit les élus.", "Le maire cite volontiers {Y} en exemple.",
    "Les opérateurs sont formés au lycée professionnel de {Y}.",
    "Le contrat a été signé avec une société de {Y}.",
    "Le sous-préfet de {Y} a présidé la réunion.",
)

# Roles that report a deployment, a decision or a debate in the town: it should be tagged.
THE_PLACE = (
    "À {Y}, la municipalité a installé douze caméras l'an dernier.",
    "Le logiciel est déjà utilisé par la police municipale de {Y}.",
    "La commune de {Y} a refusé de s'équiper.",
    "Le préfet a aussi autorisé des drones à {Y}.",
    "{Y} étudie un projet similaire.",
    "Le conseil municipal de {Y} débattra de la vidéoprotection en décembre.",
    "Du côté de {Y}, les caméras-piétons sont déjà en service.",
    "Sa voisine {Y} a franchi le pas en 2022.",
    "Des villes comme {Y} testent déjà ces logiciels.",
    "Quant à {Y}, elle dispose déjà d'un centre de supervision.",
    "Les maires de {Y} et de la ville ont signé la convention.",
    "Le CSU de {Y} surveillera les images.",
    "Il en va de même à {Y}, où le conseil a voté le projet.",
    "Pour {Y}, la facture s'élève à 80 000 euros.",
    "Côté {Y}, le conseil a voté la même mesure.",
    "Dans la foulée, {Y} a lancé un appel d'offres.",
    "Le préfet a également signé l'arrêté pour {Y}.",
    # session 23
    "Le maire de {Y} a annoncé trente caméras de plus.",
    "{Y}, qui a déjà vingt caméras, attend son autorisation.",
    "Les élus de {Y} ont voté contre la vidéosurveillance.",
    "Un collectif d'habitants de {Y} conteste les caméras.",
    "Même chose à {Y}, où vingt caméras ont été posées.",
    "{Y} n'est pas en reste : quinze caméras y seront installées.",
    "Les habitants de {Y} seront consultés sur les emplacements des caméras.",
    "Le conseil municipal de {Y} a refusé les caméras.",
    "Les drones de la police ont survolé {Y} samedi.",
    "Une caméra nomade a été installée à {Y} contre les dépôts sauvages.",
    "Direction {Y}, où le maire a installé vingt caméras.",
    "Chez nos voisins de {Y}, les caméras tournent depuis 2019.",
    # session 23, tenth and eleventh rounds
    "La commune rejoint ainsi {Y}, déjà équipée.",
    "Les élus de {Y} ont voté l'achat de caméras.",
)

_ARTICLES = ("Le ", "La ", "Les ", "L'")


def labelled_items() -> list[dict]:
    """The looked part of the dev sets and every written set (never the unseen part)."""
    items = [item for item in load_items([p for p in DEV if p.exists()])
             if part_of(item) != "unseen"]
    return items + load_items(sorted((ROOT / "tests" / "data").glob("written_*.jsonl")))


def tagged(item: dict, title: str, summary: str) -> set[str]:
    scope = Scope(commune=(item.get("scope") or {}).get("commune"))
    result = match_item(MatchInput(title, summary, item.get("feed_kind", "press"), scope,
                                   item.get("link", "")), MatchingConfig(), ForumConfig())
    return {place.commune.code for place in result.communes}


def unique_names() -> collections.Counter:
    return collections.Counter(c.name for c in gazetteer().communes.values())


def probe_roles(rng: random.Random, count: int, verbose: bool, national: bool = False) -> None:
    names = unique_names()
    towns = [c for c in gazetteer().communes.values()
             if c.population >= 5_000 and names[c.name] == 1 and not c.risky
             and not c.code.startswith("97") and not c.name.startswith(_ARTICLES)]
    items = [i for i in labelled_items() if i["label"]["relevant"] and (
        not (i["label"]["communes"] or i.get("scope")) if national else i["label"]["communes"])]
    rng.shuffle(items)
    for roles, should_tag in ((NOT_THE_PLACE, False), (THE_PLACE, True)):
        wrong: collections.Counter = collections.Counter()
        tried: collections.Counter = collections.Counter()
        for item in items[:count]:
            departments = {gazetteer().communes[c].departement for c in item["label"]["communes"]}
            # a deployment is written of a town of the story's department; a venue anywhere
            # (a national story has no department: any town)
            pool = [c for c in towns if (national or (c.departement in departments) == should_tag)
                    and c.code not in item["label"]["communes"]]
            if not pool:
                continue
            role, town = rng.choice(roles), rng.choice(pool)
            summary = f"{summary_text(item['summary']).rstrip()} {role.format(Y=town.name)}"
            tried[role] += 1
            if (town.code in tagged(item, title_text(item["title"]), summary)) != should_tag:
                wrong[role] += 1
                if verbose:
                    print(f"  {item['id']}: {role.format(Y=town.name)}")
        print("should be tagged:" if should_tag else "should not be tagged:")
        for role in roles:
            print(f"  {wrong[role]:3d} / {tried[role]:3d}  {role}")
        print(f"  wrong {sum(wrong.values())} of {sum(tried.values())}")


def _swap_pool(kind: str) -> list[Commune]:
    names = unique_names()
    towns = [c for c in gazetteer().communes.values()
             if names[c.name] == 1 and not c.code.startswith("97")]
    if kind == "word":
        return [c for c in towns if c.risky and c.population >= 5_000]
    if kind == "article":
        return [c for c in towns if c.name.startswith(_ARTICLES) and c.population >= 5_000]
    return [c for c in towns if 10_000 <= c.population < 100_000 and not c.risky
            and not c.name.startswith(_ARTICLES)]


def probe_swaps(rng: random.Random, kind: str, verbose: bool) -> None:
    names, pool = unique_names(), _swap_pool(kind)
    missed = tried = 0
    for item in labelled_items():
        label = item["label"]
        if not label["relevant"] or len(label["communes"]) != 1 or item.get("scope"):
            continue
        old = gazetteer().communes[label["communes"][0]]
        title, summary = title_text(item["title"]), summary_text(item["summary"])
        if old.name.startswith(_ARTICLES) or names[old.name] > 1 \
                or old.name not in title + summary:
            continue
        new = rng.choice(pool)
        tried += 1
        if new.code not in tagged(item, title.replace(old.name, new.name),
                                  summary.replace(old.name, new.name)):
            missed += 1
            if verbose:
                print(f"  {item['id']}: {old.name} -> {new.name} ({new.departement})")
    print(f"swapped names not tagged: {missed} of {tried} ({kind} pool)")


def probe_titles(verbose: bool) -> None:
    counts: collections.Counter = collections.Counter()
    towns = {True: collections.Counter(), False: collections.Counter()}  # with the link?
    for item in labelled_items():
        if item.get("feed_kind") == "council":
            continue
        for with_link in (True, False):
            result = match_item(MatchInput(title_text(item["title"]), "",
                                           link=item["link"] if with_link else ""),
                                MatchingConfig(), ForumConfig())
            got = {place.commune.code for place in result.communes}
            towns[with_link]["right"] += len(got & set(item["label"]["communes"]))
            towns[with_link]["wrong"] += len(got - set(item["label"]["communes"]))
        counts[(item["label"]["relevant"], result.relevant)] += 1
        if verbose and result.relevant != item["label"]["relevant"]:
            print(f"  {item['id']} {'false alarm' if result.relevant else 'missed'}: "
                  f"{item['title']}")
    relevant = counts[(True, True)] + counts[(True, False)]
    other = counts[(False, True)] + counts[(False, False)]
    print(f"titles alone: {counts[(True, True)]} of {relevant} relevant items found, "
          f"{counts[(False, True)]} false alarms in {other} others")
    for with_link, label in ((True, "with their links"), (False, "without links")):
        print(f"  towns tagged {label}: {towns[with_link]['right']} right, "
              f"{towns[with_link]['wrong']} wrong")


_NATIONAL_STORIES = (
    ("Reconnaissance faciale : le gouvernement prépare une loi",
     "Le texte autoriserait la reconnaissance faciale en temps réel lors des grands "
     "événements."),
    ("VSA : la CNIL publie ses recommandations",
     "La commission encadre l'usage des caméras algorithmiques par les collectivités."),
    ("Drones policiers : un décret assouplit les règles",
     "Les préfets pourront autoriser les vols pour trois mois au lieu d'un."),
)

# Where something was said, shown, held or visited: never a deployment.
VENUES = (
    "Le texte a été présenté mardi à {Y}.", "Le ministre l'a annoncé lors d'un discours à {Y}.",
    "La conférence s'est tenue à {Y}.", "Le sujet a été débattu lors d'un forum organisé à {Y}.",
    "Le ministre s'est rendu à {Y} jeudi.", "Les maires, rassemblés à {Y}, ont applaudi.",
    "Le projet a été dévoilé à {Y}, devant la presse.",
    "Le président de la commission, de passage à {Y}, l'a confirmé.",
    "Un colloque aura lieu le mois prochain à {Y}.",
    "La ministre a tenu une conférence de presse à {Y}.",
    "L'annonce a été faite en marge d'un déplacement à {Y}.", "Le rapport a été remis à {Y}.",
    "Les associations manifesteront samedi à {Y}.", "Une journée d'étude a eu lieu à {Y}.",
    "Le décret a été signé à {Y}.", "Le texte a été voté lors du congrès des maires, à {Y}.",
    "Le ministre était vendredi à {Y} pour inaugurer un commissariat.",
    "Le syndicat a tenu son assemblée générale à {Y}.", "Le secrétaire d'État s'exprimait à {Y}.",
    "Le sommet européen s'est ouvert à {Y}.", "Le ministre a reçu les maires à {Y}.",
    "Les élus se sont retrouvés à {Y} vendredi.", "Le texte a été adopté en commission à {Y}.",
    "Le projet a été discuté lors d'une table ronde à {Y}.",
    "Le candidat a fait campagne à {Y} sur ce thème.",
    "La ministre a visité un commissariat à {Y}.",
    "Le rapporteur a auditionné des experts à {Y}.", "Le préfet a réuni les élus à {Y}.",
    "La décision a été rendue publique à {Y}.", "Les chercheurs ont publié leur étude à {Y}.",
    "Le gouvernement a lancé une consultation depuis {Y}.", "Le débat aura lieu jeudi soir à {Y}.",
    "Le ministre doit se rendre à {Y} la semaine prochaine.",
    "La délégation a été accueillie à {Y}.",
    "La réforme a été évoquée lors d'un meeting à {Y}.",
    "Une manifestation contre le texte est prévue à {Y}.",
    "Le texte sera examiné au Sénat puis présenté aux maires à {Y}.",
    "Le ministre a répondu aux journalistes à {Y}.",
    "L'Assemblée a voté le texte, que le ministre avait défendu à {Y}.",
    "Une pétition a été lancée à {Y}.",
    # written after the rules above were (a fresh measure: 85 of 160 tagged, then 32)
    "La ministre a déjeuné avec les maires à {Y}.",
    "Le député a organisé une réunion publique à {Y}.",
    "Le texte a été commenté lors d'un point presse à {Y}.",
    "Le syndicat a donné une conférence à {Y}.", "Le Premier ministre a prononcé ses vœux à {Y}.",
    "L'association a tenu un stand à {Y}.", "Le projet sera détaillé lors d'un déplacement à {Y}.",
    "Le ministre a été interpellé par des habitants à {Y}.",
    "Une délégation parlementaire s'est déplacée à {Y}.",
    "Le rapport a été rédigé par des chercheurs basés à {Y}.",
    "Les opposants se réuniront dimanche à {Y}.",
    "Le texte a été signé en présence du préfet, à {Y}.",
    "La ministre a participé à une table ronde organisée à {Y}.",
    "Le président a évoqué le sujet lors d'une visite à {Y}.",
    "Des militants ont distribué des tracts à {Y}.", "La CNIL a organisé un atelier à {Y}.",
    "Le débat télévisé a été enregistré à {Y}.", "Les élus ont été conviés à un séminaire à {Y}.",
    "Le ministre a rencontré les syndicats à {Y}.",
    "Le projet de loi a été présenté en conseil des ministres, puis commenté à {Y}.",
    "La ministre a détaillé le plan devant les préfets réunis à {Y}.",
    "Le texte a été dévoilé en avant-première à {Y}.",
    "La Cnil tiendra une journée d'étude à {Y} en mars.",
    "Le rapporteur a été auditionné à {Y} par la commission.",
    "Les députés ont débattu du texte lors d'un déplacement à {Y}.",
    "La mesure a été annoncée au congrès de la police municipale, à {Y}.",
    "Le projet a été présenté aux industriels réunis à {Y}.",
    "Une table ronde sur le sujet est organisée à {Y} le 12 mai.",
    "L'annonce a été faite à {Y}, où le président était en visite.",
    "Le décret a été présenté en conseil des ministres puis détaillé à {Y}.",
    "Le Premier ministre a défendu la réforme lors d'un meeting à {Y}.",
    "Les associations ont tenu une conférence de presse commune à {Y}.",
    "Le syndicat réunira ses délégués à {Y} la semaine prochaine.",
    "La secrétaire d'État a visité une start-up à {Y} pour l'occasion.",
    "Le rapport a été rendu public lors d'un colloque universitaire à {Y}.",
    "La Défenseure des droits s'exprimait à {Y}, lors des rencontres annuelles.",
    "Les chiffres ont été présentés devant la presse à {Y}.",
    "Le ministère a réuni les directeurs de police municipale à {Y}.",
    "Le gouvernement a lancé la concertation à {Y}.",
    "Le ministre a fait cette annonce en marge d'un salon à {Y}.",
    "La commission d'enquête a tenu une audition publique à {Y}.",
    "Les eurodéputés se retrouvent à {Y} pour le vote final.",
    "Le texte a été signé à {Y} par trois ministres.",
    "L'Assemblée des départements de France, réunie à {Y}, a voté une motion.",
    "Un atelier de formation des élus se tient à {Y}.",
    "La présentation a eu lieu à {Y}, dans les locaux de la préfecture.",
    "Le ministre a répondu aux questions des lecteurs d'un quotidien à {Y}.",
    "Les résultats seront discutés au forum de la sécurité de {Y}.",
    "La ministre était l'invitée d'une radio locale à {Y}.",
)


def probe_venues(rng: random.Random, verbose: bool) -> None:
    names = unique_names()
    towns = [c for c in gazetteer().communes.values()
             if c.population >= 20_000 and names[c.name] == 1 and not c.risky
             and not c.code.startswith("97") and not c.name.startswith(_ARTICLES)]
    wrong = tried = 0
    for venue in VENUES:
        for _ in range(8):
            (title, summary), town = rng.choice(_NATIONAL_STORIES), rng.choice(towns)
            result = match_item(MatchInput(title, f"{summary} {venue.format(Y=town.name)}"),
                                MatchingConfig(), ForumConfig())
            tried += 1
            if town.code in {place.commune.code for place in result.communes}:
                wrong += 1
                if verbose:
                    print(f"  {venue.format(Y=town.name)}")
    print(f"venues tagged: {wrong} of {tried}")


_LINK_WORD = re.compile(LINK_WORDS)  # the words linking a name's parts (sur, lès, de…)


def short_form_towns() -> list[tuple[str, Commune]]:
    """(short form as written, town) for each town of 8,000 or more called by the part
    of its name before a linking word, clearly the largest so called in its department,
    where no commune bears the short form itself."""
    communes = gazetteer().communes.values()
    exact = {(normalise(c.name), c.departement) for c in communes}
    by_prefix: dict[tuple[str, str], list[Commune]] = collections.defaultdict(list)
    for commune in communes:
        words = normalise(commune.name).split(" ")
        for end in range(1, len(words)):
            prefix = " ".join(words[:end])
            if _LINK_WORD.fullmatch(words[end]) and not _LINK_WORD.fullmatch(words[end - 1]) \
                    and prefix not in ("saint", "sainte", "le", "la", "les"):
                by_prefix[(prefix, commune.departement)].append(commune)
    found = []
    for (prefix, departement), towns in sorted(by_prefix.items()):
        towns.sort(key=lambda c: -c.population)
        largest = towns[0]
        if largest.population < 8_000 or (prefix, departement) in exact \
                or (len(towns) > 1 and 2 * towns[1].population > largest.population):
            continue
        written = largest.name[:len(prefix)]
        if normalise(written) == prefix and not written.endswith("-"):
            found.append((written, largest))
    return found


def probe_short_forms(style: str, verbose: bool) -> None:
    departements = gazetteer().departements
    wrong = 0
    towns = short_form_towns()
    for short, town in towns:
        name = departements[town.departement][0]
        if style == "apart":
            title = f"{short} : dix caméras près de la gare"
            summary = f"La commune, dans le département de {name}, s'équipe de vidéoprotection."
        else:
            title = f"{short} ({name}) : dix caméras près de la gare"
            summary = "La commune s'équipe de vidéoprotection."
        result = match_item(MatchInput(title, summary), MatchingConfig(), ForumConfig())
        got = sorted(place.commune.code for place in result.communes)
        if got != [town.code]:
            wrong += 1
            if verbose:
                print(f"  « {short} » ({name}): want {town.code} {town.name}, got {got}")
    print(f"short forms with the department {style}: {wrong} of {len(towns)} stories "
          f"not tagged with their town alone")


_INTERCOMMUNALITY_KINDS = {"CC": "la communauté de communes ",
                           "CA": "la communauté d'agglomération ",
                           "CU": "la communauté urbaine "}


def intercommunality_phrasings() -> list[str]:
    """Each intercommunality's name as the press writes it: with its kind spelled out
    (« la communauté de communes du Pays de Gex ») and, when that is not a commune's
    name, bare (« Pays de Gex », « Alès Agglomération »)."""
    names = (ROOT / "tests" / "data" / "intercommunalities.txt").read_text("utf-8").split("\n")
    towns = {c.name for c in gazetteer().communes.values()}
    phrasings = []
    for name in filter(None, names):
        name = re.sub(r"\s*\([^)]*\)", "", name).strip()  # « (CCPG) »
        kind = re.match(r"(CC|CA|CU)\s+(.*)", name)
        if not kind:
            phrasings.append(name)  # « Toulouse Métropole », « Est Ensemble »
            continue
        phrasings.append(_INTERCOMMUNALITY_KINDS[kind.group(1)] + kind.group(2))
        bare = re.sub(r"^(?:de la |du |des |de l'|d'|de )", "", kind.group(2))
        if bare not in towns:
            phrasings.append(bare[0].upper() + bare[1:])
    return phrasings


def stories_tagged(stories: list[tuple[str, str]], verbose: bool,
                   allowed: frozenset[str] = frozenset()) -> int:
    """How many (title, summary) stories the matcher tags with a town not `allowed`."""
    wrong = 0
    for title, summary in stories:
        result = match_item(MatchInput(title, summary), MatchingConfig(), ForumConfig())
        towns = [place.commune.name for place in result.communes
                 if place.commune.name not in allowed]
        if towns:
            wrong += 1
            if verbose:
                print(f"  {title} | {summary}: {towns}")
    return wrong


def probe_intercommunalities(verbose: bool) -> None:
    stories = [("Les élus votent un plan de vidéoprotection",
                f"{name[0].upper()}{name[1:]} a voté l'installation de quarante caméras de "
                "vidéoprotection sur son territoire.") for name in intercommunality_phrasings()]
    print(f"intercommunalities read as a town: {stories_tagged(stories, verbose)} of "
          f"{len(stories)}")


# Clubs the press names by an acronym, a nickname or a sponsor's word before the town.
_CLUBS = ("le RC Lens", "l'AS Monaco", "le Stade rennais", "le FC Nantes", "l'OGC Nice",
          "l'Olympique de Marseille", "le Stade de Reims", "le RC Strasbourg",
          "le Montpellier HSC", "le Toulouse FC", "l'AJ Auxerre", "le Havre AC",
          "l'AS Saint-Étienne", "le FC Lorient", "le SCO d'Angers", "le FC Metz",
          "les Girondins de Bordeaux", "l'En Avant Guingamp", "le Paris FC", "l'ESTAC Troyes",
          "le Clermont Foot", "le Grenoble Foot 38", "l'USL Dunkerque", "le Pau FC",
          "l'AC Ajaccio", "le SC Bastia", "le Stade Malherbe de Caen", "l'Amiens SC",
          "le Valenciennes FC", "le Rodez AF", "l'US Quevilly-Rouen", "le RC Toulon",
          "l'ASM Clermont", "l'Union Bordeaux-Bègles", "la Section paloise",
          "le Castres olympique", "l'USA Perpignan", "l'Aviron bayonnais", "le CA Brive",
          "le Limoges CSP", "la JDA Dijon", "le Cholet Basket", "le Mans Sarthe Basket",
          "les Dragons de Rouen", "les Gothiques d'Amiens", "le HBC Nantes",
          "le Montpellier Handball", "le Chambéry Savoie handball")
_CLUB_SENTENCES = ("Des drones pour le match contre {C}",
                   "Les supporters de {C} filmés par des drones",
                   "Vidéoprotection renforcée autour du stade pour la venue de {C}")


def probe_clubs(verbose: bool) -> None:
    summary = "Le préfet autorise la captation d'images par drone aux abords du stade."
    stories = [(sentence.format(C=club).replace("de le ", "du ").replace("de les ", "des "),
                summary) for club in _CLUBS for sentence in _CLUB_SENTENCES]
    print(f"clubs read as their town: {stories_tagged(stories, verbose)} of {len(stories)}")


# Outlets named as the press names them, some after a town (« Nice-Matin », « Ici Paris »).
_OUTLETS = (
    "Nice-Matin", "Paris-Normandie", "Lyon Capitale", "Rue89 Strasbourg", "Mediacités Lille",
    "Actu Lyon", "Le Petit Bulletin Grenoble", "Toulouse Infos", "Made in Marseille",
    "Lille Actu", "Marsactu", "Le Parisien", "Var-Matin", "Monaco-Matin", "Corse-Matin",
    "La Voix du Nord", "Le Journal de Saône-et-Loire", "Le Berry républicain",
    "Le Courrier de l'Ouest", "Le Maine libre", "L'Écho républicain",
    "La République des Pyrénées", "L'Éclair des Pyrénées", "Le Journal de Gien",
    "La Gazette de Montpellier", "Lyon Mag", "Strasbourg Magazine", "Angers Info",
    "Tours Info", "Nantes Révoltée", "Bordeaux Gazette", "Le Journal de Millau",
    "L'Indépendant", "Le Journal du Centre", "Sud Radio", "Radio France Bleu Isère",
    "France 3 Bretagne", "BFM Lyon", "BFM Marseille Provence", "Ici Nord", "Ici Paris",
    "Ici Armorique", "Le Petit Journal Toulouse", "La Dépêche", "Metz Cité", "Vosges Matin",
    "L'Est éclair", "Le Républicain lorrain", "La Provence", "Midi Libre",
)
_OUTLET_SENTENCES = (
    "Selon {O}, la commune de Saint-Lô installe douze caméras de vidéoprotection.",
    "La commune de Saint-Lô installe douze caméras de vidéoprotection, a révélé {O}.",
    "Interrogé par {O}, le maire de Saint-Lô défend ses douze caméras de vidéoprotection.",
    "Le maire de Saint-Lô a confié à {O} vouloir douze caméras de vidéoprotection.",
    "Dans les colonnes de {O}, le maire de Saint-Lô défend ses caméras de vidéoprotection.")


def probe_outlets(verbose: bool) -> None:
    stories = [("Vidéoprotection : douze caméras de plus", sentence.format(O=outlet))
               for outlet in _OUTLETS for sentence in _OUTLET_SENTENCES]
    wrong = stories_tagged(stories, verbose, allowed=frozenset({"Saint-Lô"}))
    print(f"outlets read as a town: {wrong} of {len(stories)}")


# Stories of a deployment in a town whose name is also a word (Tours, Sens, Vichy).
_WORD_TOWN_STORIES = (
    ("{Y} : la ville installe vingt caméras de vidéoprotection",
     "Le conseil municipal a voté l'achat de vingt caméras pour le centre-ville."),
    ("Vidéoprotection : {Y} double son réseau",
     "La municipalité passera de 40 à 80 caméras d'ici 2026."),
    ("Des drones de la police au-dessus de {Y}",
     "Le préfet a autorisé la captation d'images par drone pendant la manifestation de samedi."),
    ("La police municipale de {Y} équipée de caméras-piétons",
     "Les agents porteront les caméras dès lundi."),
    ("Le maire de {Y} veut la vidéosurveillance algorithmique",
     "L'élu souhaite tester un logiciel d'analyse des images sur le réseau existant."),
    ("Caméras : le débat s'invite au conseil municipal",
     "À {Y}, l'opposition a dénoncé le coût du nouveau centre de supervision urbain."),
    ("Un centre de supervision urbain inauguré",
     "La ville de {Y} a inauguré lundi son centre de supervision, relié à 120 caméras."),
    ("Lecture de plaques : une expérimentation",
     "Des caméras LAPI seront installées aux entrées de {Y} dès le mois prochain."),
    ("Vidéoverbalisation en centre-ville",
     "Depuis lundi, les automobilistes mal garés à {Y} peuvent être verbalisés grâce aux caméras."),
    ("Reconnaissance faciale : la mairie recule",
     "Le maire de {Y} a renoncé à tester la reconnaissance faciale au stade municipal."),
)


def probe_word_towns(verbose: bool) -> None:
    towns = [c for c in gazetteer().communes.values() if c.risky and c.population >= 15_000]
    missed = 0
    for town in towns:
        for title, summary in _WORD_TOWN_STORIES:
            result = match_item(MatchInput(title.format(Y=town.name), summary.format(Y=town.name)),
                                MatchingConfig(), ForumConfig())
            if town.code not in {place.commune.code for place in result.communes}:
                missed += 1
                if verbose:
                    print(f"  {town.name}: {title.format(Y=town.name)}")
    print(f"word-named towns missed: {missed} of {len(towns) * len(_WORD_TOWN_STORIES)}")


def wrongly_tagged(cases: Iterable[tuple[MatchInput, list[str]]], verbose: bool
                   ) -> tuple[int, int]:
    """How many items the matcher does not tag with exactly the expected codes, of how
    many."""
    wrong = tried = 0
    for item, expected in cases:
        result = match_item(item, MatchingConfig(), ForumConfig())
        tried += 1
        if [place.commune.code for place in result.communes] != expected:
            wrong += 1
            if verbose:
                print(f"  {item.title} | {item.summary}: "
                      f"{[p.commune.name for p in result.communes]}")
    return wrong, tried


# How the press places an overseas department's town: « Guadeloupe : X… », « en Guadeloupe ».
_ISLANDS = {"971": ("en Guadeloupe", "Guadeloupe"), "972": ("en Martinique", "Martinique"),
            "973": ("en Guyane", "Guyane"), "974": ("à La Réunion", "La Réunion"),
            "976": ("à Mayotte", "Mayotte")}


def probe_overseas(verbose: bool) -> None:
    def cases() -> Iterator[tuple[MatchInput, list[str]]]:
        for town in gazetteer().communes.values():
            if town.departement not in _ISLANDS:
                continue
            where, island = _ISLANDS[town.departement]
            for title, summary in (
                    (f"{island} : {town.name} installe des caméras de vidéoprotection",
                     "La commune a voté l'achat de vingt caméras."),
                    (f"Vidéoprotection : vingt caméras de plus à {town.name}",
                     f"La commune, {where}, a voté l'achat de vingt caméras."),
                    (f"Des drones autorisés au-dessus de {town.name}",
                     f"Le préfet a autorisé la police à utiliser des drones {where}.")):
                yield MatchInput(title, summary), [town.code]
    wrong, tried = wrongly_tagged(cases(), verbose)
    print(f"overseas stories not tagged with their town alone: {wrong} of {tried}")


# Foreign towns sharing a French commune's name: the town, « en/au » its country, the
# country and a nationality.
_ABROAD = (("Vienne", "en", "Autriche", "autrichienne"), ("Bruges", "en", "Belgique", "belge"),
           ("Valence", "en", "Espagne", "espagnole"), ("Mons", "en", "Belgique", "belge"),
           ("Cologne", "en", "Allemagne", "allemande"), ("Trèves", "en", "Allemagne", "allemande"),
           ("Saint-Louis", "au", "Sénégal", "sénégalaise"),
           ("Douvres", "en", "Angleterre", "anglaise"), ("Fribourg", "en", "Suisse", "suisse"),
           ("Aoste", "en", "Italie", "italienne"), ("Sion", "en", "Suisse", "suisse"),
           ("Martigny", "en", "Suisse", "suisse"), ("Saint-Gilles", "en", "Belgique", "belge"),
           ("Montreux", "en", "Suisse", "suisse"), ("Tournai", "en", "Belgique", "belge"),
           ("Laval", "au", "Canada", "canadienne"), ("Montréal", "au", "Canada", "canadienne"),
           ("Paris", "au", "Texas", "américaine"), ("Florence", "en", "Italie", "italienne"),
           ("Saint-Gall", "en", "Suisse", "suisse"))
_ABROAD_PLACINGS = ("{T}, {IN} {C},", "{T} ({C}),", "la ville {N} de {T},")


def probe_abroad(verbose: bool) -> None:
    def cases() -> Iterator[tuple[MatchInput, list[str]]]:
        for town, into, country, nationality in _ABROAD:
            for placing in _ABROAD_PLACINGS:
                where = placing.format(T=town, IN=into, C=country, N=nationality)
                yield MatchInput("Drones : la police filme les manifestants",
                                 f"Dans {where} la police a fait voler des drones au-dessus "
                                 "d'un cortège. Les images ont été conservées trente jours."), []
                yield MatchInput("Rouen : le maire veut des caméras intelligentes",
                                 f"Le maire de Rouen a visité le centre de supervision de "
                                 f"{where} où un logiciel analyse les images des caméras."), \
                    ["76540"]
            # the story set abroad by its title or its first words
            yield MatchInput(f"{country} : la police de {town} teste la reconnaissance "
                             "faciale", f"Les policiers de {town} comparent les visages "
                             "filmés par les caméras de la ville à leurs fichiers."), []
            yield MatchInput(f"Vidéosurveillance : {town} double son réseau",
                             f"{into.capitalize()} {country}, la ville de {town} passe de 40 "
                             "à 80 caméras, reliées à un centre de supervision."), []
    wrong, tried = wrongly_tagged(cases(), verbose)
    print(f"foreign towns placed abroad, stories wrongly tagged: {wrong} of {tried}")


# Districts of cities that share a commune's name elsewhere.
_DISTRICTS = (("13055", "Marseille", ("Noailles", "Sainte-Marthe", "Saint-Loup", "Saint-Louis",
                                      "Sainte-Marguerite", "Saint-Antoine", "Saint-Henri",
                                      "Mazargues")),
              ("59350", "Lille", ("Moulins", "Fives", "Wazemmes")),
              ("57463", "Metz", ("Magny", "Borny", "Sablon")),
              ("51454", "Reims", ("Orgeval", "Wilson")),
              ("33063", "Bordeaux", ("Saint-Augustin", "Caudéran", "Bacalan")),
              ("35238", "Rennes", ("Maurepas", "Villejean", "Cleunay")),
              ("31555", "Toulouse", ("Empalot", "Bagatelle", "Saint-Cyprien")),
              ("06088", "Nice", ("Saint-Isidore", "Saint-Roch", "Pasteur")),
              ("83137", "Toulon", ("Sainte-Musse", "Le Mourillon")),
              ("67482", "Strasbourg", ("Neudorf", "Hautepierre", "Cronenbourg")))


def probe_districts(verbose: bool) -> None:
    def cases() -> Iterator[tuple[MatchInput, list[str]]]:
        for code, city, districts in _DISTRICTS:
            for district in districts:
                yield MatchInput("Conseil municipal : extension de la vidéoprotection",
                                 f"Le conseil a voté l'installation de six caméras à "
                                 f"{district}, près du marché et de l'école.", "council",
                                 Scope(commune=code)), [code]
                yield MatchInput(f"Vidéoprotection : de nouvelles caméras à {district}",
                                 f"Les habitants de {district} réclamaient ces caméras depuis "
                                 "l'été.", "council", Scope(commune=code)), [code]
                yield MatchInput(f"{city} : six caméras de plus à {district}",
                                 f"La ville installe six caméras à {district}, où les "
                                 "riverains se plaignent de trafics."), [code]
    wrong, tried = wrongly_tagged(cases(), verbose)
    print(f"districts read as a commune elsewhere: {wrong} of {tried}")


_ROADS = ("au rond-point de {X}", "au carrefour de {X}", "au giratoire de {X}",
          "sur la route de {X}", "sur la rocade de {X}", "avenue de {X}",
          "au bout de la rue de {X}", "sur le mail de {X}", "dans le passage de {X}",
          "sur la voie de {X}", "sur la pénétrante de {X}", "sur la nationale de {X}",
          "sur le chemin de {X}", "au pont de {X}", "à la porte de {X}", "sur la place de {X}")
_ROAD_CITIES = ("Toulouse", "Nantes", "Angers", "Dijon", "Limoges", "Poitiers", "Pau",
                "Amiens", "Tours", "Caen", "Nîmes", "Perpignan", "Besançon", "Orléans", "Rouen")
_ROAD_TOWNS = ("Bayonne", "Narbonne", "Cahors", "Albi", "Montauban", "Agen", "Rodez", "Auch",
               "Tarbes", "Vannes", "Lorient", "Saumur", "Cholet", "Niort", "Bourges", "Blois")


def probe_roads(rng: random.Random, verbose: bool) -> None:
    places = gazetteer()

    def cases() -> Iterator[tuple[MatchInput, list[str]]]:
        for city in _ROAD_CITIES:
            code = next(c.code for c in places.communes.values() if c.name == city)
            for road in _ROADS:
                where = road.format(X=rng.choice(_ROAD_TOWNS))
                yield MatchInput(f"{city} : de nouvelles caméras de vidéoprotection",
                                 f"La ville de {city} installe quatre caméras {where}, où "
                                 "les accidents et les vols se multiplient."), [code]
    wrong, tried = wrongly_tagged(cases(), verbose)
    print(f"roads read as the town they lead to: {wrong} of {tried}")


_FACILITIES = ("l'hôpital", "la clinique", "le centre commercial", "la prison",
               "la maison d'arrêt", "le parc", "le jardin", "la caserne", "le port",
               "le marché", "les halles", "le cimetière", "la base de loisirs",
               "le centre hospitalier", "la piscine", "le complexe sportif", "la médiathèque",
               "le palais des sports", "l'îlot", "la résidence", "la cité", "le pôle",
               "le quartier", "le lotissement", "la zone commerciale", "le campus")
# A city and saints' names that are short forms of towns near it.
_FACILITY_CITIES = (("76540", "Rouen", ("Saint-Pierre", "Saint-Aubin", "Saint-Étienne")),
                    ("44109", "Nantes", ("Saint-Herblain", "Saint-Sébastien")),
                    ("31555", "Toulouse", ("Saint-Orens", "Saint-Jean")))


def probe_facilities(verbose: bool) -> None:
    def cases() -> Iterator[tuple[MatchInput, list[str]]]:
        for code, city, saints in _FACILITY_CITIES:
            for facility in _FACILITIES:
                for saint in saints:
                    yield MatchInput(f"{city} : de nouvelles caméras",
                                     f"La ville de {city} installe six caméras de "
                                     f"vidéoprotection près de {facility} {saint}, où des vols "
                                     "ont été signalés."), [code]
    wrong, tried = wrongly_tagged(cases(), verbose)
    print(f"facilities named after a saint read as a town: {wrong} of {tried}")


# Each probe, called with the parsed arguments and the seeded random generator.
def _spellings(name: str) -> dict[str, str]:
    """Other ways the press writes a commune's name."""
    bare = "".join(c for c in unicodedata.normalize("NFD", name)
                   if unicodedata.category(c) != "Mn")
    found = {"spaces": name.replace("-", " "), "abbreviated": re.sub(r"^Saint(e?)-", r"St\1-", name),
             "accents": bare, "apostrophe": name.replace("'", "’")}
    return {kind: written for kind, written in found.items() if written != name}


def probe_spellings(verbose: bool) -> None:
    communes = gazetteer().communes
    tried: collections.Counter = collections.Counter()
    lost: collections.Counter = collections.Counter()
    wrong: collections.Counter = collections.Counter()

    def count(kind: str, item: dict, expected: set[str], before: set[str], title: str,
              summary: str) -> None:
        after = tagged(item, title, summary)
        tried[kind] += 1
        if expected & before - after:
            lost[kind] += 1
            if verbose:
                print(f"  {item['id']} {kind}: lost {sorted(expected & before - after)}: {title[:60]}")
        if after - before:
            wrong[kind] += 1
            if verbose:
                print(f"  {item['id']} {kind}: gained "
                      f"{[communes[c].name for c in after - before]}: {title[:60]}")

    for item in labelled_items():
        label = item["label"]
        if not label["relevant"] or not label["communes"] or item.get("scope"):
            continue
        title, summary = title_text(item["title"]), summary_text(item["summary"])
        before = tagged(item, title, summary)
        for code in set(label["communes"]) & before:
            name = communes[code].name
            if name in title + summary:
                for kind, written in _spellings(name).items():
                    count(kind, item, {code}, before, title.replace(name, written),
                          summary.replace(name, written))
        if title:
            count("title in capitals", item, set(label["communes"]), before, title.upper(),
                  summary)
    for kind in tried:
        print(f"{kind}: {lost[kind]} of {tried[kind]} towns lost, {wrong[kind]} stories "
              "given another town")


def _feminine(adjective: str) -> str:
    """« ardennais » → « ardennaise », « vosgien » → « vosgienne », « nordiste » stays."""
    if adjective.endswith("ien"):
        return adjective + "ne"
    return adjective if adjective.endswith("e") else adjective + "e"


def probe_adjectives(verbose: bool) -> None:
    """A homonym placed only by its department's adjective (« Balan : la commune
    ardennaise… »), for each department of the table and three names it shares with a
    larger commune elsewhere."""
    from bot.matching.homonyms import _DEPARTMENT_ADJECTIVES

    by_name: dict[str, list[Commune]] = collections.defaultdict(list)
    for town in gazetteer().communes.values():
        by_name[town.name].append(town)

    def cases() -> Iterator[tuple[MatchInput, list[str]]]:
        for adjective, codes in sorted(_DEPARTMENT_ADJECTIVES.items()):
            if " " in codes:  # an adjective of two departments settles neither alone
                continue
            # (where the department's town is not the largest, which size alone picks)
            shared = [towns for towns in by_name.values() if len(towns) > 1
                      and sum(t.departement == codes for t in towns) == 1
                      and max(towns, key=lambda t: t.population).departement != codes]
            for towns in sorted(shared, key=lambda t: t[0].name)[:3]:
                town = next(t for t in towns if t.departement == codes)
                yield (MatchInput(f"{town.name} : dix caméras pour le centre",
                                  f"La commune {_feminine(adjective)} a voté dix caméras de "
                                  "vidéoprotection."), [town.code])
    wrong, tried = wrongly_tagged(cases(), verbose)
    print(f"homonyms placed by their department's adjective, not tagged right: {wrong} of "
          f"{tried}")


PROBES: dict[str, Callable[[argparse.Namespace, random.Random], None]] = {
    "adjectives": lambda args, rng: probe_adjectives(args.verbose),
    "roles": lambda args, rng: probe_roles(rng, args.items, args.verbose, args.national),
    "swaps": lambda args, rng: probe_swaps(rng, args.pool, args.verbose),
    "titles": lambda args, rng: probe_titles(args.verbose),
    "shortforms": lambda args, rng: probe_short_forms(args.style, args.verbose),
    "venues": lambda args, rng: probe_venues(rng, args.verbose),
    "intercommunalities": lambda args, rng: probe_intercommunalities(args.verbose),
    "clubs": lambda args, rng: probe_clubs(args.verbose),
    "outlets": lambda args, rng: probe_outlets(args.verbose),
    "wordtowns": lambda args, rng: probe_word_towns(args.verbose),
    "overseas": lambda args, rng: probe_overseas(args.verbose),
    "abroad": lambda args, rng: probe_abroad(args.verbose),
    "districts": lambda args, rng: probe_districts(args.verbose),
    "roads": lambda args, rng: probe_roads(rng, args.verbose),
    "facilities": lambda args, rng: probe_facilities(args.verbose),
    "spellings": lambda args, rng: probe_spellings(args.verbose),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probe", choices=list(PROBES))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--items", type=int, default=300, help="items to append to (roles)")
    parser.add_argument("--pool", choices=("plain", "word", "article"), default="plain")
    parser.add_argument("--national", action="store_true",
                        help="append to national stories, which name no commune (roles)")
    parser.add_argument("--style", choices=("apart", "beside"), default="apart",
                        help="where the department is named (shortforms)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each failure")
    args = parser.parse_args()
    PROBES[args.probe](args, random.Random(args.seed))


if __name__ == "__main__":
    main()
