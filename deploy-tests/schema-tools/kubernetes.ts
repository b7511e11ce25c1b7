// Entry point for the Kubernetes built-in kinds the manifests use. The interfaces come from the npm package
// `kubernetes-models`, which is generated from the Kubernetes OpenAPI specification; ts-json-schema-generator
// turns them into JSON Schema (optional property = not required; unknown properties are rejected).
export type { IConfigMap, ISecret, IService, IServiceAccount, INamespace } from "kubernetes-models/v1";
export type { IDeployment } from "kubernetes-models/apps/v1";
export type { IHorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
export type { IPodDisruptionBudget } from "kubernetes-models/policy/v1";
export type { INetworkPolicy, IIngress } from "kubernetes-models/networking.k8s.io/v1";
