"""The host: the API key never leaks; backups; schema migrations; one instance."""
from __future__ import annotations

import sqlite3

import sqlite_utils

from bot.sandbox.forum import Fault
from bot.state.store import MIGRATIONS, Store
from tests.conftest import cli, forum_env, rss, write_config

SECRET = "k3y-that-must-never-leak-0123456789"


def test_api_key_never_in_output_logs_status_or_database(feeds, forum, tmp_path):
    forum.api_key = SECRET
    url = feeds.serve("/f.xml", rss({"title": "La VSA arrive à Montreuil",
                                     "link": "https://e.fr/m", "summary": "La mairie teste."}))
    config = write_config(tmp_path / "feeds.yaml", [{"name": "F", "url": url}])
    db = tmp_path / "state.db"
    runs = [cli("-v", "run", "--once", "--config", str(config), "--db", str(db),
                env=forum_env(forum, DISCOURSE_API_KEY=SECRET))]
    forum.add_fault(Fault(status=500, count=10))
    runs.append(cli("-v", "run", "--once", "--config", str(config), "--db", str(db),
                    env=forum_env(forum, DISCOURSE_API_KEY=SECRET)))
    runs.append(cli("run", "--once", "--config", str(config), "--db", str(db),
                    env=forum_env(forum, DISCOURSE_API_KEY="wrong-" + SECRET)))
    runs.append(cli("status", "--db", str(db)))
    assert len(forum.live_topics()) == 1
    for result in runs:
        assert SECRET not in result.stdout + result.stderr
    for path in tmp_path.glob("state.db*"):
        assert SECRET.encode() not in path.read_bytes()


def test_backup_is_a_usable_copy(feeds, tmp_path):
    url = feeds.serve("/f.xml", rss({"title": "La VSA arrive à Montreuil",
                                     "link": "https://e.fr/m", "summary": "La mairie teste."}))
    config = write_config(tmp_path / "feeds.yaml", [{"name": "F", "url": url}])
    db = tmp_path / "state.db"
    cli("run", "--once", "--config", str(config), "--db", str(db))
    result = cli("backup", str(tmp_path / "copy.db"), "--db", str(db))
    assert result.returncode == 0
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("select count(*) from items").fetchone()[0] == 1


def test_schema_is_versioned_and_migrated_from_an_old_database(tmp_path):
    path = tmp_path / "old.db"
    connection = sqlite3.connect(path)
    MIGRATIONS[0](sqlite_utils.Database(connection))  # a database from the first release
    connection.execute("PRAGMA user_version = 1")
    connection.execute("insert into items (key, title, status) values ('k', 'Ancien', 'posted')")
    connection.commit()
    connection.close()
    store = Store(path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    row = store.item("k")
    assert row["title"] == "Ancien" and row["edits"] == 0  # kept, with the new columns
