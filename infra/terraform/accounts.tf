# One service account per function, each given only what its code uses; the Eventarc trigger's
# account; the accounts that build and deploy.
locals {
  # Secrets each function reads. JWT_SECRET goes to all five because the settings refuse to start
  # in production with the development secret, even where no token is checked; the previous JWT
  # secret to those that verify tokens (a rotation keeps sessions alive, README "Runbooks");
  # the erasure hash key, its own secret so that rotating the JWT secret never changes it, to
  # leads only (the erasure records).
  function_secrets = {
    chat        = ["mongodb-uri", "jwt-secret", "rate-limit-storage-uri", "redis-server-ca"]
    auth        = ["mongodb-uri", "jwt-secret", "jwt-secret-previous", "rate-limit-storage-uri", "redis-server-ca"]
    leads       = ["mongodb-uri", "jwt-secret", "jwt-secret-previous", "erasure-hash-key", "rate-limit-storage-uri", "redis-server-ca"]
    crm         = ["mongodb-uri", "jwt-secret", "jwt-secret-previous", "rate-limit-storage-uri", "redis-server-ca"]
    lead-events = ["mongodb-uri", "jwt-secret", "sales-webhook-url"]
  }
  secret_grants = merge([
    for fn, secrets in local.function_secrets : {
      for secret in secrets : "${fn}/${secret}" => { function = fn, secret = secret }
    }
  ]...)
  pubsub_agent = "serviceAccount:service-${data.google_project.this.number}@gcp-sa-pubsub.iam.gserviceaccount.com"
}

resource "google_service_account" "function" {
  for_each     = local.function_secrets
  account_id   = "leadbot-${each.key}"
  display_name = "Copperline lead bot: ${each.key} function"
  depends_on   = [google_project_service.apis]
}

resource "google_service_account" "events_trigger" {
  account_id   = "leadbot-events-trigger"
  display_name = "Copperline lead bot: Eventarc trigger delivering lead events"
  depends_on   = [google_project_service.apis]
}

resource "google_service_account" "builder" {
  account_id   = "leadbot-builder"
  display_name = "Copperline lead bot: builds the functions' images"
  depends_on   = [google_project_service.apis]
}

resource "google_service_account" "deployer" {
  account_id   = "leadbot-deployer"
  display_name = "Copperline lead bot: runs cloudbuild.yaml"
  depends_on   = [google_project_service.apis]
}

# --- what the functions use ----------------------------------------------------------------

resource "google_secret_manager_secret_iam_member" "function_reads" {
  for_each  = local.secret_grants
  secret_id = google_secret_manager_secret.secret[each.value.secret].id
  role      = "roles/secretmanager.secretAccessor"
  member    = google_service_account.function[each.value.function].member
}

resource "google_storage_bucket_iam_member" "chat_reads_kb" {
  bucket = google_storage_bucket.kb.name
  role   = "roles/storage.objectViewer"
  member = google_service_account.function["chat"].member
}

resource "google_pubsub_topic_iam_member" "chat_publishes" {
  topic  = google_pubsub_topic.lead_events.id
  role   = "roles/pubsub.publisher"
  member = google_service_account.function["chat"].member
}

# --- Eventarc: the trigger signs each delivery as this account --------------------------------

# Its roles/run.invoker is granted on the lead-events service itself by cloudbuild.yaml's
# trigger-invoker step: that service exists only after the deploy, and a project-level grant
# cannot be narrowed to one Cloud Run service (IAM conditions on resource names do not apply to
# Cloud Run at project level), so Terraform does not grant it project-wide.

resource "google_project_iam_member" "trigger_receives_events" {
  project = var.project_id
  role    = "roles/eventarc.eventReceiver"
  member  = google_service_account.events_trigger.member
}

# --- Pub/Sub's service agent moves failing messages to the dead-letter topic ------------------
# (its subscriber role on the trigger's subscription is granted by cloudbuild.yaml, which knows
# that subscription's name only after deploying; see infra/pubsub.md)

resource "google_pubsub_topic_iam_member" "agent_publishes_dead_letters" {
  topic  = google_pubsub_topic.lead_events_dead_letter.id
  role   = "roles/pubsub.publisher"
  member = local.pubsub_agent
}

# --- the build: images of the functions ----------------------------------------------------

resource "google_project_iam_member" "builder_logs" {
  project = var.project_id
  role    = "roles/logging.logWriter"
  member  = google_service_account.builder.member
}

# The uploaded sources live in buckets Cloud Functions creates (gcf-v2-sources-<number>-<region>).
resource "google_project_iam_member" "builder_reads_sources" {
  project = var.project_id
  role    = "roles/storage.objectViewer"
  member  = google_service_account.builder.member
  condition {
    title      = "function sources only"
    expression = "resource.name.startsWith(\"projects/_/buckets/gcf-v2-sources-\")"
  }
}

resource "google_artifact_registry_repository_iam_member" "builder_pushes" {
  location   = google_artifact_registry_repository.functions.location
  repository = google_artifact_registry_repository.functions.name
  role       = "roles/artifactregistry.writer"
  member     = google_service_account.builder.member
}

# --- the deployer: runs cloudbuild.yaml --------------------------------------------------------

resource "google_project_iam_custom_role" "deployer_extras" {
  role_id     = "leadbotDeployerExtras"
  title       = "Copperline lead bot deployer extras"
  description = "Public access to the HTTP functions and the dead-letter policy of the trigger"
  permissions = [
    "run.services.get",
    "run.services.getIamPolicy",
    "run.services.setIamPolicy",
    "pubsub.subscriptions.get",
    "pubsub.subscriptions.update",
    "pubsub.subscriptions.getIamPolicy",
    "pubsub.subscriptions.setIamPolicy",
    "pubsub.topics.attachSubscription",
  ]
}

# Static keys: the custom role's name is known only after apply, so it may be a value of the
# map, never a key (`make lint` fails on for_each keys that depend on a resource's attributes).
resource "google_project_iam_member" "deployer" {
  for_each = {
    functions = "roles/cloudfunctions.developer"
    eventarc  = "roles/eventarc.developer"
    logs      = "roles/logging.logWriter"
    runs      = "roles/run.developer" # rollback: update-traffic on the functions' services
    extras    = google_project_iam_custom_role.deployer_extras.name
  }
  project = var.project_id
  role    = each.value
  member  = google_service_account.deployer.member
}

resource "google_service_account_iam_member" "deployer_acts_as" {
  for_each = merge(
    { for fn in keys(local.function_secrets) : fn => google_service_account.function[fn].name },
    {
      events-trigger = google_service_account.events_trigger.name
      builder        = google_service_account.builder.name
    },
  )
  service_account_id = each.value
  role               = "roles/iam.serviceAccountUser"
  member             = google_service_account.deployer.member
}

# `gcloud builds submit` uploads the source to <project>_cloudbuild; a build running as this
# account reads it from there.
resource "google_project_iam_member" "deployer_reads_build_source" {
  project = var.project_id
  role    = "roles/storage.objectViewer"
  member  = google_service_account.deployer.member
  condition {
    title      = "build sources only"
    expression = "resource.name.startsWith(\"projects/_/buckets/${var.project_id}_cloudbuild\")"
  }
}

# `index_builder publish` writes objects and never looks the bucket up itself, but the storage
# library reads each bucket's metadata in the background (storage.buckets.get, its
# observability cache), so the deployer and chat also get legacyBucketReader on the KB bucket
# (tests/deploy/test_publish_permissions.py records every call a publish makes).
resource "google_storage_bucket_iam_member" "kb_metadata" {
  for_each = {
    deployer = google_service_account.deployer.member
    chat     = google_service_account.function["chat"].member
  }
  bucket = google_storage_bucket.kb.name
  role   = "roles/storage.legacyBucketReader"
  member = each.value
}

resource "google_storage_bucket_iam_member" "deployer_publishes" {
  for_each = {
    kb      = google_storage_bucket.kb.name
    console = google_storage_bucket.console.name
  }
  bucket = each.value
  role   = "roles/storage.objectAdmin"
  member = google_service_account.deployer.member
}
