#!/bin/sh
# An exec KRM function: ignores its input and prints a ConfigMap holding
# the environment variables kustomize's -e/--env flags set.
cat > /dev/null
cat <<OUT
apiVersion: config.kubernetes.io/v1
kind: ResourceList
items:
- apiVersion: v1
  kind: ConfigMap
  metadata:
    name: env
  data:
    FROM_SPEC: "${FROM_SPEC:-unset}"
    OVERRIDDEN: "${OVERRIDDEN:-unset}"
    FROM_FLAG: "${FROM_FLAG:-unset}"
    TWO_EQUALS: "${TWO_EQUALS:-unset}"
OUT
