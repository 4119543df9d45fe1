"""The labelled prefects' acts of tests/data/ (written for the tests, kept apart from
the code that classifies them), and the figures the act matcher scores on them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
PARTS = {"dev": DATA / "raa_acts_dev.txt", "heldout": DATA / "raa_acts_heldout.txt"}


@dataclass(frozen=True)
class LabelledAct:
    id: str
    departement: str
    kind: str | None
    communes: frozenset[str]
    text: str


def load(part: str) -> list[LabelledAct]:
    """The acts of one part ("dev": rules were written reading its errors; "heldout":
    written afterwards, only measured)."""
    acts, head, lines = [], None, []

    def flush() -> None:
        if head is not None:
            ident, dep, kind, codes = (f.strip() for f in head.split("|"))
            acts.append(LabelledAct(ident, dep, None if kind == "none" else kind,
                                    frozenset() if codes == "-" else frozenset(codes.split(",")),
                                    "\n".join(lines).strip()))

    for line in PARTS[part].read_text(encoding="utf-8").splitlines():
        if line.startswith("=== "):
            flush()
            head, lines = line[4:], []
        elif head is not None:
            lines.append(line)
        # lines before the first act are the file's comments
    flush()
    return acts


@dataclass
class Scores:
    relevance_tp: int = 0
    relevance_fp: int = 0
    relevance_fn: int = 0
    kind_errors: int = 0
    pairs_tp: int = 0
    pairs_fp: int = 0
    pairs_fn: int = 0

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    def figures(self) -> dict[str, float]:
        return {
            "relevance_precision": self.ratio(self.relevance_tp,
                                              self.relevance_tp + self.relevance_fp),
            "relevance_recall": self.ratio(self.relevance_tp, self.relevance_tp + self.relevance_fn),
            "communes_precision": self.ratio(self.pairs_tp, self.pairs_tp + self.pairs_fp),
            "communes_recall": self.ratio(self.pairs_tp, self.pairs_tp + self.pairs_fn),
        }


def read_act(act: LabelledAct):
    """What the bot reads of a labelled act, through the same steps as a recueil: the
    split (title, identifier) then the act matcher."""
    from bot.config import ForumConfig
    from bot.matching.acts import ActInput, match_act
    from bot.sources.acts import split_recueil

    found = split_recueil([act.text])
    title = found[0].title if found else ""
    ident = found[0].identifier if found else None
    text = found[0].text if found else act.text
    return match_act(ActInput(title, text, act.departement, ident), ForumConfig())


def score(acts: list[LabelledAct]) -> tuple[Scores, list[str]]:
    """Relevance per act and (act, commune) pairs; with a line per error."""
    scores, errors = Scores(), []
    for act in acts:
        result = read_act(act)
        predicted = result.kind.kind
        if predicted and act.kind:
            scores.relevance_tp += 1
            if predicted != act.kind:
                scores.kind_errors += 1
                errors.append(f"{act.id}: kind {predicted}, expected {act.kind}")
        elif predicted:
            scores.relevance_fp += 1
            errors.append(f"{act.id}: relevant ({predicted}: {result.kind.reasons}), expected not")
        elif act.kind:
            scores.relevance_fn += 1
            errors.append(f"{act.id}: missed {act.kind} ({result.kind.notes})")
        found = {p.commune.code for p in result.places} if predicted else set()
        expected = set(act.communes) if act.kind else set()
        scores.pairs_tp += len(found & expected)
        scores.pairs_fp += len(found - expected)
        scores.pairs_fn += len(expected - found)
        if found != expected and act.kind:
            errors.append(f"{act.id}: communes {sorted(found)}, expected {sorted(expected)}")
    return scores, errors
