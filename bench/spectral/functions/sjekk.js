// sjekk: evaluates one check of medvirk's rule-pack language on one document, so that the Spectral
// rules in ../ruleset.yaml can state the national pack's checks as they stand in rules/nasjonal/.
// Spectral sees one file at a time, so only per-document checks are possible: finnes (felt),
// antall (felt), dato, verdi, kjent_regel, alle, noen and ikke; and finnes (type) only for the
// document itself.
//
// Options: types / notTypes (the document types the rule applies to, like «gitt»), gjelder (conditions
// on the document itself, for a rule on the service document), hver (a list in the document: one
// result per element), sjekk (the check), melding (the message), asOf (the audit date).

const AS_OF = '2026-11-23';

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// «finnes»: present and filled; empty text, lists and tables and «FYLL UT» placeholders are not.
const filled = (v) =>
  !(
    v === undefined ||
    v === null ||
    v === '' ||
    (Array.isArray(v) && v.length === 0) ||
    (isObject(v) && Object.keys(v).length === 0) ||
    (typeof v === 'string' && v.startsWith('FYLL UT'))
  );

const get = (node, path) => path.split('.').reduce((o, k) => (isObject(o) ? o[k] : undefined), node);

const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

// «sti: verdi» and «sti: [a, b]»: the field equals one of the values, or is a list containing one.
const matches = (v, want) => {
  if (Array.isArray(want)) return want.some((w) => matches(v, w));
  if (Array.isArray(v)) return v.some((x) => !isObject(x) && String(x) === String(want));
  return v !== undefined && v !== null && !isObject(v) && String(v) === String(want);
};

const condition = (node, hvor, asOf) =>
  Object.entries(hvor || {}).every(([path, c]) => {
    const v = get(node, path);
    if (isObject(c) && 'finnes' in c) return filled(v) === c.finnes;
    if (isObject(c) && 'passert' in c) return isDate(v) && (v < asOf) === c.passert;
    return matches(v, c);
  });

const holds = (node, check, o) => {
  const [kind, p] = Object.entries(check)[0];
  switch (kind) {
    case 'finnes':
      if (p.type !== undefined) return matches(node.type, p.type) && condition(node, p.hvor, o.asOf);
      return filled(get(node, p.felt));
    case 'antall': {
      const list = get(node, p.felt);
      const n = Array.isArray(list) ? list.filter((x) => condition(x, p.hvor, o.asOf)).length : 0;
      return (p.min === undefined || n >= p.min) && (p.maks === undefined || n <= p.maks);
    }
    case 'dato': {
      const v = get(node, p.felt);
      if (!isDate(v)) return false;
      return (p.krav || 'ikke_passert') === 'ikke_passert' ? v >= o.asOf : v <= o.asOf;
    }
    case 'verdi': {
      const v = get(node, p.felt);
      if (v === undefined || v === null || typeof v === 'object') return false;
      if (p.er !== undefined && String(v) !== String(p.er)) return false;
      if (p.en_av !== undefined && !p.en_av.some((x) => String(x) === String(v))) return false;
      if (p.min !== undefined && !(Number.isInteger(v) && v >= p.min)) return false;
      if (p.maks !== undefined && !(Number.isInteger(v) && v <= p.maks)) return false;
      return true;
    }
    case 'kjent_regel':
      return (o.regler || []).includes(get(node, p.felt));
    case 'alle':
      return p.every((c) => holds(node, c, o));
    case 'noen':
      return p.some((c) => holds(node, c, o));
    case 'ikke':
      return !holds(node, p, o);
    default:
      throw new Error(`sjekk: unknown check ${kind}`);
  }
};

export default (input, options, context) => {
  if (!isObject(input)) return;
  const o = { asOf: AS_OF, ...options };
  if (o.types && !o.types.includes(input.type)) return;
  if (o.notTypes && o.notTypes.includes(input.type)) return;
  if (o.gjelder && !condition(input, o.gjelder, o.asOf)) return;
  const results = [];
  if (o.hver) {
    const list = get(input, o.hver);
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (!holds(item, o.sjekk, o)) results.push({ message: o.melding, path: [...context.path, ...o.hver.split('.'), i] });
    });
  } else if (!holds(input, o.sjekk, o)) {
    results.push({ message: o.melding, path: [...context.path] });
  }
  return results;
};
