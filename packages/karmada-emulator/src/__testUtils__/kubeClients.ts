import {
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
  Watch,
} from '@kubernetes/client-node';
import { Emulator } from '../createEmulatorHandle';

/**
 * The @kubernetes/client-node clients the backend uses, pointed at an emulator.
 */
export function kubeClients(emulator: Emulator) {
  const kc = new KubeConfig();
  kc.loadFromOptions(emulator.kubeconfig());
  return {
    kc,
    core: kc.makeApiClient(CoreV1Api),
    apps: kc.makeApiClient(AppsV1Api),
    custom: kc.makeApiClient(CustomObjectsApi),
    objects: KubernetesObjectApi.makeApiClient(kc),
    watch: new Watch(kc),
  };
}

/**
 * The Status body of a failed client-node call.
 */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ code: number; body: any }> {
  try {
    await promise;
  } catch (e) {
    const error = e as { code?: number; body?: unknown };
    const body =
      typeof error.body === 'string' ? JSON.parse(error.body) : error.body;
    return { code: error.code ?? 0, body };
  }
  throw new Error('expected the call to fail');
}
