#!/usr/bin/env python3
"""Actor/target accuracy of Link Grammar frames vs the naive baseline on the
gold dev events.  usage: evaluate.py PARSES.jsonl [--cap-ms 200] [--examples N]"""
import os, argparse, collections, glob, json, re, sys
from prep import split_sentences, GOLD

ap = argparse.ArgumentParser()
ap.add_argument('parses'); ap.add_argument('--cap-ms', type=float, default=0,
    help='treat parses that took more CPU ms than this as failed (simulates a sub-second limit)')
ap.add_argument('--examples', type=int, default=0)
ap.add_argument('--ext', action='store_true', help='actor from the extended subject phrase (with its PPs)')
a = ap.parse_args()
EXT = a.ext

parses = {}
for l in open(a.parses):
    r = json.loads(l)
    if a.cap_ms and r['cpu_ms'] > a.cap_ms: r = dict(r, status='capped', words=[], links=[], verbs=[])
    parses[r['text']] = r

# ---- trigger forms
forms_by_kind, all_forms = collections.defaultdict(set), set()
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'extract', 'lexicon', 'event_triggers.tsv')):
    if line.startswith('#') or line.startswith('trigger\t') or not line.strip(): continue
    cols = line.rstrip('\n').split('\t')
    trig, forms, kind = cols[0], cols[1], cols[2]
    for f in [trig] + forms.split('|'):
        f = f.lower()                     # "lifted off": the verb "lifted" followed by "off"
        forms_by_kind[kind].add(f); all_forms.add(f)

def form_at(text, start, forms):
    """The trigger form that starts at char `start` of text, if any."""
    low = text[start:].lower()
    for f in sorted(forms, key=len, reverse=True):
        if low.startswith(f) and (len(low) == len(f) or not low[len(f)].isalnum()): return f
    return None

STOP = set('the of and for a an in on at to de la'.split())
def toks(s):
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9\-\.']*|--|[;:()\"]", s)]
def norm(w):
    w = re.sub(r"'s$", '', w).rstrip('.')
    return w
def name_words(ent):
    out = set()
    for n in [ent['name']] + ent.get('aliases', []):
        for t, _, _ in toks(n):
            t = norm(t)
            if t and t.lower() not in STOP and (any(c.isupper() for c in t) or any(c.isdigit() for c in t)):
                out.add(t)
    return out
def named_in(ent, text):
    for n in [ent['name']] + ent.get('aliases', []):
        if re.search(r'(?<![A-Za-z0-9])' + re.escape(n) + r'(?![A-Za-z0-9])', text): return True
    return False

# ---- baseline: capitalised sequences
FUNC = set('''the a an in on at by for from with to of and but or as it its he she they we i you this that these those
there here his her their our after before during under when while if since until although though then so
also however meanwhile today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
one two three'''.split())
BOUND = {';', ':', '--', '(', ')'}
def cap_runs(ts):
    runs, cur = [], []
    for i, (t, s, e) in enumerate(ts):
        cap = (t[0].isupper() or (t[0].isdigit() and any(c.isupper() for c in t))) and t.lower() not in FUNC
        if cap: cur.append(i)
        else:
            if cur: runs.append(cur); cur = []
    if cur: runs.append(cur)
    return runs
def baseline(text, trig_char):
    ts = toks(text)
    ti = next((i for i, (t, s, e) in enumerate(ts) if s <= trig_char < e), None)
    if ti is None: return set(), set()
    start = max([i for i in range(ti) if ts[i][0] in BOUND], default=-1) + 1
    runs = [r for r in cap_runs(ts) if ti not in r]
    before = [r for r in runs if r[-1] < ti and r[0] >= start]
    after = [r for r in runs if r[0] > ti]
    act = {norm(ts[i][0]) for i in before[-1]} if before else set()
    tgt = {norm(ts[i][0]) for i in after[0]} if after else set()
    return act, tgt

# ---- LG frame reading
def surface(p, i):
    w = p['words'][i]; return norm(p['text'][w[2]:w[3]]) if len(w) > 3 else norm(w[1])
def lg_roles(p, v):
    S = lambda idx: {surface(p, i) for i in idx}
    subj, objs = S(v['subj_np_ext' if EXT else 'subj_np']), set().union(*[S(o) for o in v['obj_np']]) if v['obj_np'] else set()
    preps = set().union(*[S(o) for o in v['prep_np']]) if v['prep_np'] else set()
    if v['passive']:
        by = S(v['by_np'])
        return by, subj, (subj | (preps - by))
    return subj, objs, objs | preps

# ---- events
rows = []
for f in sorted(glob.glob(GOLD + '/*.json')):
    d = json.load(open(f)); ents = {e['name']: e for e in d['entities']}
    for e in d['events']:
        text = e.get('sentence')
        if not text: continue
        subs = split_sentences(text)
        inv = [(i['entity'], i['role']) for i in e['involves'] if i['role'] in ('actor', 'target')]
        inv = [(n, r) for n, r in inv if n in ents and named_in(ents[n], text)]
        if not inv: continue
        kind_forms = forms_by_kind.get(e['kind'], set())
        # candidate trigger verbs from LG
        cands = []
        for si, s in enumerate(subs):
            p = parses.get(s)
            if not p: continue
            nmatch = sum(named_in(ents[n], s) for n, _ in inv)
            for v in p['verbs']:
                st = p['words'][v['v']][2]
                if form_at(s, st, all_forms):
                    cands.append((0 if form_at(s, st, kind_forms) else 1, -nmatch, si, v['v'], s, v))
        cands.sort(key=lambda c: c[:4])
        lg = cands[0] if cands else None
        if lg:
            s, v = lg[4], lg[5]
            trig_char = parses[s]['words'][v['v']][2]
            bsent, btrig = s, trig_char
        else:   # no LG verb: the baseline still finds the trigger word by regex
            bsent = btrig = None
            for pri in (kind_forms, all_forms):
                for s in subs:
                    for t, st, en in toks(s):
                        if form_at(s, st, pri): bsent, btrig = s, st; break
                    if bsent: break
                if bsent: break
        b_act, b_tgt = baseline(bsent, btrig) if bsent else (set(), set())
        if lg:
            l_act, l_tgt, l_tgt_len = lg_roles(parses[lg[4]], lg[5])
        else:
            l_act = l_tgt = l_tgt_len = set()
        for n, role in inv:
            nw = name_words(ents[n])
            rows.append(dict(file=f.split('/')[-1], ev=e['id'], kind=e['kind'], ent=n, role=role,
                             has_lg=bool(lg), lg_status=(parses[lg[4]]['status'] if lg else
                                 ','.join(parses[s]['status'] for s in subs if s in parses)),
                             verb=(lg[5]['word'] if lg else None), passive=(lg[5]['passive'] if lg else None),
                             sent=(lg[4] if lg else bsent),
                             lg=bool(nw & (l_act if role == 'actor' else l_tgt)),
                             lg_len=bool(nw & (l_act if role == 'actor' else l_tgt_len)),
                             base=bool(nw & (b_act if role == 'actor' else b_tgt)),
                             lg_got=sorted(l_act if role == 'actor' else l_tgt_len), base_got=sorted(b_act if role == 'actor' else b_tgt)))

def report(rs, title):
    print(f'== {title}')
    for role in ('actor', 'target'):
        r = [x for x in rs if x['role'] == role]; n = len(r)
        if not n: continue
        lg = sum(x['lg'] for x in r); ll = sum(x['lg_len'] for x in r); b = sum(x['base'] for x in r)
        named = lambda got: any(w[:1].isupper() and w.lower() not in FUNC for w in got)
        hy = sum((x['lg_len'] if x['role'] == 'target' else x['lg']) if (x['has_lg'] and named(x['lg_got'])) else x['base'] for x in r)
        either = sum(x['base'] or (x['lg_len'] if role == 'target' else x['lg']) for x in r)
        print(f'  {role}: n={n}  LG strict {lg}/{n}={lg/n:.1%}  LG (+prep objects) {ll}/{n}={ll/n:.1%}  '
              f'baseline {b}/{n}={b/n:.1%}  hybrid(LG if it names someone, else baseline) {hy}/{n}={hy/n:.1%}  oracle-either {either/n:.1%}')
report(rows, 'all gold actors/targets named in the sentence')
report([x for x in rows if x['has_lg']], 'subset where LG parsed the sentence and found a trigger verb')
print('events with no LG trigger verb:', len({(x['file'], x['ev']) for x in rows if not x['has_lg']}),
      'of', len({(x['file'], x['ev']) for x in rows}))
json.dump(rows, open(a.parses.replace('.jsonl', '') + ('_cap%d' % a.cap_ms if a.cap_ms else '') + '_eval.json', 'w'), indent=1)
if a.examples:
    for tag, cond in (('LG right, baseline wrong', lambda x: x['lg_len'] and not x['base']),
                      ('baseline right, LG wrong', lambda x: x['base'] and x['has_lg'] and not x['lg_len'])):
        print('--', tag, sum(map(cond, rows)))
        for x in [x for x in rows if cond(x)][:a.examples]:
            print(f"   [{x['role']} {x['ent']}] verb={x['verb']} pas={x['passive']} LG={x['lg_got']} base={x['base_got']} :: {x['sent'][:160]}")
