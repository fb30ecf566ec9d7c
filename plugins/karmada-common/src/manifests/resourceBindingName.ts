/**
 * The name Karmada gives the ResourceBinding of a resource template
 * (`names.GenerateBindingName`): `<name>-<kind>` in lower case, with the
 * `:` some RBAC names carry replaced by `.`. A Deployment `web` is bound
 * by `web-deployment`.
 *
 * @public
 */
export function resourceBindingName(name: string, kind: string): string {
  return `${name.replace(/:/g, '.')}-${kind}`.toLowerCase();
}
