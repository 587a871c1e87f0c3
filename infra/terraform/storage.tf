# Buckets: the knowledge-base bundles (private), the console's static files (public website),
# and the access logs of both.

resource "google_storage_bucket" "access_logs" {
  #checkov:skip=CKV_GCP_62:This is the access-log bucket; logging it into itself would loop
  name                        = "${var.kb_bucket}-access-logs"
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  lifecycle_rule {
    condition {
      age = 90
    }
    action {
      type = "Delete"
    }
  }
  depends_on = [google_project_service.apis]
}

resource "google_storage_bucket" "kb" {
  name                        = var.kb_bucket
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  versioning {
    enabled = true
  }
  # Old bundles: every deploy publishes the current bundle again (same content-addressed name,
  # new object generation), so only versions no deploy has published for var.bundle_retention_days
  # age out; should the current one ever age out, new instances serve the copy baked into the
  # same deploy's build (identical content). Overwritten generations go after 7 days.
  lifecycle_rule {
    condition {
      age            = var.bundle_retention_days
      matches_prefix = ["index/versions/"]
    }
    action {
      type = "Delete"
    }
  }
  lifecycle_rule {
    condition {
      days_since_noncurrent_time = 7
      with_state                 = "ARCHIVED"
    }
    action {
      type = "Delete"
    }
  }
  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
  depends_on = [google_project_service.apis]
}

resource "google_storage_bucket" "console" {
  #checkov:skip=CKV_GCP_114:The console is a public static website; its API calls need a login
  name                        = var.console_bucket
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "inherited"
  versioning {
    enabled = true
  }
  website {
    main_page_suffix = "index.html"
    not_found_page   = "console/index.html" # the console's client-side routes
  }
  logging {
    log_bucket = google_storage_bucket.access_logs.name
  }
  depends_on = [google_project_service.apis]
}

resource "google_storage_bucket_iam_member" "console_is_public" {
  #checkov:skip=CKV_GCP_28:Static website files (HTML, JS, CSS) are meant to be read by anyone
  bucket = google_storage_bucket.console.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
