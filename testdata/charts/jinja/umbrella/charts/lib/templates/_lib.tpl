{% macro greet(ctx) %}hello {{ ctx.Chart.Name }}{% endmacro %}
