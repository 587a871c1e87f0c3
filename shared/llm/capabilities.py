"""What each model family accepts, so ``LLM_MODEL`` can name any of them.

The API rejects ``temperature`` for reasoning models (o-series, gpt-5) and older or local
OpenAI-compatible servers know only ``max_tokens``. :func:`capabilities` looks the model up by
the longest matching family prefix; a model of no known family is treated as a local server's
(``max_tokens``, ``temperature`` accepted), which is what llama.cpp, vLLM and Ollama take.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

TokenParam = Literal["max_completion_tokens", "max_tokens"]
NEW: TokenParam = "max_completion_tokens"  # the length parameter of current OpenAI models
OLD: TokenParam = "max_tokens"  # of local servers


@dataclass(frozen=True)
class Capabilities:
    """How requests to one model family are shaped."""

    family: str
    temperature: bool  # accepts temperature=0 (deterministic reading)
    token_param: TokenParam


FAMILIES: tuple[Capabilities, ...] = (
    Capabilities("gpt-4o-mini", temperature=True, token_param=NEW),
    Capabilities("gpt-4o", temperature=True, token_param=NEW),
    Capabilities("gpt-4.1", temperature=True, token_param=NEW),
    Capabilities("gpt-5", temperature=False, token_param=NEW),
    Capabilities("o1", temperature=False, token_param=NEW),
    Capabilities("o3", temperature=False, token_param=NEW),
    Capabilities("o4", temperature=False, token_param=NEW),
)
LOCAL = Capabilities("local", temperature=True, token_param=OLD)


def capabilities(model: str) -> Capabilities:
    """The family of ``model`` ("gpt-4.1-mini-2025-04-14" -> gpt-4.1), else a local server's."""
    name = model.strip().lower()
    known = [f for f in FAMILIES if name == f.family or name.startswith(f.family + "-")]
    return max(known, key=lambda f: len(f.family), default=LOCAL)


def request_options(model: str, max_tokens: int) -> dict[str, Any]:
    """The sampling and length parameters of a request to ``model``."""
    caps = capabilities(model)
    options: dict[str, Any] = {caps.token_param: max_tokens}
    if caps.temperature:
        options["temperature"] = 0
    return options
