"""The core package shared by every function, vendored into each build folder."""
