"""Production settings: the project comes from the runtime, never a local default; CORS_ORIGINS
and a shared rate-limit store (or an explicit per-instance choice) are required."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from pydantic import ValidationError

from shared.settings import LOCAL_PROJECT, Settings

PRODUCTION = {
    "ENV": "production",
    "JWT_SECRET": "k" * 48,
    "CORS_ORIGINS": "https://copperline.coffee",
    "RATE_LIMIT_STORAGE_URI": "rediss://:secret@10.0.0.3:6378/0",
}


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> pytest.MonkeyPatch:
    """Production variables, no project variable, and no way to reach a metadata server: any
    metadata request goes to a closed loopback port."""
    for name in ("GCP_PROJECT", "GOOGLE_CLOUD_PROJECT", "GOOGLE_APPLICATION_CREDENTIALS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CLOUDSDK_CONFIG", str(tmp_path / "gcloud"))
    monkeypatch.setenv("GCE_METADATA_HOST", "127.0.0.1:9")
    monkeypatch.setenv("GCE_METADATA_IP", "127.0.0.1:9")
    monkeypatch.setenv("NO_GCE_CHECK", "True")
    for name, value in PRODUCTION.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


def service_account_key(path: Path, project: str) -> Path:
    """A service-account key file as Google issues them (a fresh RSA key, never used)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    path.write_text(
        json.dumps(
            {
                "type": "service_account",
                "project_id": project,
                "private_key_id": "0" * 40,
                "private_key": pem,
                "client_email": f"leadbot-chat@{project}.iam.gserviceaccount.com",
                "client_id": "1" * 21,
                "token_uri": "https://oauth2.googleapis.com/token",
            }
        )
    )
    return path


def test_project_comes_from_application_default_credentials(
    production: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """With no project variable (as on Cloud Run gen2), google.auth.default() names it."""
    key = service_account_key(tmp_path / "key.json", "copperline-prod-42")
    production.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(key))
    assert Settings().gcp_project == "copperline-prod-42"


def test_project_variable_wins(production: pytest.MonkeyPatch) -> None:
    """GOOGLE_CLOUD_PROJECT (or GCP_PROJECT) names the project when set."""
    production.setenv("GOOGLE_CLOUD_PROJECT", "from-variable")
    assert Settings().gcp_project == "from-variable"


def test_production_without_a_project_refuses_to_start(production: pytest.MonkeyPatch) -> None:
    """No credentials and no variable: refused, instead of publishing to copperline-local."""
    with pytest.raises(ValidationError, match="GCP project unknown"):
        Settings()


def test_development_uses_the_local_project(monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside production the emulators' project is the default, without asking google.auth."""
    for name in ("GCP_PROJECT", "GOOGLE_CLOUD_PROJECT", "ENV"):
        monkeypatch.delenv(name, raising=False)
    assert Settings().gcp_project == LOCAL_PROJECT


def test_production_refuses_to_start_without_cors_origins(production: pytest.MonkeyPatch) -> None:
    """CORS_ORIGINS unset (the local default) or empty is refused in production."""
    production.setenv("GOOGLE_CLOUD_PROJECT", "p")
    production.delenv("CORS_ORIGINS")
    with pytest.raises(ValidationError, match="CORS_ORIGINS"):
        Settings()
    production.setenv("CORS_ORIGINS", " , ")
    with pytest.raises(ValidationError, match="CORS_ORIGINS"):
        Settings()


def test_production_refuses_per_process_rate_limits_unless_accepted(
    production: pytest.MonkeyPatch,
) -> None:
    """memory:// limits count per instance; production needs Redis or an explicit acceptance."""
    production.setenv("GOOGLE_CLOUD_PROJECT", "p")
    production.setenv("RATE_LIMIT_STORAGE_URI", "memory://")
    with pytest.raises(ValidationError, match="RATE_LIMIT_STORAGE_URI"):
        Settings()
    production.setenv("RATE_LIMIT_PER_INSTANCE", "true")
    assert Settings().rate_limit_storage_uri == "memory://"
