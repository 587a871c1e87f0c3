# One image per function, built from its vendored folder (`make build`), for Cloud Run.
#   docker build --build-arg FUNCTION=chat -t copperline-chat -f Dockerfile build/chat
FROM python:3.11-slim

ARG FUNCTION
ENV FUNCTION_TARGET=${FUNCTION} \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PORT=8080

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

RUN useradd --system --uid 10001 app
USER app
EXPOSE 8080
CMD exec functions-framework --target="${FUNCTION_TARGET}" --source=main.py --asgi --host=0.0.0.0 --port="${PORT}"
