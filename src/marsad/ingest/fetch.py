"""The one seam through which marsad reads the network: `Fetcher`.

Feeds and page URLs are fetched only through a `Fetcher`, so tests pass a fake
and never touch the network. `UrlFetcher`, the default, uses the standard
library: one GET, a timeout, a size cap, redirects followed by urllib.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from marsad import __version__

USER_AGENT = f"marsad/{__version__} (+Arabic news analysis; research use)"
DEFAULT_TIMEOUT_S = 20.0
DEFAULT_MAX_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Fetched:
    """What a fetch brought back: the final URL (after redirects), the status, the type and the bytes."""

    url: str
    status: int
    content_type: str
    data: bytes


class FetchError(Exception):
    """A URL that could not be fetched; the message names the URL and the reason."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


@runtime_checkable
class Fetcher(Protocol):
    def fetch(self, url: str) -> Fetched:
        """The response to a GET of `url`; raises `FetchError` when there is none."""
        ...


class UrlFetcher:
    """A `Fetcher` over urllib: http(s) only, a timeout and a cap on the body size."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_S, max_bytes: int = DEFAULT_MAX_BYTES,
                 user_agent: str = USER_AGENT):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent

    def fetch(self, url: str) -> Fetched:
        if not url.lower().startswith(("http://", "https://")):
            raise FetchError(url, "only http and https URLs are fetched")
        req = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": "*/*"})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 - scheme checked above
                data = resp.read(self.max_bytes + 1)
                if len(data) > self.max_bytes:
                    raise FetchError(url, f"response larger than {self.max_bytes} bytes")
                return Fetched(resp.geturl(), int(resp.status), resp.headers.get("Content-Type", ""), data)
        except urllib.error.HTTPError as err:
            return Fetched(url, int(err.code), err.headers.get("Content-Type", "") if err.headers else "", b"")
        except (urllib.error.URLError, OSError, ValueError) as err:
            reason = getattr(err, "reason", None) or err
            raise FetchError(url, f"cannot fetch ({reason})") from None
