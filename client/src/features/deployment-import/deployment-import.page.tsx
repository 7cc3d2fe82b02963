import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorMessageOf, fieldMessagesOf } from '../../app/graphql-errors.utils';
import { formatDate } from '../../app/local-date.utils';
import { listInWords } from '../../../../rules/labels';
import type { ImportDeploymentsMutation } from '../../graphql/generated/graphql';
import { useMe } from '../session/useMe';
import { useImportDeployments } from './useImportDeployments';
import { usePreviewDeploymentImport, type DeploymentImportPreview } from './usePreviewDeploymentImport';
import './deployment-import.css';
import { DEPLOYMENT_STATUS_LABELS, PHASE_LABELS } from '../../../../rules/labels';
import { isPlanner } from '../../../../rules/roles';

/** The server's limit on one file (characters). */
const MAX_CHARACTERS = 200_000;

const EXAMPLE = `Court,Go-live,Phase,Status,Wave,LEAs
Fresno,2027-03-01,IMPLEMENT,IN_PROGRESS,2,Fresno County Sheriff's Office
Kings,2027-05-15,SCOPE,COMMITTED,3,Kings County Sheriff's Office
Santa Cruz,2026-10-01,POST_GO_LIVE,LIVE,1,`;

type ImportResult = ImportDeploymentsMutation['importDeployments'];

export function DeploymentImportPage() {
  const { me } = useMe({ cacheOnly: true });
  const { preview, loading: previewing } = usePreviewDeploymentImport();
  const { importDeployments, importing } = useImportDeployments();
  const [fileName, setFileName] = useState<string>();
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<DeploymentImportPreview>();
  const [problem, setProblem] = useState<string>();
  const [result, setResult] = useState<ImportResult>();
  const [pending, setPending] = useState(false);
  const fileId = useId();
  const hintId = useId();

  if (me && !isPlanner(me.role)) {
    return (
      <>
        <title>Import deployments – CCPOR Deploy</title>
        <h1>Import deployments</h1>
        <p className="callout callout--warning">Only administrators and coordinators may import deployments.</p>
      </>
    );
  }

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setChecked(undefined);
    setResult(undefined);
    setPending(false);
    setProblem(undefined);
    if (!file) return;
    setFileName(file.name);
    const text = await file.text();
    if (text.length > MAX_CHARACTERS) {
      setCsv('');
      setProblem(`${file.name} holds ${text.length.toLocaleString()} characters; at most ${MAX_CHARACTERS.toLocaleString()} at once. Split it into several files.`);
      return;
    }
    setCsv(text);
  };

  const runPreview = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(undefined);
    setResult(undefined);
    if (!csv) {
      setProblem('Choose a CSV file first.');
      return;
    }
    try {
      setChecked(await preview(csv));
    } catch (error) {
      setChecked(undefined);
      setProblem(fieldMessagesOf(error, { csv: 'The file' }).csv ?? errorMessageOf(error));
    }
  };

  const confirm = async () => {
    setProblem(undefined);
    const outcome = await importDeployments(csv);
    if (outcome.state === 'SENT' && outcome.data) {
      setResult(outcome.data.importDeployments);
      setChecked(undefined);
    } else if (outcome.state === 'PENDING') {
      setPending(true);
      setChecked(undefined);
    } else {
      setProblem(outcome.error?.message ?? 'The import was refused.');
    }
  };

  return (
    <>
      <title>Import deployments – CCPOR Deploy</title>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">Deployments</Link>
      </nav>
      <div className="page-heading">
        <h1>Import deployments</h1>
      </div>

      <section className="panel" aria-labelledby="import-format">
        <h2 id="import-format">The file</h2>
        <p>
          A CSV file with a header row and one row per court: <strong>court</strong> (its county or full name),{' '}
          <strong>go-live</strong> (YYYY-MM-DD), <strong>phase</strong>, <strong>status</strong>, <strong>wave</strong>{' '}
          (optional) and <strong>LEAs</strong> (optional, separated by “;”). Nothing is written until you confirm; rows
          with problems are skipped. Tasks of the phases before a row’s phase are marked done with the note “imported”.
        </p>
        <pre className="code-sample">{EXAMPLE}</pre>
      </section>

      <form className="form" onSubmit={(event) => void runPreview(event)} noValidate aria-label="Check a file">
        <div className="field">
          <label htmlFor={fileId}>CSV file</label>
          <p id={hintId} className="field-hint">
            Save the spreadsheet as “CSV (comma delimited)”; up to 500 rows.
          </p>
          <input
            id={fileId}
            className="input import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={hintId}
            onChange={(event) => void chooseFile(event)}
          />
        </div>
        <div className="button-row button-row--start">
          <button type="submit" className="button" disabled={previewing || !csv}>
            {previewing ? 'Checking…' : 'Preview import'}
          </button>
        </div>
      </form>

      {problem && (
        <div className="callout callout--error" role="alert">
          {problem}
        </div>
      )}

      {checked && (
        <section aria-labelledby="import-preview">
          <h2 id="import-preview">Preview of {fileName}</h2>
          <p role="status">
            {checked.validCount} {checked.validCount === 1 ? 'row' : 'rows'} will be imported
            {checked.invalidCount > 0 && `; ${checked.invalidCount} ${checked.invalidCount === 1 ? 'row has' : 'rows have'} problems and will be skipped`}.
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="import-preview">
            <table aria-labelledby="import-preview">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Court</th>
                  <th scope="col">Go-live</th>
                  <th scope="col">Phase</th>
                  <th scope="col">Status</th>
                  <th scope="col">Wave</th>
                  <th scope="col">LEAs</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {checked.rows.map((row) => (
                  <tr key={row.line} className={row.problems.length ? 'import-row--invalid' : undefined}>
                    <td className="numeric">{row.line}</td>
                    <th scope="row">{row.courtName ?? row.court}</th>
                    <td className="nowrap">{row.targetGoLive ? formatDate(row.targetGoLive) : '–'}</td>
                    <td>{row.phase ? PHASE_LABELS[row.phase] : '–'}</td>
                    <td>{row.status ? DEPLOYMENT_STATUS_LABELS[row.status] : '–'}</td>
                    <td className="numeric">{row.wave ?? '–'}</td>
                    <td>{row.leaNames.join('; ') || '–'}</td>
                    <td className="import-result">
                      {row.problems.length ? (
                        <>
                          <span className="badge badge--late">Skipped</span>
                          <ul className="import-problems">
                            {row.problems.map((p) => (
                              <li key={`${p.field}-${p.message}`}>
                                <strong>{p.field}</strong>: {p.message}
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : (
                        <span className="badge badge--on-track">Will be imported</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="button-row button-row--start import-actions">
            <button type="button" className="button" disabled={importing || checked.validCount === 0} onClick={() => void confirm()}>
              {importing ? 'Importing…' : `Import ${checked.validCount} ${checked.validCount === 1 ? 'deployment' : 'deployments'}`}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setChecked(undefined)} disabled={importing}>
              Cancel
            </button>
          </div>
        </section>
      )}

      {pending && (
        <div className="callout callout--warning" role="status">
          The import is saved on this device and will be sent when the connection returns; see Sync for its outcome.
        </div>
      )}

      {result && (
        <section className="callout callout--success" role="status" aria-labelledby="import-done">
          <h2 id="import-done">
            Imported {result.created.length} {result.created.length === 1 ? 'deployment' : 'deployments'}
          </h2>
          {result.created.length > 0 && (
            <ul>
              {result.created.map((d) => (
                <li key={d.id}>
                  <Link to={`/deployments/${d.id}`}>{d.court.name}</Link>
                </li>
              ))}
            </ul>
          )}
          {result.skipped.length > 0 && (
            <p>
              {result.skipped.length === 1
                ? `Skipped 1 row (line ${result.skipped[0].line}); correct it and import that row again.`
                : `Skipped ${result.skipped.length} rows (lines ${listInWords(result.skipped.map((s) => String(s.line)))}); correct them and import those rows again.`}
            </p>
          )}
          <p>
            <Link to="/">Back to the deployments</Link>
          </p>
        </section>
      )}
    </>
  );
}
