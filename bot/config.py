"""Read feeds.yaml once, validate it, and return frozen, typed settings.

Every problem is collected (not just the first) and located by file, line and field,
so that `technopolice-bot check` can list them all.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from bot.durations import parse_duration
from bot.errors import ConfigError, ConfigProblem
from bot.matching.vocabulary import DEFAULT_KEYWORDS, ROLES, Keyword, MatchingConfig

DEFAULT_EVERY = 3600.0
DEFAULT_RAA_EVERY = 6 * 3600.0
MIN_EVERY = 60.0
FEED_KINDS = ("press", "council", "raa")
RAA_GROUPINGS = ("month", "act")


@dataclass(frozen=True)
class FeedConfig:
    """One feed of feeds.yaml."""

    name: str
    url: str
    kind: str = "press"
    every: float = DEFAULT_EVERY
    commune: str | None = None
    departement: str | None = None
    region: str | None = None
    enabled: bool = True
    user_agent: str | None = None


@dataclass(frozen=True)
class ForumConfig:
    """Where and how threads are posted; also the town tags' rules (it provides
    bot.matching.tags.TagSettings)."""

    category: int | None = None
    national_category: int | None = None
    region_categories: dict[str, int] = field(default_factory=dict)
    triage_tag: str = "a-trier"
    off_topic_tag: str = "hors-sujet"
    story_window_days: float = 7.0
    max_edits_per_item: int = 3
    requests_per_minute: int = 50
    health_category: int | None = None  # staff category for the weekly health report
    silent_days: float = 14.0  # a feed with no new item for this long is "silent"
    health_period_days: int = 7  # one health thread per period
    theme_tags: bool = True
    max_tags: int = 5
    max_tag_length: int = 20
    tag_overrides: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RaaConfig:
    """How prefectures' recueils (`kind: raa` entries) are read and posted."""

    ocr: bool = False  # read scanned pages with Tesseract, when installed
    max_pdf_mb: int = 100  # a recueil larger than this is not read (and shown in status)
    grouping: str = "month"  # one thread per (commune, kind, month), or one per act
    max_communes: int = 5  # an act naming more communes goes to its department's thread
    max_pages: int = 20  # listing pages visited per turn
    max_depth: int = 2  # sub-page levels below the entry's url
    max_pdfs: int = 10  # recueils downloaded per turn (the others wait for the next)


@dataclass(frozen=True)
class Config:
    """The whole of feeds.yaml, validated."""

    path: str
    feeds: tuple[FeedConfig, ...]
    forum: ForumConfig = ForumConfig()
    matching: MatchingConfig = MatchingConfig()
    raa: RaaConfig = RaaConfig()
    allow_private_networks: bool = False
    max_age_days: float = 3.0
    user_agent: str | None = None
    workers: int = 100
    parse_processes: int | None = None  # None: automatic (bot.sources.parsepool.auto_processes)
    warnings: tuple[ConfigProblem, ...] = ()  # accepted, but worth writing otherwise


@dataclass(frozen=True)
class ForumCredentials:
    """Forum access from the environment; absent means preview mode."""

    url: str
    api_key: str
    api_username: str

    def __repr__(self) -> str:  # never print the key
        return f"ForumCredentials(url={self.url!r}, api_username={self.api_username!r})"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> ForumCredentials | None:
        """Read DISCOURSE_URL, DISCOURSE_API_KEY, DISCOURSE_API_USERNAME (all or none)."""
        env = os.environ if environ is None else environ
        names = ("DISCOURSE_URL", "DISCOURSE_API_KEY", "DISCOURSE_API_USERNAME")
        values = {n: env.get(n, "").strip() for n in names}
        if not any(values.values()):
            return None
        missing = [n for n, v in values.items() if not v]
        if missing:
            raise ConfigError([ConfigProblem("environment", None, m, "is not set (set all three "
                               "DISCOURSE_* variables, or none for preview mode)") for m in missing])
        if urlsplit(values["DISCOURSE_URL"]).scheme not in ("http", "https"):
            raise ConfigError([ConfigProblem("environment", None, "DISCOURSE_URL",
                                             "must start with https://")])
        return cls(values["DISCOURSE_URL"].rstrip("/"), values["DISCOURSE_API_KEY"],
                   values["DISCOURSE_API_USERNAME"])


class _Reader:
    """Walks the YAML tree, recording located problems instead of raising."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[ConfigProblem] = []
        self.warnings: list[ConfigProblem] = []

    def problem(self, node: Any, key: Any, fieldname: str, message: str) -> None:
        self.problems.append(ConfigProblem(self.path, _line_of(node, key), fieldname, message))

    def warning(self, node: Any, key: Any, fieldname: str, message: str) -> None:
        self.warnings.append(ConfigProblem(self.path, _line_of(node, key), fieldname, message))

    def code(self, node: Any, key: Any, fieldname: str, value: Any, kind: str) -> str | None:
        """An INSEE code (`kind`: commune, departement or region) as text. Unquoted codes
        are accepted, zero-padded back where YAML read them as numbers (06088 → 6088),
        with a warning there; None (and a problem) for anything else."""
        width, example = _CODE_FORMS[kind]
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 10 ** width:
            code = f"{value:0{width}d}"
            if code != str(value):
                self.warning(node, key, fieldname,
                             f'write it quoted, "{code}": unquoted, YAML reads it as the '
                             f"number {value}")
            return code
        self.problem(node, key, fieldname, f"must be a {kind} code such as {example}, "
                                           f"not {value!r}")
        return None

    def mapping(self, node: Any, key: Any, value: Any, fieldname: str,
                allowed: set[str]) -> dict:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(node, key, fieldname, "must be a mapping of keys to values")
            return {}
        for unknown in sorted(set(map(str, value)) - allowed):
            self.problem(value, unknown, f"{fieldname}.{unknown}",
                         f"unknown key (expected one of: {', '.join(sorted(allowed))})")
        return value

    def typed(self, node: dict, key: str, fieldname: str, convert: Callable[[Any], Any],
              default: Any) -> Any:
        if key not in node or node[key] is None:
            return default
        try:
            return convert(node[key])
        except (TypeError, ValueError) as exc:
            self.problem(node, key, fieldname, str(exc))
            return default


def _line_of(node: Any, key: Any) -> int | None:
    """1-based line of `key` inside a ruamel mapping or sequence, if known."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if isinstance(key, int) and isinstance(node, list):
            return lc.item(key)[0] + 1
        return lc.key(key)[0] + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return lc.line + 1 if getattr(lc, "line", None) is not None else None


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"must be a positive whole number, not {value!r}")
    return value


def _processes(value: Any) -> int | None:
    if value == "auto":
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"must be `auto` or a whole number (0: parse in the main process), "
                         f"not {value!r}")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"must be a number, not {value!r}")
    return float(value)


def _interval(value: Any) -> float:
    seconds = parse_duration(value)
    if seconds < MIN_EVERY:
        raise ValueError(f"{value!r} is too short: poll at most once a minute")
    return seconds


def _text(value: Any) -> str:
    if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
        raise ValueError(f"must be a non-empty text, not {value!r}")
    return str(value).strip()


# INSEE code kinds: digits, and an example to show.
_CODE_FORMS = {"commune": (5, '"93066"'), "departement": (2, '"93" or "2A"'),
               "region": (2, '"11"')}


TOP_KEYS = {"allow_private_networks", "max_age_days", "user_agent", "workers",
            "parse_processes", "forum",
            "matching", "raa", "feeds"}
FEED_KEYS = {"name", "url", "kind", "every", "commune", "departement", "region", "enabled",
             "user_agent"}
FORUM_KEYS = {"category", "national_category", "region_categories", "triage_tag",
              "off_topic_tag", "story_window_days", "max_edits_per_item", "theme_tags",
              "requests_per_minute", "health_category", "silent_days",
              "health_period_days",
              "max_tags", "max_tag_length", "tag_overrides"}
MATCHING_KEYS = {"threshold", "keywords"}
RAA_KEYS = {"ocr", "max_pdf_mb", "grouping", "max_communes", "max_pages", "max_depth",
            "max_pdfs"}
KEYWORD_KEYS = {"weight", "role", "theme"}


def load_config(path: str | Path) -> Config:
    """Read and validate feeds.yaml; raise ConfigError listing every problem."""
    path_text = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([ConfigProblem(path_text, None, "file", f"cannot be read: "
                                         f"{exc.strerror or exc}")]) from exc
    return parse_config(text, path_text)


def parse_config(text: str, path: str = "feeds.yaml") -> Config:
    """Validate the YAML text of feeds.yaml."""
    try:
        root = YAML(typ="rt").load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise ConfigError([ConfigProblem(path, line, "yaml", f"not valid YAML: {reason}")]) from exc
    reader = _Reader(path)
    if root is None:
        root = {}
    if not isinstance(root, dict):
        raise ConfigError([ConfigProblem(path, 1, "file", "must be a mapping with a `feeds:` list")])
    reader.mapping(None, None, root, "(top level)", TOP_KEYS)
    config = Config(
        path=path,
        feeds=_read_feeds(reader, root),
        forum=_read_forum(reader, root),
        matching=_read_matching(reader, root),
        raa=_read_raa(reader, root),
        allow_private_networks=reader.typed(root, "allow_private_networks",
                                            "allow_private_networks", _boolean, False),
        max_age_days=reader.typed(root, "max_age_days", "max_age_days", _number, 3.0),
        user_agent=reader.typed(root, "user_agent", "user_agent", _text, None),
        workers=reader.typed(root, "workers", "workers", _positive_int, 100),
        parse_processes=reader.typed(root, "parse_processes", "parse_processes", _processes,
                                     None),
    )
    if reader.problems:
        raise ConfigError(sorted(reader.problems, key=lambda p: p.line or 0))
    return replace(config, warnings=tuple(sorted(reader.warnings, key=lambda p: p.line or 0)))


def _read_feeds(reader: _Reader, root: dict) -> tuple[FeedConfig, ...]:
    from bot.matching.communes import gazetteer

    feeds_node = root.get("feeds")
    if not isinstance(feeds_node, list) or not feeds_node:
        reader.problem(root, "feeds", "feeds", "must be a non-empty list of feeds")
        return ()
    places = gazetteer()
    feeds, names, urls = [], set(), {}
    for index, node in enumerate(feeds_node):
        label = f"feeds[{index}]"
        if not isinstance(node, dict):
            reader.problem(feeds_node, index, label, "must be a mapping with name, url and kind")
            continue
        name = reader.typed(node, "name", f"{label}.name", _text, f"feed {index}")
        if "name" in node:
            label = f"feeds[{index}] ({name})"
        reader.mapping(feeds_node, index, node, label, FEED_KEYS)
        for required in ("name", "url"):
            if required not in node:
                reader.problem(feeds_node, index, f"{label}.{required}", "is required")
        if name in names:
            reader.problem(node, "name", f"{label}.name", "is used by another feed")
        names.add(name)
        url = reader.typed(node, "url", f"{label}.url", _text, "")
        if url and (urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname):
            reader.problem(node, "url", f"{label}.url", f"{url!r} is not an http(s) URL")
        elif url in urls:
            reader.problem(node, "url", f"{label}.url", f"is already the url of {urls[url]!r}: "
                                                        "one entry per feed")
        urls.setdefault(url, name)
        kind = reader.typed(node, "kind", f"{label}.kind", _text, "press")
        if kind not in FEED_KINDS:
            reader.problem(node, "kind", f"{label}.kind",
                           f"must be press, council or raa, not {kind!r}")
        commune = _known_code(reader, node, "commune", f"{label}.commune", "commune",
                              places.commune)
        if kind == "council" and node.get("commune") is None:
            reader.problem(feeds_node, index, f"{label}.commune",
                           "a council feed must declare its commune (INSEE code)")
        departement = _known_code(reader, node, "departement", f"{label}.departement",
                                  "departement", places.departements.get)
        if kind == "raa" and node.get("departement") is None:
            reader.problem(feeds_node, index, f"{label}.departement",
                           "a prefecture's recueils (kind: raa) must declare their department "
                           '(INSEE code, e.g. "35"): acts\' communes are looked up there first')
        region = _known_code(reader, node, "region", f"{label}.region", "region",
                             places.regions.get)
        feeds.append(FeedConfig(
            name=name, url=url, kind=kind,
            every=reader.typed(node, "every", f"{label}.every", _interval,
                               DEFAULT_RAA_EVERY if kind == "raa" else DEFAULT_EVERY),
            commune=commune, departement=departement, region=region,
            enabled=reader.typed(node, "enabled", f"{label}.enabled", _boolean, True),
            user_agent=reader.typed(node, "user_agent", f"{label}.user_agent", _text, None),
        ))
    return tuple(feeds)


def _category(value: Any) -> int:
    return _positive_int(value)


def _as_written(key: Any, kind: str) -> str:
    """A code key as the maintainer wrote it (6088 read from 06088 shown as 06088)."""
    width = _CODE_FORMS[kind][0]
    return f"{key:0{width}d}" if isinstance(key, int) and not isinstance(key, bool) else str(key)


def _known_code(reader: _Reader, node: dict, key: Any, fieldname: str, kind: str,
                lookup: Callable[[str], Any], value: Any = None) -> str | None:
    """node[key] (or `value`, for a mapping's key) as an INSEE code that exists."""
    value = node.get(key) if value is None else value
    if value is None:
        return None
    code = reader.code(node, key, fieldname, value, kind)
    if code is not None and lookup(code) is None:
        reader.problem(node, key, fieldname, f"{code!r} is not a current INSEE {kind} code")
        return None
    return code


def _read_forum(reader: _Reader, root: dict) -> ForumConfig:
    node = reader.mapping(root, "forum", root.get("forum"), "forum", FORUM_KEYS)
    from bot.matching.communes import gazetteer

    places = gazetteer()
    regions = reader.mapping(node, "region_categories", node.get("region_categories"),
                             "forum.region_categories",
                             set(map(str, node.get("region_categories") or {})))
    region_categories = {}
    for key, value in regions.items():
        field_name = f"forum.region_categories.{_as_written(key, 'region')}"
        code = _known_code(reader, regions, key, field_name, "region", places.regions.get, key)
        if code is not None:
            region_categories[code] = reader.typed(regions, key, field_name, _category, 0)
    overrides_node = node.get("tag_overrides") or {}
    overrides = {}
    if not isinstance(overrides_node, dict):
        reader.problem(node, "tag_overrides", "forum.tag_overrides", "must map INSEE codes to tags")
    else:
        for key, tag in overrides_node.items():
            field_name = f"forum.tag_overrides.{_as_written(key, 'commune')}"
            code = _known_code(reader, overrides_node, key, field_name, "commune",
                               places.commune, key)
            if code is not None:
                overrides[code] = reader.typed(overrides_node, key, field_name, _text, "")
    return ForumConfig(
        category=reader.typed(node, "category", "forum.category", _category, None),
        national_category=reader.typed(node, "national_category", "forum.national_category",
                                       _category, None),
        region_categories=region_categories,
        triage_tag=reader.typed(node, "triage_tag", "forum.triage_tag", _text, "a-trier"),
        off_topic_tag=reader.typed(node, "off_topic_tag", "forum.off_topic_tag", _text,
                                   "hors-sujet"),
        story_window_days=reader.typed(node, "story_window_days", "forum.story_window_days",
                                       _number, 7.0),
        max_edits_per_item=reader.typed(node, "max_edits_per_item",
                                        "forum.max_edits_per_item", _positive_int, 3),
        requests_per_minute=reader.typed(node, "requests_per_minute",
                                         "forum.requests_per_minute", _positive_int, 50),
        health_category=reader.typed(node, "health_category", "forum.health_category",
                                     _category, None),
        silent_days=reader.typed(node, "silent_days", "forum.silent_days", _number, 14.0),
        health_period_days=reader.typed(node, "health_period_days", "forum.health_period_days",
                                        _positive_int, 7),
        theme_tags=reader.typed(node, "theme_tags", "forum.theme_tags", _boolean, True),
        max_tags=reader.typed(node, "max_tags", "forum.max_tags", _positive_int, 5),
        max_tag_length=reader.typed(node, "max_tag_length", "forum.max_tag_length",
                                    _positive_int, 20),
        tag_overrides=overrides,
    )


def _grouping(value: Any) -> str:
    if value not in RAA_GROUPINGS:
        raise ValueError(f"must be month (one thread per commune, kind and month) or act "
                         f"(one thread per act), not {value!r}")
    return value


def _read_raa(reader: _Reader, root: dict) -> RaaConfig:
    node = reader.mapping(root, "raa", root.get("raa"), "raa", RAA_KEYS)
    default = RaaConfig()
    return RaaConfig(
        ocr=reader.typed(node, "ocr", "raa.ocr", _boolean, default.ocr),
        max_pdf_mb=reader.typed(node, "max_pdf_mb", "raa.max_pdf_mb", _positive_int,
                                default.max_pdf_mb),
        grouping=reader.typed(node, "grouping", "raa.grouping", _grouping, default.grouping),
        max_communes=reader.typed(node, "max_communes", "raa.max_communes", _positive_int,
                                  default.max_communes),
        max_pages=reader.typed(node, "max_pages", "raa.max_pages", _positive_int,
                               default.max_pages),
        max_depth=reader.typed(node, "max_depth", "raa.max_depth", _positive_int,
                               default.max_depth),
        max_pdfs=reader.typed(node, "max_pdfs", "raa.max_pdfs", _positive_int,
                              default.max_pdfs),
    )


def _read_matching(reader: _Reader, root: dict) -> MatchingConfig:
    node = reader.mapping(root, "matching", root.get("matching"), "matching", MATCHING_KEYS)
    threshold = reader.typed(node, "threshold", "matching.threshold", _number, 1.0)
    keywords = {k.term.casefold(): k for k in DEFAULT_KEYWORDS}
    extra = node.get("keywords") or {}
    if not isinstance(extra, dict):
        reader.problem(node, "keywords", "matching.keywords",
                       "must map each term to a weight or to {weight, role, theme}")
        extra = {}
    for term, spec in extra.items():
        label = f"matching.keywords.{term}"
        entry = _read_keyword(reader, extra, str(term), spec, label)
        if entry is None:
            continue
        if entry.weight == 0 and entry.role != "context":
            keywords.pop(entry.term.casefold(), None)
        else:
            keywords[entry.term.casefold()] = entry
    return MatchingConfig(threshold=threshold, keywords=tuple(keywords.values()))


def _read_keyword(reader: _Reader, parent: dict, term: str, spec: Any, label: str) -> Keyword | None:
    if isinstance(spec, (int, float)) and not isinstance(spec, bool):
        return Keyword(term, float(spec))
    if not isinstance(spec, dict):
        reader.problem(parent, term, label, "must be a weight or {weight, role, theme}")
        return None
    reader.mapping(parent, term, spec, label, KEYWORD_KEYS)
    if "weight" not in spec:
        reader.problem(parent, term, f"{label}.weight", "is required")
        return None
    weight = reader.typed(spec, "weight", f"{label}.weight", _number, None)
    if weight is None:
        return None
    role = reader.typed(spec, "role", f"{label}.role", _text, "term")
    if role not in ROLES:
        reader.problem(spec, "role", f"{label}.role", f"must be one of {', '.join(ROLES)}")
        return None
    theme = reader.typed(spec, "theme", f"{label}.theme", _text, None)
    return Keyword(term, weight, role, theme)
