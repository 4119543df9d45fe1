"""Refuse requests to internal addresses (loopback, private, link-local, metadata)."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from bot.errors import BlockedAddressError, FetchError


def is_internal(address: str) -> bool:
    """True for any address a feed must not make the bot reach."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def check_url(url: str, allow_private: bool) -> None:
    """Raise BlockedAddressError if `url`'s host resolves to an internal address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"refused {url!r}: only http(s) URLs are fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {parts.hostname}: {exc.strerror}") from exc
    for info in infos:
        address = str(info[4][0])
        if is_internal(address):
            raise BlockedAddressError(
                f"refused {parts.hostname} ({address}): internal address; set "
                "allow_private_networks: true in feeds.yaml only for tests")
