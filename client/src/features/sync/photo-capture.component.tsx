import { useState } from 'react';
import { keepPhoto, type KeptPhoto } from '../../offline/photos';
import './photos.css';

/**
 * Take photos with the tablet's back camera (or pick from the library): each is downscaled and kept
 * on the device at once, so it survives going offline, reloading and closing the page until sent.
 */
export function PhotoCapture({ id, label, photos, onChange }: { id: string; label: string; photos: KeptPhoto[]; onChange: (photos: KeptPhoto[]) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const add = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const kept: KeptPhoto[] = [];
      for (const file of Array.from(files)) kept.push(await keepPhoto(file));
      onChange([...photos, ...kept.filter((photo) => !photos.some((existing) => existing.sha256 === photo.sha256))]);
    } catch (failure) {
      setProblem(`The photo could not be kept: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="field photo-capture">
      <label htmlFor={id} className="button button--secondary photo-capture__button">
        {busy ? 'Keeping the photo…' : label}
      </label>
      <input
        id={id}
        className="photo-capture__input"
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        disabled={busy}
        onChange={(event) => {
          void add(event.target.files);
          event.target.value = '';
        }}
      />
      {photos.length > 0 && (
        <ul className="photo-capture__list" aria-label="Photos taken">
          {photos.map((photo, index) => (
            <li key={photo.sha256}>
              <img src={photo.previewUrl} alt={`Photo ${index + 1}`} />
              <button type="button" className="button button--secondary" onClick={() => onChange(photos.filter((other) => other !== photo))}>
                Remove photo {index + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="callout callout--error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
