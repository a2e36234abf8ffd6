/** From a block and character offsets in its text back to a DOM Range over its text nodes. */
import type { ExtractedBlock, TextPart } from './extract';

export interface RangeEnds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

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

/** Which text nodes, at which offsets, hold characters `start`…`end` of the block's text. */
export function rangeEnds(block: ExtractedBlock, start: number, end: number): RangeEnds | undefined {
  if (block.parts.length === 0) return undefined;
  const from = partAt(block.parts, start, true);
  const to = partAt(block.parts, end, false);
  if (!from || !to) return undefined;
  return { startNode: from.part.node, startOffset: from.at, endNode: to.part.node, endOffset: to.at };
}

/** The range, or undefined when the block has no text nodes (a chart) or they left the page. */
export function rangeFor(block: ExtractedBlock, start: number, end: number): Range | undefined {
  const ends = rangeEnds(block, start, end);
  if (!ends || !ends.startNode.isConnected || !ends.endNode.isConnected) return undefined;
  const range = ends.startNode.ownerDocument.createRange();
  range.setStart(ends.startNode, ends.startOffset);
  range.setEnd(ends.endNode, ends.endOffset);
  return range;
}
