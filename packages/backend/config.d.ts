export interface Config {
  permission?: {
    /**
     * The portal's permission policy: rules tried in order, first match
     * wins, otherwise `default`.
     */
    policy?: {
      /** Result when no rule matches; `allow` unless set. */
      default?: 'allow' | 'deny';
      rules?: Array<{
        /** A permission name such as `karmada.workload.create`, or a prefix ending in `*`. */
        permission: string;
        /** What the rule decides. */
        result: 'allow' | 'deny';
        /** User entity refs the rule is limited to, e.g. `user:default/guest`. */
        users?: string[];
      }>;
    };
  };
}
