# The cloud resources around the five functions. The functions themselves are deployed by
# cloudbuild.yaml from the vendored build folders.
terraform {
  required_version = ">= 1.6"
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = ">= 5.0"
    }
  }
}

provider "google" {
  project = var.project_id
  region  = var.region
}

resource "google_service_account" "runtime" {
  account_id   = "leadbot-runtime"
  display_name = "Copperline lead bot functions"
}

resource "google_storage_bucket" "kb" {
  name                        = var.kb_bucket
  location                    = var.region
  uniform_bucket_level_access = true
  versioning {
    enabled = true
  }
}

resource "google_storage_bucket_iam_member" "runtime_reads_kb" {
  bucket = google_storage_bucket.kb.name
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:${google_service_account.runtime.email}"
}

resource "google_pubsub_topic" "lead_events" {
  name = "lead-events"
}

resource "google_pubsub_topic" "lead_events_dead_letter" {
  name = "lead-events-dead-letter"
}

# Keeps dead-lettered messages for inspection and replay (see infra/pubsub.md).
resource "google_pubsub_subscription" "lead_events_dead_letter" {
  name                       = "lead-events-dead-letter-hold"
  topic                      = google_pubsub_topic.lead_events_dead_letter.id
  message_retention_duration = "604800s"
  ack_deadline_seconds       = 60
}

resource "google_pubsub_topic_iam_member" "runtime_publishes" {
  topic  = google_pubsub_topic.lead_events.id
  role   = "roles/pubsub.publisher"
  member = "serviceAccount:${google_service_account.runtime.email}"
}

resource "google_secret_manager_secret" "secrets" {
  for_each  = toset(["mongodb-uri", "jwt-secret", "sales-webhook-url", "openai-api-key"])
  secret_id = each.key
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_iam_member" "runtime_reads_secrets" {
  for_each  = google_secret_manager_secret.secrets
  secret_id = each.value.id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:${google_service_account.runtime.email}"
}

resource "google_redis_instance" "rate_limits" {
  name           = "leadbot-rate-limits"
  tier           = "BASIC"
  memory_size_gb = 1
  region         = var.region
}

output "rate_limit_storage_uri" {
  value       = "async+redis://${google_redis_instance.rate_limits.host}:${google_redis_instance.rate_limits.port}"
  description = "RATE_LIMIT_STORAGE_URI for the functions (reach it through a VPC connector)"
}
