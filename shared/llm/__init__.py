"""The LLM mode: gpt-4o-mini (or any OpenAI-compatible model) through the ``openai`` SDK."""
