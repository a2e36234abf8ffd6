/** From a block and character offsets in its text back to a DOM Range over its text nodes. */
import type { ExtractedBlock, TextPart } from './extract';

function partAt(parts: TextPart[], offset: number, preferNext: boolean): { part: TextPart; at: number } | undefined {
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const end = p.start + p.node.data.length;
    if (offset < end || (offset === end && !preferNext) || i === parts.length - 1) {
      return { part: p, at: Math.max(0, Math.min(p.node.data.length, offset - p.start)) };
    }
  }
  return undefined;
}

/** The range, or undefined when the block has no text nodes (a chart) or they left the page. */
export function rangeFor(block: ExtractedBlock, start: number, end: number): Range | undefined {
  if (block.parts.length === 0) return undefined;
  const from = partAt(block.parts, start, true);
  const to = partAt(block.parts, end, false);
  if (!from || !to || !from.part.node.isConnected || !to.part.node.isConnected) return undefined;
  const range = from.part.node.ownerDocument.createRange();
  range.setStart(from.part.node, from.at);
  range.setEnd(to.part.node, to.at);
  return range;
}
