import type { Evidence } from '../lib/schema/correction';

export interface EvidenceListProps {
  evidence: Evidence[];
}

/** Dated sources; links open in a new tab and tell the site nothing about the page we came from. */
export function EvidenceList({ evidence }: EvidenceListProps) {
  return (
    <ul class="evidence">
      {evidence.map((e) => (
        <li key={e.url}>
          <a href={e.url} target="_blank" rel="noopener noreferrer">
            {e.title}
          </a>
          <span class="evidence-meta">
            {' '}
            — {e.publisher}, <time dateTime={e.date}>{e.date}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}
