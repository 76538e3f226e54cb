{{/*
Full image name from an image root (registry, repository, tag, digest); a
non-empty global.imageRegistry wins over the image's own registry.
Usage: {{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global) }}
*/}}
{{- define "common.images.image" -}}
{{- $registry := .imageRoot.registry -}}
{{- if and .global .global.imageRegistry -}}
{{- $registry = .global.imageRegistry -}}
{{- end -}}
{{- $sep := ":" -}}
{{- $ver := .imageRoot.tag | toString -}}
{{- if .imageRoot.digest -}}
{{- $sep = "@" -}}
{{- $ver = .imageRoot.digest | toString -}}
{{- end -}}
{{- if $registry -}}
{{- printf "%s/%s%s%s" $registry .imageRoot.repository $sep $ver -}}
{{- else -}}
{{- printf "%s%s%s" .imageRoot.repository $sep $ver -}}
{{- end -}}
{{- end -}}
