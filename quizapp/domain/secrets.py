"""The trainer's passphrase and the trainees' PINs: salted scrypt hashes, and how long a
wrong guess makes the next one wait.

Only the hash is ever stored (`scrypt$N$r$p$salt$hash`, base64 parts), so the database file
shared by a training room gives nothing away; the parameters travel with each hash, so
stronger ones later still verify the old. The waits double with each wrong try in a row: a
typo costs a second, guessing a four-digit PIN by hand costs days.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import timedelta

# RFC 7914's interactive parameters: 16 MiB and about 50 ms a hash here. Enough to make
# offline guessing of a copied file slow, short enough not to be felt at a click.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MAX_WAIT = timedelta(minutes=10)
PASSPHRASE_MIN = 8
PIN_MIN = 4


def hash_secret(secret: str) -> str:
    """A fresh salted hash of `secret`, with its parameters, in one string to store."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return "$".join(
        ("scrypt", str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest))
    )


def verify_secret(secret: str, stored: str) -> bool:
    """Whether `secret` is what `stored` is a hash of (a stored value we cannot read: no)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        found = _scrypt(secret, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(found, expected)


def wait_after(failures: int) -> timedelta:
    """How long the next try must wait after `failures` wrong ones in a row: nothing after
    none, then 1, 2, 4, 8 ... seconds, at most MAX_WAIT."""
    if failures <= 0:
        return timedelta(0)
    return min(timedelta(seconds=2 ** min(failures - 1, 20)), MAX_WAIT)


def passphrase_problem(passphrase: str) -> str | None:
    if len(passphrase) < PASSPHRASE_MIN:
        return f"The passphrase must be at least {PASSPHRASE_MIN} characters long."
    if not passphrase.strip():
        return "The passphrase cannot be only spaces."
    return None


def pin_problem(pin: str) -> str | None:
    if len(pin) < PIN_MIN or not pin.isdigit() or not pin.isascii():
        return f"A PIN is at least {PIN_MIN} digits (0-9) and nothing else."
    return None


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=HASH_BYTES
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
