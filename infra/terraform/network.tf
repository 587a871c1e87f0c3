# Memorystore is reachable only inside a VPC: a network of its own, a Serverless VPC Access
# connector for the functions (egress private-ranges-only: Atlas and the webhook go direct).

resource "google_compute_network" "leadbot" {
  name                    = "leadbot"
  auto_create_subnetworks = false
  depends_on              = [google_project_service.apis]
}

# Nothing outside the network may open a connection into it (the connector and Redis only
# receive traffic from inside).
resource "google_compute_firewall" "deny_ingress" {
  name          = "leadbot-deny-all-ingress"
  network       = google_compute_network.leadbot.name
  direction     = "INGRESS"
  priority      = 65534
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "all"
  }
  log_config {
    metadata = "INCLUDE_ALL_METADATA"
  }
}

resource "google_vpc_access_connector" "connector" {
  name          = "leadbot-connector"
  region        = var.region
  network       = google_compute_network.leadbot.name
  ip_cidr_range = var.connector_cidr
  machine_type  = "e2-micro"
  min_instances = 2
  max_instances = 3
}

# The shared rate-limit store: AUTH required, TLS in transit (port 6378), reachable only from
# the leadbot network. BASIC tier: losing the counters on a failover only resets rate limits.
resource "google_redis_instance" "rate_limits" {
  name                    = "leadbot-rate-limits"
  tier                    = "BASIC"
  memory_size_gb          = 1
  region                  = var.region
  redis_version           = "REDIS_7_2"
  authorized_network      = google_compute_network.leadbot.id
  connect_mode            = "DIRECT_PEERING"
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
  depends_on              = [google_project_service.apis]
}
