import { z } from 'zod';
import { parseImageReference } from '../imageReference';
import {
  dnsLabelSchema,
  dnsSubdomainSchema,
  envVarNameSchema,
} from './nameSchemas';
import { portNameSchema, portNumberSchema } from './valueSchemas';
import {
  lifecycleSchema,
  readinessProbeSchema,
  singleSuccessProbeSchema,
} from './probeSchema';
import { resourcesSchema } from './resourcesSchema';

// Step 2 of the create flow, "container". Pod-level fields the containers
// refer to (volumes, image pull secrets) live in podSchema.ts; rules that
// span containers (unique names, port names, volume mounts) in
// workloadSpecSchema.ts.

/**
 * A container image, checked against the reference grammar Karmada parses.
 *
 * @public
 */
export const imageSchema = z.string().superRefine((image, ctx) => {
  const parsed = parseImageReference(image);
  if ('error' in parsed)
    ctx.addIssue({ code: 'custom', message: parsed.error });
});

/**
 * A container port.
 *
 * @public
 */
export const containerPortSchema = z.strictObject({
  name: portNameSchema.optional(),
  containerPort: portNumberSchema,
  protocol: z
    .enum(['TCP', 'UDP', 'SCTP'], {
      error: iss =>
        `unknown protocol ${JSON.stringify(iss.input)}: use TCP, UDP or SCTP`,
    })
    .default('TCP'),
});

const keyRefSchema = z.strictObject({
  name: dnsSubdomainSchema,
  key: z.string().regex(/^[-._a-zA-Z0-9]+$/, {
    error: "must consist of letters, digits, '-', '_' or '.'",
  }),
  optional: z.boolean().optional(),
});

/**
 * An environment variable: a literal value, or a reference to a ConfigMap
 * key, a Secret key or a pod field.
 *
 * @public
 */
export const envVarSchema = z
  .strictObject({
    name: envVarNameSchema,
    value: z.string().optional(),
    valueFrom: z
      .strictObject({
        configMapKeyRef: keyRefSchema.optional(),
        secretKeyRef: keyRefSchema.optional(),
        fieldRef: z
          .strictObject({
            fieldPath: z.string().min(1, { error: 'must not be empty' }),
            apiVersion: z.string().optional(),
          })
          .optional(),
      })
      .superRefine((v, ctx) => {
        const n = [v.configMapKeyRef, v.secretKeyRef, v.fieldRef].filter(
          x => x !== undefined,
        ).length;
        if (n !== 1) {
          ctx.addIssue({
            code: 'custom',
            message:
              'give exactly one of configMapKeyRef, secretKeyRef, fieldRef',
          });
        }
      })
      .optional(),
  })
  .superRefine((e, ctx) => {
    if (e.value !== undefined && e.valueFrom !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['valueFrom'],
        message: 'cannot be used together with value',
      });
    }
  });

const sourceRefSchema = z.strictObject({
  name: dnsSubdomainSchema,
  optional: z.boolean().optional(),
});

/**
 * Environment variables from every key of a ConfigMap or Secret.
 *
 * @public
 */
export const envFromSchema = z
  .strictObject({
    configMapRef: sourceRefSchema.optional(),
    secretRef: sourceRefSchema.optional(),
    prefix: envVarNameSchema.optional(),
  })
  .superRefine((e, ctx) => {
    if ((e.configMapRef === undefined) === (e.secretRef === undefined)) {
      ctx.addIssue({
        code: 'custom',
        message: 'give exactly one of configMapRef, secretRef',
      });
    }
  });

/**
 * A mount of a pod volume into the container.
 *
 * @public
 */
export const volumeMountSchema = z.strictObject({
  name: dnsLabelSchema(),
  mountPath: z
    .string()
    .startsWith('/', { error: 'must be an absolute path' })
    .refine(p => !p.includes(':'), { error: "must not contain ':'" }),
  readOnly: z.boolean().optional(),
  subPath: z
    .string()
    .refine(p => !p.startsWith('/') && !p.split('/').includes('..'), {
      error: "must be a relative path without '..'",
    })
    .optional(),
});

/**
 * One container of the workload.
 *
 * @public
 */
export const containerSpecSchema = z
  .strictObject({
    name: dnsLabelSchema(),
    image: imageSchema,
    imagePullPolicy: z
      .enum(['Always', 'IfNotPresent', 'Never'], {
        error: iss =>
          `unknown pull policy ${JSON.stringify(
            iss.input,
          )}: use Always, IfNotPresent or Never`,
      })
      .optional(),
    command: z.array(z.string()).optional(),
    args: z.array(z.string()).optional(),
    workingDir: z
      .string()
      .startsWith('/', { error: 'must be an absolute path' })
      .optional(),
    ports: z.array(containerPortSchema).optional(),
    env: z.array(envVarSchema).optional(),
    envFrom: z.array(envFromSchema).optional(),
    resources: resourcesSchema.optional(),
    lifecycle: lifecycleSchema.optional(),
    livenessProbe: singleSuccessProbeSchema.optional(),
    readinessProbe: readinessProbeSchema.optional(),
    startupProbe: singleSuccessProbeSchema.optional(),
    volumeMounts: z.array(volumeMountSchema).optional(),
  })
  .superRefine((c, ctx) => {
    (c.env ?? []).forEach((e, i) => {
      if ((c.env ?? []).findIndex(o => o.name === e.name) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['env', i, 'name'],
          message: `"${e.name}" is already set in this container`,
        });
      }
    });
    (c.volumeMounts ?? []).forEach((m, i) => {
      if (
        (c.volumeMounts ?? []).findIndex(o => o.mountPath === m.mountPath) !== i
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['volumeMounts', i, 'mountPath'],
          message: `"${m.mountPath}" is already mounted in this container`,
        });
      }
    });
  });

/**
 * A container as the spec holds it.
 *
 * @public
 */
export type ContainerSpec = z.infer<typeof containerSpecSchema>;
