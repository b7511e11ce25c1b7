// Keycloak operator kinds (k8s.keycloak.org/v2alpha1). The Keycloak project publishes its CRDs on GitHub only,
// not in any registry reachable here, so the CR envelopes below are WRITTEN BY HAND from the operator guide
// (https://www.keycloak.org/operator/advanced-configuration, .../realm-import) and cover the fields documented
// there. `spec.realm` is the RealmRepresentation type of the official `@keycloak/keycloak-admin-client` package.
import type RealmRepresentation from "@keycloak/keycloak-admin-client/lib/defs/realmRepresentation.js";
import type { IIoK8sApimachineryPkgApisMetaV1ObjectMeta as ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1";
import type { IAffinity, IResourceRequirements, IToleration, ITopologySpreadConstraint, ILocalObjectReference } from "kubernetes-models/v1";
import type { INetworkPolicyPeer } from "kubernetes-models/networking.k8s.io/v1";

export interface SecretKeySelector {
    name: string;
    key: string;
    optional?: boolean;
}

export interface KeycloakSpec {
    instances?: number;
    image?: string;
    imagePullSecrets?: ILocalObjectReference[];
    startOptimized?: boolean;
    db?: {
        vendor?: string;
        host?: string;
        port?: number;
        database?: string;
        schema?: string;
        url?: string;
        usernameSecret?: SecretKeySelector;
        passwordSecret?: SecretKeySelector;
        poolInitialSize?: number;
        poolMinSize?: number;
        poolMaxSize?: number;
    };
    http?: {
        httpEnabled?: boolean;
        httpPort?: number;
        httpsPort?: number;
        tlsSecret?: string;
        annotations?: Record<string, string>;
        labels?: Record<string, string>;
    };
    httpManagement?: {
        port?: number;
    };
    hostname?: {
        hostname?: string;
        admin?: string;
        strict?: boolean;
        backchannelDynamic?: boolean;
    };
    proxy?: {
        headers?: "forwarded" | "xforwarded";
    };
    ingress?: {
        enabled?: boolean;
        className?: string;
        annotations?: Record<string, string>;
        labels?: Record<string, string>;
        tlsSecret?: string;
    };
    networkPolicy?: {
        enabled?: boolean;
        http?: INetworkPolicyPeer[];
        https?: INetworkPolicyPeer[];
        management?: INetworkPolicyPeer[];
    };
    features?: {
        enabled?: string[];
        disabled?: string[];
    };
    transaction?: {
        xaEnabled?: boolean;
    };
    bootstrapAdmin?: {
        user?: { secret?: string };
        service?: { secret?: string };
    };
    additionalOptions?: Array<{
        name: string;
        value?: string;
        secret?: SecretKeySelector;
    }>;
    resources?: IResourceRequirements;
    scheduling?: {
        priorityClassName?: string;
        affinity?: IAffinity;
        tolerations?: IToleration[];
        topologySpreadConstraints?: ITopologySpreadConstraint[];
    };
    truststores?: Record<string, { secret: { name: string } }>;
    unsupported?: {
        podTemplate?: Record<string, unknown>;
    };
}

export interface IKeycloak {
    apiVersion: "k8s.keycloak.org/v2alpha1";
    kind: "Keycloak";
    metadata: ObjectMeta;
    spec: KeycloakSpec;
    status?: Record<string, unknown>;
}

export interface IKeycloakRealmImport {
    apiVersion: "k8s.keycloak.org/v2alpha1";
    kind: "KeycloakRealmImport";
    metadata: ObjectMeta;
    spec: {
        keycloakCRName: string;
        realm: RealmRepresentation;
        /** Values substituted for ${NAME} in the realm, read from Secrets at import time. */
        placeholders?: Record<string, { secret: SecretKeySelector }>;
        resources?: IResourceRequirements;
    };
    status?: Record<string, unknown>;
}
