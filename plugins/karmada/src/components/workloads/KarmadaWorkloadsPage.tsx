import { useCallback, useMemo, useState } from 'react';
import {
  Content,
  ContentHeader,
  Header,
  LinkButton,
  Page,
  Progress,
  ResponseErrorPanel,
  SupportButton,
} from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import { useSearchParams } from 'react-router-dom';
import type { WorkloadSummaryDto } from '@karmada-backstage/plugin-karmada-common';
import { useWorkloadList } from '../../hooks/useWorkloadList';
import { ENTITY_WORKLOADS_POLL_MS } from '../../hooks/useEntityKarmadaWorkloads';
import { useEntityMulticloudLink } from '../../hooks/useEntityMulticloudLink';
import {
  useWorkloadEntities,
  workloadKey,
} from '../../hooks/useWorkloadEntities';
import { InstanceErrorsPanel } from '../shared/InstanceErrorsPanel';
import { RefreshControl } from '../shared/RefreshControl';
import { MULTICLOUD_TEMPLATE_PATH } from '../entity/entityKarmadaQuery';
import { WorkloadFilters } from './WorkloadFilters';
import { WorkloadsTable } from './WorkloadsTable';
import {
  WORKLOAD_FILTER_KEYS,
  WorkloadFilterValues,
  filterOptions,
  filterWorkloads,
} from './filterWorkloads';

/**
 * The page body: filters (kept in the URL, so a filtered view can be
 * shared), per-instance errors, and the table.
 */
function WorkloadsContent() {
  const [refreshToken, setRefreshToken] = useState(0);
  const { value, error, loading, refreshing, lastUpdated } = useWorkloadList({
    refreshToken,
  });
  const { entities } = useWorkloadEntities(value?.items);
  const linkTo = useEntityMulticloudLink();
  const [params, setParams] = useSearchParams();

  const filters: WorkloadFilterValues = Object.fromEntries(
    WORKLOAD_FILTER_KEYS.flatMap(k =>
      params.get(k) ? [[k, params.get(k)]] : [],
    ),
  );
  const setFilter = useCallback(
    (key: keyof WorkloadFilterValues, v: string | undefined) =>
      setParams(
        prev => {
          const next = new URLSearchParams(prev);
          if (v) next.set(key, v);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const entityOf = useCallback(
    (w: WorkloadSummaryDto) => entities.get(workloadKey(w)),
    [entities],
  );
  const items = useMemo(() => value?.items ?? [], [value]);
  const options = useMemo(
    () => filterOptions(items, entityOf),
    [items, entityOf],
  );
  const shown = filterWorkloads(items, filters, entityOf);

  return (
    <>
      <ContentHeader title="Every Karmada workload you can see">
        <RefreshControl
          onRefresh={() => setRefreshToken(t => t + 1)}
          refreshing={refreshing}
          lastUpdated={lastUpdated}
          intervalSeconds={ENTITY_WORKLOADS_POLL_MS / 1000}
        />
        <SupportButton>
          Workloads come from every configured Karmada instance. A workload
          links to a catalog entity through the backstage.io/kubernetes-id
          label.
        </SupportButton>
      </ContentHeader>
      {loading && <Progress />}
      {error && !value && (
        <ResponseErrorPanel
          error={error}
          title="Could not list the Karmada workloads"
        />
      )}
      {value && (
        <>
          <InstanceErrorsPanel errors={value.errors} />
          <WorkloadFilters
            values={filters}
            options={options}
            onChange={setFilter}
          />
          <WorkloadsTable
            workloads={shown}
            entityOf={entityOf}
            linkTo={linkTo}
            emptyContent={
              <Typography variant="body2" style={{ padding: 16 }}>
                {items.length === 0 ? (
                  <>
                    No Karmada workloads yet.{' '}
                    <LinkButton to={MULTICLOUD_TEMPLATE_PATH} color="primary">
                      Create a multicloud workload
                    </LinkButton>
                  </>
                ) : (
                  'No workload matches these filters.'
                )}
              </Typography>
            }
          />
        </>
      )}
    </>
  );
}

/**
 * The Multicloud workloads page: every managed workload across Karmada
 * instances with filters (instance, namespace, owner, entity, health) and a
 * link to each entity's Multicloud tab. Brings its own header for legacy
 * apps; in the new frontend system mount it with `noHeader`.
 *
 * @public
 */
export function KarmadaWorkloadsPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Multicloud workloads"
        subtitle="Where every Karmada workload runs and whether it is healthy"
      />
      <Content>
        <WorkloadsContent />
      </Content>
    </Page>
  );
}
