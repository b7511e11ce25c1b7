// CloudNativePG kinds from `@kubernetes-models/cloudnative-pg` (generated from the CloudNativePG CRDs).
import type { IIoK8sApimachineryPkgApisMetaV1ObjectMeta as ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1";
import type { IEnvVar, IResourceRequirements } from "kubernetes-models/v1";
import type { IBarmanObjectStoreConfiguration } from "@kubernetes-models/cloudnative-pg/github.com/cloudnative-pg/barman-cloud/pkg/api";

export type { ICluster, IScheduledBackup } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1";

/**
 * ObjectStore of the Barman Cloud plugin (barmancloud.cnpg.io/v1). No registry here publishes its CRD, so the
 * envelope below is written by hand from the plugin's documentation; `configuration` is the published
 * BarmanObjectStoreConfiguration type, the same one the in-tree `backup.barmanObjectStore` field uses.
 */
export interface IObjectStore {
    apiVersion: "barmancloud.cnpg.io/v1";
    kind: "ObjectStore";
    metadata: ObjectMeta;
    spec: {
        configuration: IBarmanObjectStoreConfiguration;
        /** e.g. "30d" */
        retentionPolicy?: string;
        instanceSidecarConfiguration?: {
            env?: IEnvVar[];
            retentionPolicyIntervalSeconds?: number;
            resources?: IResourceRequirements;
            logLevel?: "error" | "warning" | "info" | "debug" | "trace";
        };
    };
    status?: Record<string, unknown>;
}
