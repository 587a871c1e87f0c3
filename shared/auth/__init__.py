"""Authentication and authorisation: users, passwords, tokens, login throttling, the guard.

Modules, one concept each: :mod:`passwords` (bcrypt), :mod:`tokens` (JWT codec),
:mod:`users` and :mod:`refresh_tokens` and :mod:`attempts` (the repositories), :mod:`service`
(the use cases behind the auth function), :mod:`guard` (what every protected endpoint calls).
"""
