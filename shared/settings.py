"""Configuration, read once from the environment at cold start.

Every field maps to an upper-case environment variable of the same name (``mongodb_uri`` is
``MONGODB_URI``). In production (``ENV=production``) placeholder secrets are refused.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_JWT_SECRET = "dev-only-secret-change-me-0123456789abcdef"  # noqa: S105 - refused in production
DEFAULT_GATEWAY = "http://127.0.0.1:8080"


class Settings(BaseSettings):
    """All configuration of every function; see the README for each variable."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    env: Literal["development", "test", "production"] = "development"
    log_level: str = "INFO"
    gcp_project: str = "copperline-local"

    mongodb_uri: str = "mongodb://127.0.0.1:27017/?directConnection=true"
    mongodb_db: str = "leadbot"
    mongodb_max_pool_size: int = Field(default=50, ge=1, le=500)
    mongodb_min_pool_size: int = Field(default=0, ge=0, le=100)
    mongodb_timeout_ms: int = Field(default=3000, ge=100, le=60000)

    storage_bucket: str = "copperline-kb"
    index_prefix: str = "index"
    index_cache_dir: str = "/tmp/leadbot-index"  # noqa: S108 - Cloud Run's writable scratch
    index_local_dir: str = ""
    embedding_model_dir: str = ""

    pubsub_topic: str = "lead-events"
    events_mode: Literal["pubsub", "http", "off"] = "http"
    lead_events_url: str = f"{DEFAULT_GATEWAY}/lead_events/"
    sales_webhook_url: str = ""

    jwt_secret: str = DEV_JWT_SECRET
    jwt_issuer: str = "copperline-leadbot"
    jwt_audience: str = "copperline-console"
    access_token_minutes: int = Field(default=24 * 60, ge=1, le=7 * 24 * 60)
    refresh_token_days: int = Field(default=14, ge=1, le=90)
    erasure_hash_key: str = ""  # keys the email hash of GDPR erasure records (see leads)
    bootstrap_admin_email: str = ""
    bootstrap_admin_password: str = ""

    rate_limit_default: str = "60/minute"
    rate_limit_login: str = "10/minute"
    rate_limit_chat: str = "20/minute"
    rate_limit_storage_uri: str = "memory://"
    trusted_proxy_count: int = Field(default=0, ge=0, le=10)

    cors_origins: str = DEFAULT_GATEWAY

    @property
    def allowed_origins(self) -> list[str]:
        """The CORS allow-list, from the comma-separated ``CORS_ORIGINS``."""
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    @model_validator(mode="after")
    def _refuse_placeholders_in_production(self) -> Settings:
        if self.env != "production":
            return self
        if self.jwt_secret == DEV_JWT_SECRET or len(self.jwt_secret.encode()) < 32:
            raise ValueError("JWT_SECRET must be set to a random value of at least 32 bytes")
        if "*" in self.allowed_origins:
            raise ValueError("CORS_ORIGINS must list origins explicitly in production")
        if self.bootstrap_admin_password and len(self.bootstrap_admin_password) < 12:
            raise ValueError("BOOTSTRAP_ADMIN_PASSWORD is too weak for production")
        return self


def load_settings() -> Settings:
    """Read the settings from the environment (call once, at cold start)."""
    return Settings()
