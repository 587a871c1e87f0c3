"""The chat service: request models, the conversations repository and one chat turn."""
