"""Refuse requests to internal addresses (loopback, private, link-local, metadata)."""
from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from bot.errors import BlockedAddressError, FetchError

_NAT64 = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: IPv4 in the last 32 bits
_LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")  # RFC 8215: a site's own translator


def is_internal(address: str) -> bool:
    """True for any address a feed must not make the bot reach. An IPv6 address that
    carries an IPv4 one (mapped, NAT64, 6to4, IPv4-compatible) is judged by that IPv4
    address too: `64:ff9b::7f00:1` reaches 127.0.0.1 through a translator."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _LOCAL_NAT64:
            return True
        embedded = _embedded_ipv4(ip)
        if embedded is not None and is_internal(str(embedded)):
            return True
        if ip.ipv4_mapped:
            return False  # judged by its IPv4 address alone (::ffff:0:0/96 is "private")
    return not ip.is_global or ip.is_multicast


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped:
        return ip.ipv4_mapped
    if ip in _NAT64 or (int(ip) >> 32 == 0 and int(ip) > 1):  # NAT64, or ::a.b.c.d
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.sixtofour  # 2002:AABB:CCDD::/48 carries A.B.C.D; None otherwise


def check_url(url: str, allow_private: bool) -> None:
    """Raise BlockedAddressError if `url`'s host resolves to an internal address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"refused {url!r}: only http(s) URLs are fetched")
    if allow_private and not _maybe_link_local(parts.hostname):
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve {parts.hostname}: {exc.strerror}") from exc
    for info in infos:
        address = str(info[4][0])
        if allow_private and not ipaddress.ip_address(address.split("%")[0]).is_link_local:
            continue  # tests' loopback servers; cloud metadata (link-local) stays refused
        if is_internal(address):
            raise BlockedAddressError(
                f"refused {parts.hostname} ({address}): internal address; set "
                "allow_private_networks: true in feeds.yaml only for tests")


def _maybe_link_local(host: str) -> bool:
    """Could `host` be a link-local address (169.254.169.254: cloud metadata)? IP
    literals are judged at once; names are resolved."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%")[0]).is_link_local
    except ValueError:
        return host not in ("localhost",) and not host.endswith(".localhost")
