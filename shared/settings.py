"""Configuration, read once from the environment at cold start.

Every field maps to an upper-case environment variable of the same name (``mongodb_uri`` is
``MONGODB_URI``). In production (``ENV=production``) placeholder secrets are refused.
"""

from __future__ import annotations

import contextlib
from typing import ClassVar, Literal
from urllib.parse import urlsplit

import google.auth
from google.auth.exceptions import DefaultCredentialsError
from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.pii import register_secret

DEV_JWT_SECRET = "dev-only-secret-change-me-0123456789abcdef"  # noqa: S105 - refused in production
DEFAULT_GATEWAY = "http://127.0.0.1:8080"
LOCAL_PROJECT = "copperline-local"


class Settings(BaseSettings):
    """The configuration every function shares (the LLM's is ``shared.llm.settings``); see the
    README for each variable."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    env: Literal["development", "test", "production"] = "development"
    log_level: str = "INFO"
    # GCP_PROJECT or GOOGLE_CLOUD_PROJECT; empty: the runtime's project (see _deployment_checks).
    gcp_project: str = Field(
        default="", validation_alias=AliasChoices("GCP_PROJECT", "GOOGLE_CLOUD_PROJECT")
    )

    mongodb_uri: str = "mongodb://127.0.0.1:27017/?directConnection=true"
    mongodb_db: str = "leadbot"
    mongodb_max_pool_size: int = Field(default=50, ge=1, le=500)
    mongodb_min_pool_size: int = Field(default=0, ge=0, le=100)
    mongodb_timeout_ms: int = Field(default=5000, ge=100, le=60000)
    mongodb_socket_timeout_ms: int = Field(default=20000, ge=100, le=300000)
    mongodb_max_idle_ms: int = Field(default=45000, ge=1000, le=3600000)

    storage_bucket: str = "copperline-kb"
    index_prefix: str = "index"
    index_cache_dir: str = "/tmp/leadbot-index"  # noqa: S108 - Cloud Run's writable scratch
    index_local_dir: str = ""
    # How often a serving chat instance reads ``current`` and swaps in a newly published bundle
    # (0: never; only a cold start then picks up a new publish).
    index_refresh_seconds: float = Field(default=60.0, ge=0, le=86400)
    embedding_model_dir: str = ""

    pubsub_topic: str = "lead-events"
    events_mode: Literal["pubsub", "http", "off"] = "http"
    lead_events_url: str = f"{DEFAULT_GATEWAY}/lead_events/"
    sales_webhook_url: str = ""
    # The outbox sweep (shared.chat.sweep): unsent lead events older than the grace period,
    # published by a serving chat instance at most once per interval, a bounded batch a run.
    outbox_sweep_grace_seconds: float = Field(default=60.0, ge=0, le=86400)
    outbox_sweep_interval_seconds: float = Field(default=60.0, ge=0, le=86400)
    outbox_sweep_batch: int = Field(default=20, ge=0, le=1000)

    jwt_secret: str = DEV_JWT_SECRET
    jwt_issuer: str = "copperline-leadbot"
    jwt_audience: str = "copperline-console"
    jwt_secret_previous: str = ""
    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)
    bcrypt_rounds: int = Field(default=12, ge=4, le=16)
    login_max_failures: int = Field(default=5, ge=1, le=1000)
    login_window_seconds: float = Field(default=900, gt=0, le=86400)
    login_backoff_seconds: float = Field(default=30, ge=0, le=86400)
    login_lockout_seconds: float = Field(default=900, ge=0, le=86400)
    login_account_ceiling: int = Field(default=100, ge=1, le=100000)
    login_account_interval_seconds: float = Field(default=2, ge=0, le=3600)
    erasure_hash_key: str = ""  # keys the email hash of GDPR erasure records (see leads)
    bootstrap_admin_email: str = ""
    bootstrap_admin_password: str = ""

    rate_limit_default: str = "60/minute"
    rate_limit_login: str = "10/minute"
    rate_limit_chat: str = "20/minute"
    rate_limit_chat_address: str = "60/minute"  # all conversations of one address together
    rate_limit_storage_uri: str = "memory://"
    trusted_proxy_count: int = Field(default=0, ge=0, le=10)

    cors_origins: str = DEFAULT_GATEWAY
    openai_api_key: str = ""

    # values that logs, health output and errors may only ever show masked to 4 characters
    SECRET_FIELDS: ClassVar[tuple[str, ...]] = (
        "jwt_secret",
        "jwt_secret_previous",
        "bootstrap_admin_password",
        "openai_api_key",
    )

    @property
    def allowed_origins(self) -> list[str]:
        """The CORS allow-list, from the comma-separated ``CORS_ORIGINS``."""
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    @model_validator(mode="after")
    def _register_secrets(self) -> Settings:
        for name in self.SECRET_FIELDS:
            register_secret(str(getattr(self, name)))
        for uri in (self.mongodb_uri, self.rate_limit_storage_uri):
            with contextlib.suppress(ValueError):
                register_secret(urlsplit(uri).password or "")
        return self

    @model_validator(mode="after")
    def _refuse_placeholders_in_production(self) -> Settings:
        if self.env != "production":
            return self
        if self.jwt_secret == DEV_JWT_SECRET or len(self.jwt_secret.encode()) < 32:
            raise ValueError("JWT_SECRET must be set to a random value of at least 32 bytes")
        if self.jwt_secret_previous and len(self.jwt_secret_previous.encode()) < 32:
            raise ValueError("JWT_SECRET_PREVIOUS must be at least 32 bytes when set")
        if self.bcrypt_rounds < 12:
            raise ValueError("BCRYPT_ROUNDS below 12 is for tests only")
        if "*" in self.allowed_origins:
            raise ValueError("CORS_ORIGINS must list origins explicitly in production")
        if self.bootstrap_admin_password and len(self.bootstrap_admin_password) < 12:
            raise ValueError("BOOTSTRAP_ADMIN_PASSWORD is too weak for production")
        return self

    # --- Deployment (issue 14): settings a deployed function must not take from defaults ------
    rate_limit_per_instance: bool = False

    @model_validator(mode="after")
    def _deployment_checks(self) -> Settings:
        if self.env == "production":
            if "cors_origins" not in self.model_fields_set or not self.allowed_origins:
                raise ValueError("CORS_ORIGINS must list the sites allowed to call in production")
            in_process = self.rate_limit_storage_uri.startswith("memory")
            if in_process and not self.rate_limit_per_instance:
                raise ValueError(
                    "RATE_LIMIT_STORAGE_URI must be a shared store (Redis) in production, where "
                    "several instances run (RATE_LIMIT_PER_INSTANCE=true accepts per-instance "
                    "limits)"
                )
        if not self.gcp_project:
            project = runtime_project() if self.env == "production" else LOCAL_PROJECT
            # Frozen model: set once, during validation, before anything can read it.
            object.__setattr__(self, "gcp_project", project)
        return self


def runtime_project() -> str:
    """The project the code runs in, from Application Default Credentials.

    Cloud Run functions (gen2) set no project variable; the metadata server knows it.
    """
    try:
        _, project = google.auth.default()
    except DefaultCredentialsError as exc:
        raise ValueError(f"GCP project unknown: set GOOGLE_CLOUD_PROJECT ({exc})") from exc
    if not project:
        raise ValueError("GCP project unknown: set GOOGLE_CLOUD_PROJECT")
    return str(project)


def load_settings() -> Settings:
    """Read the settings from the environment (call once, at cold start)."""
    return Settings()
