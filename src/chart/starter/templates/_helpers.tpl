{#- Macros shared by the templates: include("name", ctx) renders one. -#}

{#- The chart name, or nameOverride; at most 63 characters. -#}
{% macro name(ctx) -%}
{{ ctx.Values.nameOverride | default(ctx.Chart.Name) | trunc(63) | trimsuffix("-") }}
{%- endmacro %}

{#- The release-qualified name (63 characters at most, as DNS names); the
    release name alone when it already contains the chart name. -#}
{% macro fullname(ctx) -%}
{% set n = ctx.Values.nameOverride | default(ctx.Chart.Name) -%}
{% if ctx.Values.fullnameOverride -%}
{{ ctx.Values.fullnameOverride | trunc(63) | trimsuffix("-") }}
{%- elif n in ctx.Release.Name -%}
{{ ctx.Release.Name | trunc(63) | trimsuffix("-") }}
{%- else -%}
{{ (ctx.Release.Name ~ "-" ~ n) | trunc(63) | trimsuffix("-") }}
{%- endif %}
{%- endmacro %}

{#- name-version, for the chart label. -#}
{% macro chart(ctx) -%}
{{ (ctx.Chart.Name ~ "-" ~ ctx.Chart.Version) | replace("+", "_") | trunc(63) | trimsuffix("-") }}
{%- endmacro %}

{#- Labels of every object. -#}
{% macro labels(ctx) -%}
helm.sh/chart: {{ chart(ctx) }}
{{ selector_labels(ctx) }}
{% if ctx.Chart.AppVersion %}
app.kubernetes.io/version: {{ ctx.Chart.AppVersion | quote }}
{% endif %}
app.kubernetes.io/managed-by: {{ ctx.Release.Service }}
{%- endmacro %}

{#- Labels that select the pods. -#}
{% macro selector_labels(ctx) -%}
app.kubernetes.io/name: {{ name(ctx) }}
app.kubernetes.io/instance: {{ ctx.Release.Name }}
{%- endmacro %}

{#- The ServiceAccount the pods run as. -#}
{% macro service_account_name(ctx) -%}
{% if ctx.Values.serviceAccount.create -%}
{{ ctx.Values.serviceAccount.name | default(fullname(ctx)) }}
{%- else -%}
{{ ctx.Values.serviceAccount.name | default("default") }}
{%- endif %}
{%- endmacro %}
