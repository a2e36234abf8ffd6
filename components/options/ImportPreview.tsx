import type { OptionsStrings } from '../../lib/i18n/optionsStrings';
import { formatError } from '../../lib/schema/validate';
import type { ImportPreview as Preview } from '../../lib/store/types';

export interface ImportPreviewProps {
  name: string;
  preview: Preview;
  t: OptionsStrings;
  testid?: string;
}

// Invalid counts records (a record may have several errors, each on its own line below).
const COUNTS = ['added', 'changed', 'unchanged', 'deleted', 'keptUserEdits', 'invalid'] as const;

/** What an import would do, record by record, before anything is written. */
export function ImportPreviewView({ name, preview, t, testid = 'import-preview' }: ImportPreviewProps) {
  const im = t.importer;
  if (preview.error) {
    return (
      <div class="import-preview import-error" data-testid={testid}>
        <h4>{im.preview(name)}</h4>
        <p class="error-text">
          {im.fileError} {preview.error}
        </p>
      </div>
    );
  }
  return (
    <div class="import-preview" data-testid={testid}>
      <h4>{im.preview(name)}</h4>
      {preview.format && (
        <p>
          {im.format}: {im.formats[preview.format]}
        </p>
      )}
      <dl class="counts">
        {COUNTS.map((key) => (
          <div key={key} class={`count count-${key}`} data-count={key}>
            <dt>{im.counts[key]}</dt>
            <dd>{key === 'invalid' ? new Set(preview.invalid.map((e) => e.index)).size : preview[key].length}</dd>
          </div>
        ))}
      </dl>
      {COUNTS.filter((key) => key !== 'invalid' && key !== 'unchanged' && preview[key].length > 0).map((key) => (
        <details key={key} class="ids">
          <summary>
            {im.counts[key]} ({preview[key].length})
          </summary>
          <p>
            {preview[key].map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <code>{id}</code>
              </span>
            ))}
          </p>
        </details>
      ))}
      {preview.invalid.length > 0 && (
        <>
          <h5>{im.invalidHeading}</h5>
          <ul class="invalid-lines">
            {preview.invalid.map((e, i) => (
              <li key={i}>
                <code>{formatError(e)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
