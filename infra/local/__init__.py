"""The local stack: real servers and emulators on 127.0.0.1, all functions behind one gateway."""
