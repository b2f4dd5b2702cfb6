"""Validates the Kubernetes manifests offline against the Kubernetes schemas (kubernetes-validate).

Checks every resource the base kustomization lists, and the production overlay rendered the way
kustomize would for its patches (strategic merge: maps merge, containers merge by name).
"""
import copy
import sys
from pathlib import Path

import kubernetes_validate
import yaml

K8S = Path(__file__).resolve().parent.parent / "k8s"


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _merge(base, patch):
    if isinstance(base, dict) and isinstance(patch, dict):
        merged = dict(base)
        for key, value in patch.items():
            merged[key] = _merge(base.get(key), value) if key in base else value
        return merged
    if isinstance(base, list) and isinstance(patch, list) and all(isinstance(i, dict) and "name" in i
                                                                   for i in base + patch):
        by_name = {item["name"]: item for item in base}
        for item in patch:
            by_name[item["name"]] = _merge(by_name.get(item["name"], {}), item)
        return list(by_name.values())
    return copy.deepcopy(patch)


def _base_resources() -> dict:
    kustomization = _load(K8S / "kustomization.yaml")
    return {(doc["kind"], doc["metadata"]["name"]): doc
            for doc in (_load(K8S / name) for name in kustomization["resources"])}


def _overlay(directory: Path, base: dict) -> dict:
    rendered = copy.deepcopy(base)
    for patch in _load(directory / "kustomization.yaml").get("patches", []):
        document = _load(directory / patch["path"])
        key = (document["kind"], document["metadata"]["name"])
        rendered[key] = _merge(rendered[key], document)
    return rendered


def validate(resources: dict, label: str) -> int:
    failures = 0
    for (kind, name), document in resources.items():
        try:
            kubernetes_validate.validate(document, kubernetes_validate.latest_version(), strict=True)
            print(f"ok   {label}: {kind}/{name}")
        except kubernetes_validate.ValidationError as error:
            failures += 1
            print(f"FAIL {label}: {kind}/{name}: {error.message} at {'/'.join(map(str, error.path))}")
    return failures


def main() -> int:
    base = _base_resources()
    failures = validate(base, "base")
    for overlay in sorted((K8S / "overlays").iterdir()):
        failures += validate(_overlay(overlay, base), f"overlay {overlay.name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
