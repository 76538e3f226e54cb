#!/bin/sh
echo "must never run" >&2
exit 1
