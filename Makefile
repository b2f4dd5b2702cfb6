# Guillemet: `make run` starts the service on $PORT (8080); `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
PORT ?= 8080
export PORT

.PHONY: setup setup-training run test eval openapi lint models bench image image-smoke clean

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -r requirements.txt -r requirements-dev.txt
	touch $@

setup-training: setup
	$(PIP) install --quiet -r training/requirements.txt

run: setup
	$(VENV)/bin/gunicorn -c gunicorn.conf.py

test: setup
	$(PY) -m pytest -q tests

eval: setup
	$(PY) -m eval

openapi: setup
	$(PY) -m service.openapi

models: setup-training
	$(PY) -m training all

lint: setup
	$(PY) tools/lint_k8s.py
	$(VENV)/bin/hadolint Dockerfile
	$(VENV)/bin/openapi-spec-validator openapi.yaml

bench: setup
	$(PY) -m bench

IMAGE ?= guillemet:dev
WHEELS := $(shell pip config get global.find-links 2>/dev/null)

image:
	test -n "$$(buildah images -q python:3.11-slim-bookworm 2>/dev/null)" || ../shared/tools/make-base-image.sh
	buildah bud --isolation chroot --pull-never --format docker \
	  -v /etc/ssl/certs:/etc/ssl/certs:ro -v /etc/resolv.conf:/etc/resolv.conf:ro \
	  $(if $(WHEELS),-v "$(WHEELS):$(WHEELS):ro" --build-arg PIP_FIND_LINKS="$(WHEELS)") \
	  -t $(IMAGE) .

image-smoke: image
	IMAGE=$(IMAGE) tools/image_smoke.sh

clean:
	rm -rf $(VENV) .pytest_cache
