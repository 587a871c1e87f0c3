# Memorystore is reachable only inside a VPC: a network of its own and a Serverless VPC Access
# connector for the functions. All their egress goes through the connector (all-traffic), and
# Cloud NAT sends what leaves the network from one static address, the only one MongoDB Atlas's
# IP access list needs to accept (output atlas_egress_address).

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

resource "google_compute_subnetwork" "connector" {
  #checkov:skip=CKV_GCP_26:Flow logs of the connector's /28 would log every function request; NAT logs errors below
  #checkov:skip=CKV_GCP_76:IPv6 is not used by the connector
  name                     = "leadbot-connector"
  region                   = var.region
  network                  = google_compute_network.leadbot.id
  ip_cidr_range            = var.connector_cidr
  private_ip_google_access = true
}

resource "google_vpc_access_connector" "connector" {
  name          = "leadbot-connector"
  region        = var.region
  machine_type  = "e2-micro"
  min_instances = 2
  max_instances = 3
  subnet {
    name = google_compute_subnetwork.connector.name
  }
}

resource "google_compute_address" "egress" {
  name       = "leadbot-egress"
  region     = var.region
  depends_on = [google_project_service.apis]
}

resource "google_compute_router" "egress" {
  name    = "leadbot-egress"
  region  = var.region
  network = google_compute_network.leadbot.id
}

resource "google_compute_router_nat" "egress" {
  name                               = "leadbot-egress"
  router                             = google_compute_router.egress.name
  region                             = var.region
  nat_ip_allocate_option             = "MANUAL_ONLY"
  nat_ips                            = [google_compute_address.egress.self_link]
  source_subnetwork_ip_ranges_to_nat = "LIST_OF_SUBNETWORKS"
  subnetwork {
    name                    = google_compute_subnetwork.connector.id
    source_ip_ranges_to_nat = ["ALL_IP_RANGES"]
  }
  log_config {
    enable = true
    filter = "ERRORS_ONLY"
  }
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
