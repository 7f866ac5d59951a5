#!/usr/bin/env python3
"""Validate the hand-labelled matching dev set (postings, seekers, qrels) against the reference code lists."""
import csv, json, sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REF = Path(sys.argv[1]) if len(sys.argv) > 1 else Path('/work/shared/reference')
errors = []

def err(msg): errors.append(msg)

def read_csv(name):
    with open(REF / name, encoding='utf-8') as f:
        return list(csv.DictReader(f))

regions = {r['code'] for r in read_csv('goyang-regions.csv')}
keco_minor = {r['code'] for r in read_csv('keco-2018.csv') if r['level'] == 'minor'}
ksic_div = {r['code'] for r in read_csv('ksic-10.csv') if r['level'] == 'division'}
SAL = {'D', 'H', 'M', 'Y'}
EDU = {f'0{i}' for i in range(8)}
CAREER = {'N', 'E', 'Z'}
EMP = {'10', '11', '20', '21', '4', 'Y'}
MIN_HOURLY = 10320

def load_jsonl(name):
    raw = (HERE / name).read_bytes()
    if raw.startswith(b'\xef\xbb\xbf'):
        err(f'{name}: has a BOM')
    out = []
    for n, line in enumerate(raw.decode('utf-8').splitlines(), 1):
        if not line.strip():
            err(f'{name}:{n}: blank line'); continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f'{name}:{n}: bad JSON: {e}')
    ids = Counter(o.get('id') for o in out)
    for i, c in ids.items():
        if c > 1: err(f'{name}: duplicate id {i}')
    return out

postings = load_jsonl('postings.jsonl')
seekers = load_jsonl('seekers.jsonl')

P_FIELDS = ['id', 'title', 'company', 'occupationCode', 'industryCode', 'regionCode', 'salaryType', 'minSalary',
            'maxSalary', 'education', 'career', 'careerYears', 'employmentType', 'hoursPerWeek', 'certificates',
            'skills', 'description']
for p in postings:
    pid = p.get('id')
    for k in P_FIELDS:
        if k not in p: err(f'{pid}: missing {k}')
    if p.get('occupationCode') not in keco_minor: err(f'{pid}: occupationCode {p.get("occupationCode")} not a KECO minor code')
    if p.get('industryCode') not in ksic_div: err(f'{pid}: industryCode {p.get("industryCode")} not a KSIC division')
    if p.get('regionCode') not in regions: err(f'{pid}: regionCode {p.get("regionCode")} unknown')
    if p.get('salaryType') not in SAL: err(f'{pid}: salaryType')
    if p.get('education') not in EDU: err(f'{pid}: education')
    if p.get('career') not in CAREER: err(f'{pid}: career')
    if p.get('employmentType') not in EMP: err(f'{pid}: employmentType')
    if p.get('career') == 'E' and not p.get('careerYears'): err(f'{pid}: career E without careerYears')
    if p.get('minSalary', 0) > p.get('maxSalary', 0): err(f'{pid}: minSalary > maxSalary')
    st, mn = p.get('salaryType'), p.get('minSalary', 0)
    floor = {'H': MIN_HOURLY, 'D': MIN_HOURLY * 8, 'M': 2156880, 'Y': 2156880 * 12}.get(st, 0)
    if st in ('M', 'Y') and p.get('hoursPerWeek', 40) < 35:
        floor = 0  # monthly pay for short weeks is checked by hand
    if mn < floor: err(f'{pid}: minSalary {mn} below the 2026 minimum wage for type {st}')
    for k in ('certificates', 'skills'):
        if not isinstance(p.get(k), list): err(f'{pid}: {k} not a list')

S_FIELDS = ['id', 'desiredOccupations', 'desiredTitles', 'regions', 'desiredSalaryType', 'desiredMinSalary',
            'education', 'careerYears', 'careerHistory', 'certificates', 'skills', 'employmentTypes', 'introduction']
FORBIDDEN = {'age', 'sex', 'gender', 'disability', 'nationality', 'birthYear', 'birthDate'}
for s in seekers:
    sid = s.get('id')
    for k in S_FIELDS:
        if k not in s: err(f'{sid}: missing {k}')
    for k in FORBIDDEN & set(s): err(f'{sid}: forbidden field {k}')
    for c in s.get('desiredOccupations', []):
        if c not in keco_minor: err(f'{sid}: desiredOccupations {c} not a KECO minor code')
    for h in s.get('careerHistory', []):
        if h.get('occupationCode') not in keco_minor: err(f'{sid}: careerHistory code {h.get("occupationCode")}')
    for r in s.get('regions', []):
        if r not in regions: err(f'{sid}: region {r} unknown')
    if s.get('desiredSalaryType') not in SAL: err(f'{sid}: desiredSalaryType')
    if s.get('education') not in EDU: err(f'{sid}: education')
    for e in s.get('employmentTypes', []):
        if e not in EMP: err(f'{sid}: employmentType {e}')

pids = {p['id'] for p in postings}
sids = {s['id'] for s in seekers}
per_seeker = defaultdict(Counter)
seen = set()
with open(HERE / 'qrels.tsv', encoding='utf-8') as f:
    lines = f.read().splitlines()
if lines[0] != 'seekerId\tpostingId\trelevance': err('qrels.tsv: bad header')
for n, line in enumerate(lines[1:], 2):
    parts = line.split('\t')
    if len(parts) != 3: err(f'qrels.tsv:{n}: expected 3 columns'); continue
    s, p, r = parts
    if s not in sids: err(f'qrels.tsv:{n}: unknown seeker {s}')
    if p not in pids: err(f'qrels.tsv:{n}: unknown posting {p}')
    if r not in ('1', '2', '3'): err(f'qrels.tsv:{n}: relevance {r} not 1/2/3')
    if (s, p) in seen: err(f'qrels.tsv:{n}: duplicate pair {s} {p}')
    seen.add((s, p))
    per_seeker[s][int(r)] += 1
for s in sorted(sids):
    c = per_seeker[s]
    if sum(c.values()) < 5: err(f'{s}: only {sum(c.values())} judged postings')
    if c[2] + c[3] < 3: err(f'{s}: fewer than 3 postings labelled 2 or 3')

dist = Counter()
for c in per_seeker.values(): dist.update(c)
print(f'postings: {len(postings)}  seekers: {len(seekers)}  judged pairs: {len(seen)}  '
      f'relevance 1/2/3: {dist[1]}/{dist[2]}/{dist[3]}')
print(f'seekers without desiredOccupations: {sum(1 for s in seekers if not s.get("desiredOccupations"))}')
if errors:
    print(f'{len(errors)} problem(s):'); [print('  ' + e) for e in errors]; sys.exit(1)
print('OK')
