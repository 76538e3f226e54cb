{% macro fullname(ctx) -%}
{{ ctx.Release.Name }}-{{ ctx.Chart.Name }}
{%- endmacro %}
