import fs from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import { KarmadaConfigError } from './readKarmadaConfig';
import { KarmadaOptions } from './types';

function readable(key: string, file: string): void {
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`;
    throw new KarmadaConfigError(key, `file "${file}" ${why}`);
  }
}

/**
 * Checks the files the configuration points at (token file, kubeconfig and
 * its context, CA file), so that a wrong path fails the backend at start
 * with the key, like any other configuration mistake, instead of showing
 * up later as an unreachable instance. A network problem is different: an
 * instance that cannot be reached is reported on /health, not fatal.
 *
 * @public
 */
export function verifyInstanceFiles(options: KarmadaOptions): void {
  options.instances.forEach((instance, i) => {
    const path = `karmada.instances[${i}]`;
    const { auth } = instance;
    if (auth.type === 'serviceAccountToken') {
      readable(`${path}.auth.tokenFile`, auth.tokenFile);
    }
    if (auth.type === 'kubeconfig') {
      const kc = new KubeConfig();
      if (auth.path) {
        readable(`${path}.auth.path`, auth.path);
        try {
          kc.loadFromFile(auth.path);
        } catch (e) {
          throw new KarmadaConfigError(
            `${path}.auth.path`,
            `is not a valid kubeconfig (${(e as Error).message})`,
          );
        }
      } else {
        kc.loadFromDefault();
      }
      if (auth.context && !kc.getContextObject(auth.context)) {
        const known = kc.getContexts().map(c => c.name);
        throw new KarmadaConfigError(
          `${path}.auth.context`,
          `context "${auth.context}" is not in the kubeconfig (it has ${
            known.length ? known.join(', ') : 'none'
          })`,
        );
      }
    }
    if (instance.caFile) readable(`${path}.caFile`, instance.caFile);
  });
}
