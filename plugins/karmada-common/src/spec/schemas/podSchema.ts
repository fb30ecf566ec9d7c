import { z } from 'zod';
import { dnsLabelSchema, dnsSubdomainSchema, uniqueList } from './nameSchemas';
import { quantitySchema } from './valueSchemas';

// Pod-level parts of step 2: volumes the containers mount, and the pull
// secrets of a private registry. ConfigMaps and Secrets named here are the
// workload's dependencies, which Karmada propagates along with it when
// propagateDeps is on.

const keyToPathSchema = z.strictObject({
  key: z.string().min(1, { error: 'must not be empty' }),
  path: z
    .string()
    .min(1, { error: 'must not be empty' })
    .refine(p => !p.startsWith('/') && !p.split('/').includes('..'), {
      error: "must be a relative path without '..'",
    }),
});

// File modes are octal in YAML (0644 reads as 420); Kubernetes allows 0–0777.
const defaultModeSchema = z
  .number()
  .int({ error: 'must be a whole number' })
  .min(0, { error: 'must be between 0 and 0777 (511)' })
  .max(0o777, { error: 'must be between 0 and 0777 (511)' });

const objectVolumeSchema = z.strictObject({
  name: dnsSubdomainSchema,
  items: z.array(keyToPathSchema).optional(),
  defaultMode: defaultModeSchema.optional(),
  optional: z.boolean().optional(),
});

/**
 * A pod volume: a ConfigMap, a Secret or an emptyDir.
 *
 * @public
 */
export const volumeSpecSchema = z
  .strictObject({
    name: dnsLabelSchema(),
    configMap: objectVolumeSchema.optional(),
    secret: objectVolumeSchema.optional(),
    emptyDir: z
      .strictObject({
        medium: z
          .enum(['', 'Memory'], { error: 'must be "" (node disk) or Memory' })
          .optional(),
        sizeLimit: quantitySchema.optional(),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    const n = [v.configMap, v.secret, v.emptyDir].filter(
      x => x !== undefined,
    ).length;
    if (n !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `give exactly one source: configMap, secret or emptyDir (${n} given)`,
      });
    }
  });

/**
 * A volume as the spec holds it.
 *
 * @public
 */
export type VolumeSpec = z.infer<typeof volumeSpecSchema>;

/**
 * Names of the Secrets that hold the credentials of a private registry.
 *
 * @public
 */
export const imagePullSecretsSchema = uniqueList(dnsSubdomainSchema, 'secret');
