"""gunicorn settings, from environment variables with defaults for a 2-core container.

Each worker builds its own app (no preload), so torch starts and the models load after the fork:
forking after torch has started threads can deadlock.
"""
import os
import tempfile

bind = f"0.0.0.0:{os.environ.get('PORT', '8080')}"
workers = int(os.environ.get("GUNICORN_WORKERS", "1"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "120"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
preload_app = False
wsgi_app = "service.wsgi:app"
accesslog = None  # the app logs one JSON line per request itself
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR", "/dev/shm" if os.path.isdir("/dev/shm") else None)

# Torch threads per worker: set before any worker imports torch.
os.environ.setdefault("OMP_NUM_THREADS", os.environ.get("TORCH_THREADS", "1"))
os.environ.setdefault("MKL_NUM_THREADS", os.environ["OMP_NUM_THREADS"])

# Prometheus metrics summed over workers.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="guillemet-metrics-")


def post_fork(server, worker):
    from service.request_log import configure_logging  # imported late: the metrics need the variable above

    configure_logging(os.environ.get("LOG_LEVEL", "INFO").upper())


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
