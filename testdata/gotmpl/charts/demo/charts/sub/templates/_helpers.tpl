{{- define "demo.name" -}}overridden-by-parent{{- end }}
{{- define "sub.msg" -}}{{ .Values.greeting }} from {{ .Chart.Name }} in {{ .Values.global.region }}{{- end }}
