# Guillemet: French quotes, speakers and entities over HTTP.
# Build:  docker build -t guillemet .            (bundled models)
#         docker build --build-arg OFFICIAL_STANZA_MODELS=true -t guillemet:stanza .   (needs network)
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
# A local wheel directory holding the CPU torch wheel (see ../shared/tools/CONTAINERS.md); when empty,
# torch comes from PyTorch's CPU index instead.
ARG PIP_FIND_LINKS=""
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
ARG OFFICIAL_STANZA_MODELS=false
ENV PIP_FIND_LINKS=${PIP_FIND_LINKS} PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /opt/venv \
 && if [ -n "$PIP_FIND_LINKS" ]; then pip install torch==2.13.0; \
    else pip install --index-url "$TORCH_INDEX" torch==2.13.0; fi \
 && pip install -r requirements.txt \
 && find /opt/venv -name "__pycache__" -type d -prune -exec rm -rf {} +
COPY models/ models/
# The official Stanza French models replace the bundle: same loading code, another model directory.
RUN if [ "$OFFICIAL_STANZA_MODELS" = "true" ]; then \
      rm -rf models && python -c "import stanza; stanza.download('fr', model_dir='models', \
        processors='tokenize,mwt,pos,lemma,depparse,ner')"; \
    fi

FROM ${PYTHON_IMAGE}
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 HOME=/tmp \
    PORT=8080 GUILLEMET_MODEL_DIR=/app/models
RUN useradd --uid 10001 --no-create-home --home-dir /tmp --shell /usr/sbin/nologin guillemet
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app/models models/
COPY gunicorn.conf.py openapi.yaml ./
COPY service/ service/
USER 10001
EXPOSE 8080
# gunicorn drains in-flight requests on SIGTERM, for up to GUNICORN_GRACEFUL_TIMEOUT seconds.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('PORT', '8080'), timeout=4)"]
CMD ["gunicorn", "-c", "gunicorn.conf.py"]
