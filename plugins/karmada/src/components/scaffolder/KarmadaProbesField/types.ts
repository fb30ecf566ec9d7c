import type { HandlerValue } from '../HandlerEditor';

/**
 * A probe as the form writes it (karmada-common's `ProbeSpec`).
 *
 * @public
 */
export interface ProbeValue extends HandlerValue {
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}

/**
 * The output of the `KarmadaProbes` field: the container's health checks.
 *
 * @public
 */
export interface KarmadaProbesValue {
  livenessProbe?: ProbeValue;
  readinessProbe?: ProbeValue;
  startupProbe?: ProbeValue;
}

/**
 * Which probe: liveness, readiness or startup.
 *
 * @public
 */
export type ProbeKey = keyof KarmadaProbesValue;
