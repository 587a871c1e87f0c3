"""The conversation engine: state, understanding, the state machine and replies."""
