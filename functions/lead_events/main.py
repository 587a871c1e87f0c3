"""The lead_events function: Pub/Sub lead events (as CloudEvents) -> lead, deal, notification."""

import functions_framework.aio
from cloudevents.http.event import CloudEvent

from shared.db import database
from shared.function import OnceOnly
from shared.leads.events import handle_event_data
from shared.leads.processing import LeadEventsService
from shared.leads.webhook import WebhookNotifier
from shared.logs import bound, configure_logging, event_ids
from shared.settings import load_settings

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
service = LeadEventsService(db, WebhookNotifier(settings.sales_webhook_url))
startup = OnceOnly(service.start)  # indexes, once per instance, as the HTTP functions do


@functions_framework.aio.cloud_event
async def lead_events(event: CloudEvent) -> None:
    with bound(event_ids(event.get("traceparent"), str(event["id"]))):
        await startup.ensure()
        await handle_event_data(service, event.get_data())
