/**
 * The Kubernetes kinds Statex's manifests use, by `apiVersion` and `kind`. `generate.ts` turns
 * these types (kubernetes-types 1.30.0, generated from the Kubernetes v1.30 OpenAPI document)
 * into the strict JSON Schema that `deploy/validate.ts` checks every rendered manifest against.
 */
import type { Deployment } from 'kubernetes-types/apps/v1.js';
import type { HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2.js';
import type { ConfigMap, LimitRange, Namespace, PersistentVolumeClaim, ResourceQuota, Secret, Service, ServiceAccount } from 'kubernetes-types/core/v1.js';
import type { Ingress, NetworkPolicy } from 'kubernetes-types/networking/v1.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';

export interface Kinds {
  'v1/Namespace': Namespace;
  'v1/ResourceQuota': ResourceQuota;
  'v1/LimitRange': LimitRange;
  'v1/ConfigMap': ConfigMap;
  'v1/Secret': Secret;
  'v1/Service': Service;
  'v1/ServiceAccount': ServiceAccount;
  'v1/PersistentVolumeClaim': PersistentVolumeClaim;
  'apps/v1/Deployment': Deployment;
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler;
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget;
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy;
  'networking.k8s.io/v1/Ingress': Ingress;
}
