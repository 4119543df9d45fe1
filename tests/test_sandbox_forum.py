"""The loopback forum behaves like Discourse for what the bot uses, seen through
pydiscourse-style HTTP calls (requests, as pydiscourse sends them)."""
from __future__ import annotations

import pytest
import requests

from bot.config import ForumCredentials
from bot.errors import PublishError
from bot.forum.base import ThreadDraft
from bot.forum.discourse import DiscourseForum

BODY = "Un corps de message suffisamment long pour Discourse."


def post(forum, key=None, **form):
    headers = {"Api-Key": key or forum.api_key, "Api-Username": forum.api_username}
    data = {"raw": BODY, "category": 5, **form}
    return requests.post(forum.url + "/posts.json", data=data, headers=headers, timeout=5)


def test_answers_json_with_discourse_content_type(forum):
    response = post(forum, title="Un titre tout à fait correct")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    assert {"id", "topic_id", "topic_slug", "post_number"} <= set(response.json())


def test_bad_key_is_403_invalid_access(forum):
    response = post(forum, key="nope", title="Un titre tout à fait correct")
    assert response.status_code == 403
    assert response.json()["error_type"] == "invalid_access"


@pytest.mark.parametrize("form, error", [
    ({"title": "Trop court"}, "Title is too short (minimum is 15 characters)"),
    ({"title": "x" * 256}, "Title is too long (maximum is 255 characters)"),
    ({"title": "aaaaaaaaaaaaaaaaaaaaaaa"}, "Title seems unclear, is it a complete sentence?"),
    ({"title": "Un titre tout à fait correct", "raw": "court"},
     "Body is too short (minimum is 20 characters)"),
    ({"title": "Un titre tout à fait correct", "category": ""}, "Category can't be blank"),
    ({"title": "Un titre tout à fait correct", "external_id": "a b"}, "External is invalid"),
    ({"title": "Un titre tout à fait correct", "tags[]": ["a", "b", "c", "d", "e", "f"]},
     "You can only apply 5 tags to a topic."),
])
def test_validation_errors_are_422_with_errors_array(forum, form, error):
    response = post(forum, **form)
    assert response.status_code == 422
    assert error in response.json()["errors"]


def test_duplicate_titles_refused_case_insensitively(forum):
    assert post(forum, title="Un titre tout à fait correct").status_code == 200
    again = post(forum, title="UN TITRE tout à fait correct", raw=BODY + " bis")
    assert again.status_code == 422
    assert "Title has already been used" in again.json()["errors"]


def test_tags_cleaned_and_truncated_like_discourse(forum):
    response = post(forum, title="Un titre tout à fait correct",
                    **{"tags[]": ["Saint-Germain-en-Laye", "L'Haÿ-les-Roses"]})
    topic = forum.topics[response.json()["topic_id"]]
    assert topic.tags == ["saint-germain-en-lay", "lhaÿ-les-roses"]


def test_identical_posts_within_120s_return_the_first_result(forum):
    first = post(forum, title="Un titre tout à fait correct", external_id="x1")
    second = post(forum, title="Un titre tout à fait correct", external_id="x1")
    assert first.json() == second.json() and len(forum.topics) == 1


def test_external_id_lookup_is_a_301_and_404_once_deleted(forum):
    topic_id = post(forum, title="Un titre tout à fait correct", external_id="tpb-1").json()[
        "topic_id"]
    headers = {"Api-Key": forum.api_key, "Api-Username": forum.api_username}
    raw = requests.get(forum.url + "/t/external_id/tpb-1.json", headers=headers,
                       allow_redirects=False, timeout=5)
    assert raw.status_code == 301 and raw.headers["Location"].endswith(f"/{topic_id}.json")
    client = DiscourseForum(ForumCredentials(forum.url, forum.api_key, forum.api_username))
    assert client.find_topic("TPB-1").topic_id == topic_id  # case-insensitive
    forum.delete_topic(topic_id)
    assert client.find_topic("tpb-1") is None
    forum.expire_memo()
    retry = post(forum, title="Un autre titre tout à fait correct", external_id="tpb-1")
    assert "External has already been taken" in retry.json()["errors"]


def test_topic_shows_tags_as_objects(forum):
    topic_id = post(forum, title="Un titre tout à fait correct", **{"tags[]": ["vsa"]}).json()[
        "topic_id"]
    headers = {"Api-Key": forum.api_key, "Api-Username": forum.api_username}
    topic = requests.get(f"{forum.url}/t/{topic_id}.json", headers=headers, timeout=5).json()
    assert topic["tags"] == [{"id": 1, "name": "vsa", "slug": "vsa"}]


def test_rate_limit_is_429_with_wait_seconds_and_client_does_not_sleep(forum):
    forum.rate_limit_per_minute = 1
    client = DiscourseForum(ForumCredentials(forum.url, forum.api_key, forum.api_username))
    draft = ThreadDraft("tpb-2", "Un titre tout à fait correct", BODY, ("vsa",), 5)
    client.create_topic(draft)
    with pytest.raises(PublishError) as caught:
        client.find_topic("tpb-2")
    assert caught.value.status == 429 and caught.value.wait_seconds > 0
    raw = requests.get(forum.url + "/t/1.json", timeout=5, headers={
        "Api-Key": forum.api_key, "Api-Username": forum.api_username})
    assert raw.status_code == 429 and raw.json()["extras"]["wait_seconds"] > 0
    assert raw.headers["Retry-After"]
