import {
  StatusError,
  StatusOK,
  StatusWarning,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import type { DependencyDto } from '@karmada-backstage/plugin-karmada-common';

type Row = DependencyDto & { id: string };

function Status(props: { dependency: DependencyDto; namespace: string }) {
  const { dependency, namespace } = props;
  switch (dependency.status) {
    case 'present':
      return <StatusOK>Propagates with the workload</StatusOK>;
    case 'missing':
      return (
        <StatusError>
          {`Missing: create ${dependency.kind} ${
            dependency.name
          } in namespace ${
            dependency.namespace || namespace
          } on Karmada, or pods will not start`}
        </StatusError>
      );
    default:
      // The backend knows only whether Karmada holds a binding for it.
      return (
        <StatusWarning>
          {`Not propagated yet: check that it exists in namespace ${
            dependency.namespace || namespace
          } and that the PropagationPolicy has propagateDeps on`}
        </StatusWarning>
      );
  }
}

/**
 * The ConfigMaps, Secrets and other objects the workload refers to, which
 * Karmada propagates with it (`propagateDeps`), missing ones flagged.
 *
 * @public
 */
export function WorkloadDependencies(props: {
  dependencies: DependencyDto[];
  namespace: string;
}) {
  const { dependencies, namespace } = props;
  if (dependencies.length === 0) {
    return (
      <Typography variant="body2">
        The workload refers to no ConfigMap, Secret or other object, so nothing
        propagates with it.
      </Typography>
    );
  }
  const columns: TableColumn<Row>[] = [
    { title: 'Kind', field: 'kind' },
    { title: 'Name', field: 'name', highlight: true },
    {
      title: 'Referenced by',
      render: d => <code>{d.referencedBy.join(', ') || '—'}</code>,
    },
    {
      title: 'Status',
      render: d => <Status dependency={d} namespace={namespace} />,
    },
  ];
  return (
    <Table<Row>
      options={{
        paging: false,
        search: false,
        padding: 'dense',
        toolbar: false,
      }}
      columns={columns}
      data={dependencies.map(d => ({
        ...d,
        id: `${d.kind}/${d.namespace}/${d.name}`,
      }))}
    />
  );
}
