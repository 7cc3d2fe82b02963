import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { DraftNotice } from '../../app/draft-notice.component';
import { LoadFailed } from '../../app/load-failed.component';
import type { ScannerAssessmentsQuery, ScannerConnection, ScannerDriver, ScannerVerdict, TestScanOutcome } from '../../graphql/generated/graphql';
import type { OutboxEntry } from '../../offline/outbox';
import { CurrentScannerRequirementsDocument } from '../../graphql/documents/scanners';
import { useDraft } from '../../offline/useDraft';
import { useOutboxEntries } from '../../offline/useOutboxEntries';
import { useMe } from '../session/useMe';
import { PhotoCapture } from '../sync/photo-capture.component';
import { AssessmentNotes } from './assessment-notes.component';
import { useRecordScannerWorkstation, type NewWorkstation } from './useRecordScannerWorkstation';
import { useScannerAssessmentDetail } from './useScannerAssessmentDetail';
import { useScannerAssessments } from './useScannerAssessments';
import { useStartScannerAssessment } from './useStartScannerAssessment';
import { reasonInWords, SCANNER_DRIVER_LABELS, TEST_SCAN_OUTCOME_LABELS, VERDICT_LABELS } from '../../../../rules/labels';
import { evaluateScanner } from '../../../../rules/scanner';
import { MAX_LENGTH } from '../../../../rules/limits';
import './scanners.css';

type Deployment = ScannerAssessmentsQuery['deployment'];

interface ShownAssessment {
  id: string;
  locationId: string;
  assessedOn: string;
  /** The outbox state while the server has not acknowledged starting it. */
  local?: OutboxEntry['state'];
}

interface ShownWorkstation {
  id: string;
  label: string;
  make: string;
  model: string;
  verdict?: ScannerVerdict;
  missed?: { key: string; description: string }[];
  local?: OutboxEntry['state'];
  lastError?: string | null;
  photos?: number;
}


const localDate = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

export function ScannerAssessmentPage() {
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { deployment, error, loading } = useScannerAssessments(id);
  const { me } = useMe({ cacheOnly: true });
  const entries = useOutboxEntries(me?.id);

  if (error && !deployment) {
    return (
      <LoadFailed what="The scanner assessments" error={error}>
        <p>Open this deployment once online and choose “Make available offline” to use it with no network.</p>
      </LoadFailed>
    );
  }
  if (loading || !deployment) {
    return (
      <p className="status-message" role="status">
        Loading scanner assessments…
      </p>
    );
  }

  const known = new Set(deployment.scannerAssessments.map((assessment) => assessment.id));
  const assessments: ShownAssessment[] = [
    ...deployment.scannerAssessments,
    ...entries
      .filter((entry) => entry.operationName === 'StartScannerAssessment' && entry.variables.input.deploymentId === id && !known.has(entry.variables.input.id as string))
      .map((entry) => ({
        id: entry.variables.input.id as string,
        locationId: entry.variables.input.locationId as string,
        assessedOn: entry.variables.input.assessedOn as string,
        local: entry.state,
      })),
  ];
  const selected = assessments.find((assessment) => assessment.id === searchParams.get('assessment'));
  const locationName = (locationId: string) => deployment.court.locations.find((location) => location.id === locationId)?.name ?? 'Unknown location';

  return (
    <>
      <title>{`Scanner assessment – ${deployment.court.name} – CCPOR Deploy`}</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/deployments/${id}`}>← {deployment.court.name}</Link>
        {selected && (
          <>
            {' · '}
            <Link to={`/deployments/${id}/scanners`}>All assessments</Link>
          </>
        )}
      </nav>
      {selected ? (
        <AssessmentView
          key={selected.id}
          assessment={selected}
          locationName={locationName(selected.locationId)}
          deployment={deployment}
          entries={entries}
          userId={me?.id}
        />
      ) : (
        <>
          <h1>Scanner assessment</h1>
          <section className="cat-section" aria-labelledby="assessments-heading">
            <h2 id="assessments-heading">Assessments</h2>
            {assessments.length === 0 ? (
              <p>No location assessed yet. Start with a location below.</p>
            ) : (
              <ul className="run-list" aria-label="Scanner assessments">
                {assessments.map((assessment) => (
                  <li key={assessment.id} className="run-list__item">
                    <div>
                      <strong>{locationName(assessment.locationId)}</strong>
                      <p className="muted">
                        {assessment.assessedOn}
                        {assessment.local && assessment.local !== 'SENT' && ' · not sent yet'}
                      </p>
                    </div>
                    <button type="button" className="button" onClick={() => setSearchParams({ assessment: assessment.id })}>
                      Open assessment
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <StartAssessment deployment={deployment} userId={me?.id} onStarted={(started) => setSearchParams({ assessment: started })} />
        </>
      )}
    </>
  );
}

function StartAssessment({ deployment, userId, onStarted }: { deployment: Deployment; userId?: string; onStarted: (id: string) => void }) {
  const start = useStartScannerAssessment(userId);
  const [locationId, setLocationId] = useState(deployment.court.locations[0]?.id ?? '');
  const [problem, setProblem] = useState<string>();
  const submit = async () => {
    try {
      onStarted(await start({ deploymentId: deployment.id, locationId, assessedOn: localDate() }));
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <section className="cat-section" aria-labelledby="start-assessment-heading">
      <h2 id="start-assessment-heading">Assess a location</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor="location">Location</label>
          <select id="location" value={locationId} onChange={(event) => setLocationId(event.target.value)}>
            {deployment.court.locations.map((location) => (
              <option key={location.id} value={location.id}>
                {location.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={!locationId} onClick={() => void submit()}>
          Start assessment
        </button>
      </div>
      {problem && (
        <p className="callout callout--error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function AssessmentView({
  assessment,
  locationName,
  deployment,
  entries,
  userId,
}: {
  assessment: ShownAssessment;
  locationName: string;
  deployment: Deployment;
  entries: OutboxEntry[];
  userId?: string;
}) {
  // The server's missed requirements when it has the assessment (and it is cached or online).
  const { assessment: detail } = useScannerAssessmentDetail(assessment.local ? null : assessment.id);
  const listed = deployment.scannerAssessments.find((candidate) => candidate.id === assessment.id);
  const fromList = listed?.workstations ?? [];
  const notesSource = detail ?? listed;
  const serverWorkstations: ShownWorkstation[] = detail
    ? detail.workstations.map((workstation) => ({ ...workstation, missed: workstation.missedRequirements, photos: workstation.photoShas.length }))
    : fromList.map((workstation) => ({ ...workstation, photos: workstation.photoShas.length }));
  const known = new Set(serverWorkstations.map((workstation) => workstation.id));
  const workstations: ShownWorkstation[] = [
    ...serverWorkstations,
    ...entries
      .filter(
        (entry) =>
          entry.operationName === 'RecordScannerWorkstation' &&
          entry.variables.input.assessmentId === assessment.id &&
          !known.has(entry.variables.input.id as string),
      )
      .map((entry) => {
        const input = entry.variables.input;
        return {
          id: input.id as string, label: input.label as string, make: input.make as string, model: input.model as string,
          local: entry.state, lastError: entry.lastError, photos: entry.fileShas?.length ?? 0,
        };
      }),
  ];

  return (
    <>
      <h1>Scanners at {locationName}</h1>
      <p className="muted">
        Assessed on {assessment.assessedOn}
        {assessment.local && assessment.local !== 'SENT' && ' · not sent yet'}
      </p>
      <section className="cat-section" aria-labelledby="workstations-heading">
        <h2 id="workstations-heading">Workstations</h2>
        {workstations.length === 0 ? (
          <p>No workstation recorded yet.</p>
        ) : (
          <ul className="run-list" aria-label="Workstations">
            {workstations.map((workstation) => (
              <li key={workstation.id} className="run-list__item">
                <div>
                  <strong>{workstation.label}</strong>
                  <p className="muted">
                    {workstation.make} {workstation.model}
                    {workstation.photos ? ` · ${workstation.photos} ${workstation.photos === 1 ? 'photo' : 'photos'}` : ''}
                  </p>
                  {workstation.missed && workstation.missed.length > 0 && (
                    <ul className="health-reasons">
                      {workstation.missed.map((missed) => (
                        <li key={missed.key}>{missed.description}</li>
                      ))}
                    </ul>
                  )}
                  {workstation.lastError && <p className="outbox-entry__reason">{reasonInWords(workstation.lastError)}</p>}
                </div>
                <span className={workstation.verdict === 'MEETS' ? 'badge badge--on-track' : workstation.verdict ? 'badge badge--late' : 'badge'}>
                  {workstation.verdict ? VERDICT_LABELS[workstation.verdict] : 'Verdict when sent'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <WorkstationForm assessmentId={assessment.id} locationName={locationName} userId={userId} />
      {notesSource && <AssessmentNotes assessment={notesSource} entries={entries} userId={userId} />}
    </>
  );
}

const EMPTY: NewWorkstation = {
  assessmentId: '',
  label: '',
  make: '',
  model: '',
  opticalResolutionDpi: 600,
  duplex: false,
  automaticDocumentFeeder: false,
  colour: false,
  connection: 'USB',
  drivers: [],
  scanProfileSet: false,
  testScanOutcome: 'NOT_RUN',
};

function WorkstationForm({ assessmentId, locationName, userId }: { assessmentId: string; locationName: string; userId?: string }) {
  const record = useRecordScannerWorkstation(userId);
  const draft = useDraft<NewWorkstation>(`workstation:${assessmentId}`, { ...EMPTY, assessmentId }, `Workstation at ${locationName}`);
  const { value: form, setValue: setForm, photos, setPhotos } = draft;
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState('');
  const set = <Key extends keyof NewWorkstation>(key: Key, value: NewWorkstation[Key]) => setForm((current) => ({ ...current, [key]: value }));
  const toggleDriver = (driver: ScannerDriver) =>
    set('drivers', form.drivers.includes(driver) ? form.drivers.filter((candidate) => candidate !== driver) : [...form.drivers, driver]);

  const submit = async () => {
    setProblem(undefined);
    if (!form.label.trim() || !form.make.trim() || !form.model.trim()) {
      setProblem('Name the workstation and the scanner’s make and model.');
      return;
    }
    try {
      await record({ ...form, label: form.label.trim(), make: form.make.trim(), model: form.model.trim() }, await draft.photosToSend());
      setSaved(`${form.label.trim()} recorded.`);
      await draft.discard();
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <section className="cat-section test-case" aria-labelledby="workstation-heading">
      <h2 id="workstation-heading">Record a workstation</h2>
      <DraftNotice draft={draft} />
      <div className="test-case__fields">
        <TextField id="ws-label" label="Workstation" value={form.label} onChange={(value) => set('label', value)} />
        <TextField id="ws-make" label="Scanner make" value={form.make} onChange={(value) => set('make', value)} />
        <TextField id="ws-model" label="Scanner model" value={form.model} onChange={(value) => set('model', value)} />
        <div className="field">
          <label htmlFor="ws-dpi">Optical resolution (dpi)</label>
          <input
            id="ws-dpi"
            className="text-input"
            type="number"
            min={50}
            max={10000}
            value={form.opticalResolutionDpi}
            onChange={(event) => set('opticalResolutionDpi', Number(event.target.value))}
          />
        </div>
        <div className="field">
          <label htmlFor="ws-connection">Connection</label>
          <select id="ws-connection" value={form.connection} onChange={(event) => set('connection', event.target.value as ScannerConnection)}>
            <option value="USB">USB</option>
            <option value="NETWORK">Network</option>
            <option value="OTHER">Other</option>
          </select>
        </div>
      </div>
      <fieldset className="choice-group">
        <legend>The scanner</legend>
        <Check label="Duplex" checked={form.duplex} onChange={(value) => set('duplex', value)} />
        <Check label="Document feeder" checked={form.automaticDocumentFeeder} onChange={(value) => set('automaticDocumentFeeder', value)} />
        <Check label="Colour" checked={form.colour} onChange={(value) => set('colour', value)} />
      </fieldset>
      <fieldset className="choice-group">
        <legend>Drivers installed</legend>
        {(['TWAIN', 'WIA', 'ISIS'] as const).map((driver) => (
          <Check key={driver} label={SCANNER_DRIVER_LABELS[driver]} checked={form.drivers.includes(driver)} onChange={() => toggleDriver(driver)} />
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>Configuration and test scan</legend>
        <Check label="CCPOR scan profile set" checked={!!form.scanProfileSet} onChange={(value) => set('scanProfileSet', value)} />
        {(['PASSED', 'FAILED', 'NOT_RUN'] as const).map((outcome: TestScanOutcome) => (
          <label key={outcome} className="choice">
            <input type="radio" name="test-scan" checked={form.testScanOutcome === outcome} onChange={() => set('testScanOutcome', outcome)} />
            Test scan {TEST_SCAN_OUTCOME_LABELS[outcome].toLowerCase()}
          </label>
        ))}
      </fieldset>
      <VerdictSoFar workstation={form} />
      <PhotoCapture id="ws-photo" label="Take a photo of the workstation" photos={photos} onChange={setPhotos} />
      {problem && (
        <p className="callout callout--error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row button-row--start">
        <button type="button" className="button" onClick={() => void submit()}>
          Record workstation
        </button>
      </div>
      <p className="sr-status" role="status" aria-live="polite">
        {saved}
      </p>
    </section>
  );
}

/**
 * The verdict these answers will get, worked out on the device as they come in (offline too) from
 * the requirements "Make available offline" stored; the server's, from the same rules, follows once sent.
 */
function VerdictSoFar({ workstation }: { workstation: NewWorkstation }) {
  const { data } = useQuery(CurrentScannerRequirementsDocument);
  const requirements = data?.scannerRequirements.requirements;
  if (!requirements) return null;
  const { verdict, missed } = evaluateScanner(workstation, requirements);
  return (
    <div className="callout" data-testid="verdict-so-far" aria-live="polite">
      <p>
        Verdict so far:{' '}
        <span className={verdict === 'MEETS' ? 'badge badge--on-track' : 'badge badge--late'}>{VERDICT_LABELS[verdict]}</span>
      </p>
      {missed.length > 0 && (
        <ul className="health-reasons">
          {missed.map((requirement) => (
            <li key={requirement.key}>{requirement.description}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function TextField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="text-input" maxLength={MAX_LENGTH.label} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}
