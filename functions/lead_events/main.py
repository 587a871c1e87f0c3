"""The lead_events function: Pub/Sub lead events (as CloudEvents) -> lead, deal, notification."""

import functions_framework.aio
from cloudevents.http.event import CloudEvent

from shared.db import database
from shared.leads.events import handle_event_data
from shared.leads.processing import LeadEventsService
from shared.leads.webhook import WebhookNotifier
from shared.logs import configure_logging
from shared.settings import load_settings

settings = load_settings()
configure_logging(settings.log_level, settings.gcp_project)
db = database(settings)
service = LeadEventsService(db, WebhookNotifier(settings.sales_webhook_url))
_started: list[bool] = []


async def _ensure_started() -> None:
    if not _started:
        await service.start()  # indexes, once per instance
        _started.append(True)


@functions_framework.aio.cloud_event
async def lead_events(event: CloudEvent) -> None:
    await _ensure_started()
    await handle_event_data(service, event.get_data())
