{{- define "snipdef" }}def:{{ . }}{{ end }}
{{- define "snipdef2" -}}v={{ .v }}{{- end -}}
