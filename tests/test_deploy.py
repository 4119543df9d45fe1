"""The deployment recipes point at commands and options that exist."""
from __future__ import annotations

import configparser
import re

from tests.conftest import ROOT, cli

DEPLOY = ROOT / "deploy"


def test_systemd_unit_is_hardened_and_runs_real_commands():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str
    unit.read(DEPLOY / "technopolice-bot.service")
    service = unit["Service"]
    for key, value in (("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"),
                       ("PrivateTmp", "yes"), ("Restart", "on-failure"),
                       ("User", "technopolice-bot")):
        assert service[key] == value
    for line in (service["ExecStart"], service["ExecStartPre"]):
        args = line.split()[1:]
        result = cli(*args[:1], "--help")
        assert result.returncode == 0
        for option in (a for a in args if a.startswith("--")):
            assert option in result.stdout, (option, line)


def test_container_healthcheck_and_command_exist():
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    for command in re.findall(r"technopolice-bot (\w+)", dockerfile):
        assert cli(command, "--help").returncode == 0, command
    assert "USER technopolice-bot" in dockerfile and "HEALTHCHECK" in dockerfile


def test_env_example_names_the_three_variables():
    names = {line.split("=")[0] for line in (DEPLOY / "env.example").read_text().splitlines()
             if "=" in line and not line.startswith("#")}
    assert names == {"DISCOURSE_URL", "DISCOURSE_API_KEY", "DISCOURSE_API_USERNAME"}
