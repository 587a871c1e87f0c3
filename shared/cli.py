"""Command-line tasks: ``python -m shared.cli create-user --role admin``,
``python -m shared.cli rebuild-analytics`` (recompute the daily analytics counters), and
after a database restore ``python -m shared.cli reapply-erasures`` (erase again what the
erasure log names).

The password is read from the terminal without echo, or from standard input with
``--password-stdin`` (for scripts); it never appears in the process list or the shell history.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys

from pymongo.errors import DuplicateKeyError

from shared.auth.models import UserCreate
from shared.auth.service import INDEXES, AuthService
from shared.db import close_clients, database, ensure_indexes
from shared.errors import AppError
from shared.pii import mask_tail
from shared.settings import load_settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m shared.cli")
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create-user", help="create a console user")
    create.add_argument("--role", choices=["admin", "sales"], required=True)
    create.add_argument("--email", help="the user's email (asked when omitted)")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    commands.add_parser(
        "rebuild-analytics", help="recompute the daily analytics counters from the data"
    )
    commands.add_parser(
        "reapply-erasures", help="after a restore: erase again everything the erasure log names"
    )
    return parser


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat it: ") != first:
        raise SystemExit("The passwords differ.")
    return first


async def create_user(email: str, password: str, role: str) -> str:
    """Create the user in the configured database; returns its id."""
    settings = load_settings()
    db = database(settings)
    try:
        await ensure_indexes(db, INDEXES)
        service = AuthService.create(settings, db)
        body = UserCreate.model_validate({"email": email, "password": password, "role": role})
        return (await service.create_user(body)).id
    finally:
        await close_clients()


async def rebuild_analytics() -> int:
    """Recompute the analytics counters in the configured database; the days written."""
    from shared.crm.rollups import Rollups

    try:
        return await Rollups(database(load_settings())).rebuild()
    finally:
        await close_clients()


async def reapply() -> int:
    """Re-apply the erasure log to the configured database; the documents deleted."""
    from shared.leads.erasure import reapply_erasures
    from shared.leads.routes import erasure_key

    settings = load_settings()
    try:
        return await reapply_erasures(database(settings), erasure_key(settings))
    finally:
        await close_clients()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "rebuild-analytics":
        print(f"analytics counters rebuilt for {asyncio.run(rebuild_analytics())} days")
        return 0
    if args.command == "reapply-erasures":
        print(f"re-applied the erasure log: {asyncio.run(reapply())} documents deleted")
        return 0
    email = args.email or input("Email: ").strip()
    password = _password(args.password_stdin)
    try:
        user_id = asyncio.run(create_user(email, password, args.role))
    except AppError as exc:
        details = "; ".join(d.get("issue", "") for d in exc.details or [])
        print(f"error: {exc.message} {details}".strip(), file=sys.stderr)
        return 1
    except DuplicateKeyError:
        print("error: a user with this email already exists", file=sys.stderr)
        return 1
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"created {args.role} {mask_tail(email)} with id {user_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
