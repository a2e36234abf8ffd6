/** The page-level model Footnote ships (seeds/model.json, made by `npm run train`), checked once. */
import * as v from 'valibot';
import data from '../../seeds/model.json';
import { ModelData, PageModel } from './classifier';

let model: PageModel | undefined;

export function shippedModel(): PageModel {
  if (model) return model;
  const r = v.safeParse(ModelData, data);
  if (!r.success) throw new Error(`Invalid seeds/model.json: ${r.issues[0].message}`);
  model = new PageModel(r.output);
  return model;
}
