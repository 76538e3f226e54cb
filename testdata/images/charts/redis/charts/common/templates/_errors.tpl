{{/*
The image guard: every image the chart renders must appear (as a substring)
in the chart's `images` annotation. When that annotation lists the vendor's
own images and an image is not among them, rendering fails unless
global.security.allowInsecureImages is true; otherwise it only warns.
Usage: {{ include "common.errors.insecureImages" (dict "images" (list .Values.image) "context" $) }}
*/}}
{{- define "common.errors.insecureImages" -}}
{{- $listed := "" -}}
{{- if .context.Chart.Annotations -}}
{{- $listed = index .context.Chart.Annotations "images" | default "" -}}
{{- end -}}
{{- $vendor := or (contains "docker.io/bitnami/" $listed) (contains "bitnamiprem" $listed) (contains "bitnamisecure" $listed) -}}
{{- $unknown := list -}}
{{- range .images -}}
{{- $img := include "common.images.image" (dict "imageRoot" . "global" $.context.Values.global) -}}
{{- if not (contains $img $listed) -}}
{{- $unknown = append $unknown $img -}}
{{- end -}}
{{- end -}}
{{- $allow := false -}}
{{- if and .context.Values.global .context.Values.global.security -}}
{{- $allow = .context.Values.global.security.allowInsecureImages -}}
{{- end -}}
{{- if and $unknown $vendor (not $allow) -}}
{{- fail (printf "\n\nERROR: images were substituted with unrecognized ones: %s\nset global.security.allowInsecureImages=true to accept them" (join ", " $unknown)) -}}
{{- else if $unknown -}}
WARNING: unrecognized images: {{ join ", " $unknown }}
{{- end -}}
{{- end -}}
