#!/usr/bin/env python3
"""Checks the entity gold files in this folder.

usage: python3 validate.py [CORPUS_DIR]   (default: /work/shared/corpus)
Re-extracts every referenced Fars News sentence, checks span offsets (UTF-16
code units) against span texts, the dev/test record split, own-sentences and
the verbatim meeting sentences of seeds-gold.json.
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus'
TYPES = {'person', 'place', 'organisation'}
QUOTES = '«»"\'()'
errors = []

def u16(s):
    return len(s.encode('utf-16-le')) // 2

def cut(s, a, b):  # UTF-16 offsets -> str slice
    e = s.encode('utf-16-le')
    return e[2 * a:2 * b].decode('utf-16-le')

def check_spans(where, text, spans):
    last = 0
    for sp in spans:
        if sp['type'] not in TYPES:
            errors.append(f'{where}: bad type {sp}')
        if not (0 <= sp['start'] < sp['end'] <= u16(text)):
            errors.append(f'{where}: bad offsets {sp}'); continue
        if cut(text, sp['start'], sp['end']) != sp['text']:
            errors.append(f'{where}: text mismatch {sp} != {cut(text, sp["start"], sp["end"])!r}')
        if sp['start'] < last:
            errors.append(f'{where}: overlapping/unsorted {sp}')
        last = sp['end']
        t = sp['text']
        balanced_paren = t.endswith(')') and '(' in t  # e.g. «خلیج (فارس)»
        if t != t.strip() or t[0] in QUOTES or (t[-1] in QUOTES and not balanced_paren):
            errors.append(f'{where}: span begins/ends with space or quote {sp}')

recs = []
for i in range(1, 6):
    with open(os.path.join(CORPUS, 'farsnews', f'fars-news-{i}.json'), encoding='utf-8') as f:
        recs += json.load(f)
by = {}
for r in recs:
    by.setdefault(r['link'], []).append(r)

stats = {}
links = {}
for split in ('dev', 'test'):
    with open(os.path.join(HERE, f'farsnews-{split}.json'), encoding='utf-8') as f:
        items = json.load(f)
    links[split] = {it['link'] for it in items}
    c = collections.Counter()
    seen = set()
    for n, it in enumerate(items):
        where = f'{split}[{n}]'
        rs = by.get(it['link'])
        if not rs:
            errors.append(f'{where}: unknown link'); continue
        r = rs[0]
        field = r['paragraphs'][it['paragraph']] if it['field'] == 'paragraphs' else r[it['field']]
        sent = cut(field, it['start'], it['end'])
        if not sent.strip() or sent != sent.strip():
            errors.append(f'{where}: empty or untrimmed sentence')
        key = (it['link'], it['field'], it['paragraph'], it['start'])
        if key in seen:
            errors.append(f'{where}: duplicate sentence')
        seen.add(key)
        check_spans(where, sent, it['spans'])
        c['sentences'] += 1
        if not it['spans']:
            c['no-entity sentences'] += 1
        for sp in it['spans']:
            c[sp['type']] += 1
    stats[split] = c
if links['dev'] & links['test']:
    errors.append(f'records shared by dev and test: {links["dev"] & links["test"]}')

with open(os.path.join(HERE, 'own-sentences.json'), encoding='utf-8') as f:
    own = json.load(f)
c = collections.Counter()
for n, it in enumerate(own):
    check_spans(f'own[{n}]', it['text'], it['spans'])
    c['sentences'] += 1
    for sp in it['spans']:
        c[sp['type']] += 1
stats['own'] = c

with open(os.path.join(HERE, 'seeds-gold.json'), encoding='utf-8') as f:
    seeds = json.load(f)
for g in seeds:
    with open(os.path.join(CORPUS, 'seeds', g['file']), encoding='utf-8') as f:
        page = f.read()
    for m in g['meetings']:
        if m['sentence'] not in page:
            errors.append(f'{g["file"]}: meeting sentence not verbatim: {m["sentence"][:50]}')
    for p in g['people']:
        for mention in p['mentions']:
            if mention not in page:
                errors.append(f'{g["file"]}: mention not in page: {mention}')

for k, v in stats.items():
    print(k, dict(v))
print(f'{len(seeds)} seed pages, {sum(len(g["meetings"]) for g in seeds)} meetings')
for e in errors:
    print('ERROR', e)
sys.exit(1 if errors else 0)
