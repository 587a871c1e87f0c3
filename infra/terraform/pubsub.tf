# Lead events: the topic the chat function publishes to, and where messages go after
# var.max_delivery_attempts failed deliveries (infra/pubsub.md). The delivering subscription is
# the Eventarc trigger's, created by `gcloud functions deploy lead-events --trigger-topic`;
# cloudbuild.yaml's dead-letter-policy step gives it the policy below.

resource "google_pubsub_topic" "lead_events" {
  #checkov:skip=CKV_GCP_83:Messages carry only an event type, a session id and a time (no personal data); Google-managed encryption suffices
  name                       = "lead-events"
  message_retention_duration = "604800s"
  depends_on                 = [google_project_service.apis]
}

resource "google_pubsub_topic" "lead_events_dead_letter" {
  #checkov:skip=CKV_GCP_83:Same messages as lead-events: no personal data; Google-managed encryption suffices
  name                       = "lead-events-dead-letter"
  message_retention_duration = "604800s"
  depends_on                 = [google_project_service.apis]
}

# Keeps dead-lettered messages for inspection and replay.
resource "google_pubsub_subscription" "lead_events_dead_letter_pull" {
  name                       = "lead-events-dead-letter-pull"
  topic                      = google_pubsub_topic.lead_events_dead_letter.id
  message_retention_duration = "604800s"
  retain_acked_messages      = false
  ack_deadline_seconds       = 60
  expiration_policy {
    ttl = ""
  }
}
