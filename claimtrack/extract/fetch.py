"""Downloading an article: one GET over http(s) with the standard library, and every way it can go wrong.

The user's URL is the only network access claimtrack ever makes. Only http and https are spoken: the opener
has no file, ftp or data handler, and a redirect to any other scheme is refused before it is followed (a page
must not be able to point claimtrack at a local file). A download is cut off at a size limit and at a total
deadline, not just a per-read socket timeout, so a server trickling bytes cannot hold a script forever.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

from claimtrack import __version__
from claimtrack.errors import InputError
from claimtrack.textsafe import one_line

HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = f"Mozilla/5.0 (compatible; claimtrack/{__version__}; reading one article for its forecasts)"


def _show(url: str) -> str:
    url = one_line(url)
    return url if len(url) <= 100 else url[:97] + "..."


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects between http(s) URLs only; anything else ends the fetch with a clear message."""

    max_redirections = 10

    def http_error_302(self, req, fp, code, msg, headers):  # noqa: D102 - urllib's hook
        target = headers.get("Location") or headers.get("URI")
        if target:
            newurl = urljoin(req.full_url, target)
            if urlsplit(newurl).scheme.lower() not in ("http", "https"):
                raise InputError(f"{_show(req.full_url)} redirects to {_show(newurl)}: "
                                 "only http(s) redirects are followed")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def _opener() -> urllib.request.OpenerDirector:
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler(),
                    _HttpOnlyRedirects(), urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def fetch(url: str, *, timeout: float = 20.0, max_bytes: int) -> tuple[bytes, str | None, str]:
    """(body, content type, final URL) of an HTML page; InputError for anything that is not one."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise InputError(f"cannot fetch {_show(url)}: give an http(s) URL")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"})
    deadline = time.monotonic() + timeout
    try:
        with _opener().open(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type")
            kind = (content_type or "").split(";")[0].strip().lower()
            if content_type and kind not in HTML_TYPES:
                raise InputError(f"{_show(url)} is not an HTML page (content type {one_line(kind)}); "
                                 "save the article as a file and give the file")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{_show(url)} is {int(length):,} bytes: pages over {max_bytes:,} bytes are refused")
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise InputError(f"{_show(url)} did not finish within {timeout:g} s")
                chunk = response.read(65536)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{_show(url)} is over {max_bytes:,} bytes: pages that large are refused")
                chunks.append(chunk)
            return b"".join(chunks), content_type, response.geturl()
    except InputError:
        raise
    except urllib.error.HTTPError as e:
        raise InputError(f"{_show(url)} answered HTTP {e.code} {one_line(str(e.reason or ''))}".rstrip()) from None
    except (socket.timeout, TimeoutError):
        raise InputError(f"{_show(url)} did not answer within {timeout:g} s") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise InputError(f"{_show(url)} did not answer within {timeout:g} s") from None
        raise InputError(f"cannot fetch {_show(url)}: {one_line(str(getattr(reason, 'strerror', None) or reason))}") from None
    except (OSError, ValueError, http.client.HTTPException) as e:  # reset, bad port, cut-off body...
        raise InputError(f"cannot fetch {_show(url)}: {one_line(str(e))}") from None
