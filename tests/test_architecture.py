"""The layout keeps its promises: imports follow the stages (nothing runs back up),
pure packages import no I/O library, docs/architecture.md names the packages that
exist, and the automata cache key covers the modules the automata are built by."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from bot.matching.automata_cache import KEYED_MODULES
from tests.conftest import ROOT

BOT = ROOT / "bot"
# Stages in the order data flows; a module may import its own stage and those before it.
STAGES = ["sources", "matching", "forum", "state", "threads", "pipeline", "app", "cli"]
# Errors and logging: any stage may import them.
SHARED = {"bot", "bot.errors", "bot.logs", "bot.durations"}
# config.py reads feeds.yaml into typed settings, the matching vocabulary among them;
# every stage but matching may import it (matching declares the settings it reads).
CONFIG = "bot.config"
CONFIG_READS = {"bot.matching.vocabulary", "bot.matching.communes"}
IO_LIBRARIES = {"httpx", "sqlite3", "sqlite_utils", "pydiscourse", "requests", "feedparser",
                "subprocess", "socket", "apscheduler"}
PURE = {"matching", "threads"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def stage(module: str) -> str:
    """bot.sources.fetch → sources; bot.pipeline → pipeline; bot.__main__ → cli."""
    parts = module.split(".")
    if module in SHARED:
        return "shared"
    if module == CONFIG:
        return "config"
    if parts[1] == "__main__":
        return "cli"
    return parts[1]


def imports(path: Path) -> set[str]:
    """Every module `path` imports, at the top or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def bot_modules() -> dict[str, Path]:
    return {module_name(p): p for p in BOT.rglob("*.py")}


def violations(modules: dict[str, Path]) -> list[str]:
    """`module imports target` for every import that runs back up the stages."""
    wrong = []
    for name, path in modules.items():
        for target in imports(path):
            if not target.startswith("bot.") and target != "bot":
                continue
            here, there = stage(name), stage(target)
            if there == "shared" or here == there:
                continue
            if here == "shared":
                allowed = False
            elif here == "config":
                allowed = target in CONFIG_READS
            elif there == "config":
                allowed = here != "matching"
            elif "sandbox" in (here, there):
                allowed = here == "app" and there == "sandbox"  # the demo's offline forum
            else:
                allowed = STAGES.index(there) < STAGES.index(here)
            if not allowed:
                wrong.append(f"{name} imports {target}")
    return wrong


def test_no_import_runs_back_up_the_stages():
    assert violations(bot_modules()) == []


def test_an_import_back_up_is_caught_even_inside_a_function(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text("from bot.sources.fetch import fetch_feed\n\n\n"
                       "def tags():\n    from bot.threads.render import neutralise\n")
    assert violations({"bot.matching.planted": planted}) == [
        "bot.matching.planted imports bot.threads.render"]
    assert violations({"bot.sources.planted": planted}) == [
        "bot.sources.planted imports bot.threads.render"]
    planted.write_text("from bot.config import ForumConfig\n")
    assert violations({"bot.matching.planted": planted}) == [
        "bot.matching.planted imports bot.config"]
    assert violations({"bot.threads.planted": planted}) == []


def test_pure_packages_import_no_network_database_or_forum_library():
    wrong = [f"{name} imports {target}" for name, path in bot_modules().items()
             if name.split(".")[1:2] and name.split(".")[1] in PURE
             for target in imports(path) if target.split(".")[0] in IO_LIBRARIES]
    assert wrong == []


def test_architecture_doc_names_every_package_and_only_existing_ones():
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`bot/([a-z_]+)/`", doc))
    packages = {p.parent.name for p in BOT.glob("*/__init__.py")} - {"data", "demo_data"}
    assert named == packages


def test_automata_cache_key_covers_every_module_the_automata_are_built_by():
    """places.py builds the automata; it and everything of the bot it imports, all the
    way down, must be hashed into the cache key."""
    modules, seen = bot_modules(), set()
    todo = ["bot.matching.places"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(t for t in imports(modules[name]) if t in modules and t != "bot")
    assert {f"bot.matching.{m.removesuffix('.py')}" for m in KEYED_MODULES} >= seen
