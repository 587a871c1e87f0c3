"""A minimal HTTP function built on the shared core, used to test the core's plumbing."""

import functions_framework.aio
from pydantic import BaseModel, ConfigDict, Field
from starlette.requests import Request
from starlette.responses import Response

from shared.db import IndexSpec, database, ensure_indexes
from shared.errors import NotFound
from shared.function import HttpFunction
from shared.health import mongodb_check
from shared.http import json_response, read_json
from shared.routing import Router
from shared.settings import load_settings

settings = load_settings()
db = database(settings)
router = Router()


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    key: str = Field(min_length=1, max_length=50)
    value: int


@router.route("POST", "/items")
async def create_item(request: Request) -> Response:
    item = await read_json(request, Item)
    await db.items.insert_one(item.model_dump())
    return json_response(item, 201)


@router.route("GET", "/items/{key}")
async def get_item(request: Request, key: str) -> Response:
    document = await db.items.find_one({"key": key}, {"_id": 0})
    if document is None:
        raise NotFound()
    return json_response(document)


async def startup() -> None:
    await ensure_indexes(db, [IndexSpec("items", [("key", 1)], "key_unique", {"unique": True})])


app = HttpFunction("probe", router, health_checks={"mongodb": mongodb_check(db)}, startup=startup)


@functions_framework.aio.http
async def probe(request: Request) -> Response:
    return await app(request)
