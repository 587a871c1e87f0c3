"""A CloudEvent function that records the lead events it receives (tests the event path)."""

import functions_framework.aio
from cloudevents.http.event import CloudEvent

from shared.db import database
from shared.events import decode_lead_event
from shared.settings import load_settings

settings = load_settings()
db = database(settings)


@functions_framework.aio.cloud_event
async def sink(event: CloudEvent) -> None:
    lead_event = decode_lead_event(event.data)
    message = event.data.get("message") if isinstance(event.data, dict) else None
    await db.received.insert_one(
        {
            "type": lead_event.type,
            "session_id": lead_event.session_id,
            "existing_customer": lead_event.existing_customer,
            "attributes": (message or {}).get("attributes") or {},
            "ce_type": event["type"],
        }
    )
