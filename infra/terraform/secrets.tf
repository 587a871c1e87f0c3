# Secrets the functions read (accounts.tf grants each function only its own). Values of
# mongodb-uri, jwt-secret, jwt-secret-previous, erasure-hash-key and sales-webhook-url are added
# by hand (README "Deploying"; erasure-hash-key is never rotated: erasure records are looked up
# by the hash it keys); the two
# Redis ones are written here from the instance, so they live in the state as well: the state
# bucket is private, versioned and readable only by the people who run Terraform.
locals {
  secrets = toset([
    "mongodb-uri",
    "jwt-secret",
    "jwt-secret-previous",
    "erasure-hash-key",
    "sales-webhook-url",
    "rate-limit-storage-uri",
    "redis-server-ca",
  ])
}

resource "google_secret_manager_secret" "secret" {
  for_each  = local.secrets
  secret_id = each.key
  replication {
    user_managed {
      replicas {
        location = var.region
      }
    }
  }
  depends_on = [google_project_service.apis]
}

# rediss:// with AUTH; the functions mount the server's CA at /secrets/redis-ca/ca.pem.
resource "google_secret_manager_secret_version" "rate_limit_storage_uri" {
  secret      = google_secret_manager_secret.secret["rate-limit-storage-uri"].id
  secret_data = "rediss://:${google_redis_instance.rate_limits.auth_string}@${google_redis_instance.rate_limits.host}:${google_redis_instance.rate_limits.port}/0?ssl_ca_certs=/secrets/redis-ca/ca.pem"
}

resource "google_secret_manager_secret_version" "redis_server_ca" {
  secret      = google_secret_manager_secret.secret["redis-server-ca"].id
  secret_data = join("\n", google_redis_instance.rate_limits.server_ca_certs[*].cert)
}
