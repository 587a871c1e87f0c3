"""LLM configuration, read once from the environment at cold start.

The LLM mode is on exactly when ``OPENAI_API_KEY`` is set; ``OPENAI_BASE_URL`` points the SDK
at any OpenAI-compatible server (Azure OpenAI, vLLM, Ollama, llama.cpp, the tests' server).
``LLM_TIMEOUT_S`` is the LLM budget of one whole turn, retries included. ``LLM_MODEL`` may
name any family of :mod:`shared.llm.capabilities`.
"""

from __future__ import annotations

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Price(BaseModel):
    """A model's list price in US dollars per million tokens."""

    input_per_m: float = Field(ge=0)
    output_per_m: float = Field(ge=0)
    cached_input_per_m: float | None = Field(default=None, ge=0)  # None: as input_per_m

    def cost(self, prompt_tokens: int, completion_tokens: int, cached_tokens: int = 0) -> float:
        """The US dollar cost of one call; ``cached_tokens`` (part of the prompt tokens) are
        billed at the cached-input price."""
        cached = min(max(cached_tokens, 0), prompt_tokens)
        cached_price = (
            self.input_per_m if self.cached_input_per_m is None else self.cached_input_per_m
        )
        fresh = (prompt_tokens - cached) * self.input_per_m + cached * cached_price
        return (fresh + completion_tokens * self.output_per_m) / 1e6


# List prices (standard tier) per million tokens; override with LLM_PRICES as JSON.
LIST_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(input_per_m=0.15, output_per_m=0.60, cached_input_per_m=0.075),
    "gpt-4o": Price(input_per_m=2.50, output_per_m=10.00, cached_input_per_m=1.25),
    "gpt-4.1-mini": Price(input_per_m=0.40, output_per_m=1.60, cached_input_per_m=0.10),
    "gpt-4.1-nano": Price(input_per_m=0.10, output_per_m=0.40, cached_input_per_m=0.025),
    "gpt-4.1": Price(input_per_m=2.00, output_per_m=8.00, cached_input_per_m=0.50),
    "gpt-5": Price(input_per_m=1.25, output_per_m=10.00, cached_input_per_m=0.125),
    "gpt-5-mini": Price(input_per_m=0.25, output_per_m=2.00, cached_input_per_m=0.025),
    "gpt-5-nano": Price(input_per_m=0.05, output_per_m=0.40, cached_input_per_m=0.005),
    "o4-mini": Price(input_per_m=1.10, output_per_m=4.40, cached_input_per_m=0.275),
}


class LlmSettings(BaseSettings):
    """Every LLM setting; see the README's LLM section."""

    model_config = SettingsConfigDict(env_prefix="", extra="ignore", frozen=True)

    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = Field(default=8.0, gt=0, le=60)
    llm_max_output_tokens: int = Field(default=400, ge=16, le=4096)
    llm_max_retries: int = Field(default=2, ge=0, le=5)  # our own, only when the wait fits
    llm_breaker_failures: int = Field(default=5, ge=1, le=100)
    llm_breaker_cooldown_s: float = Field(default=30.0, gt=0, le=3600)
    llm_reply_max_chars: int = Field(default=700, ge=80, le=2000)
    llm_prices: dict[str, Price] = Field(default_factory=lambda: dict(LIST_PRICES))

    @property
    def enabled(self) -> bool:
        """LLM mode is on when a non-empty key is set."""
        key = self.openai_api_key
        return key is not None and bool(key.get_secret_value().strip())

    def price(self, model: str) -> Price | None:
        """The list price of ``model`` (dated snapshots such as ``gpt-4o-mini-2024-07-18``
        are priced as their family), or None when unknown."""
        if model in self.llm_prices:
            return self.llm_prices[model]
        family = max((m for m in self.llm_prices if model.startswith(m + "-")), key=len, default="")
        return self.llm_prices.get(family)

    def cost(
        self, model: str, prompt_tokens: int, completion_tokens: int, cached_tokens: int = 0
    ) -> float:
        """US dollars at list price (cached prompt tokens at the cached price); 0 for a model
        without a known price."""
        price = self.price(model)
        return price.cost(prompt_tokens, completion_tokens, cached_tokens) if price else 0.0


def load_llm_settings() -> LlmSettings:
    """Read the LLM settings from the environment (call once, at cold start)."""
    return LlmSettings()
