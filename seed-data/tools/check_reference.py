#!/usr/bin/env python3
"""Re-read seed-data/reference/*.csv and assert the reference-data contract (formats, counts, the published
figures F2, F3, F4, F9, F10, F13, and the facts' continuation to the end of 2026). Independent of
make_reference.py: rules are re-implemented from the contract. Exits non-zero with one message per failure.

Usage: python3 seed-data/tools/check_reference.py [reference-dir]
"""
import csv
import datetime as dt
import io
import re
import sys
from collections import Counter
from pathlib import Path

REF = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / 'reference'
# The published inputs (the 2025 communes), always the repository's.
SOURCES = Path(__file__).resolve().parent.parent / 'reference' / 'sources'
D = dt.date.fromisoformat
failures = []


def fail(msg):
    failures.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)
    return cond


HEADERS = {
    'org_units.csv': 'code,name,kind,parent_code,valid_from,valid_to,stat_code,source',
    'org_unit_successors.csv': 'predecessor_code,successor_code,partial,effective_on,source',
    'org_unit_revisions.csv': 'code,valid_from,valid_to,stat_code,seat_code,source',
    'fields.csv': 'code,name,owner_agency_code,due_days_min,due_days_max,speed,late_weight,weight_province,'
                  'weight_district,weight_commune,source',
    'procedures.csv': 'code,name,field_code,level,online_level,valid_from,valid_to,portal_integrated,'
                      'full_online_eligible,source',
    'reform_areas.csv': 'code,name,is_reform_area,source',
    'reform_tasks.csv': 'code,title,area_code,lead_agency_code,co_agency_codes,start_date,deadline,'
                        'completion_reported_on,completion_confirmed_on,source',
    'indicators.csv': 'code,name,unit,direction,owner_agency_code,origin,source',
    'indicator_targets.csv': 'indicator_code,year,target,source',
    'indicator_values.csv': 'indicator_code,period,value,source',
    'feedback.csv': 'external_id,received_at,channel,unit_code,subject,forwarded_at,answered_at,answered_online,'
                    'source',
}
DATE_RE = re.compile(r'^\d{4}-\d{2}-\d{2}$')
TS_RE = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$')
DATE_COLS = {'valid_from', 'valid_to', 'start_date', 'deadline', 'completion_reported_on',
             'completion_confirmed_on', 'effective_on'}
VI_LETTERS = set('ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ')


def load(name):
    path = REF / name
    if not path.exists():
        fail(f'{name}: missing')
        return []
    raw = path.read_bytes()
    check(not raw.startswith(b'\xef\xbb\xbf'), f'{name}: has a BOM')
    check(b'\r' not in raw, f'{name}: CR characters (line endings must be LF)')
    check(raw.endswith(b'\n'), f'{name}: no final newline')
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        fail(f'{name}: not UTF-8: {e}')
        return []
    reader = csv.reader(io.StringIO(text, newline=''))
    header = next(reader)
    check(','.join(header) == HEADERS[name], f'{name}: header {header}')
    rows = []
    for i, r in enumerate(reader, 2):
        if len(r) != len(header):
            fail(f'{name}:{i}: {len(r)} cells, expected {len(header)}')
            continue
        d = dict(zip(header, r))
        if d['source'] not in ('published', 'synthetic'):
            fail(f'{name}:{i}: source {d["source"]!r}')
        for k in DATE_COLS & d.keys():
            if d[k] and not DATE_RE.match(d[k]):
                fail(f'{name}:{i}: {k} {d[k]!r} is not YYYY-MM-DD')
        rows.append(d)
    return rows


def dnull(s):
    return D(s) if s else None


def valid_on(r, day):
    return D(r['valid_from']) <= day and (not r['valid_to'] or day < D(r['valid_to']))


# ---------------------------------------------------------------- org units
org = load('org_units.csv')
by_code = {}
for r in org:
    check(r['code'] not in by_code, f'org_units: duplicate code {r["code"]}')
    by_code[r['code']] = r
    check(r['kind'] in ('province', 'serviceCentre', 'agency', 'district', 'commune'),
          f'org_units: {r["code"]} kind {r["kind"]}')
    check(not r['parent_code'] or r['parent_code'] in by_code or any(x['code'] == r['parent_code'] for x in org),
          f'org_units: {r["code"]} parent {r["parent_code"]} unknown')
    check(bool(r['valid_from']), f'org_units: {r["code"]} valid_from empty')
    if r['valid_to']:
        check(D(r['valid_to']) > D(r['valid_from']), f'org_units: {r["code"]} valid_to <= valid_from')
    check(VI_LETTERS & set(r['name'].lower()) or r['name'][-1].isdigit() or r['name'].endswith('IV'),
          f'org_units: {r["code"]} name without Vietnamese diacritics: {r["name"]}')


def expect_unit(code, **kw):
    r = by_code.get(code)
    if not check(r is not None, f'org_units: {code} missing'):
        return
    for k, v in kw.items():
        check(r[k] == v, f'org_units: {code}.{k} = {r[k]!r}, expected {v!r}')


# The province keeps its code and name through 2025; its statistics code is a dated attribute (revisions below).
expect_unit('TNH', name='Tỉnh Tây Ninh', kind='province', parent_code='', stat_code='', valid_from='2000-01-01',
            valid_to='')
expect_unit('TTPVHCC', name='Trung tâm Phục vụ hành chính công tỉnh Tây Ninh', kind='serviceCentre',
            parent_code='TNH', valid_from='2018-03-01')
CENTRE_AGENCIES = ['SKHDT', 'SXD', 'STNMT', 'STP', 'SCT', 'SLDTBXH', 'SVHTTDL', 'SGTVT', 'BQLKKT', 'SKHCN', 'SYT',
                   'CAT', 'STC', 'SNV', 'SNNPTNT', 'SGDDT', 'STTTT']
for c in CENTRE_AGENCIES:
    expect_unit(c, kind='agency', parent_code='TTPVHCC', valid_to='')
check(sorted(r['code'] for r in org if r['parent_code'] == 'TTPVHCC') == sorted(CENTRE_AGENCIES),
      'org_units: agencies under TTPVHCC are not exactly the 17')
for c, n in [('SKHDT', 'Sở Kế hoạch và Đầu tư'), ('SLDTBXH', 'Sở Lao động - Thương binh và Xã hội'),
             ('BQLKKT', 'Ban Quản lý Khu kinh tế tỉnh'), ('CAT', 'Công an tỉnh')]:
    expect_unit(c, name=n)
for c, n in [('VPUBND', 'Văn phòng Ủy ban nhân dân tỉnh'), ('TTRA', 'Thanh tra tỉnh'), ('SNGV', 'Sở Ngoại vụ')]:
    expect_unit(c, name=n, kind='agency', parent_code='TNH')
DISTRICTS = {'703': 'Thành phố Tây Ninh', '705': 'Huyện Tân Biên', '706': 'Huyện Tân Châu',
             '707': 'Huyện Dương Minh Châu', '708': 'Huyện Châu Thành', '709': 'Thị xã Hòa Thành',
             '710': 'Huyện Gò Dầu', '711': 'Huyện Bến Cầu', '712': 'Thị xã Trảng Bàng'}
REORG = D('2025-07-01')
for c, n in DISTRICTS.items():
    expect_unit(c, name=n, kind='district', parent_code='TNH', stat_code=c, valid_to='2025-07-01',
                valid_from='2020-02-01' if c in ('709', '712') else '2000-01-01')
    expect_unit(c, source='published' if c in ('705', '706', '708', '710', '712') else 'synthetic')
expect_unit('709H', name='Huyện Hòa Thành', kind='district', valid_to='2020-02-01')
expect_unit('712H', name='Huyện Trảng Bàng', kind='district', valid_to='2020-02-01')
for day, n in [(D('2020-01-15'), 9), (D('2020-02-01'), 9), (D('2024-10-31'), 9), (D('2025-06-30'), 9),
               (REORG, 0), (D('2026-11-30'), 0)]:
    check(sum(1 for r in org if r['kind'] == 'district' and valid_on(r, day)) == n,
          f'org_units: districts valid on {day} != {n}')
all_communes = [r for r in org if r['kind'] == 'commune']
# Before the 2025 reorganisation: district + '.' + two digits; after it: the five-digit national code.
communes = [r for r in all_communes if D(r['valid_from']) < REORG]
new_communes = [r for r in all_communes if D(r['valid_from']) >= REORG]
check(len(communes) + len(new_communes) == len(all_communes), 'org_units: communes')
for r in communes:
    check(re.match(r'^\d{3}\.\d{2}$', r['code']) and r['code'][:3] == r['parent_code'] and r['parent_code'] in DISTRICTS,
          f'org_units: commune code/parent {r["code"]} {r["parent_code"]}')
    check(r['name'].split(' ')[0] in ('Phường', 'Xã') or r['name'].startswith('Thị trấn '),
          f'org_units: commune name {r["name"]}')
for day in [D('2020-02-01'), D('2021-06-30'), D('2024-10-31'), D('2024-12-31'), D('2025-06-30')]:
    valid = [r for r in all_communes if valid_on(r, day)]
    check(len(valid) == 94, f'org_units: {len(valid)} communes valid on {day}, expected 94')
    kinds = Counter('phường' if r['name'].startswith('Phường') else 'thị trấn' if r['name'].startswith('Thị trấn')
                    else 'xã' for r in valid)
    check(kinds == Counter({'phường': 17, 'thị trấn': 6, 'xã': 71}), f'org_units: commune kinds {dict(kinds)}')
valid_jan = {r['name'] for r in communes if valid_on(r, D('2020-01-15'))}
check(len([r for r in communes if valid_on(r, D('2020-01-15'))]) == 95, 'org_units: 95 communes on 2020-01-15')
check('Xã Phước Bình' not in valid_jan and {'Xã Phước Lưu', 'Xã Bình Thạnh'} <= valid_jan,
      'org_units: merger of Phước Lưu and Bình Thạnh into Phước Bình')
pb = [r for r in communes if r['name'] == 'Xã Phước Bình']
if check(len(pb) == 1, 'org_units: one Xã Phước Bình'):
    check(pb[0]['valid_from'] == '2020-02-01' and pb[0]['parent_code'] == '712', 'org_units: Phước Bình dates/parent')
    for n in ('Xã Phước Lưu', 'Xã Bình Thạnh'):
        r = [x for x in communes if x['name'] == n]
        check(len(r) == 1 and r[0]['valid_to'] == '2020-02-01' and r[0]['parent_code'] == '712', f'org_units: {n}')
for c, names in {'703': ['Phường 1', 'Phường IV', 'Phường Hiệp Ninh', 'Xã Bình Minh'],
                 '705': ['Thị trấn Tân Biên', 'Xã Trà Vong'], '708': ['Xã Hảo Đước', 'Xã Đồng Khởi']}.items():
    for n in names:
        check(any(r['name'] == n and r['parent_code'] == c for r in communes), f'org_units: {n} under {c}')
check(by_code.get('705.01', {}).get('name') == 'Thị trấn Tân Biên', 'org_units: 705.01 is Thị trấn Tân Biên')

check(all(r['valid_to'] == '2025-07-01' for r in communes if valid_on(r, D('2025-06-30'))),
      'org_units: an old commune valid on 2025-06-30 does not end on 2025-07-01')

# ---------------------------------------------------------------- the 2025 reorganisation
with (SOURCES / 'tayninh-2025-communes.csv').open(encoding='utf-8', newline='') as f:
    published = list(csv.DictReader(f))
check(len(published) == 96, f'sources: {len(published)} communes in tayninh-2025-communes.csv, expected 96')
pub_by_code = {r['new_code']: r for r in published}
for day in [REORG, D('2026-11-30')]:
    valid = [r for r in all_communes if valid_on(r, day)]
    check(len(valid) == 96, f'org_units: {len(valid)} communes valid on {day}, expected 96')
    kinds = Counter(r['name'].split(' ')[0] for r in valid)
    check(kinds == Counter({'Xã': 82, 'Phường': 14}), f'org_units: commune kinds on {day} {dict(kinds)}')
for r in new_communes:
    p = pub_by_code.get(r['code'])
    if not check(p is not None, f'org_units: new commune {r["code"]} not in the published list'):
        continue
    check(r['name'] == p['new_name'] and r['name'].split(' ')[0].lower() == p['kind'],
          f'org_units: {r["code"]} name {r["name"]!r}, published {p["new_name"]!r} ({p["kind"]})')
    check((r['parent_code'], r['valid_from'], r['valid_to'], r['stat_code'], r['source'])
          == ('TNH', '2025-07-01', '', r['code'], 'published'), f'org_units: new commune {r["code"]} fields')
for name in ('Phường Long An', 'Xã Tân Biên', 'Phường Tân Ninh', 'Xã Cần Giuộc'):
    check(sum(1 for r in new_communes if r['name'] == name) == 1, f'org_units: no new unit named {name}')

centres = [r for r in org if r['kind'] == 'serviceCentre']
check([r['code'] for r in centres if 'tỉnh' in r['name'].lower()] == ['TTPVHCC'],
      'org_units: not exactly one provincial service centre (a serviceCentre named "… tỉnh …")')
commune_centres = [r for r in centres if r['code'] != 'TTPVHCC']
by_parent = Counter(r['parent_code'] for r in commune_centres)
for c in new_communes:
    name = 'Trung tâm Phục vụ hành chính công ' + c['name'][0].lower() + c['name'][1:]
    expect_unit(c['code'] + '.TTPVHCC', name=name, kind='serviceCentre', parent_code=c['code'],
                valid_from='2025-07-01', valid_to='')
    check(by_parent[c['code']] == 1, f'org_units: {c["code"]} has {by_parent[c["code"]]} service centres')
check(len(commune_centres) == 96, f'org_units: {len(commune_centres)} commune service centres, expected 96')

# ---------------------------------------------------------------- successor links
links = load('org_unit_successors.csv')
pairs = Counter((r['predecessor_code'], r['successor_code']) for r in links)
check(all(n == 1 for n in pairs.values()), 'successors: duplicate links')
for r in links:
    pre, succ = by_code.get(r['predecessor_code']), by_code.get(r['successor_code'])
    if not check(pre is not None and succ is not None, f'successors: unknown unit in {r}'):
        continue
    check(r['partial'] in ('true', 'false'), f'successors: partial {r["partial"]!r}')
    # Valid-to is exclusive: the predecessor's last day is the day before the successor's first.
    check(pre['valid_to'] == r['effective_on'] == succ['valid_from'],
          f'successors: {pre["code"]} (to {pre["valid_to"]}) -> {succ["code"]} (from {succ["valid_from"]}) '
          f'effective {r["effective_on"]}')
    check(r['effective_on'] in ('2020-02-01', '2025-07-01'), f'successors: effective_on {r["effective_on"]}')
succ_of = {}
for r in links:
    succ_of.setdefault(r['predecessor_code'], []).append(r)
for pre, out in succ_of.items():
    # "một phần": an old unit split between new ones; each of its links is then partial, and there are several.
    partial = {r['partial'] for r in out}
    check(partial == {'false'} and len(out) == 1 or partial == {'true'} and len(out) > 1,
          f'successors: {pre} has {len(out)} successors with partial {sorted(partial)}')
for pre, succ in [('709H', '709'), ('712H', '712'), ('712.11', '712.09'), ('712.12', '712.09')]:
    check([(r['successor_code'], r['partial'], r['effective_on']) for r in succ_of.get(pre, [])]
          == [(succ, 'false', '2020-02-01')], f'successors: {pre} -> {succ} (2020)')
unlinked = [r['code'] for r in communes if valid_on(r, D('2025-06-30')) and r['code'] not in succ_of]
check(not unlinked, f'successors: old communes valid on 2025-06-30 without a successor: {unlinked}')
check(not any(r['kind'] == 'district' and r['code'] in succ_of for r in org if r['valid_to'] == '2025-07-01'),
      'successors: the district level ended without successors')

# The links of 2025 are the published ones: each new unit's former old Tây Ninh units, matched by name and old
# district ("Phường 4" of Tây Ninh city is "Phường IV" here).
FORMER = re.compile(r'^(.+?) \(([^()]+)\) \[\d+(, một phần)?\]$')
old_key = {(r['name'], by_code[r['parent_code']]['name']): r['code'] for r in communes if valid_on(r, D('2025-06-30'))}
expected, unmatched = set(), []
for p in published:
    if p['former_province'] != 'Tỉnh Tây Ninh':
        continue
    for part in p['former_units'].split('; '):
        m = FORMER.match(part)
        name = 'Phường IV' if m and (m[1], m[2]) == ('Phường 4', 'Thành phố Tây Ninh') else m and m[1]
        code = m and old_key.get((name, m[2]))
        if code is None:
            unmatched.append(part)
        else:
            expected.add((code, p['new_code'], 'true' if m[3] else 'false'))
check(not unmatched, f'successors: former units not matched to an old commune: {unmatched}')
got_2025 = {(r['predecessor_code'], r['successor_code'], r['partial']) for r in links if r['effective_on'] == '2025-07-01'}
check(got_2025 == expected, f'successors: 2025 links differ from the published list: missing '
      f'{sorted(expected - got_2025)[:5]}, extra {sorted(got_2025 - expected)[:5]}')
with_old = {r['successor_code'] for r in links if r['effective_on'] == '2025-07-01'}
check(len(with_old) == 36, f'successors: {len(with_old)} new units with old Tây Ninh predecessors, expected 36')
check(sum(1 for r in links if r['partial'] == 'true') > 0, 'successors: no partial link')

# ---------------------------------------------------------------- dated attributes
revisions = load('org_unit_revisions.csv')
for r in revisions:
    u, seat = by_code.get(r['code']), by_code.get(r['seat_code']) if r['seat_code'] else None
    if not check(u is not None, f'revisions: unknown unit {r["code"]}'):
        continue
    check(not r['valid_to'] or D(r['valid_to']) > D(r['valid_from']), f'revisions: {r}')
    check(not r['seat_code'] or seat is not None and valid_on(seat, D(r['valid_from']))
          and (seat['valid_to'] or '9999') >= (r['valid_to'] or '9999'), f'revisions: seat of {r} not valid throughout')
    check(not u['stat_code'], f'revisions: {r["code"]} has a stat_code in org_units too (one place for it)')
for code in {r['code'] for r in revisions}:
    own = sorted((r for r in revisions if r['code'] == code), key=lambda r: r['valid_from'])
    u = by_code.get(code, {})
    check(own[0]['valid_from'] == u.get('valid_from') and own[-1]['valid_to'] == u.get('valid_to')
          and all(a['valid_to'] == b['valid_from'] for a, b in zip(own, own[1:])),
          f'revisions: {code} does not cover its validity without gaps or overlaps')
tnh = [(r['valid_from'], r['valid_to'], r['stat_code'], by_code.get(r['seat_code'], {}).get('name')) for r in revisions
       if r['code'] == 'TNH']
check(tnh == [('2000-01-01', '2025-07-01', '72', 'Thành phố Tây Ninh'), ('2025-07-01', '', '80', 'Phường Long An')],
      f'revisions: the province {tnh}')

# ---------------------------------------------------------------- fields
fields = load('fields.csv')
fby = {r['code']: r for r in fields}
check(len(fby) == len(fields), 'fields: duplicate codes')
check(15 <= len(fields) <= 22, f'fields: {len(fields)} rows (about 18 expected)')
LEVELS = ('province', 'district', 'commune')
for r in fields:
    check(r['owner_agency_code'] in CENTRE_AGENCIES, f'fields: {r["code"]} owner {r["owner_agency_code"]}')
    check(r['speed'] in ('fast', 'normal', 'slow'), f'fields: {r["code"]} speed')
    lo, hi = int(r['due_days_min']), int(r['due_days_max'])
    check(1 <= lo <= hi, f'fields: {r["code"]} due days {lo}..{hi}')
    if r['speed'] == 'fast':
        check(hi <= 3, f'fields: {r["code"]} fast but {hi} days')
    if r['speed'] == 'slow':
        check(lo >= 15 and hi <= 30, f'fields: {r["code"]} slow but {lo}..{hi} days')
    check(float(r['late_weight']) > 0, f'fields: {r["code"]} late_weight')
    ws = [float(r[f'weight_{lv}']) for lv in LEVELS]
    check(all(w >= 0 for w in ws) and any(w > 0 for w in ws), f'fields: {r["code"]} weights {ws}')
for code, name, owner, speed in [('DAT_DAI', 'Đất đai', 'STNMT', 'slow'), ('XAY_DUNG', 'Xây dựng', 'SXD', 'slow'),
                                 ('GIAO_THONG', 'Đường bộ', 'SGTVT', None), ('TU_PHAP', None, 'STP', None),
                                 ('CHUNG_THUC', 'Chứng thực', 'STP', 'fast'),
                                 ('DKKD', 'Thành lập và hoạt động của doanh nghiệp', 'SKHDT', None),
                                 ('CAN_CUOC', 'Cấp, quản lý căn cước công dân', 'CAT', None)]:
    r = fby.get(code)
    if check(r is not None, f'fields: {code} missing'):
        check(name is None or r['name'] == name, f'fields: {code} name {r["name"]}')
        check(code != 'TU_PHAP' or r['name'] in ('Hộ tịch', 'Tư pháp'), f'fields: TU_PHAP name {r["name"]}')
        check(r['owner_agency_code'] == owner, f'fields: {code} owner')
        check(speed is None or r['speed'] == speed, f'fields: {code} speed')
check(set(CENTRE_AGENCIES) <= {r['owner_agency_code'] for r in fields}, 'fields: some centre agency owns no field')
if all(c in fby for c in ('DAT_DAI', 'GIAO_THONG', 'TU_PHAP')):
    top = max(float(r['late_weight']) for r in fields)
    for c in ('DAT_DAI', 'GIAO_THONG', 'TU_PHAP'):
        check(float(fby[c]['late_weight']) == top, f'fields: {c} late_weight is not the highest')


def w(code, level):
    return float(fby[code][f'weight_{level}']) if code in fby else 0.0


def top_fields(level, n):
    return {c for c, _ in sorted(((c, w(c, level)) for c in fby), key=lambda x: -x[1])[:n]}


check({'CHUNG_THUC', 'TU_PHAP', 'CAN_CUOC'} == top_fields('commune', 3), 'fields: commune level not dominated by '
      'CHUNG_THUC, TU_PHAP, CAN_CUOC')
check({'GIAO_THONG', 'DKKD'} <= top_fields('province', 5), 'fields: GIAO_THONG/DKKD not big at province level')
check({'DAT_DAI', 'XAY_DUNG', 'DKKD', 'TU_PHAP'} <= top_fields('district', 5), 'fields: district mix')

# ---------------------------------------------------------------- procedures
procs = load('procedures.csv')
codes = Counter(r['code'] for r in procs)
check(all(n == 1 for n in codes.values()), f'procedures: duplicate codes {[c for c, n in codes.items() if n > 1][:5]}')
for r in procs:
    c = r['code']
    check(r['field_code'] in fby, f'procedures: {c} field {r["field_code"]}')
    check(r['level'] in LEVELS, f'procedures: {c} level {r["level"]}')
    check(r['online_level'] in ('2', '3', '4'), f'procedures: {c} online_level {r["online_level"]}')
    check(r['portal_integrated'] in ('true', 'false'), f'procedures: {c} portal_integrated')
    check(r['full_online_eligible'] in ('true', 'false'), f'procedures: {c} full_online_eligible')
    check(r['online_level'] != '4' or r['full_online_eligible'] == 'true',
          f'procedures: {c} provided fully online (level 4) but not eligible for it')
    check(bool(r['valid_from']) and (not r['valid_to'] or r['valid_to'] > r['valid_from']), f'procedures: {c} dates')
    # From the 2025 reorganisation the communes also take the district level's fields.
    check(r['level'] not in LEVELS or w(r['field_code'], r['level']) > 0
          or r['level'] == 'commune' and r['valid_from'] >= REORG.isoformat() and w(r['field_code'], 'district') > 0,
          f'procedures: {c} field {r["field_code"]} has weight 0 at {r["level"]}')
    check(r['valid_from'] <= '2026-12-31', f'procedures: {c} valid from {r["valid_from"]}, after the data\'s horizon')
    check(bool(r['name'].strip()), f'procedures: {c} empty name')
sep = D('2020-09-30')
v2020 = [r for r in procs if valid_on(r, sep)]
lv = Counter(r['level'] for r in v2020)
ol = Counter(r['online_level'] for r in v2020)
check(len(v2020) == 1904, f'F10: {len(v2020)} procedures valid on 2020-09-30, expected 1904')
check((lv['province'], lv['district'], lv['commune']) == (1502, 260, 142), f'F10: by level {dict(lv)}')
check((ol['3'], ol['4']) == (442, 193), f'F10: online level 3/4 = {ol["3"]}/{ol["4"]}, expected 442/193')
later = sum(1 for r in procs if '2021-01-01' <= r['valid_from'] <= '2023-12-31')
ended = sum(1 for r in procs if r['valid_to'] and '2021-01-01' <= r['valid_to'] <= '2023-12-31')
check(40 <= later <= 80, f'procedures: {later} with valid_from in 2021-2023 (~60 expected)')
check(25 <= ended <= 60, f'procedures: {ended} with valid_to in 2021-2023 (~40 expected)')
before_2025 = [r for r in procs if r['valid_from'] < '2025-01-01']
check(sum(1 for r in before_2025 if r['valid_from'] <= '2019-01-01') > 0.7 * len(before_2025),
      'procedures: most valid_from (of those before 2025) should be 2019-01-01 or earlier')
full = Counter((r['field_code'], r['level']) for r in procs
               if r['valid_from'] <= '2020-01-01' and (not r['valid_to'] or r['valid_to'] > '2024-12-31'))
for f in fby:
    for level in LEVELS:
        if w(f, level) > 0:
            check(full[(f, level)] >= 3, f'procedures: {f}/{level} has {full[(f, level)]} procedures valid '
                                          f'throughout 2020-2024 (>= 3 needed)')
for day in (D('2020-09-30'), D('2022-06-30'), D('2024-12-31'), D('2025-06-30'), REORG, D('2025-12-31'),
            D('2026-11-30')):
    for level in LEVELS:
        names = Counter(r['name'] for r in procs if r['level'] == level and valid_on(r, day))
        dup = [n for n, k in names.items() if k > 1]
        check(not dup, f'procedures: same name twice at {level} on {day}: {dup[:2]}')


# The 2025 reorganisation: the district level's procedures end with it, and the communes take its fields.
last_district_day = REORG - dt.timedelta(days=1)
check(all(r['valid_to'] == REORG.isoformat() for r in procs if r['level'] == 'district' and valid_on(r, last_district_day)),
      'procedures: a district procedure valid on 2025-06-30 does not end on 2025-07-01')
check(not any(r['level'] == 'district' and r['valid_from'] >= REORG.isoformat() for r in procs),
      'procedures: a district procedure begins after the district level ended')
month_ends = [dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1) for y in (2025, 2026) for m in range(1, 13)]
for day in [REORG] + [d for d in month_ends if d >= REORG]:
    valid_commune = Counter(r['field_code'] for r in procs if r['level'] == 'commune' and valid_on(r, day))
    # The present-day history draws a commune's dossier from its field's commune-level procedures of that day.
    thin = [f for f in fby if w(f, 'district') + w(f, 'commune') > 0 and valid_commune[f] < 3]
    check(not thin, f'procedures: fields with fewer than 3 commune-level procedures on {day}: {thin}')

# F13: on 2025-12-31, 1,192 procedures qualify for full-process online service and 1,134 of them are provided so.
f13 = [r for r in procs if valid_on(r, D('2025-12-31')) and r['full_online_eligible'] == 'true']
f13_full = sum(1 for r in f13 if r['online_level'] == '4')
check((len(f13), f13_full) == (1192, 1134), f'F13: {len(f13)} eligible, {f13_full} fully online, expected 1192, 1134')


def full_online_rate(day):
    """Per cent of the procedures valid on `day` that qualify for full-process online service and are provided so."""
    el = [r for r in procs if valid_on(r, day) and r['full_online_eligible'] == 'true']
    return round(100.0 * sum(1 for r in el if r['online_level'] == '4') / max(1, len(el)), 2)


# ---------------------------------------------------------------- reform areas
areas = load('reform_areas.csv')
want_areas = [('TC', 'Cải cách thể chế', 'true'), ('TTHC', 'Cải cách thủ tục hành chính', 'true'),
              ('TCBM', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'true'),
              ('CDCV', 'Cải cách chế độ công vụ', 'true'), ('TCC', 'Cải cách tài chính công', 'true'),
              ('CPS', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 'true'),
              ('CDDH', 'Công tác chỉ đạo, điều hành và thông tin, tuyên truyền', 'false')]
check([(r['code'], r['name'], r['is_reform_area']) for r in areas] == want_areas, 'reform_areas: rows differ')

# ---------------------------------------------------------------- reform tasks
tasks = load('reform_tasks.csv')
LEAD = {'TC': 'STP', 'TTHC': 'VPUBND', 'TCBM': 'SNV', 'CDCV': 'SNV', 'TCC': 'STC', 'CPS': 'STTTT', 'CDDH': 'SNV'}
check(len(tasks) == 176, f'reform_tasks: {len(tasks)} rows, expected 176')
check(len({r['code'] for r in tasks}) == len(tasks), 'reform_tasks: duplicate codes')
check(len({r['title'] for r in tasks}) == len(tasks), 'reform_tasks: duplicate titles')
agency_codes = {r['code'] for r in org if r['kind'] == 'agency'}
# Events (completion reported, confirmed) run to the end of the facts; deadlines to the programme's end, 2030.
LO, HI, DEADLINE_HI = D('2021-07-15'), D('2026-12-31'), D('2030-12-31')
for r in tasks:
    c = r['code']
    check(r['area_code'] in LEAD, f'reform_tasks: {c} area {r["area_code"]}')
    check(LEAD.get(r['area_code']) == r['lead_agency_code'], f'reform_tasks: {c} lead {r["lead_agency_code"]}')
    cos = r['co_agency_codes'].split(';') if r['co_agency_codes'] else []
    check(all(x in agency_codes and x != r['lead_agency_code'] for x in cos) and len(set(cos)) == len(cos),
          f'reform_tasks: {c} co agencies {cos}')
    s, dl, rep, conf = (dnull(r[k]) for k in ('start_date', 'deadline', 'completion_reported_on',
                                             'completion_confirmed_on'))
    check(s is not None and dl is not None, f'reform_tasks: {c} start/deadline missing')
    for x in (s, rep, conf):
        check(x is None or LO <= x <= HI, f'reform_tasks: {c} date {x} outside {LO}..{HI}')
    check(dl is None or LO <= dl <= DEADLINE_HI, f'reform_tasks: {c} deadline {dl} outside {LO}..{DEADLINE_HI}')
    if s and dl:
        check(dl >= s, f'reform_tasks: {c} deadline < start')
    check(rep is None or (s and rep >= s), f'reform_tasks: {c} completion before start')
    check(conf is None or (rep is not None and conf >= rep), f'reform_tasks: {c} confirmation before completion')


def task_status(r, d):
    rep, conf, dl = dnull(r['completion_reported_on']), dnull(r['completion_confirmed_on']), D(r['deadline'])
    if rep is None or rep > d:
        return 'inProgressOnTime' if dl >= d else 'inProgressOverdue'
    if conf is not None and conf <= d:
        return 'completedOnTime' if rep <= dl else 'completedLate'
    return 'completedAwaitingConfirmation'


F3 = {'inProgressOnTime': 49, 'inProgressOverdue': 5, 'completedOnTime': 89, 'completedLate': 4,
      'completedAwaitingConfirmation': 29}
got = Counter(task_status(r, D('2024-10-31')) for r in tasks)
check(dict(got) == F3, f'F3: statuses on 2024-10-31 {dict(got)}')
done = lambda d: sum(1 for r in tasks if task_status(r, d).startswith('completed'))
check(done(D('2022-12-31')) < done(D('2023-12-31')) < done(D('2024-10-31')), 'reform_tasks: completions do not grow')
check(all(task_status(r, D('2021-07-15')).startswith('inProgress') for r in tasks),
      'reform_tasks: something completed on day one')
# The programme's second phase (2026-2030): deadlines reach 2030 and part of the tasks are due in 2027-2030; those
# have no event after the present (2026-11-30) and no completion after their deadline.
PRESENT = D('2026-11-30')
deadline_years = Counter(D(r['deadline']).year for r in tasks)
phase2 = [r for r in tasks if D(r['deadline']).year >= 2027]
check(max(deadline_years) == 2030 and len(phase2) >= 20 and all(deadline_years[y] for y in range(2027, 2031)),
      f'reform_tasks: deadlines by year {dict(sorted(deadline_years.items()))}')
check(all(dnull(r[k]) is None or dnull(r[k]) <= min(PRESENT, D(r['deadline']))
          for r in phase2 for k in ('completion_reported_on', 'completion_confirmed_on')),
      'reform_tasks: a task due in 2027-2030 has an event after the present or its deadline')
# The present: most completed (some late, some awaiting confirmation), the second phase's tasks still running within
# their deadline, a few overdue.
now = Counter(task_status(r, PRESENT) for r in tasks)
running_phase2 = sum(1 for r in phase2 if task_status(r, PRESENT) == 'inProgressOnTime')
check(sum(n for k, n in now.items() if k.startswith('completed')) >= 130 and now['completedLate'] >= 10
      and now['completedAwaitingConfirmation'] >= 1 and 20 <= now['inProgressOnTime'] <= 40 and running_phase2 >= 20
      and 1 <= now['inProgressOverdue'] <= 10, f'reform_tasks: statuses on 2026-11-30 {dict(now)}')
reported_in = Counter(D(r['completion_reported_on']).year for r in tasks if r['completion_reported_on'])
check(reported_in[2025] >= 10 and reported_in[2026] >= 5, f'reform_tasks: completions by year {dict(reported_in)}')

# ---------------------------------------------------------------- indicators
inds = load('indicators.csv')
tg = load('indicator_targets.csv')
vals = load('indicator_values.csv')
check([r['code'] for r in inds] == [f'CDS{i:02d}' for i in range(1, 17)], 'indicators: codes CDS01..CDS16 in order')
for r in inds:
    check(r['unit'] in ('percent', 'count', 'level') and r['direction'] in ('higher', 'lower'),
          f'indicators: {r["code"]} unit/direction')
    check(r['owner_agency_code'] in agency_codes, f'indicators: {r["code"]} owner')
    check(bool(r['origin'].strip()) and bool(VI_LETTERS & set(r['name'].lower())), f'indicators: {r["code"]} text')
keywords = ['trực tuyến', 'toàn trình', 'điền sẵn', 'thanh toán', 'số hóa', 'Cổng Dịch vụ công quốc gia',
            'cấp tỉnh', 'cấp huyện', 'cấp xã', 'an toàn thông tin', 'doanh nghiệp nhỏ và vừa', 'danh tính điện tử',
            'cáp quang', 'tài khoản', 'sức khỏe điện tử', 'kinh tế số']
for r, k in zip(inds, keywords):
    check(k in r['name'], f'indicators: {r["code"]} name {r["name"]!r} lacks {k!r}')
targets = {}
for r in tg:
    k = (r['indicator_code'], int(r['year']))
    check(k not in targets, f'indicator_targets: duplicate {k}')
    targets[k] = float(r['target'])
# CDS08 measures the district level, which ended on 2025-07-01: no target for 2026, no value after June 2025.
check(set(targets) == {(f'CDS{i:02d}', y) for i in range(1, 17) for y in range(2021, 2027)} - {('CDS08', 2026)},
      'indicator_targets: one row per indicator and year 2021-2026 (none for CDS08 in 2026)')
months = [f'{y}-{m:02d}' for y in range(2021, 2027) for m in range(1, 13)]
values = {}
unit = {r['code']: r['unit'] for r in inds}
direction = {r['code']: r['direction'] for r in inds}
for r in vals:
    k = (r['indicator_code'], r['period'])
    check(k not in values, f'indicator_values: duplicate {k}')
    values[k] = float(r['value'])
    if unit.get(r['indicator_code']) == 'percent':
        check(re.match(r'^\d{1,3}\.\d{2}$', r['value']) and 0 <= float(r['value']) <= 100,
              f'indicator_values: {k} value {r["value"]}')
check(set(values) == {(f'CDS{i:02d}', m) for i in range(1, 17) for m in months}
      - {('CDS08', m) for m in months if m > '2025-06'},
      'indicator_values: monthly 2021-01..2026-12 for all 16 (CDS08 to 2025-06)')


def achieved(code, d):
    period = f'{d.year}-{d.month:02d}'
    v, t = values.get((code, period)), targets.get((code, d.year))
    if v is None or t is None:
        return False
    return v >= t if direction[code] == 'higher' else v <= t


oct31 = [r['code'] for r in inds if achieved(r['code'], D('2024-10-31'))]
check(len(oct31) == 9, f'F4: {len(oct31)} indicators achieved on 2024-10-31, expected 9')
check(not ({'CDS01', 'CDS04', 'CDS10', 'CDS11'} & set(oct31)), 'F4: CDS01/04/10/11 must not be achieved')
sep30 = sum(1 for r in inds if achieved(r['code'], D('2024-09-30')))
check(sep30 in (8, 9), f'indicators: {sep30} achieved on 2024-09-30 (8 or 9 expected)')
check(values.get(('CDS01', '2023-11')) == 43.08, 'indicators: CDS01 2023-11 must be 43.08')
check(any(values.get(('CDS01', m)) == 17.65 for m in ('2022-06', '2022-07')), 'indicators: CDS01 mid-2022 17.65')
# From 2025 the full-process online indicator is the procedure catalogue's own rate at each month's end (F13 in
# December 2025), and the online dossier share sits near the dossier history's after the merger (about 80%).
for m in months[months.index('2025-01'):]:
    y, mo = map(int, m.split('-'))
    day = dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)
    check(values.get(('CDS02', m)) == full_online_rate(day),
          f'indicators: CDS02 {m} = {values.get(("CDS02", m))}, the catalogue says {full_online_rate(day)}')
check(values.get(('CDS02', '2025-12')) == 95.13, 'F13: CDS02 2025-12 must be 95.13')
check(all(75 <= values[('CDS01', m)] <= 90 for m in months if m >= '2025-07'),
      'indicators: CDS01 after the merger outside 75-90%')


def achieved_on(code, d):
    """As the product decides: the latest value up to d's month (since January of the year before) against d's year."""
    period = f'{d.year}-{d.month:02d}'
    latest = [v for (c, m), v in sorted(values.items()) if c == code and f'{d.year - 1}-01' <= m <= period]
    t = targets.get((code, d.year))
    return bool(latest) and t is not None and (latest[-1] >= t if direction[code] == 'higher' else latest[-1] <= t)


present_achieved = {d: sum(1 for r in inds if achieved_on(r['code'], D(d))) for d in ('2025-12-31', '2026-11-30')}
check(all(8 <= n <= 13 for n in present_achieved.values()), f'indicators: achieved {present_achieved}')
check(not achieved_on('CDS08', D('2026-11-30')), 'indicators: CDS08 achieved in 2026 without a target')

# ---------------------------------------------------------------- feedback
fb = load('feedback.csv')
org_rows = {r['code']: r for r in org}


def ts(s):
    return dt.datetime.fromisoformat(s) if s else None


HORIZON = dt.datetime(2026, 12, 31, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=7)))


ids = Counter(r['external_id'] for r in fb)
check(all(n == 1 for n in ids.values()), 'feedback: duplicate external_id')
parsed = []
for r in fb:
    i = r['external_id']
    for k in ('received_at', 'forwarded_at', 'answered_at'):
        check(not r[k] or TS_RE.match(r[k]), f'feedback: {i} {k} {r[k]!r}')
    if not TS_RE.match(r['received_at']):
        continue
    rec, fwd, ans = ts(r['received_at']), ts(r['forwarded_at']), ts(r['answered_at'])
    check(r['channel'] in ('nationalPortal', 'provincialPortal', 'hotline', 'zalo'), f'feedback: {i} channel')
    u = org_rows.get(r['unit_code'])
    check(u is not None and u['kind'] in ('agency', 'district', 'commune') and valid_on(u, rec.date()),
          f'feedback: {i} unit {r["unit_code"]} not an agency/district/commune valid on {rec.date()}')
    check(bool(r['subject'].strip()) and VI_LETTERS & set(r['subject'].lower()), f'feedback: {i} subject')
    check(dt.date(2020, 1, 1) <= rec.date() <= dt.date(2026, 12, 31), f'feedback: {i} received {rec}')
    check(r['answered_online'] in ('true', 'false', ''), f'feedback: {i} answered_online')
    check((r['answered_online'] == '') == (ans is None), f'feedback: {i} answered_online vs answered_at')
    if r['answered_online'] == 'true':
        check(fwd is None, f'feedback: {i} answered directly but also forwarded')
    else:
        check(fwd is not None, f'feedback: {i} neither answered directly nor forwarded')
    check(fwd is None or fwd >= rec, f'feedback: {i} forwarded before received')
    check(ans is None or ans >= (fwd or rec), f'feedback: {i} answered before received/forwarded')
    check(max(x for x in (rec, fwd, ans) if x) <= HORIZON, f'feedback: {i} has a step after the data\'s horizon')
    check(i.startswith(f'PAKN-{rec.year}-'), f'feedback: {i} numbered in another year than {rec.year}')
    parsed.append(dict(rec=rec, fwd=fwd, ans=ans, online=r['answered_online'] == 'true'))


def fb_summary(frm, to):
    end = dt.datetime.combine(D(to), dt.time(23, 59, 59), tzinfo=dt.timezone(dt.timedelta(hours=7)))
    start = dt.datetime.combine(D(frm), dt.time(0, 0), tzinfo=dt.timezone(dt.timedelta(hours=7)))
    cohort = [x for x in parsed if start <= x['rec'] <= end]
    answered = [x for x in cohort if x['ans'] and x['ans'] <= end]
    return dict(received=len(cohort), forwarded=sum(1 for x in cohort if x['fwd'] and x['fwd'] <= end),
                answered=len(answered), answeredOnline=sum(1 for x in answered if x['online']))


s = fb_summary('2024-01-01', '2024-09-30')
check(s['received'] == 306, f'F2: {s["received"]} received 2024-01-01..2024-09-30, expected 306')
check(s['answered'] / max(1, s['received']) < 0.10, f'feedback: 2024 Jan-Sep resolution rate {s} not below 10%')
s24 = fb_summary('2024-01-01', '2024-12-31')
check(s24['answered'] / max(1, s24['received']) < 0.10, f'feedback: 2024 resolution rate {s24} not below 10%')
s9 = fb_summary('2020-01-01', '2020-09-10')
q9 = fb_summary('2020-06-11', '2020-09-10')
check((s9['received'], q9['received'], s9['forwarded'], s9['answeredOnline']) == (132, 70, 37, 95),
      f'F9: received/inPeriod/forwarded/answeredOnline = {s9["received"]}/{q9["received"]}/{s9["forwarded"]}/'
      f'{s9["answeredOnline"]}, expected 132/70/37/95')
per_year = {y: fb_summary(f'{y}-01-01', f'{y}-12-31')['received'] for y in range(2020, 2027)}
check(150 <= per_year[2020] <= 200 and 350 <= per_year[2024] <= 450, f'feedback: yearly volumes {per_year}')
check(all(per_year[y] <= per_year[y + 1] for y in range(2020, 2026)), f'feedback: volumes not rising {per_year}')
# The new province from 1 July 2025: several times the old one's volume.
h1, h2 = fb_summary('2025-01-01', '2025-06-30')['received'], fb_summary('2025-07-01', '2025-12-31')['received']
check(h2 >= 2.5 * h1 and 3 * per_year[2024] <= per_year[2026] <= 6 * per_year[2024],
      f'feedback: 2025 first/second half {h1}/{h2}, years {per_year}')
s26 = fb_summary('2026-01-01', '2026-12-31')
check(0.5 <= s26['answered'] / s26['received'] <= 0.95, f'feedback: 2026 resolution rate {s26}')
merged_units = Counter(org_rows[r['unit_code']]['kind'] for r in fb if r['received_at'] >= '2025-07-01')
check(set(merged_units) == {'agency', 'commune'} and merged_units['commune'] > merged_units['agency'],
      f'feedback: units after the merger {dict(merged_units)}')
jan_sep_23 = fb_summary('2023-01-01', '2023-09-30')['received']
check(306 / jan_sep_23 - 1 > 0.93, f'feedback: 2024 vs 2023 (Jan-Sep) growth {306 / jan_sep_23 - 1:.0%} <= 93%')
office = sum(1 for x in parsed if x['rec'].weekday() < 5 and 7 <= x['rec'].hour < 17)
check(office > 0.6 * len(parsed), f'feedback: only {office}/{len(parsed)} received in office hours')

# ---------------------------------------------------------------- done
if failures:
    for f in failures:
        print('FAIL', f)
    print(f'{len(failures)} failure(s)')
    sys.exit(1)
print('reference data ok: ' + ', '.join(f'{n} {k}' for k, n in [
    ('org units', len(org)), ('successor links', len(links)), ('revisions', len(revisions)), ('fields', len(fields)), ('procedures', len(procs)), ('tasks', len(tasks)),
    ('indicators', len(inds)), ('indicator values', len(vals)), ('feedback items', len(fb))]))
print(f'  F2 306, F3 {dict(got)}, F4 {len(oct31)}/16 (Sep {sep30}), F9 {s9["received"]}/{q9["received"]}/'
      f'{s9["forwarded"]}/{s9["answeredOnline"]}, F10 {len(v2020)} = {lv["province"]}/{lv["district"]}/'
      f'{lv["commune"]}, level3 {ol["3"]} level4 {ol["4"]}, F13 {len(f13)}/{f13_full}')
print(f'  reform-task deadlines by year {dict(sorted(deadline_years.items()))}')
print(f'  on 2026-11-30: tasks {dict(now)}, indicators achieved {present_achieved["2026-11-30"]}/16; '
      f'petitions per year {per_year}')
