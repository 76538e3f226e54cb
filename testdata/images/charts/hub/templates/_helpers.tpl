{{/* registry/repository:tag or @digest; a non-empty global.imageRegistry wins. */}}
{{- define "hub.image" -}}
{{- $reg := .image.registry -}}
{{- if .global.imageRegistry }}{{ $reg = .global.imageRegistry }}{{ end -}}
{{- $ref := printf "%s:%s" .image.repository (toString .image.tag) -}}
{{- if .image.digest }}{{ $ref = printf "%s@%s" .image.repository .image.digest }}{{ end -}}
{{- if $reg }}{{ printf "%s/%s" $reg $ref }}{{ else }}{{ $ref }}{{ end -}}
{{- end -}}
