/**
 * How both actions describe their `spec` input in the action listing
 * (`/v2/actions`). The scaffolder's schema is zod v3 and the workload spec
 * is a large zod v4 schema in karmada-common, so the listing shows an open
 * object and the handler validates the real shape with karmada-common.
 */
export const SPEC_INPUT_DESCRIPTION =
  'The workload spec, exactly as the karmada-common workload spec schema defines it (the shape the create form produces): ' +
  'instance, namespace, name, description?, owner?, entityRef?, kubernetesId?, ' +
  'placement { mode: clusters|area|labels, clusterNames? | area { providers, regions, zones }? | labels [{ key, operator, value?, values? }]?, exclude?, tolerations?, spreadByRegion?, spreadByCluster?, fallbacks? }, ' +
  'replicas (default 1), scheduling { type: Duplicated|Aggregated|DynamicWeight|StaticWeight, weights? } (default Duplicated), ' +
  'containers [{ name, image, imagePullPolicy?, command?, args?, ports?, env?, envFrom?, resources?, lifecycle?, livenessProbe?, readinessProbe?, startupProbe?, volumeMounts? }], imagePullSecrets?, volumes?, advanced?, ' +
  'differential [{ clusters, container?, image?, command?, args?, env?, resources?, labels?, annotations? }]?, propagateDependencies (default true). ' +
  'Validated by the action: a problem fails the step naming the field by its form label and path (e.g. "Specify clusters (spec.placement.clusterNames): choose at least one cluster").';
