// Each checklist as a static JSON file (data/checklists/<id>.json). The report and 汇总 pages load
// only the checklists they need, instead of carrying every checklist inside their HTML.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Checklist } from '../../../schemas/checklist';

export const getStaticPaths = (async () =>
  (await getCollection('checklists')).map((c) => ({ params: { id: c.data.id }, props: { checklist: c.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ checklist: Checklist }> = ({ props }) =>
  new Response(JSON.stringify(props.checklist), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
