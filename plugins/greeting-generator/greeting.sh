#!/bin/sh
# greeting.sh: an example exec KRM function (generator).
#
# Reads a ResourceList on stdin and prints one with a ConfigMap named
# "<functionConfig metadata.name>-greeting" whose data is the functionConfig's
# flat `data:` map. Without a `data:` map it reports an error result, which
# makes the build fail with that message.
#
# It only relies on POSIX sh and awk: the ResourceList kforge writes has keys
# sorted and two-space indentation, so `functionConfig:` is a top-level key
# and its fields are indented by two spaces.
set -eu

awk '
  /^[^ ]/ { in_fc = ($0 == "functionConfig:"); section = ""; next }
  !in_fc { next }
  /^  [^ ]/ {
    section = $0; sub(/^  /, "", section); sub(/:.*/, "", section); next
  }
  section == "metadata" && /^    name: / { name = $0; sub(/^    name: /, "", name); next }
  section == "data" && /^    [^ ]/ { line = $0; sub(/^    /, "", line); data[++n] = line; next }
  END {
    print "apiVersion: config.kubernetes.io/v1"
    print "kind: ResourceList"
    if (n == 0) {
      print "items: []"
      print "results:"
      print "- message: the greeting generator needs a data map in its config"
      print "  severity: error"
      print "  field:"
      print "    path: data"
      exit 0
    }
    print "items:"
    print "- apiVersion: v1"
    print "  kind: ConfigMap"
    print "  metadata:"
    print "    name: " name "-greeting"
    print "    annotations:"
    print "      kustomize.config.k8s.io/needs-hash: \"true\""
    print "  data:"
    for (i = 1; i <= n; i++) print "    " data[i]
  }
'
