{{ define "broken" }}{{ .Values.x | nosuchfunction }}{{ end }}
