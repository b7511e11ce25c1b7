// ServiceMonitor and PrometheusRule from `@kubernetes-models/prometheus-operator` (generated from the
// prometheus-operator CRDs).
export type { IServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
export type { IPrometheusRule } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1";
