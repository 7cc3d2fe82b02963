import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadFailed } from '../../app/load-failed.component';
import { useOutboxWrite } from '../../offline/useOutboxWrite';
import { useMe } from '../session/useMe';
import { useDeployment } from './useDeployment';
import { useDeploymentFormOptions } from './useDeploymentFormOptions';
import { useDeploymentWorkspace } from './useDeploymentWorkspace';
import { WriteOutcome } from './write-outcome.component';
import './deployment-workspace.css';
import { isPlanner } from '../../../../rules/roles';
import { dateBounds } from '../../../../rules/dates';
import { PersonSelect } from './person-select.component';

type Options = ReturnType<typeof useDeploymentFormOptions>;

/** `/deployments/new`: a court's deployment with its LEAs, wave, go-live and staff. */
export function NewDeploymentPage() {
  const { me } = useMe();
  const options = useDeploymentFormOptions();
  const create = useOutboxWrite('CreateDeployment');
  const navigate = useNavigate();
  const ids = useId();
  const [courtId, setCourtId] = useState('');
  const [targetGoLive, setTargetGoLive] = useState('');
  const [wave, setWave] = useState('');
  const [leaIds, setLeaIds] = useState<string[]>([]);
  const [coordinatorId, setCoordinatorId] = useState<string>();
  const [fieldStaffIds, setFieldStaffIds] = useState<string[]>([]);
  // The signed-in coordinator leads what they create unless they pick someone else.
  const coordinator = coordinatorId ?? (me?.role === 'COORDINATOR' ? me.id : '');
  const court = options.courts.find((candidate) => candidate.id === courtId);
  const today = new Date().toISOString().slice(0, 10);

  if (me && !isPlanner(me.role)) return <p className="callout callout--error">Only coordinators and administrators create deployments.</p>;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await create.send({
      courtId,
      targetGoLive,
      wave: wave ? Number(wave) : null,
      leaIds,
      coordinatorId: coordinator || null,
      fieldStaffIds,
    });
    if (outcome.data) await navigate(`/deployments/${outcome.data.createDeployment.id}`);
  };

  return (
    <>
      <title>New deployment – CCPOR Deploy</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">← All deployments</Link>
      </nav>
      <h1>New deployment</h1>
      <OptionsStatus options={options} />
      <form className="form deployment-form" onSubmit={(event) => void onSubmit(event)}>
        <div className="field">
          <label htmlFor={`${ids}-court`}>Court</label>
          <select
            id={`${ids}-court`}
            required
            value={courtId}
            onChange={(event) => {
              const next = options.courts.find((candidate) => candidate.id === event.target.value);
              setCourtId(event.target.value);
              // The county's own LEAs are the usual participants: offer them checked.
              setLeaIds(options.leas.filter((lea) => lea.county === next?.county).map((lea) => lea.id));
            }}
          >
            <option value="">Choose a court</option>
            {options.courts.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-go-live`}>Target go-live</label>
          <input
            id={`${ids}-go-live`}
            className="input"
            type="date"
            required
            min={today}
            max={dateBounds('planned', today).max}
            value={targetGoLive}
            onChange={(event) => setTargetGoLive(event.target.value)}
            aria-describedby={`${ids}-go-live-hint`}
          />
          <p className="field-hint" id={`${ids}-go-live-hint`}>
            Every task is scheduled back from this date; the lifecycle plans for 90 days before it.
          </p>
        </div>
        <WaveField id={`${ids}-wave`} value={wave} onChange={setWave} />
        <LeaPicker leas={options.leas} county={court?.county} selected={leaIds} onChange={setLeaIds} />
        <StaffPicker staff={options.staff} coordinatorId={coordinator} fieldStaffIds={fieldStaffIds} onCoordinator={setCoordinatorId} onFieldStaff={setFieldStaffIds} />
        <WriteOutcome outcome={create.outcome} />
        <div className="button-row button-row--start">
          <button type="submit" className="button" disabled={create.sending}>
            Create deployment
          </button>
          <Link className="button button--secondary" to="/">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}

/** `/deployments/:id/edit`: wave and LEAs (updateDeployment), coordinator and field staff (assignDeploymentStaff). */
export function EditDeploymentPage() {
  const { id = '' } = useParams();
  const { deployment, error } = useDeployment(id);
  const { workspace } = useDeploymentWorkspace(id);
  const options = useDeploymentFormOptions();
  if (error) return <LoadFailed what="The deployment" error={error} />;
  if (!deployment || !workspace) {
    return (
      <p className="status-message" role="status">
        Loading deployment…
      </p>
    );
  }
  return (
    <>
      <title>{`Edit ${deployment.court.name} – CCPOR Deploy`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/deployments/${id}`}>← {deployment.court.name}</Link>
      </nav>
      <h1>Edit deployment: {deployment.court.name}</h1>
      <p className="muted">Go-live moves with its preview on the deployment page.</p>
      <OptionsStatus options={options} />
      <EditForm
        key={deployment.version}
        options={options}
        deployment={{
          id,
          version: deployment.version,
          wave: deployment.wave ?? null,
          county: deployment.court.county,
          leaIds: deployment.participatingLeas.map((lea) => lea.id),
          coordinatorId: workspace.coordinator?.id ?? '',
          fieldStaffIds: workspace.fieldStaff.map((person) => person.id),
        }}
      />
    </>
  );
}

interface Editable {
  id: string;
  version: number;
  wave: number | null;
  county: string;
  leaIds: string[];
  coordinatorId: string;
  fieldStaffIds: string[];
}

function EditForm({ options, deployment }: { options: Options; deployment: Editable }) {
  const ids = useId();
  const navigate = useNavigate();
  const update = useOutboxWrite('UpdateDeployment');
  const assign = useOutboxWrite('AssignDeploymentStaff');
  const [wave, setWave] = useState(deployment.wave?.toString() ?? '');
  const [leaIds, setLeaIds] = useState(deployment.leaIds);
  const [coordinatorId, setCoordinatorId] = useState(deployment.coordinatorId);
  const [fieldStaffIds, setFieldStaffIds] = useState(deployment.fieldStaffIds);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // Only what the person changed is sent: an unchanged part is no write, and no version to guess.
    const newWave = wave ? Number(wave) : null;
    let version = deployment.version;
    if (newWave !== deployment.wave || !sameIds(leaIds, deployment.leaIds)) {
      const updated = await update.send({ deploymentId: deployment.id, wave: newWave, leaIds }, { baseVersion: deployment.version });
      if (updated.error) return;
      // The update moved the version on; the assignment is based on the version it answered (or will).
      version = updated.data?.updateDeployment.version ?? deployment.version + 1;
    }
    if (coordinatorId !== deployment.coordinatorId || !sameIds(fieldStaffIds, deployment.fieldStaffIds)) {
      const assigned = await assign.send({ deploymentId: deployment.id, coordinatorId: coordinatorId || null, fieldStaffIds }, { baseVersion: version });
      if (assigned.error) return;
    }
    await navigate(`/deployments/${deployment.id}`);
  };

  return (
    <form className="form deployment-form" onSubmit={(event) => void onSubmit(event)}>
      <WaveField id={`${ids}-wave`} value={wave} onChange={setWave} />
      <LeaPicker leas={options.leas} county={deployment.county} selected={leaIds} onChange={setLeaIds} />
      <StaffPicker staff={options.staff} coordinatorId={coordinatorId} fieldStaffIds={fieldStaffIds} onCoordinator={setCoordinatorId} onFieldStaff={setFieldStaffIds} />
      <WriteOutcome outcome={update.outcome} />
      <WriteOutcome outcome={assign.outcome} />
      <div className="button-row button-row--start">
        <button type="submit" className="button" disabled={update.sending || assign.sending}>
          Save changes
        </button>
        <Link className="button button--secondary" to={`/deployments/${deployment.id}`}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

function OptionsStatus({ options }: { options: Options }) {
  if (options.error) return <LoadFailed what="The courts and staff" error={options.error} />;
  return options.loading ? (
    <p className="status-message" role="status">
      Loading courts and staff…
    </p>
  ) : null;
}

function WaveField({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>Wave (optional)</label>
      <input id={id} className="input input--short" type="number" min={1} max={99} inputMode="numeric" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((candidate) => candidate !== id));

/** The LEAs of the court's county as checkboxes, and any other LEA added from a list. */
function LeaPicker({ leas, county, selected, onChange }: { leas: Options['leas']; county: string | undefined; selected: string[]; onChange: (ids: string[]) => void }) {
  const otherId = useId();
  const shown = leas.filter((lea) => lea.county === county || selected.includes(lea.id));
  const others = leas.filter((lea) => !shown.includes(lea));
  return (
    <fieldset className="choice-group">
      <legend>Participating LEAs</legend>
      {shown.length === 0 && <p className="muted">Choose the court first; its county’s LEAs appear here.</p>}
      {shown.map((lea) => (
        <label key={lea.id} className="choice">
          <input type="checkbox" checked={selected.includes(lea.id)} onChange={(event) => onChange(toggle(selected, lea.id, event.target.checked))} />{' '}
          {lea.name}
        </label>
      ))}
      <div className="field">
        <label htmlFor={otherId}>Add an LEA of another county</label>
        <select id={otherId} value="" onChange={(event) => event.target.value && onChange([...selected, event.target.value])}>
          <option value="">Choose an LEA</option>
          {others.map((lea) => (
            <option key={lea.id} value={lea.id}>
              {lea.name}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

function StaffPicker({
  staff,
  coordinatorId,
  fieldStaffIds,
  onCoordinator,
  onFieldStaff,
}: {
  staff: Options['staff'];
  coordinatorId: string;
  fieldStaffIds: string[];
  onCoordinator: (id: string) => void;
  onFieldStaff: (ids: string[]) => void;
}) {
  const leads = staff.filter((person) => person.role !== 'FIELD_STAFF');
  const field = staff.filter((person) => person.role === 'FIELD_STAFF');
  return (
    <>
      <PersonSelect label="Coordinator" noneLabel="Not assigned" people={leads} value={coordinatorId} onChange={onCoordinator} />
      <fieldset className="choice-group">
        <legend>Field staff</legend>
        {field.length === 0 && <p className="muted">No field staff account exists yet.</p>}
        {field.map((person) => (
          <label key={person.id} className="choice">
            <input
              type="checkbox"
              checked={fieldStaffIds.includes(person.id)}
              onChange={(event) => onFieldStaff(toggle(fieldStaffIds, person.id, event.target.checked))}
            />{' '}
            {person.displayName}
          </label>
        ))}
      </fieldset>
    </>
  );
}
