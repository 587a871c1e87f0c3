"""Run inside gcloud's own Python: load a Cloud Build config as Cloud Build does, print its steps.

Usage: ``python gcloud_loader.py SDK_LIB CONFIG``. Prints ``{"steps": [...], "substitutions":
{...}}`` as JSON, or the loader's error on stderr with exit status 1. Kept free of the project's
imports: it runs with the SDK's interpreter and libraries, not the project's.
"""

import json
import sys


def main() -> int:
    lib, config_path = sys.argv[1], sys.argv[2]
    sys.path[:0] = [lib, f"{lib}/third_party"]
    # gcloud's bundled library is on sys.path only at run time (no stubs, not installable).
    from googlecloudsdk.api_lib.cloudbuild import (  # type: ignore[import-not-found]
        cloudbuild_util,
        config,
    )

    try:
        messages = cloudbuild_util.GetMessagesModule()
        build = config.LoadCloudbuildConfigFromPath(config_path, messages)
    except Exception as exc:  # every loader failure is the answer
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    substitutions = {}
    if build.substitutions:
        substitutions = {p.key: p.value for p in build.substitutions.additionalProperties}
    steps = [
        {
            "id": step.id,
            "name": step.name,
            "entrypoint": step.entrypoint,
            "args": list(step.args),
            "waitFor": list(step.waitFor),
        }
        for step in build.steps
    ]
    print(json.dumps({"steps": steps, "substitutions": substitutions}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
