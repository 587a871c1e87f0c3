"""``make lint``'s deployment checks: Cloud Build config, Dockerfile, YAML and Terraform."""
