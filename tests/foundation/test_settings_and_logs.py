"""Settings refuse placeholder secrets in production; logs are JSON with PII masked."""

from __future__ import annotations

import json
import logging

import pytest
from pydantic import ValidationError

from shared.logs import CloudJSONFormatter, trace_from_header, trace_id
from shared.pii import mask_tail, mask_text
from shared.settings import Settings


def test_production_refuses_the_development_jwt_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """ENV=production with the built-in development secret does not start."""
    monkeypatch.setenv("ENV", "production")
    monkeypatch.delenv("JWT_SECRET", raising=False)
    with pytest.raises(ValidationError, match="JWT_SECRET"):
        Settings()


def test_production_refuses_a_short_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    """A JWT secret under 32 bytes is refused in production."""
    monkeypatch.setenv("ENV", "production")
    monkeypatch.setenv("JWT_SECRET", "short-secret")
    with pytest.raises(ValidationError):
        Settings()


def test_production_refuses_wildcard_cors(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wildcard CORS origin is refused in production."""
    monkeypatch.setenv("ENV", "production")
    monkeypatch.setenv("JWT_SECRET", "x" * 48)
    monkeypatch.setenv("CORS_ORIGINS", "*")
    with pytest.raises(ValidationError, match="CORS_ORIGINS"):
        Settings()


def test_production_accepts_real_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real values pass, and the origin list is parsed from the comma-separated variable."""
    monkeypatch.setenv("ENV", "production")
    monkeypatch.setenv("JWT_SECRET", "k" * 48)
    monkeypatch.setenv("GOOGLE_CLOUD_PROJECT", "copperline-prod")
    monkeypatch.setenv("RATE_LIMIT_STORAGE_URI", "rediss://:pw@10.0.0.3:6378/0")
    monkeypatch.setenv(
        "CORS_ORIGINS", "https://copperline.coffee, https://console.copperline.coffee/"
    )
    settings = Settings()
    assert settings.allowed_origins == [
        "https://copperline.coffee",
        "https://console.copperline.coffee",
    ]


def test_mask_text_hides_emails_phones_and_tokens() -> None:
    """Emails, phone numbers and bearer tokens keep only their last four characters."""
    masked = mask_text("mail maya.chen@brightcup.co call +1 503-555-0187 Bearer abc.def.ghijkl")
    assert "maya.chen" not in masked
    assert "brightcup" not in masked
    assert "503-555" not in masked
    assert "abc.def" not in masked
    assert masked.count("*") > 20
    assert mask_tail("secretvalue1234") == "***********1234"


def test_log_line_is_cloud_logging_json_with_trace_and_masking() -> None:
    """A record becomes one JSON line with severity, trace and masked personal data."""
    formatter = CloudJSONFormatter("proj")
    token = trace_id.set(trace_from_header("0af7651916cd43dd8448eb211c80319c/1;o=1"))
    try:
        record = logging.makeLogRecord(
            {
                "msg": "lead %s",
                "args": ("sam@example.com",),
                "levelname": "WARNING",
                "phone": "+15035550187",
            }
        )
        entry = json.loads(formatter.format(record))
    finally:
        trace_id.reset(token)
    assert entry["severity"] == "WARNING"
    assert entry["logging.googleapis.com/trace"] == (
        "projects/proj/traces/0af7651916cd43dd8448eb211c80319c"
    )
    assert "sam@example.com" not in entry["message"]
    assert entry["message"].endswith(".com")
    assert entry["phone"].endswith("0187")
    assert "503555" not in entry["phone"]


@pytest.mark.parametrize("header", [None, "", "../../etc/passwd/1", "x" * 200 + "/1"])
def test_hostile_trace_headers_are_ignored(header: str | None) -> None:
    """Missing or hostile trace headers give no trace id instead of polluting logs."""
    assert trace_from_header(header) is None


def test_configured_secrets_are_logged_masked_to_four_characters() -> None:
    """An API key, the JWT secrets and a password inside MONGODB_URI appear in a log line (and
    its traceback) only as their last 4 characters."""
    import json
    import logging

    from shared.logs import CloudJSONFormatter
    from shared.settings import Settings

    key, jwt_old = "sk-live-" + "k" * 30 + "WXYZ", "previous-secret-" + "p" * 30
    Settings(
        openai_api_key=key,
        jwt_secret_previous=jwt_old,
        mongodb_uri="mongodb://app:Sup3r-Secret-Pw@127.0.0.1:1/?directConnection=true",
    )
    try:
        raise RuntimeError(f"upstream refused {key}")
    except RuntimeError as exc:
        record = logging.makeLogRecord(
            {"msg": "calling with %s / %s / %s", "args": (key, jwt_old, "Sup3r-Secret-Pw")}
        )
        record.exc_info = (type(exc), exc, exc.__traceback__)
    line = CloudJSONFormatter("p").format(record)
    for secret in (key, jwt_old, "Sup3r-Secret-Pw"):
        assert secret not in line
    assert json.loads(line)["message"].count("WXYZ") == 1
