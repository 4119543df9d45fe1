"""Write bot/app/demo_data/recueil-35.pdf, the recueil `technopolice-bot demo` serves
from its sandbox prefecture: fictional acts in the style of a real recueil (police
drones over two towns, a commune's cameras, a bank's cameras, a no-fly order).

    pip install -e ".[test]" && python scripts/build_demo_recueil.py
"""
from __future__ import annotations

from pathlib import Path

from bot.sandbox.recueils import build_recueil

LAW = "Vu le code de la sécurité intérieure, notamment ses articles L. 242-1 à L. 242-8 ;"
DRONES = ("autorisant la captation, l'enregistrement et la transmission d'images au moyen de "
          "caméras installées sur des aéronefs")
ACTS = [
    f"""PRÉFET D'ILLE-ET-VILAINE
Cabinet du préfet
Arrêté n° 35-2026-11-18-00002
{DRONES}
{LAW}
Considérant l'appel à manifester le 21 novembre 2026 dans le centre-ville de Rennes ;
ARRÊTE :
Article 1er : La direction interdépartementale de la police nationale est autorisée à procéder à la captation d'images au moyen de deux drones le 21 novembre 2026 de 11h00 à 19h00.
Article 2 : Le périmètre est fixé au centre-ville de Rennes : place de la République, quai Émile Zola, rue de Nantes.
Fait à Rennes, le 18 novembre 2026""",
    f"""PRÉFET D'ILLE-ET-VILAINE
Arrêté n° 35-2026-11-19-00001
{DRONES}
{LAW}
Considérant les rodéos urbains constatés dans les quartiers de Maurepas et du Blosne ;
ARRÊTE :
Article 1er : Le groupement de gendarmerie départementale est autorisé à utiliser un drone du 20 novembre 2026 au 19 décembre 2026 sur les communes de Rennes et de Saint-Jacques-de-la-Lande.
Fait à Rennes, le 19 novembre 2026""",
    """PRÉFET D'ILLE-ET-VILAINE
Arrêté n° 35-2026-11-19-00004
portant autorisation d'un système de vidéoprotection
Vu la demande présentée par Monsieur le Maire de Fougères ;
ARRÊTE :
Article 1er : La commune de Fougères est autorisée à installer 16 caméras de vidéoprotection visionnant la voie publique, place Aristide Briand et rue Nationale.
Fait à Rennes, le 19 novembre 2026""",
    """PRÉFET D'ILLE-ET-VILAINE
Arrêté n° 35-2026-11-19-00005
portant autorisation d'un système de vidéoprotection
Vu la demande présentée par le directeur de l'agence bancaire Crédit Breton de Vitré ;
ARRÊTE :
Article 1er : Le directeur de l'agence est autorisé à installer 3 caméras intérieures.
Fait à Rennes, le 19 novembre 2026""",
    """PRÉFET D'ILLE-ET-VILAINE
Arrêté n° 35-2026-11-20-00001
portant interdiction de survol par des aéronefs circulant sans personne à bord
Vu le code des transports ;
ARRÊTE :
Article 1er : Le survol du stade de la route de Lorient à Rennes par tout drone de loisir est interdit le 22 novembre 2026.
Fait à Rennes, le 20 novembre 2026""",
]


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "bot" / "app" / "demo_data" / "recueil-35.pdf"
    build_recueil(target, ACTS, title="Recueil des actes administratifs spécial n° 35-2026-212")
    print(f"wrote {target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
