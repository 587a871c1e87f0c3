"""JWT handling: every forged, foreign, stale or mistyped token is refused with 401."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import jwt
import pytest

from shared.auth.tokens import TokenCodec, key_id
from shared.errors import Unauthorized

SECRET = "s" * 64
OTHER = "o" * 64
ISS, AUD = "copperline-leadbot", "copperline-console"


@pytest.fixture
def codec() -> TokenCodec:
    return TokenCodec(SECRET, ISS, AUD, access_seconds=900, refresh_seconds=3600)


def claims(**overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    base = {
        "sub": "u1",
        "role": "sales",
        "iss": ISS,
        "aud": AUD,
        "iat": now,
        "nbf": now,
        "exp": now + 600,
        "jti": "j1",
        "typ": "access",
    }
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not None}


def sign(payload: dict[str, Any], key: str = SECRET, alg: str = "HS256") -> str:
    return jwt.encode(payload, key, algorithm=alg)


def unsigned(payload: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(payload)}."


def test_access_token_carries_every_claim(codec: TokenCodec) -> None:
    """An issued access token verifies and holds sub, role, iss, aud, iat, nbf, exp, jti, typ."""
    issued = codec.issue_access("u1", "admin", "fam1")
    raw = jwt.decode(issued.token, SECRET, algorithms=["HS256"], audience=AUD)
    assert set(raw) == {"sub", "role", "fam", "iss", "aud", "iat", "nbf", "exp", "jti", "typ"}
    verified = codec.verify_access(issued.token)
    assert (verified.sub, verified.role, verified.typ) == ("u1", "admin", "access")
    assert verified.fam == "fam1"
    assert raw["exp"] - raw["nbf"] == 900


def test_refresh_token_verifies_as_refresh(codec: TokenCodec) -> None:
    """A refresh token carries its family and verifies only as a refresh token."""
    issued = codec.issue_refresh("u1", "fam1")
    assert codec.verify_refresh(issued.token).fam == "fam1"


@pytest.mark.parametrize(
    "token",
    [
        pytest.param(unsigned(claims()), id="alg-none"),
        pytest.param(sign(claims(), key=OTHER), id="wrong-key"),
        pytest.param(sign(claims(), alg="HS512"), id="unpinned-algorithm"),
        pytest.param(sign(claims(aud="someone-else")), id="wrong-audience"),
        pytest.param(sign(claims(iss="evil")), id="wrong-issuer"),
        pytest.param(sign(claims(exp=int(time.time()) - 60)), id="expired"),
        pytest.param(sign(claims(nbf=int(time.time()) + 3600)), id="not-yet-valid"),
        pytest.param(sign(claims(iat=int(time.time()) + 3600)), id="issued-in-future"),
        pytest.param(sign(claims(jti=None)), id="missing-jti"),
        pytest.param(sign(claims(typ=None)), id="missing-typ"),
        pytest.param(sign(claims(role="root")), id="unknown-role"),
        pytest.param(sign(claims(typ="refresh", fam="f")), id="refresh-as-access"),
        pytest.param("not.a.jwt", id="garbage"),
    ],
)
def test_bad_access_tokens_are_refused(codec: TokenCodec, token: str) -> None:
    """Each kind of bad token raises Unauthorized (401)."""
    with pytest.raises(Unauthorized):
        codec.verify_access(token)


def test_access_token_is_refused_as_refresh_token(codec: TokenCodec) -> None:
    """Presenting an access token where a refresh token is expected is a 401."""
    with pytest.raises(Unauthorized):
        codec.verify_refresh(codec.issue_access("u1", "sales").token)


def test_a_short_secret_is_refused() -> None:
    """HS256 secrets under 32 bytes are a configuration error."""
    with pytest.raises(ValueError, match="32 bytes"):
        TokenCodec("short", ISS, AUD, 60, 60)


def test_tokens_name_their_key_without_revealing_it(codec: TokenCodec) -> None:
    """The kid header is a short digest, never the secret or a prefix of it."""
    kid = jwt.get_unverified_header(codec.issue_access("u1", "sales").token)["kid"]
    assert kid == key_id(SECRET)
    assert SECRET[:4] not in kid


def test_the_previous_secret_still_verifies_after_rotation(codec: TokenCodec) -> None:
    """A token signed before the rotation verifies under (new, previous); new tokens use the
    new key; without the previous secret the old token is refused."""
    old = codec.issue_refresh("u1", "fam1").token
    rotated = TokenCodec(OTHER, ISS, AUD, 900, 3600, previous_secret=SECRET)
    assert rotated.verify_refresh(old).fam == "fam1"
    fresh = rotated.issue_refresh("u1", "fam1").token
    assert jwt.get_unverified_header(fresh)["kid"] == key_id(OTHER)
    with pytest.raises(Unauthorized):
        TokenCodec(OTHER, ISS, AUD, 900, 3600).verify_refresh(old)


def test_an_unknown_kid_is_refused(codec: TokenCodec) -> None:
    """A token naming a key this deployment does not hold is a 401, even if otherwise valid."""
    token = jwt.encode(claims(), SECRET, algorithm="HS256", headers={"kid": "elsewhere"})
    with pytest.raises(Unauthorized):
        codec.verify_access(token)
