/**
 * Which real-coverage items form the frozen check split. Fixed by a hash of the item id, decided
 * before any item was written or any rule tuned against them, so nobody chooses what lands in it:
 * about 36% of the items, spread evenly across batches, languages and topics.
 */
import { hashText } from '../match/check';

export const CHECK_SHARE = 36;

function bucket(id: string): number {
  // FNV-1a of the id (as the flag keys use), base 36 → a number in 0..99.
  return parseInt(hashText(`split:${id}`), 36) % 100;
}

export function splitOf(id: string): 'check' | 'train' {
  return bucket(id) < CHECK_SHARE ? 'check' : 'train';
}
