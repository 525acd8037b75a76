"""Fetch a web page or feed, safely: http(s) only, bounded size and time, no private addresses.

* Only ``http`` and ``https`` URLs; at most :data:`MAX_REDIRECTS` redirects, each checked again.
* The address actually connected to is checked after the connection is made (so DNS tricks that
  resolve to another address at connect time are caught too): only global unicast addresses are
  allowed — loopback, private, shared (100.64.0.0/10), link-local, multicast, reserved and
  unspecified ones are refused unless ``allow_private``. Proxy settings are ignored, so the check
  is always made on the page's own address.
* The body is read in chunks up to ``max_bytes`` and within ``timeout`` seconds in total, so a
  response that never ends, or drips, is cut off with an error.
"""

from __future__ import annotations

import http.client
import ipaddress
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from .. import __version__
from ..errors import InputError

MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 20.0
USER_AGENT = f"lagebild/{__version__} (+https://github.com/lagebild)"


@dataclass
class Fetched:
    url: str
    content_type: str
    charset: str | None
    body: bytes


def address_allowed(host: str) -> bool:
    """Whether an IP address is a public one."""
    try:
        ip = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast  # not private, shared (100.64/10), loopback, link-local, reserved


def _checked(conn: http.client.HTTPConnection, allow_private: bool) -> None:
    peer = conn.sock.getpeername()[0]
    if not allow_private and not address_allowed(peer):
        conn.sock.close()
        raise _Refused(f"{conn.host} resolves to {peer}, a private, loopback or link-local address;"
                       " refused (pass --allow-private to allow it)")


class _Refused(OSError):
    pass


def _handlers(allow_private: bool) -> list[urllib.request.BaseHandler]:
    class CheckedHTTP(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            _checked(self, allow_private)

    class CheckedHTTPS(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            _checked(self, allow_private)

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(CheckedHTTP, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(CheckedHTTPS, req)

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS
        max_repeats = 2

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if urlsplit(newurl).scheme not in ("http", "https"):
                raise _Refused(f"redirect to {newurl!r}: only http and https are fetched")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    # no proxies: the address checked must be the address of the page, not of a proxy
    return [urllib.request.ProxyHandler({}), HTTPHandler(), HTTPSHandler(), Redirects()]


def fetch(url: str, *, allow_private: bool = False, timeout: float = DEFAULT_TIMEOUT,
          max_bytes: int = 10_000_000) -> Fetched:
    """The body of a URL, or an InputError with one line saying why not."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{url}: only http and https URLs are fetched")
    opener = urllib.request.build_opener(*_handlers(allow_private))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: too large ({int(length):,} bytes; the limit is {max_bytes:,})")
            chunks, size = [], 0
            while True:
                if time.monotonic() > deadline:
                    raise InputError(f"{url}: no complete answer within {timeout:g} s")
                chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{url}: too large (more than {max_bytes:,} bytes)")
                chunks.append(chunk)
            content_type = resp.headers.get_content_type()
            charset = resp.headers.get_content_charset()
            return Fetched(resp.geturl(), content_type, charset, b"".join(chunks))
    except InputError:
        raise
    except _Refused as exc:
        raise InputError(f"{url}: {exc}") from None
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308) and "not allowed" in str(exc.msg):
            raise InputError(f"{url}: a redirect to another scheme; only http and https are fetched") from None
        if exc.code in (301, 302, 303, 307, 308):
            raise InputError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
        raise InputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, _Refused):
            raise InputError(f"{url}: {reason}") from None
        raise InputError(f"{url}: cannot fetch ({reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from None
