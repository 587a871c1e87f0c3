"""The rate-limit store URI Terraform writes (rediss:// with AUTH, the server CA mounted as a
file) works with the functions' rate limiter against a real redis-server speaking TLS."""

from __future__ import annotations

import datetime
import ipaddress
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from infra.local.processes import HOST, free_port, wait_for_port
from shared.security.ratelimit import Policy, RateLimiter

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "auth-string-from-memorystore"


def _certificate(
    subject: str, key: ec.EllipticCurvePrivateKey, issuer: tuple[str, ec.EllipticCurvePrivateKey]
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer[0])]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
    )
    if subject == issuer[0]:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=0), True)
    else:
        san = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))])
        builder = builder.add_extension(san, False)
    return builder.sign(issuer[1], hashes.SHA256())


def write_pki(folder: Path, name: str) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for 127.0.0.1 signed by it, as PEM files."""
    ca_key, server_key = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    ca = _certificate(name, ca_key, (name, ca_key))
    server = _certificate(HOST, server_key, (name, ca_key))
    paths = folder / f"{name}-ca.pem", folder / f"{name}-server.pem", folder / f"{name}-key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@pytest.fixture(scope="module")
def tls_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path, Path]]:
    """redis-server with AUTH and TLS only (as Memorystore is configured); yields its port, the
    CA that signed it and a CA that did not."""
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not installed (make system-packages installs it as root)")
    folder = tmp_path_factory.mktemp("redis-tls")
    ca, cert, key = write_pki(folder, "memorystore")
    other_ca = write_pki(folder, "stranger")[0]
    port = free_port()
    argv = [server, "--port", "0", "--tls-port", str(port), "--bind", HOST,
            "--tls-cert-file", str(cert), "--tls-key-file", str(key), "--tls-ca-cert-file",
            str(ca), "--tls-auth-clients", "no", "--requirepass", PASSWORD, "--save", "",
            "--appendonly", "no", "--dir", str(folder)]  # fmt: skip
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        wait_for_port(port, 20, process)
    except RuntimeError:
        process.kill()
        pytest.skip("this redis-server was built without TLS support")
    try:
        yield port, ca, other_ca
    finally:
        process.terminate()
        process.wait(10)


def terraform_uri(host: str, port: int, auth: str) -> str:
    """The RATE_LIMIT_STORAGE_URI secret exactly as secrets.tf composes it."""
    template = re.search(
        r'secret_data = "(rediss://[^"]+)"', (ROOT / "infra/terraform/secrets.tf").read_text()
    )
    assert template is not None
    values = {
        "auth_string": auth,
        "host": host,
        "port": str(port),
    }
    return re.sub(
        r"\$\{google_redis_instance\.rate_limits\.(\w+)\}",
        lambda m: values[m.group(1)],
        template.group(1),
    )


async def hit(uri: str) -> bool | None:
    limiter = RateLimiter(uri)
    try:
        outcome = await limiter.hit(Policy.parse("default", "5/minute"), "client-1")
        return None if outcome is None else outcome.allowed
    finally:
        await limiter.aclose()


async def test_terraform_uri_counts_in_redis_over_tls(tls_redis: tuple[int, Path, Path]) -> None:
    """With the mounted CA and the AUTH string, the limiter counts in the shared store."""
    port, ca, _ = tls_redis
    uri = terraform_uri(HOST, port, PASSWORD).replace("/secrets/redis-ca/ca.pem", str(ca))
    assert uri.startswith("rediss://")
    assert await hit(uri) is True


async def test_wrong_password_or_ca_is_refused(tls_redis: tuple[int, Path, Path]) -> None:
    """A wrong AUTH string, or a server not signed by the mounted CA, never counts (fail open)."""
    port, ca, other_ca = tls_redis
    wrong_password = terraform_uri(HOST, port, "nope").replace("/secrets/redis-ca/ca.pem", str(ca))
    assert await hit(wrong_password) is None
    wrong_ca = terraform_uri(HOST, port, PASSWORD).replace(
        "/secrets/redis-ca/ca.pem", str(other_ca)
    )
    assert await hit(wrong_ca) is None
