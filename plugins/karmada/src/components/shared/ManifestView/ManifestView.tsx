import { useMemo } from 'react';
import { CodeSnippet } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { stringify } from 'yaml';
import type { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { lineDiff } from '../lineDiff';

/**
 * A full manifest as YAML with the lines that differ from the template
 * highlighted (both are printed the same way, so only real differences show).
 *
 * @public
 */
export function ManifestView(props: {
  manifest: KubernetesObject;
  template?: KubernetesObject;
}) {
  const { manifest, template } = props;
  const { text, added, removed } = useMemo(() => {
    const after = stringify(manifest, { lineWidth: 0 });
    if (!template) return { text: after, added: [], removed: 0 };
    return {
      text: after,
      ...lineDiff(stringify(template, { lineWidth: 0 }), after),
    };
  }, [manifest, template]);
  // A changed line counts once (as highlighted), so only unmatched removals are "gone".
  const gone = Math.max(0, removed - added.length);
  return (
    <>
      {template && (
        <Typography variant="caption" color="textSecondary" component="p">
          {added.length === 0 && removed === 0
            ? 'Identical to the template.'
            : `Highlighted: ${added.length} ${
                added.length === 1 ? 'line differs' : 'lines differ'
              } from the template${
                gone
                  ? `; ${gone} template ${
                      gone === 1 ? 'line is' : 'lines are'
                    } gone`
                  : ''
              }.`}
        </Typography>
      )}
      <CodeSnippet
        text={text}
        language="yaml"
        showLineNumbers
        highlightedNumbers={added}
        showCopyCodeButton
      />
    </>
  );
}
