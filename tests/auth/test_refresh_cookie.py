"""The console's session transport through the real auth function: the refresh token in an
httpOnly, Secure, SameSite=Strict cookie scoped to the refresh route, read only with the
``X-Refresh-Transport: cookie`` header (the CSRF guard)."""

from __future__ import annotations

from http.cookies import SimpleCookie

import httpx

from tests.auth.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, bearer

COOKIE_MODE = {"X-Refresh-Transport": "cookie"}
CREDENTIALS = {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}


def session_cookie(response: httpx.Response) -> SimpleCookie:
    """The ``cl_refresh`` Set-Cookie of a response, parsed (asserting there is exactly one)."""
    headers = [v for v in response.headers.get_list("set-cookie") if v.startswith("cl_refresh=")]
    assert len(headers) == 1, response.headers
    jar: SimpleCookie = SimpleCookie()
    jar.load(headers[0])
    return jar


def cookie_header(jar: SimpleCookie) -> dict[str, str]:
    return {"Cookie": f"cl_refresh={jar['cl_refresh'].value}"}


async def cookie_login(auth: httpx.AsyncClient) -> httpx.Response:
    response = await auth.post("/login", json=CREDENTIALS, headers=COOKIE_MODE)
    assert response.status_code == 200, response.text
    return response


async def test_cookie_login_keeps_the_refresh_token_out_of_the_body(
    auth: httpx.AsyncClient,
) -> None:
    """With the header, the refresh token is only in a hardened cookie scoped to /refresh."""
    response = await cookie_login(auth)
    assert response.json()["refresh_token"] is None
    assert response.json()["access_token"]
    morsel = session_cookie(response)["cl_refresh"]
    assert morsel.value
    assert morsel["httponly"] is True
    assert morsel["secure"] is True
    assert morsel["samesite"].lower() == "strict"
    assert morsel["path"] == "/refresh"
    assert int(morsel["max-age"]) == response.json()["refresh_expires_in"]


async def test_login_without_the_header_sets_no_cookie(auth: httpx.AsyncClient) -> None:
    """API clients that did not ask for the cookie get the body transport as before (only the
    device cookie of issue 27, which every successful sign-in sets, comes with it)."""
    response = await auth.post("/login", json=CREDENTIALS)
    assert response.json()["refresh_token"]
    assert set(response.cookies.keys()) == {"device"}


async def test_the_cookie_refreshes_and_rotates(auth: httpx.AsyncClient) -> None:
    """A reload's refresh: the cookie alone gives a new access token and a new cookie."""
    first = session_cookie(await cookie_login(auth))
    headers = {**COOKIE_MODE, **cookie_header(first)}
    rotated = await auth.post("/refresh", json={}, headers=headers)
    assert rotated.status_code == 200, rotated.text
    assert rotated.json()["refresh_token"] is None
    second = session_cookie(rotated)
    assert second["cl_refresh"].value != first["cl_refresh"].value
    me = await auth.get("/me", headers=bearer(rotated.json()))
    assert me.json()["email"] == ADMIN_EMAIL


async def test_the_cookie_without_the_header_is_refused(auth: httpx.AsyncClient) -> None:
    """A cross-site form (which cannot add a header) cannot spend the session cookie."""
    jar = session_cookie(await cookie_login(auth))
    refused = await auth.post("/refresh", json={}, headers=cookie_header(jar))
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "unauthorized"
    still_good = await auth.post("/refresh", json={}, headers={**COOKIE_MODE, **cookie_header(jar)})
    assert still_good.status_code == 200


async def test_refresh_without_any_token_is_401(auth: httpx.AsyncClient) -> None:
    """No cookie and no body token: a clear 401 asking to sign in again, never a 500."""
    response = await auth.post("/refresh", json={}, headers=COOKIE_MODE)
    assert response.status_code == 401
    assert "sign in again" in response.json()["error"]["message"]


async def test_logout_ends_the_cookie_session_and_clears_the_cookie(
    auth: httpx.AsyncClient,
) -> None:
    """An empty logout revokes the caller's session family and expires the cookie."""
    login = await cookie_login(auth)
    jar = session_cookie(login)
    out = await auth.post("/logout", json={}, headers=bearer(login.json()))
    assert out.status_code == 204
    cleared = session_cookie(out)["cl_refresh"]
    assert cleared.value == ""
    assert cleared["path"] == "/refresh"
    assert int(cleared["max-age"]) == 0
    again = await auth.post("/refresh", json={}, headers={**COOKIE_MODE, **cookie_header(jar)})
    assert again.status_code == 401
    assert (await auth.get("/me", headers=bearer(login.json()))).status_code == 401
