"""Fetching feeds over real HTTP on 127.0.0.1."""
from __future__ import annotations

import httpx
import pytest

from bot.errors import BlockedAddressError, FetchError
from bot.sources.fetch import Validators, fetch_feed, make_client
from tests.conftest import rss

FEED = rss({"title": "Un article", "link": "https://e.fr/a", "summary": "x"})


@pytest.fixture
def client():
    with make_client(httpx.Timeout(2.0)) as c:
        yield c


def test_conditional_get_answers_304_with_validators(feeds, client):
    url = feeds.serve("/f.xml", FEED)
    first = fetch_feed(client, url, Validators(), allow_private=True)
    assert first.status == 200 and first.body.startswith(b"<?xml")
    again = fetch_feed(client, url, first.validators, allow_private=True)
    assert again.not_modified
    assert feeds.requests[-1][2]["If-None-Match"] == first.validators.etag
    assert feeds.requests[-1][2]["If-Modified-Since"] == first.validators.last_modified


def test_last_modified_alone_gives_a_304(feeds, client):
    url = feeds.serve("/lm.xml", FEED)
    first = fetch_feed(client, url, Validators(), allow_private=True)
    only_date = Validators(last_modified=first.validators.last_modified)
    assert fetch_feed(client, url, only_date, allow_private=True).not_modified


def test_redirects_followed_and_permanent_ones_recorded(feeds, client):
    target = feeds.serve("/new.xml", FEED)
    old = feeds.redirect("/old.xml", target, 301)
    result = fetch_feed(client, old, Validators(), allow_private=True)
    assert result.status == 200 and result.permanent_redirect == target


def test_redirect_loop_is_bounded(feeds, client):
    feeds.redirect("/a", feeds.url + "/b", 302)
    feeds.redirect("/b", feeds.url + "/a", 302)
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_feed(client, feeds.url + "/a", Validators(), allow_private=True)


def test_internal_addresses_refused_unless_allowed(feeds, client):
    url = feeds.serve("/f.xml", FEED)
    with pytest.raises(BlockedAddressError, match="internal address"):
        fetch_feed(client, url, Validators(), allow_private=False)
    with pytest.raises(BlockedAddressError):
        fetch_feed(client, "http://169.254.169.254/latest/meta-data", Validators(),
                   allow_private=False)
    assert feeds.requests == []


def test_oversized_body_stops_reading(feeds, client):
    url = feeds.serve("/big.xml", b"<rss>" + b"x" * 3_000_000)
    with pytest.raises(FetchError, match="larger than 1 MB"):
        fetch_feed(client, url, Validators(), allow_private=True, max_bytes=1024 * 1024)


def test_gzip_is_accepted(feeds, client):
    url = feeds.serve("/gz.xml", FEED, gzip=True)
    assert fetch_feed(client, url, Validators(), allow_private=True).body.startswith(b"<?xml")


def test_http_errors_are_explained(feeds, client):
    forbidden = feeds.answer("/403", 403, "no")
    with pytest.raises(FetchError, match="user_agent"):
        fetch_feed(client, forbidden, Validators(), allow_private=True)
    gone = feeds.answer("/410", 410, "gone")
    with pytest.raises(FetchError, match="gone"):
        fetch_feed(client, gone, Validators(), allow_private=True)


def test_slow_server_times_out(feeds):
    url = feeds.serve("/slow.xml", FEED, delay=1.5)
    with make_client(httpx.Timeout(0.3)) as fast_client:
        with pytest.raises(FetchError, match="timed out"):
            fetch_feed(fast_client, url, Validators(), allow_private=True)


def test_user_agent_is_polite_and_overridable(feeds, client):
    url = feeds.serve("/f.xml", FEED)
    fetch_feed(client, url, Validators(), allow_private=True)
    assert "technopolice-bot" in feeds.requests[-1][2]["User-Agent"]
    assert "+https://" in feeds.requests[-1][2]["User-Agent"]
    fetch_feed(client, url, Validators(), allow_private=True, user_agent="Mozilla/5.0 test")
    assert feeds.requests[-1][2]["User-Agent"] == "Mozilla/5.0 test"


def test_transient_errors_are_retried_with_backoff(feeds, client):
    url = feeds.serve("/flaky.xml", FEED, fail_times=2, fail_status=503)
    waits = []
    result = fetch_feed(client, url, Validators(), allow_private=True, sleep=waits.append)
    assert result.status == 200 and feeds.hits("/flaky.xml") == [503, 503, 200]
    assert 0.5 <= waits[0] <= 1.0 and 1.0 <= waits[1] <= 1.5  # doubling, plus jitter


def test_long_retry_after_is_not_waited_for_now(feeds, client):
    url = feeds.serve("/busy.xml", FEED, fail_times=5, fail_status=429,
                      fail_headers={"Retry-After": "3600"})
    waits = []
    with pytest.raises(FetchError) as caught:
        fetch_feed(client, url, Validators(), allow_private=True, sleep=waits.append)
    assert caught.value.retry_after == 3600 and waits == []
    assert feeds.hits("/busy.xml") == [429]


def test_permanent_errors_are_not_retried(feeds, client):
    url = feeds.answer("/gone.xml", 410, "gone")
    with pytest.raises(FetchError):
        fetch_feed(client, url, Validators(), allow_private=True, sleep=lambda s: None)
    assert feeds.hits("/gone.xml") == [410]


def test_connections_are_kept_for_a_bounded_number_of_hosts():
    """Thousands of feeds on hundreds of sites must not run out of file descriptors:
    the connections of the least recently used idle hosts are closed."""
    from bot.sandbox.feeds import FeedHost

    with make_client(httpx.Timeout(2.0), connections=2) as client:
        hosts = [FeedHost(f"127.0.0.{n}").start() for n in range(2, 7)]
        try:
            urls = [host.serve("/f.xml", FEED) for host in hosts]
            first = [fetch_feed(client, url, Validators(), allow_private=True) for url in urls]
            assert client.open_hosts == 2
            again = [fetch_feed(client, url, r.validators, allow_private=True)
                     for url, r in zip(urls, first)]
            assert all(r.status == 200 for r in first) and all(r.not_modified for r in again)
            assert client.open_hosts == 2
        finally:
            for host in hosts:
                host.stop()


def test_a_site_never_gets_more_than_two_requests_at_once(feeds, client):
    from concurrent.futures import ThreadPoolExecutor

    urls = [feeds.serve(f"/slow{n}.xml", FEED, delay=0.2) for n in range(8)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(lambda u: fetch_feed(client, u, Validators(),
                                                     allow_private=True), urls))
    assert all(r.status == 200 for r in results)
    assert feeds.peak_in_flight == 2
