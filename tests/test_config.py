"""feeds.yaml: the shipped file loads; mistakes are reported with file, line, field."""
from __future__ import annotations

import pytest

from bot.config import ForumCredentials, load_config, parse_config
from bot.errors import ConfigError
from tests.conftest import ROOT, cli


def test_shipped_feeds_yaml_is_valid_and_broad():
    config = load_config(ROOT / "feeds.yaml")
    assert len(config.feeds) >= 20
    assert {f.kind for f in config.feeds} == {"press", "council", "raa"}
    assert all(f.commune for f in config.feeds if f.kind == "council")
    assert config.allow_private_networks is False
    assert any(f.name == "Technopolice" for f in config.feeds)


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "feeds.yaml")
    return [str(p) for p in caught.value.problems]


MINIMAL = "feeds:\n  - name: A\n    url: https://example.org/feed\n"


@pytest.mark.parametrize("text, expected", [
    ("feeds:\n  - name: A\n    url: ftp://example.org\n",
     "feeds.yaml:3: feeds[0] (A).url: 'ftp://example.org' is not an http(s) URL"),
    ("feeds:\n  - name: A\n    url: https://e.org/f\n    kind: blog\n",
     "feeds.yaml:4: feeds[0] (A).kind: must be press, council or raa, not 'blog'"),
    ("feeds:\n  - name: A\n    url: https://e.org/f\n    every: 10s\n",
     "feeds.yaml:4: feeds[0] (A).every: '10s' is too short: poll at most once a minute"),
    ("feeds:\n  - name: A\n    url: https://e.org/f\n    every: soon\n",
     "feeds.yaml:4: feeds[0] (A).every: 'soon' is not a duration such as 30m, 6h or 1d"),
    ("feeds:\n  - name: A\n    url: https://e.org/f\n    ever: 1h\n",
     "feeds.yaml:4: feeds[0] (A).ever: unknown key"),
    ("feeds:\n  - name: A\n    url: https://e.org/f\n    kind: council\n",
     "feeds[0] (A).commune: a council feed must declare its commune"),
    ("feeds:\n  - name: A\n    url: https://e.org/f\n    commune: [93066]\n",
     "feeds.yaml:4: feeds[0] (A).commune: must be a commune code such as \"93066\""),
    ("feeds:\n  - name: A\n    url: https://e.org/f\n    commune: \"99999\"\n",
     "'99999' is not a current INSEE commune code"),
    (MINIMAL + "  - name: A\n    url: https://e.org/g\n",
     "feeds.yaml:4: feeds[1] (A).name: is used by another feed"),
    ("allow_private_networks: yes please\n" + MINIMAL,
     "feeds.yaml:1: allow_private_networks: must be true or false"),
    ("forum:\n  category: five\n" + MINIMAL,
     "feeds.yaml:2: forum.category: must be a positive whole number"),
    ("matching:\n  keywords:\n    drone: {weight: lots}\n" + MINIMAL,
     "feeds.yaml:3: matching.keywords.drone.weight: must be a number"),
    ("parse_processes: many\n" + MINIMAL,
     "feeds.yaml:1: parse_processes: must be `auto` or a whole number"),
    ("feeds: [\n", "feeds.yaml:2: yaml: not valid YAML"),
    ("feeds: []\n", "feeds.yaml:1: feeds: must be a non-empty list of feeds"),
])
def test_each_mistake_is_located(text, expected):
    assert any(expected in p for p in problems(text)), problems(text)


def test_all_problems_are_reported_at_once():
    text = "feeds:\n  - name: A\n    url: nope\n    kind: blog\n    every: 1s\n"
    assert len(problems(text)) == 3


def test_keywords_override_and_remove_builtin_terms():
    config = parse_config("matching:\n  keywords:\n    caméra: 0\n    Evitech: 3\n" + MINIMAL)
    terms = {k.term: k for k in config.matching.keywords}
    assert "caméra" not in terms
    assert terms["Evitech"].weight == 3 and terms["Evitech"].role == "term"


def test_check_command_exit_codes(tmp_path):
    good = cli("check", "--config", str(ROOT / "feeds.yaml"))
    assert good.returncode == 0 and "OK" in good.stdout
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - name: A\n    url: nope\n")
    result = cli("check", "--config", str(bad))
    assert result.returncode == 2
    assert f"{bad}:3: feeds[0] (A).url" in result.stderr
    assert "Traceback" not in result.stderr
    missing = cli("check", "--config", str(tmp_path / "absent.yaml"))
    assert missing.returncode == 2 and "cannot be read" in missing.stderr


def test_credentials_all_or_none_and_key_never_printed():
    assert ForumCredentials.from_env({}) is None
    with pytest.raises(ConfigError, match="DISCOURSE_API_USERNAME"):
        ForumCredentials.from_env({"DISCOURSE_URL": "https://f.org", "DISCOURSE_API_KEY": "k"})
    creds = ForumCredentials.from_env({"DISCOURSE_URL": "https://f.org/",
                                       "DISCOURSE_API_KEY": "s3cret",
                                       "DISCOURSE_API_USERNAME": "bot"})
    assert creds.url == "https://f.org"
    assert "s3cret" not in repr(creds)
