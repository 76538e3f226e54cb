#!/bin/sh
cat >/dev/null
echo "cannot reach the policy server" >&2
exit 7
