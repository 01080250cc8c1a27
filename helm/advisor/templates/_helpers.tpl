{{/* The chart name, truncated to the 63 characters Kubernetes allows in a name. */}}
{{- define "advisor.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The full name: release-chart unless the release name already contains the chart name. */}}
{{- define "advisor.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "advisor.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels on every resource. */}}
{{- define "advisor.labels" -}}
helm.sh/chart: {{ include "advisor.chart" . }}
{{ include "advisor.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/* Labels that select the pods. */}}
{{- define "advisor.selectorLabels" -}}
app.kubernetes.io/name: {{ include "advisor.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "advisor.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "advisor.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret holding the admin token and the connection string: the existing one, or the chart's. */}}
{{- define "advisor.secretName" -}}
{{- default (include "advisor.fullname" .) .Values.secrets.existingSecret }}
{{- end }}

{{/* Whether a Secret is referenced at all. */}}
{{- define "advisor.hasSecret" -}}
{{- if or .Values.secrets.existingSecret .Values.secrets.adminToken .Values.storage.connectionString }}true{{ end }}
{{- end }}

{{- define "advisor.isPostgres" -}}
{{- if eq (lower .Values.storage.provider) "postgresql" }}true{{ end }}
{{- end }}

{{/*
appsettings.Production.json: the configuration sections one-to-one from values, without the chart-only keys
(secrets, ServiceMonitor); the daemon binds configuration keys case-insensitively.
*/}}
{{- define "advisor.appsettings" -}}
{{- $settings := dict
  "Aws" .Values.aws
  "Collection" .Values.collection
  "Analyzers" .Values.analyzers
  "Prioritization" .Values.prioritization
  "Storage" (omit .Values.storage "connectionString")
  "Daemon" .Values.daemon
  "Api" .Values.api
  "Reports" .Values.reports
  "Metrics" (omit .Values.metrics "enabled" "serviceMonitor")
  "Remediation" .Values.remediation
  "Serilog" .Values.serilog
  "Logging" .Values.logging
}}
{{- toPrettyJson $settings }}
{{- end }}
