#!/usr/bin/env python3
"""Generate the reference data of seed-data/reference/ (org units, procedure fields and catalogue,
reform areas and tasks, digital-transformation indicators, citizen feedback).

Deterministic: stdlib only, fixed seeds, one random.Random per file so that editing one section does
not shift the others. Running it twice gives byte-identical files. The facts run to the end of 2026 (the reform
tasks' deadlines to 2030, the programme's end); what continues them from 2025 on draws from random streams of its own,
so the rows up to 2024 stay as they were (a reform task's deadline moves only while it still lies ahead).

Usage: python3 seed-data/tools/make_reference.py [output-dir]
Facts come from the province's published documents (source=published); everything else is made up
plausibly (source=synthetic). The org units after the 2025 reorganisation are read from
seed-data/reference/sources/ (see its README.md for the documents). check_reference.py asserts the
constraints.
"""
import csv
import datetime as dt
import io
import random
import re
import sys
from pathlib import Path

SEED = 20241031
OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / 'reference'
# Inputs, always read from the repository whatever the output directory.
SOURCES = Path(__file__).resolve().parent.parent / 'reference' / 'sources'

D = dt.date.fromisoformat
PUB, SYN = 'published', 'synthetic'


def cell(v):
    if v is None:
        return ''
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def write_csv(name, header, rows):
    buf = io.StringIO(newline='')
    w = csv.writer(buf, lineterminator='\n')  # QUOTE_MINIMAL = RFC 4180 quoting where needed
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (name, r)
        w.writerow([cell(v) for v in r])
    (OUT / name).write_bytes(buf.getvalue().encode('utf-8'))
    return len(rows)


def month_end(y, m):
    return (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1))


# ----------------------------------------------------------------------------------------------
# 1. Org units
# ----------------------------------------------------------------------------------------------
PROVINCE = ('TNH', 'Tỉnh Tây Ninh')
CENTRE = ('TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh Tây Ninh')
# (code, name, joined the service centre, source)
CENTRE_AGENCIES = [
    # phase 1 (March 2018)
    ('SKHDT', 'Sở Kế hoạch và Đầu tư', '2018-03-01', PUB),
    ('SXD', 'Sở Xây dựng', '2018-03-01', PUB),
    ('STNMT', 'Sở Tài nguyên và Môi trường', '2018-03-01', PUB),
    ('STP', 'Sở Tư pháp', '2018-03-01', PUB),
    ('SCT', 'Sở Công Thương', '2018-03-01', PUB),
    ('SLDTBXH', 'Sở Lao động - Thương binh và Xã hội', '2018-03-01', PUB),
    ('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', '2018-03-01', PUB),
    ('SGTVT', 'Sở Giao thông vận tải', '2018-03-01', PUB),
    # phase 2 (November 2018; the day is not published)
    ('BQLKKT', 'Ban Quản lý Khu kinh tế tỉnh', '2018-11-01', PUB),
    ('SKHCN', 'Sở Khoa học và Công nghệ', '2018-11-01', PUB),
    ('SYT', 'Sở Y tế', '2018-11-01', PUB),
    ('CAT', 'Công an tỉnh', '2018-11-01', PUB),
    ('STC', 'Sở Tài chính', '2018-11-01', SYN),
    ('SNV', 'Sở Nội vụ', '2018-11-01', SYN),
    ('SNNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn', '2018-11-01', SYN),
    ('SGDDT', 'Sở Giáo dục và Đào tạo', '2018-11-01', SYN),
    ('STTTT', 'Sở Thông tin và Truyền thông', '2018-11-01', SYN),
]
OTHER_AGENCIES = [
    ('VPUBND', 'Văn phòng Ủy ban nhân dân tỉnh'),
    ('TTRA', 'Thanh tra tỉnh'),
    ('SNGV', 'Sở Ngoại vụ'),
]
# (code, name, valid_from, valid_to, successor, stat code published?); valid_to None = until the 2025
# reorganisation, when the district level ended.
DISTRICTS = [
    ('703', 'Thành phố Tây Ninh', '2000-01-01', None, None, False),
    ('705', 'Huyện Tân Biên', '2000-01-01', None, None, True),
    ('706', 'Huyện Tân Châu', '2000-01-01', None, None, True),
    ('707', 'Huyện Dương Minh Châu', '2000-01-01', None, None, False),
    ('708', 'Huyện Châu Thành', '2000-01-01', None, None, True),
    ('709H', 'Huyện Hòa Thành', '2000-01-01', '2020-02-01', '709', False),
    ('709', 'Thị xã Hòa Thành', '2020-02-01', None, None, False),
    ('710', 'Huyện Gò Dầu', '2000-01-01', None, None, True),
    ('711', 'Huyện Bến Cầu', '2000-01-01', None, None, False),
    ('712H', 'Huyện Trảng Bàng', '2000-01-01', '2020-02-01', '712', True),
    ('712', 'Thị xã Trảng Bàng', '2020-02-01', None, None, True),
]
# Communes in the order of the province's pre-2025 list; code = district + '.' + two digits in this order.
COMMUNES = {
    '703': ['Phường 1', 'Phường 2', 'Phường 3', 'Phường IV', 'Phường Hiệp Ninh', 'Phường Ninh Sơn',
            'Phường Ninh Thạnh', 'Xã Bình Minh', 'Xã Tân Bình', 'Xã Thạnh Tân'],
    '709': ['Phường Hiệp Tân', 'Phường Long Hoa', 'Phường Long Thành Bắc', 'Phường Long Thành Trung',
            'Xã Long Thành Nam', 'Xã Trường Đông', 'Xã Trường Hòa', 'Xã Trường Tây'],
    '712': ['Phường An Hòa', 'Phường An Tịnh', 'Phường Gia Bình', 'Phường Gia Lộc', 'Phường Lộc Hưng',
            'Phường Trảng Bàng', 'Xã Đôn Thuận', 'Xã Hưng Thuận', 'Xã Phước Bình', 'Xã Phước Chỉ'],
    '711': ['Thị trấn Bến Cầu', 'Xã An Thạnh', 'Xã Lợi Thuận', 'Xã Long Chữ', 'Xã Long Giang',
            'Xã Long Khánh', 'Xã Long Phước', 'Xã Long Thuận', 'Xã Tiên Thuận'],
    '708': ['Thị trấn Châu Thành', 'Xã An Bình', 'Xã An Cơ', 'Xã Biên Giới', 'Xã Đồng Khởi',
            'Xã Hảo Đước', 'Xã Hòa Hội', 'Xã Hòa Thạnh', 'Xã Long Vĩnh', 'Xã Ninh Điền',
            'Xã Phước Vinh', 'Xã Thái Bình', 'Xã Thanh Điền', 'Xã Thành Long', 'Xã Trí Bình'],
    '707': ['Thị trấn Dương Minh Châu', 'Xã Bàu Năng', 'Xã Bến Củi', 'Xã Cầu Khởi', 'Xã Chà Là',
            'Xã Lộc Ninh', 'Xã Phan', 'Xã Phước Minh', 'Xã Phước Ninh', 'Xã Suối Đá', 'Xã Truông Mít'],
    '710': ['Thị trấn Gò Dầu', 'Xã Bàu Đồn', 'Xã Cẩm Giang', 'Xã Hiệp Thạnh', 'Xã Phước Đông',
            'Xã Phước Thạnh', 'Xã Phước Trạch', 'Xã Thạnh Đức', 'Xã Thanh Phước'],
    '705': ['Thị trấn Tân Biên', 'Xã Hòa Hiệp', 'Xã Mỏ Công', 'Xã Tân Bình', 'Xã Tân Lập', 'Xã Tân Phong',
            'Xã Thạnh Bắc', 'Xã Thạnh Bình', 'Xã Thạnh Tây', 'Xã Trà Vong'],
    '706': ['Thị trấn Tân Châu', 'Xã Suối Dây', 'Xã Suối Ngô', 'Xã Tân Đông', 'Xã Tân Hà', 'Xã Tân Hiệp',
            'Xã Tân Hòa', 'Xã Tân Hội', 'Xã Tân Hưng', 'Xã Tân Phú', 'Xã Tân Thành', 'Xã Thạnh Đông'],
}
MERGE_DATE = '2020-02-01'
MERGED_INTO = ('712', 'Xã Phước Bình')
MERGED_FROM = ['Xã Phước Lưu', 'Xã Bình Thạnh']

# The 2025 reorganisation (Resolution 202/2025/QH15, Resolution 1682/NQ-UBTVQH15): from this day the district
# level is gone and the 96 communes and wards of sources/tayninh-2025-communes.csv replace the old ones.
REORG_DATE = '2025-07-01'
REORG_SOURCE = SOURCES / 'tayninh-2025-communes.csv'
OLD_PROVINCE = 'Tỉnh Tây Ninh'
# How the source spells an old unit that our list spells otherwise: (name, old district) -> our name.
OLD_NAME_ALIASES = {('Phường 4', 'Thành phố Tây Ninh'): 'Phường IV'}
FORMER_UNIT = re.compile(r'^(?P<name>.+?) \((?P<district>[^()]+)\) \[(?P<code>\d+)(?P<partial>, một phần)?\]$')
# The 36 commune centres of the old Tây Ninh area were announced by name (Notice 2559/TB-UBND); the other 60
# follow the same naming rule (Decree 118/2025/NĐ-CP gives every commune and ward one).
CENTRE_PREFIX = 'Trung tâm Phục vụ hành chính công '
# The province keeps its code and name; its statistics code and seat are dated attributes.
# (valid_from, valid_to, stat_code, seat: the code of the unit it sits in, or None)
PROVINCE_REVISIONS = [
    ('2000-01-01', REORG_DATE, '72', '703'),   # the provincial capital, Thành phố Tây Ninh
    (REORG_DATE, None, '80', 'Phường Long An'),  # Resolution 202/2025/QH15; named, resolved to its code below
]

ORG_HEADER = ['code', 'name', 'kind', 'parent_code', 'valid_from', 'valid_to', 'stat_code', 'source']
SUCCESSOR_HEADER = ['predecessor_code', 'successor_code', 'partial', 'effective_on', 'source']
REVISION_HEADER = ['code', 'valid_from', 'valid_to', 'stat_code', 'seat_code', 'source']


def read_reorganisation():
    with REORG_SOURCE.open(encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


def build_org_units():
    """Org units, successor links and dated attributes: (org rows, successor rows, revision rows)."""
    rows = [[PROVINCE[0], PROVINCE[1], 'province', None, '2000-01-01', None, None, PUB],
            [CENTRE[0], CENTRE[1], 'serviceCentre', 'TNH', '2018-03-01', None, None, PUB]]
    links = []
    for code, name, since, src in CENTRE_AGENCIES:
        rows.append([code, name, 'agency', 'TTPVHCC', since, None, None, src])
    for code, name in OTHER_AGENCIES:
        rows.append([code, name, 'agency', 'TNH', '2000-01-01', None, None, PUB])
    for code, name, vf, vt, succ, pub in DISTRICTS:
        rows.append([code, name, 'district', 'TNH', vf, vt or REORG_DATE, code[:3], PUB if pub else SYN])
        if succ:
            links.append([code, succ, False, vt, PUB])
    phuoc_binh = None
    for dcode in sorted(COMMUNES):
        names = COMMUNES[dcode]
        for i, name in enumerate(names, 1):
            code = f'{dcode}.{i:02d}'
            vf = '2000-01-01'
            if (dcode, name) == MERGED_INTO:
                vf, phuoc_binh = MERGE_DATE, code
            rows.append([code, name, 'commune', dcode, vf, REORG_DATE, None, PUB])
        if dcode == MERGED_INTO[0]:
            for j, name in enumerate(MERGED_FROM, len(names) + 1):
                rows.append([f'{dcode}.{j:02d}', name, 'commune', dcode, '2000-01-01', MERGE_DATE, None, PUB])
                links.append([f'{dcode}.{j:02d}', '@PB', False, MERGE_DATE, PUB])
    for link in links:
        if link[1] == '@PB':
            link[1] = phuoc_binh

    new_rows, new_links = build_reorganisation(rows)
    rows += new_rows
    links += new_links
    by_name = {r[1]: r[0] for r in new_rows if r[2] == 'commune'}
    revisions = [['TNH', vf, vt, stat, by_name.get(seat, seat), PUB] for vf, vt, stat, seat in PROVINCE_REVISIONS]
    return rows, links, revisions


def build_reorganisation(old_rows):
    """The 96 new communes and wards with their centres, and the links from every old commune to them."""
    district_names = {r[0]: r[1] for r in old_rows if r[2] == 'district' and r[5] == REORG_DATE}
    old_communes = {(r[1], district_names[r[3]]): r[0] for r in old_rows if r[2] == 'commune' and r[5] == REORG_DATE}
    rows, links, unmatched = [], [], []
    for src in read_reorganisation():
        code, name, kind = src['new_code'], src['new_name'], src['kind']
        assert re.fullmatch(r'\d{5}', code), code
        assert name.split(' ')[0].lower() == kind, (name, kind)
        rows.append([code, name, 'commune', 'TNH', REORG_DATE, None, code, PUB])
        centre_source = PUB if src['former_province'] == OLD_PROVINCE else SYN
        rows.append([f'{code}.TTPVHCC', CENTRE_PREFIX + name[0].lower() + name[1:], 'serviceCentre', code,
                     REORG_DATE, None, None, centre_source])
        if src['former_province'] != OLD_PROVINCE:
            continue  # old Long An's units were never in the operations centre's data
        for part in src['former_units'].split('; '):
            m = FORMER_UNIT.match(part)
            assert m, part
            key = (m['name'], m['district'])
            old = old_communes.get((OLD_NAME_ALIASES.get(key, key[0]), key[1]))
            if old is None:
                unmatched.append(f'{part} -> {name}')
                continue
            links.append([old, code, m['partial'] is not None, REORG_DATE, PUB])
    linked = {link[0] for link in links}
    missing = sorted(c for c in old_communes.values() if c not in linked)
    if unmatched or missing:
        raise SystemExit('reorganisation: unmatched former units: ' + '; '.join(unmatched)
                         + ' | old communes without a successor: ' + ', '.join(missing))
    return rows, links


# ----------------------------------------------------------------------------------------------
# 2. Fields (lĩnh vực) with generator parameters
# ----------------------------------------------------------------------------------------------
# code, name, owner, due_min, due_max, speed, late_weight, weight province / district / commune
FIELDS = [
    ('DAT_DAI', 'Đất đai', 'STNMT', 15, 30, 'slow', 5, 8, 30, 3),
    ('XAY_DUNG', 'Xây dựng', 'SXD', 15, 30, 'slow', 3, 2, 10, 0),
    ('GIAO_THONG', 'Đường bộ', 'SGTVT', 5, 10, 'normal', 5, 25, 1, 0),
    ('TU_PHAP', 'Hộ tịch', 'STP', 3, 10, 'normal', 5, 0, 10, 25),
    ('CHUNG_THUC', 'Chứng thực', 'STP', 1, 2, 'fast', 1, 0, 8, 30),
    ('LY_LICH_TP', 'Lý lịch tư pháp', 'STP', 10, 15, 'normal', 3, 6, 0, 0),
    ('DKKD', 'Thành lập và hoạt động của doanh nghiệp', 'SKHDT', 3, 5, 'normal', 1, 12, 12, 0),
    ('CAN_CUOC', 'Cấp, quản lý căn cước công dân', 'CAT', 7, 15, 'normal', 1, 10, 4, 15),
    ('LAO_DONG', 'Việc làm', 'SLDTBXH', 10, 15, 'normal', 1, 12, 0, 0),
    ('BAO_TRO_XH', 'Bảo trợ xã hội', 'SLDTBXH', 7, 15, 'normal', 2, 1, 5, 5),
    ('Y_TE', 'Khám bệnh, chữa bệnh', 'SYT', 10, 15, 'normal', 1, 8, 1, 0),
    ('GIAO_DUC', 'Giáo dục và Đào tạo', 'SGDDT', 5, 15, 'normal', 1, 3, 2, 1),
    ('VAN_HOA', 'Văn hóa', 'SVHTTDL', 5, 15, 'normal', 1, 2, 1, 1),
    ('CONG_THUONG', 'Lưu thông hàng hóa trong nước', 'SCT', 7, 15, 'normal', 1, 3, 2, 0),
    ('KHCN', 'Hoạt động khoa học và công nghệ', 'SKHCN', 10, 15, 'normal', 1, 1, 0, 0),
    ('NONG_NGHIEP', 'Nông nghiệp', 'SNNPTNT', 5, 15, 'normal', 1, 2, 1, 1),
    ('TAI_CHINH', 'Quản lý công sản', 'STC', 10, 15, 'normal', 1, 1, 1, 0),
    ('NOI_VU', 'Tôn giáo', 'SNV', 10, 15, 'normal', 1, 1, 1, 1),
    ('TTTT', 'Xuất bản, in và phát hành', 'STTTT', 5, 10, 'normal', 1, 1, 0, 0),
    ('KHU_KINH_TE', 'Đầu tư tại khu kinh tế, khu công nghiệp', 'BQLKKT', 10, 15, 'normal', 1, 2, 0, 0),
]
FIELD_BY_CODE = {f[0]: f for f in FIELDS}
LEVELS = ['province', 'district', 'commune']
LEVEL_LETTER = {'province': 'P', 'district': 'D', 'commune': 'C'}


def field_weight(code, level):
    return FIELD_BY_CODE[code][7 + LEVELS.index(level)]


# ----------------------------------------------------------------------------------------------
# 3. Procedure catalogue
# ----------------------------------------------------------------------------------------------
# Procedures valid on 2020-09-30 per (field, level); sums: province 1,502, district 260, commune 142.
CATALOGUE_2020 = {
    'province': {'Y_TE': 190, 'CONG_THUONG': 160, 'NONG_NGHIEP': 160, 'VAN_HOA': 150, 'DKKD': 120,
                 'GIAO_THONG': 110, 'GIAO_DUC': 110, 'XAY_DUNG': 70, 'DAT_DAI': 70, 'KHCN': 70,
                 'NOI_VU': 55, 'LAO_DONG': 55, 'TAI_CHINH': 50, 'KHU_KINH_TE': 40, 'TTTT': 35,
                 'BAO_TRO_XH': 25, 'CAN_CUOC': 20, 'LY_LICH_TP': 12},
    'district': {'DAT_DAI': 45, 'TU_PHAP': 30, 'GIAO_DUC': 24, 'BAO_TRO_XH': 22, 'XAY_DUNG': 18,
                 'DKKD': 16, 'CONG_THUONG': 16, 'NOI_VU': 16, 'NONG_NGHIEP': 15, 'CHUNG_THUC': 14,
                 'VAN_HOA': 14, 'GIAO_THONG': 8, 'Y_TE': 8, 'TAI_CHINH': 8, 'CAN_CUOC': 6},
    'commune': {'TU_PHAP': 26, 'BAO_TRO_XH': 22, 'NONG_NGHIEP': 18, 'NOI_VU': 18, 'CHUNG_THUC': 16,
                'VAN_HOA': 14, 'DAT_DAI': 10, 'GIAO_DUC': 10, 'CAN_CUOC': 8},
}
# Online service level in September 2020 (F10): level 4 = 193, level 3 = 442, the rest level 2.
ONLINE_2020 = {'province': (150, 340), 'district': (25, 70), 'commune': (18, 32)}
# How readily a field's procedures were put online (weights for drawing levels 3/4).
ONLINE_AFFINITY = {
    'DKKD': 5, 'LY_LICH_TP': 4, 'GIAO_THONG': 3, 'KHCN': 3, 'CONG_THUONG': 3, 'TTTT': 3,
    'KHU_KINH_TE': 3, 'TU_PHAP': 2.5, 'LAO_DONG': 2.5, 'Y_TE': 2, 'GIAO_DUC': 2, 'VAN_HOA': 2,
    'NONG_NGHIEP': 2, 'XAY_DUNG': 2, 'CAN_CUOC': 2, 'TAI_CHINH': 1.5, 'NOI_VU': 1.5,
    'DAT_DAI': 1.2, 'BAO_TRO_XH': 1.2, 'CHUNG_THUC': 0.6,
}

LAND_FIRST = ('Đăng ký đất đai, tài sản khác gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, '
              'quyền sở hữu nhà ở và tài sản khác gắn liền với đất lần đầu')
LAND_SWAP = 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất'
CT_COPY = ('Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam '
           'cấp hoặc chứng nhận')
CT_SIGN = ('Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và '
           'trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)')

# Per field and level: real = procedure names known to be real (source published), stems = made-up
# but realistic names, blocks = (prefixes, objects) combined as "prefix object", suffixes = variants
# appended to every name ("… đối với tổ chức"). "Cấp …" names also get " (cấp lại)" etc.
PROC_NAMES = {
    'DAT_DAI': {
        'province': dict(
            real=[LAND_FIRST, LAND_SWAP, 'Tách thửa hoặc hợp thửa đất', 'Đính chính Giấy chứng nhận đã cấp',
                  'Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế', 'Cung cấp dữ liệu đất đai'],
            stems=['Cấp giấy chứng nhận quyền sử dụng đất lần đầu',
                   'Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất',
                   'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế',
                   'Đăng ký biến động do thay đổi thông tin về người được cấp Giấy chứng nhận',
                   'Đăng ký biến động do thay đổi hạn chế về quyền sử dụng đất',
                   'Giao đất, cho thuê đất không thông qua hình thức đấu giá quyền sử dụng đất',
                   'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền',
                   'Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật, tự nguyện trả lại đất',
                   'Chuyển từ hình thức thuê đất trả tiền hằng năm sang thuê đất trả tiền một lần',
                   'Điều chỉnh quyết định giao đất, cho thuê đất',
                   'Đăng ký xác lập quyền sử dụng hạn chế thửa đất liền kề',
                   'Đăng ký bán tài sản gắn liền với đất thuê trả tiền thuê đất hằng năm',
                   'Trích lục bản đồ địa chính thửa đất', 'Trích đo địa chính thửa đất',
                   'Thẩm định nhu cầu sử dụng đất để xem xét giao đất, cho thuê đất',
                   'Cấp Giấy chứng nhận quyền sở hữu công trình xây dựng gắn liền với đất',
                   'Đăng ký góp vốn bằng quyền sử dụng đất',
                   'Đăng ký thay đổi tài sản gắn liền với đất vào Giấy chứng nhận đã cấp',
                   'Gia hạn sử dụng đất nông nghiệp của cơ sở tôn giáo'],
            suffixes=[' đối với tổ chức', ' đối với người Việt Nam định cư ở nước ngoài',
                      ' đối với doanh nghiệp có vốn đầu tư nước ngoài']),
        'district': dict(
            real=[LAND_FIRST, LAND_SWAP, 'Tách thửa hoặc hợp thửa đất', 'Đính chính Giấy chứng nhận đã cấp',
                  'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia '
                  'đình, cá nhân',
                  'Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp huyện'],
            stems=['Cấp giấy chứng nhận quyền sử dụng đất lần đầu',
                   'Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất',
                   'Đăng ký biến động quyền sử dụng đất do chuyển nhượng, tặng cho, thừa kế',
                   'Đăng ký biến động do thay đổi thông tin về người được cấp Giấy chứng nhận',
                   'Giao đất, cho thuê đất không thông qua hình thức đấu giá quyền sử dụng đất',
                   'Thu hồi đất ở của người sử dụng đất tự nguyện trả lại đất',
                   'Gia hạn sử dụng đất nông nghiệp',
                   'Đăng ký chuyển mục đích sử dụng đất không phải xin phép cơ quan nhà nước có thẩm quyền',
                   'Trích lục bản đồ địa chính thửa đất', 'Xác nhận thay đổi hình thức sử dụng đất',
                   'Cấp Giấy chứng nhận quyền sở hữu nhà ở gắn liền với đất',
                   'Đăng ký xóa nợ tiền sử dụng đất', 'Đăng ký ghi nợ tiền sử dụng đất'],
            suffixes=[' đối với hộ gia đình, cá nhân', ' đối với cộng đồng dân cư',
                      ' (trường hợp có thay đổi diện tích thửa đất)']),
        'commune': dict(
            real=['Hòa giải tranh chấp đất đai'],
            stems=['Xác nhận nguồn gốc, thời điểm sử dụng đất',
                   'Xác nhận hiện trạng sử dụng đất, tình trạng tranh chấp đất đai',
                   'Tiếp nhận hồ sơ đăng ký đất đai lần đầu tại Ủy ban nhân dân cấp xã',
                   'Xác nhận hộ gia đình, cá nhân trực tiếp sản xuất nông nghiệp',
                   'Niêm yết công khai kết quả kiểm tra hồ sơ đăng ký, cấp Giấy chứng nhận',
                   'Xác nhận đơn đề nghị đăng ký biến động đất đai', 'Xác nhận ranh giới, mốc giới thửa đất',
                   'Tiếp nhận đơn đề nghị hòa giải tranh chấp đất đai'],
            suffixes=[' đối với hộ gia đình, cá nhân']),
    },
    'XAY_DUNG': {
        'province': dict(
            stems=['Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II',
                   'Cấp giấy phép sửa chữa, cải tạo đối với công trình cấp I, cấp II',
                   'Cấp giấy phép di dời đối với công trình cấp I, cấp II',
                   'Điều chỉnh giấy phép xây dựng đối với công trình cấp I, cấp II',
                   'Gia hạn giấy phép xây dựng đối với công trình cấp I, cấp II',
                   'Cấp lại giấy phép xây dựng đối với công trình cấp I, cấp II',
                   'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng',
                   'Thẩm định điều chỉnh báo cáo nghiên cứu khả thi đầu tư xây dựng',
                   'Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở',
                   'Thẩm định dự toán xây dựng công trình',
                   'Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III',
                   'Điều chỉnh, bổ sung nội dung chứng chỉ hành nghề hoạt động xây dựng',
                   'Gia hạn chứng chỉ hành nghề hoạt động xây dựng',
                   'Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III',
                   'Cấp lại chứng chỉ năng lực hoạt động xây dựng',
                   'Cấp giấy phép hoạt động xây dựng cho nhà thầu nước ngoài',
                   'Điều chỉnh giấy phép hoạt động xây dựng cho nhà thầu nước ngoài',
                   'Kiểm tra công tác nghiệm thu hoàn thành công trình',
                   'Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng',
                   'Cung cấp thông tin về quy hoạch xây dựng', 'Cấp giấy phép quy hoạch dự án đầu tư xây dựng',
                   'Thông báo nhà ở hình thành trong tương lai đủ điều kiện được bán, cho thuê mua',
                   'Cho phép chuyển nhượng toàn bộ hoặc một phần dự án bất động sản',
                   'Công nhận hạng nhà chung cư', 'Cho thuê, thuê mua nhà ở xã hội thuộc sở hữu nhà nước',
                   'Cấp chứng chỉ hành nghề môi giới bất động sản',
                   'Thẩm định giá bán, giá thuê mua nhà ở xã hội',
                   'Cấp giấy phép chặt hạ, dịch chuyển cây xanh đô thị'],
            suffixes=[' thuộc thẩm quyền của Sở Xây dựng', ' (trường hợp hồ sơ điều chỉnh)']),
        'district': dict(
            stems=['Cấp giấy phép xây dựng nhà ở riêng lẻ', 'Cấp giấy phép sửa chữa, cải tạo nhà ở riêng lẻ',
                   'Cấp giấy phép di dời nhà ở riêng lẻ', 'Điều chỉnh giấy phép xây dựng nhà ở riêng lẻ',
                   'Gia hạn giấy phép xây dựng nhà ở riêng lẻ', 'Cấp lại giấy phép xây dựng nhà ở riêng lẻ',
                   'Cấp giấy phép xây dựng có thời hạn đối với nhà ở riêng lẻ',
                   'Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV',
                   'Cấp giấy phép sửa chữa, cải tạo đối với công trình cấp III, cấp IV',
                   'Điều chỉnh giấy phép xây dựng đối với công trình cấp III, cấp IV',
                   'Thẩm định báo cáo kinh tế - kỹ thuật đầu tư xây dựng',
                   'Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng thuộc thẩm quyền của Ủy ban nhân dân '
                   'cấp huyện',
                   'Cung cấp thông tin về quy hoạch xây dựng thuộc thẩm quyền của Ủy ban nhân dân cấp huyện',
                   'Cấp giấy phép chặt hạ, dịch chuyển cây xanh',
                   'Cấp giấy phép xây dựng công trình tín ngưỡng, tôn giáo'],
            suffixes=[' trong đô thị', ' tại khu vực nông thôn']),
    },
    'GIAO_THONG': {
        'province': dict(
            real=['Đổi giấy phép lái xe do ngành Giao thông vận tải cấp', 'Cấp lại giấy phép lái xe',
                  'Cấp Giấy phép lái xe quốc tế', 'Cấp Giấy phép kinh doanh vận tải bằng xe ô tô'],
            stems=['Cấp đổi giấy phép lái xe', 'Đổi giấy phép lái xe do ngành Công an cấp',
                   'Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài cấp',
                   'Đổi giấy phép lái xe quân sự do Bộ Quốc phòng cấp', 'Sát hạch cấp giấy phép lái xe',
                   'Cấp giấy phép xe tập lái', 'Cấp lại giấy phép xe tập lái',
                   'Cấp giấy chứng nhận giáo viên dạy thực hành lái xe', 'Cấp giấy phép đào tạo lái xe ô tô',
                   'Cấp lại giấy phép đào tạo lái xe ô tô',
                   'Cấp giấy chứng nhận trung tâm sát hạch lái xe loại 3 đủ điều kiện hoạt động',
                   'Cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô', 'Cấp phù hiệu xe trung chuyển',
                   'Đăng ký khai thác tuyến vận tải hành khách cố định bằng xe ô tô',
                   'Cấp giấy phép vận tải đường bộ quốc tế', 'Cấp giấy phép liên vận Việt Nam - Campuchia',
                   'Gia hạn giấy phép liên vận Việt Nam - Campuchia', 'Cấp giấy phép liên vận Việt Nam - Lào',
                   'Cấp giấy phép vận tải qua biên giới Campuchia - Lào - Việt Nam',
                   'Cấp Giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ',
                   'Cấp giấy phép thi công công trình đường bộ trên đường bộ đang khai thác',
                   'Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông '
                   'đường bộ',
                   'Chấp thuận thiết kế và phương án tổ chức giao thông của nút giao đấu nối vào quốc lộ',
                   'Đăng ký xe máy chuyên dùng lần đầu', 'Đăng ký tạm thời xe máy chuyên dùng',
                   'Di chuyển đăng ký xe máy chuyên dùng', 'Công bố đưa bến xe khách vào khai thác',
                   'Công bố đưa trạm dừng nghỉ vào khai thác'],
            blocks=[(['Cấp mới giấy phép lái xe', 'Đổi giấy phép lái xe', 'Cấp lại giấy phép lái xe'],
                     ['hạng A1', 'hạng A2', 'hạng B1', 'hạng B2', 'hạng C', 'hạng D', 'hạng E', 'hạng FC']),
                    (['Cấp phù hiệu', 'Cấp lại phù hiệu'],
                     ['xe taxi', 'xe hợp đồng', 'xe chạy tuyến cố định', 'xe buýt', 'xe tải', 'xe công-te-nơ',
                      'xe đầu kéo', 'xe vận chuyển khách du lịch'])],
            suffixes=[' (nộp hồ sơ qua dịch vụ bưu chính công ích)', ' (trường hợp ủy quyền)']),
        'district': dict(
            stems=['Cấp giấy phép thi công xây dựng công trình trên đường huyện, đường xã',
                   'Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng đường huyện',
                   'Cấp giấy phép lưu hành xe quá tải trọng trên đường huyện',
                   'Chấp thuận đấu nối đường nhánh vào đường huyện',
                   'Cấp phép sử dụng tạm thời một phần lòng đường, hè phố',
                   'Cấp phép đào đường để lắp đặt công trình hạ tầng kỹ thuật'],
            suffixes=[' đối với tổ chức', ' đối với hộ gia đình, cá nhân']),
    },
    'TU_PHAP': {
        'district': dict(
            real=['Đăng ký khai sinh có yếu tố nước ngoài', 'Đăng ký kết hôn có yếu tố nước ngoài',
                  'Đăng ký khai tử có yếu tố nước ngoài', 'Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài',
                  'Đăng ký khai sinh kết hợp nhận cha, mẹ, con có yếu tố nước ngoài',
                  'Đăng ký giám hộ có yếu tố nước ngoài', 'Đăng ký chấm dứt giám hộ có yếu tố nước ngoài',
                  'Đăng ký lại khai sinh có yếu tố nước ngoài', 'Đăng ký lại kết hôn có yếu tố nước ngoài',
                  'Đăng ký lại khai tử có yếu tố nước ngoài',
                  'Thay đổi, cải chính, bổ sung hộ tịch, xác định lại dân tộc',
                  'Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm '
                  'quyền của nước ngoài',
                  'Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại '
                  'cơ quan có thẩm quyền của nước ngoài',
                  'Cấp bản sao Trích lục hộ tịch'],
            stems=['Ghi vào Sổ hộ tịch việc hộ tịch khác của công dân Việt Nam đã được giải quyết tại cơ quan có '
                   'thẩm quyền của nước ngoài',
                   'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân có yếu tố nước ngoài',
                   'Cấp Giấy xác nhận tình trạng hôn nhân có yếu tố nước ngoài'],
            suffixes=[' (trường hợp người yêu cầu cư trú ở nước ngoài)', ' đối với người không quốc tịch']),
        'commune': dict(
            real=['Đăng ký khai sinh', 'Đăng ký kết hôn', 'Đăng ký khai tử', 'Đăng ký nhận cha, mẹ, con',
                  'Đăng ký khai sinh kết hợp nhận cha, mẹ, con', 'Đăng ký giám hộ', 'Đăng ký chấm dứt giám hộ',
                  'Đăng ký lại khai sinh', 'Đăng ký lại kết hôn', 'Đăng ký lại khai tử',
                  'Đăng ký khai sinh lưu động', 'Đăng ký kết hôn lưu động', 'Đăng ký khai tử lưu động',
                  'Cấp Giấy xác nhận tình trạng hôn nhân', 'Cấp bản sao Trích lục hộ tịch',
                  'Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân',
                  'Đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới',
                  'Đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới',
                  'Đăng ký khai tử có yếu tố nước ngoài tại khu vực biên giới',
                  'Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài tại khu vực biên giới'],
            stems=['Đăng ký thay đổi, cải chính hộ tịch cho người dưới 14 tuổi',
                   'Bổ sung thông tin hộ tịch', 'Xác nhận thông tin hộ tịch'],
            suffixes=[' (trường hợp người yêu cầu ủy quyền)']),
    },
    'CHUNG_THUC': {
        'district': dict(
            real=[CT_COPY,
                  'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước '
                  'ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm '
                  'quyền của nước ngoài cấp hoặc chứng nhận',
                  CT_SIGN,
                  'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp',
                  'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật',
                  'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
                  'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
                  'Sửa lỗi sai sót trong hợp đồng, giao dịch',
                  'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực',
                  'Chứng thực di chúc', 'Chứng thực văn bản từ chối nhận di sản',
                  'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản',
                  'Chứng thực văn bản khai nhận di sản mà di sản là động sản', 'Cấp bản sao từ sổ gốc'],
            stems=['Chứng thực bản sao từ bản chính giấy tờ, văn bản'],
            suffixes=[' (trường hợp chứng thực ngoài trụ sở)']),
        'commune': dict(
            real=[CT_COPY, CT_SIGN,
                  'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở',
                  'Chứng thực di chúc', 'Chứng thực văn bản từ chối nhận di sản',
                  'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
                  'Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
                  'Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
                  'Sửa lỗi sai sót trong hợp đồng, giao dịch',
                  'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực'],
            stems=['Chứng thực bản sao từ bản chính giấy tờ, văn bản',
                   'Chứng thực hợp đồng chuyển nhượng quyền sử dụng đất',
                   'Chứng thực hợp đồng tặng cho quyền sử dụng đất',
                   'Chứng thực hợp đồng thế chấp quyền sử dụng đất', 'Chứng thực văn bản ủy quyền',
                   'Chứng thực hợp đồng mua bán nhà ở'],
            suffixes=[' (trường hợp chứng thực ngoài trụ sở)']),
    },
    'LY_LICH_TP': {
        'province': dict(
            real=['Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
                  'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng',
                  'Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội'],
            stems=['Cấp Phiếu lý lịch tư pháp số 1', 'Cấp Phiếu lý lịch tư pháp số 2',
                   'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam cư trú ở nước ngoài',
                   'Đính chính Phiếu lý lịch tư pháp', 'Cung cấp thông tin lý lịch tư pháp',
                   'Cập nhật thông tin lý lịch tư pháp bổ sung',
                   'Xác minh điều kiện đương nhiên được xóa án tích'],
            suffixes=[' (trường hợp ủy quyền)', ' (nộp hồ sơ qua dịch vụ bưu chính)']),
    },
    'DKKD': {
        'province': dict(
            real=['Đăng ký thành lập doanh nghiệp tư nhân', 'Đăng ký thành lập công ty TNHH một thành viên',
                  'Đăng ký thành lập công ty TNHH hai thành viên trở lên', 'Đăng ký thành lập công ty cổ phần',
                  'Đăng ký thành lập công ty hợp danh', 'Giải thể doanh nghiệp'],
            stems=['Đăng ký thành lập chi nhánh, văn phòng đại diện', 'Thông báo lập địa điểm kinh doanh',
                   'Chuyển đổi công ty TNHH một thành viên thành công ty cổ phần',
                   'Chuyển đổi doanh nghiệp tư nhân thành công ty TNHH',
                   'Chuyển đổi công ty cổ phần thành công ty TNHH một thành viên',
                   'Đăng ký doanh nghiệp đối với các công ty được thành lập trên cơ sở chia, tách, hợp nhất',
                   'Sáp nhập doanh nghiệp', 'Cấp lại Giấy chứng nhận đăng ký doanh nghiệp',
                   'Đăng ký thành lập hợp tác xã', 'Đăng ký thay đổi tên, địa chỉ trụ sở chính của hợp tác xã',
                   'Giải thể tự nguyện hợp tác xã', 'Đăng ký thành lập liên hiệp hợp tác xã',
                   'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
                   'Điều chỉnh Giấy chứng nhận đăng ký đầu tư',
                   'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
                   'Điều chỉnh tên dự án đầu tư, tên và địa chỉ nhà đầu tư', 'Giãn tiến độ đầu tư',
                   'Chấm dứt hoạt động của dự án đầu tư',
                   'Đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài',
                   'Thông báo hủy bỏ nghị quyết, quyết định giải thể doanh nghiệp'],
            blocks=[(['Đăng ký thay đổi địa chỉ trụ sở chính', 'Đăng ký đổi tên',
                      'Đăng ký thay đổi người đại diện theo pháp luật', 'Đăng ký thay đổi vốn điều lệ',
                      'Đăng ký thay đổi thành viên', 'Đăng ký thay đổi chủ sở hữu',
                      'Thông báo thay đổi ngành, nghề kinh doanh', 'Thông báo thay đổi thông tin cổ đông sáng lập',
                      'Thông báo tạm ngừng kinh doanh', 'Thông báo tiếp tục kinh doanh trước thời hạn',
                      'Hiệu đính thông tin đăng ký',
                      'Chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh'],
                     ['của doanh nghiệp tư nhân', 'của công ty TNHH một thành viên',
                      'của công ty TNHH hai thành viên trở lên', 'của công ty cổ phần', 'của công ty hợp danh'])],
            suffixes=[' (trường hợp doanh nghiệp có vốn đầu tư nước ngoài)']),
        'district': dict(
            real=['Đăng ký thành lập hộ kinh doanh', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
                  'Chấm dứt hoạt động hộ kinh doanh', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh'],
            stems=['Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn của hộ kinh doanh',
                   'Đăng ký thành lập hợp tác xã', 'Đăng ký thay đổi nội dung đăng ký hợp tác xã',
                   'Đăng ký thành lập tổ hợp tác', 'Giải thể tự nguyện hợp tác xã',
                   'Cấp lại giấy chứng nhận đăng ký hợp tác xã', 'Thông báo thay đổi nội dung đăng ký tổ hợp tác',
                   'Chấm dứt hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh của hợp tác xã',
                   'Đăng ký thành lập chi nhánh, văn phòng đại diện, địa điểm kinh doanh của hợp tác xã',
                   'Đăng ký khi hợp tác xã chia, tách, hợp nhất, sáp nhập',
                   'Thu hồi Giấy chứng nhận đăng ký hộ kinh doanh'],
            suffixes=[' (trường hợp ủy quyền)']),
    },
    'CAN_CUOC': {
        'province': dict(
            real=['Cấp thẻ Căn cước công dân', 'Đổi thẻ Căn cước công dân', 'Cấp lại thẻ Căn cước công dân'],
            stems=['Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân',
                   'Cấp Chứng minh nhân dân (9 số)', 'Đổi Chứng minh nhân dân', 'Cấp lại Chứng minh nhân dân',
                   'Tra cứu, cung cấp thông tin về Căn cước công dân',
                   'Khai thác thông tin trong Cơ sở dữ liệu quốc gia về dân cư',
                   'Thu nhận thông tin công dân vào Cơ sở dữ liệu quốc gia về dân cư',
                   'Hủy, xác lập lại số định danh cá nhân',
                   'Cấp thẻ Căn cước công dân cho người từ đủ 14 tuổi',
                   'Đổi thẻ Căn cước công dân khi đủ 25 tuổi, 40 tuổi, 60 tuổi',
                   'Đổi thẻ Căn cước công dân do thay đổi thông tin nhân thân',
                   'Điều chỉnh thông tin trong Cơ sở dữ liệu quốc gia về dân cư'],
            suffixes=[' (thực hiện tại cấp tỉnh)']),
        'district': dict(
            real=['Cấp thẻ Căn cước công dân', 'Đổi thẻ Căn cước công dân', 'Cấp lại thẻ Căn cước công dân'],
            stems=['Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân',
                   'Cấp thẻ Căn cước công dân cho người từ đủ 14 tuổi',
                   'Đổi thẻ Căn cước công dân do thay đổi thông tin nhân thân'],
            suffixes=[' (thực hiện tại cấp huyện)']),
        'commune': dict(
            stems=['Thu nhận thông tin công dân vào Cơ sở dữ liệu quốc gia về dân cư',
                   'Điều chỉnh thông tin trong Cơ sở dữ liệu quốc gia về dân cư',
                   'Xác nhận thông tin về cư trú', 'Tiếp nhận hồ sơ cấp thẻ Căn cước công dân',
                   'Tiếp nhận hồ sơ đổi, cấp lại thẻ Căn cước công dân',
                   'Trả thẻ Căn cước công dân tại nơi cư trú'],
            suffixes=[' (thực hiện tại cấp xã)']),
    },
    'LAO_DONG': {
        'province': dict(
            real=['Giải quyết hưởng trợ cấp thất nghiệp', 'Tạm dừng hưởng trợ cấp thất nghiệp',
                  'Tiếp tục hưởng trợ cấp thất nghiệp', 'Chấm dứt hưởng trợ cấp thất nghiệp', 'Hỗ trợ học nghề',
                  'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam'],
            stems=['Chuyển nơi hưởng trợ cấp thất nghiệp (chuyển đi)',
                   'Chuyển nơi hưởng trợ cấp thất nghiệp (chuyển đến)',
                   'Hỗ trợ kinh phí đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm cho '
                   'người lao động',
                   'Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
                   'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động',
                   'Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp',
                   'Đăng ký hợp đồng nhận lao động thực tập thời hạn dưới 90 ngày',
                   'Thông báo về việc tìm kiếm việc làm hằng tháng',
                   'Cấp giấy phép hoạt động cho thuê lại lao động', 'Gia hạn giấy phép hoạt động cho thuê lại lao động',
                   'Đăng ký nội quy lao động', 'Đăng ký thỏa ước lao động tập thể',
                   'Báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài', 'Hỗ trợ người lao động ngừng việc',
                   'Đăng ký hợp đồng lao động đi làm việc ở nước ngoài', 'Hỗ trợ tư vấn, giới thiệu việc làm',
                   'Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp'],
            suffixes=[' (trường hợp ủy quyền)', ' (nộp hồ sơ qua dịch vụ bưu chính công ích)']),
    },
    'BAO_TRO_XH': {
        'province': dict(
            stems=['Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội '
                   'cấp tỉnh',
                   'Cấp giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập',
                   'Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội',
                   'Cấp lại giấy phép hoạt động đối với cơ sở trợ giúp xã hội',
                   'Điều chỉnh giấy phép hoạt động đối với cơ sở trợ giúp xã hội',
                   'Giải thể cơ sở trợ giúp xã hội ngoài công lập',
                   'Thay đổi tên, trụ sở, giám đốc cơ sở trợ giúp xã hội',
                   'Dừng trợ giúp xã hội tại cơ sở trợ giúp xã hội cấp tỉnh',
                   'Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội',
                   'Cấp giấy phép hoạt động cai nghiện ma túy tự nguyện'],
            suffixes=[' đối với người cao tuổi', ' đối với người khuyết tật']),
        'district': dict(
            real=['Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi '
                  'dưỡng hàng tháng',
                  'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội'],
            stems=['Chi trả trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú',
                   'Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở',
                   'Tiếp nhận đối tượng bảo trợ xã hội vào cơ sở trợ giúp xã hội cấp huyện',
                   'Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền của Phòng Lao động - '
                   'Thương binh và Xã hội',
                   'Hỗ trợ kinh phí nhận nuôi dưỡng, chăm sóc đối tượng cần bảo vệ khẩn cấp',
                   'Áp dụng các biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường hoặc '
                   'người gây tổn hại cho trẻ em',
                   'Chấm dứt việc chăm sóc thay thế cho trẻ em',
                   'Hỗ trợ người lao động không có giao kết hợp đồng lao động bị mất việc làm'],
            suffixes=[' đối với người cao tuổi', ' đối với người khuyết tật',
                      ' đối với trẻ em có hoàn cảnh đặc biệt']),
        'commune': dict(
            real=['Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
                  'Đổi, cấp lại Giấy xác nhận khuyết tật'],
            stems=['Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm',
                   'Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm',
                   'Công nhận hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp có mức sống trung bình',
                   'Đăng ký hoạt động đối với cơ sở trợ giúp xã hội dưới 10 đối tượng có hoàn cảnh khó khăn',
                   'Đăng ký nhận chăm sóc thay thế cho trẻ em',
                   'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
                   'Trợ giúp xã hội khẩn cấp về hỗ trợ chi phí mai táng',
                   'Tiếp nhận hồ sơ đề nghị trợ cấp xã hội hàng tháng',
                   'Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại'],
            suffixes=[' đối với người cao tuổi', ' đối với người khuyết tật']),
    },
    'Y_TE': {
        'province': dict(
            real=['Cấp giấy phép hoạt động đối với phòng khám đa khoa thuộc thẩm quyền của Sở Y tế',
                  'Cấp giấy phép hoạt động đối với phòng khám chuyên khoa thuộc thẩm quyền của Sở Y tế',
                  'Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với người Việt Nam thuộc thẩm quyền của Sở '
                  'Y tế'],
            blocks=[(['Cấp giấy phép hoạt động đối với', 'Cấp lại giấy phép hoạt động đối với',
                      'Điều chỉnh giấy phép hoạt động đối với',
                      'Cấp giấy phép hoạt động khi thay đổi địa điểm đối với',
                      'Cấp giấy phép hoạt động khi thay đổi tên đối với'],
                     ['phòng khám đa khoa', 'phòng khám chuyên khoa', 'phòng khám chuyên khoa răng hàm mặt',
                      'phòng chẩn trị y học cổ truyền', 'nhà hộ sinh', 'phòng khám chẩn đoán hình ảnh',
                      'phòng xét nghiệm', 'phòng khám, tư vấn và điều trị dự phòng',
                      'cơ sở dịch vụ tiêm (chích), thay băng, đếm mạch, đo nhiệt độ, đo huyết áp',
                      'cơ sở dịch vụ chăm sóc sức khỏe tại nhà',
                      'cơ sở dịch vụ cấp cứu, hỗ trợ vận chuyển người bệnh', 'cơ sở dịch vụ làm răng giả',
                      'cơ sở dịch vụ kính thuốc', 'trạm y tế cấp xã', 'bệnh viện tư nhân']),
                    (['Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh đối với',
                      'Cấp lại chứng chỉ hành nghề khám bệnh, chữa bệnh đối với',
                      'Cấp điều chỉnh phạm vi hoạt động chuyên môn trong chứng chỉ hành nghề đối với'],
                     ['người Việt Nam', 'người nước ngoài', 'người Việt Nam định cư ở nước ngoài', 'lương y',
                      'người có bài thuốc gia truyền', 'người có phương pháp chữa bệnh gia truyền'])],
            stems=['Cấp Chứng chỉ hành nghề dược', 'Cấp lại Chứng chỉ hành nghề dược',
                   'Điều chỉnh nội dung Chứng chỉ hành nghề dược',
                   'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc',
                   'Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán buôn thuốc',
                   'Đánh giá đáp ứng Thực hành tốt cơ sở bán lẻ thuốc',
                   'Cấp giấy xác nhận nội dung quảng cáo mỹ phẩm', 'Tiếp nhận phiếu công bố sản phẩm mỹ phẩm',
                   'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
                   'Cấp giấy xác nhận kiến thức về an toàn thực phẩm',
                   'Đăng ký bản công bố sản phẩm dinh dưỡng y học', 'Cấp giấy xác nhận nội dung quảng cáo thực phẩm',
                   'Công bố đủ điều kiện thực hiện khám sức khỏe',
                   'Công bố cơ sở đủ điều kiện sản xuất trang thiết bị y tế',
                   'Công bố đủ điều kiện mua bán trang thiết bị y tế',
                   'Công bố cơ sở đủ điều kiện thực hiện quan trắc môi trường lao động',
                   'Giám định y khoa lần đầu', 'Giám định phúc quyết mức độ khuyết tật'],
            suffixes=[' thuộc thẩm quyền của Sở Y tế']),
        'district': dict(
            stems=['Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ '
                   'ăn uống',
                   'Cấp giấy xác nhận kiến thức về an toàn thực phẩm', 'Tiếp nhận bản tự công bố sản phẩm thực phẩm',
                   'Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
                   'Cấp giấy chứng sinh cho trường hợp trẻ sinh ra ngoài cơ sở khám bệnh, chữa bệnh'],
            suffixes=[' thuộc thẩm quyền của Ủy ban nhân dân cấp huyện']),
    },
    'GIAO_DUC': {
        'province': dict(
            blocks=[(['Cho phép thành lập', 'Cho phép hoạt động giáo dục', 'Sáp nhập, chia, tách', 'Giải thể',
                      'Cho phép hoạt động giáo dục trở lại'],
                     ['trường trung học phổ thông',
                      'trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông',
                      'trung tâm ngoại ngữ, tin học', 'trung tâm giáo dục thường xuyên',
                      'trường trung học phổ thông chuyên', 'trường phổ thông dân tộc nội trú cấp tỉnh',
                      'trung tâm hỗ trợ phát triển giáo dục hòa nhập', 'trường trung cấp sư phạm'])],
            stems=['Cấp phép hoạt động dạy thêm, học thêm đối với cấp trung học phổ thông',
                   'Xét tuyển sinh vào trường phổ thông dân tộc nội trú',
                   'Chuyển trường đối với học sinh trung học phổ thông',
                   'Xin học lại tại trường khác đối với học sinh trung học',
                   'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'Chỉnh sửa nội dung văn bằng, chứng chỉ',
                   'Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở nước ngoài cấp',
                   'Đăng ký dự thi tốt nghiệp trung học phổ thông',
                   'Phúc khảo bài thi tốt nghiệp trung học phổ thông',
                   'Công nhận trường trung học đạt chuẩn quốc gia',
                   'Cấp giấy chứng nhận kiểm định chất lượng giáo dục',
                   'Phê duyệt việc dạy và học bằng tiếng nước ngoài',
                   'Cấp giấy chứng nhận đăng ký hoạt động dịch vụ tư vấn du học',
                   'Cho phép hoạt động liên kết đào tạo với nước ngoài',
                   'Xét, duyệt chính sách hỗ trợ đối với học sinh trung học phổ thông là người dân tộc thiểu số'],
            suffixes=[' thuộc thẩm quyền của Sở Giáo dục và Đào tạo', ' (trường hợp có vốn đầu tư nước ngoài)']),
        'district': dict(
            blocks=[(['Cho phép thành lập', 'Cho phép hoạt động giáo dục', 'Sáp nhập, chia, tách', 'Giải thể'],
                     ['trường mầm non', 'trường tiểu học', 'trường trung học cơ sở',
                      'trường phổ thông dân tộc bán trú'])],
            stems=['Chuyển trường đối với học sinh trung học cơ sở', 'Xét tuyển học sinh vào lớp 6',
                   'Công nhận xã đạt chuẩn phổ cập giáo dục, xóa mù chữ',
                   'Cấp phép hoạt động dạy thêm, học thêm đối với cấp trung học cơ sở',
                   'Xét, cấp học bổng chính sách cho học sinh khuyết tật'],
            suffixes=[' tư thục']),
        'commune': dict(
            stems=['Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động',
                   'Sáp nhập, chia, tách nhóm trẻ, lớp mẫu giáo độc lập', 'Giải thể nhóm trẻ, lớp mẫu giáo độc lập',
                   'Cho phép hoạt động trở lại nhóm trẻ, lớp mẫu giáo độc lập',
                   'Thành lập trung tâm học tập cộng đồng',
                   'Cho phép trung tâm học tập cộng đồng hoạt động trở lại',
                   'Công nhận đạt chuẩn phổ cập giáo dục mầm non cho trẻ em năm tuổi',
                   'Hỗ trợ chi phí học tập cho trẻ em mẫu giáo có hoàn cảnh khó khăn'],
            suffixes=[' tư thục']),
    },
    'VAN_HOA': {
        'province': dict(
            blocks=[(['Cấp giấy phép', 'Cấp lại giấy phép', 'Điều chỉnh giấy phép'],
                     ['tổ chức lễ hội', 'phổ biến phim', 'tổ chức biểu diễn nghệ thuật',
                      'tổ chức thi người đẹp, người mẫu', 'kinh doanh dịch vụ vũ trường',
                      'thành lập Văn phòng đại diện của doanh nghiệp du lịch nước ngoài',
                      'kinh doanh dịch vụ lữ hành nội địa', 'kinh doanh dịch vụ lữ hành quốc tế',
                      'triển lãm mỹ thuật', 'sao chép tác phẩm mỹ thuật về danh nhân văn hóa, anh hùng dân tộc',
                      'xây dựng tượng đài, tranh hoành tráng',
                      'nhập khẩu văn hóa phẩm không nhằm mục đích kinh doanh', 'thăm dò, khai quật khảo cổ',
                      'thành lập thư viện chuyên ngành'])],
            stems=['Cấp thẻ hướng dẫn viên du lịch nội địa', 'Cấp thẻ hướng dẫn viên du lịch quốc tế',
                   'Cấp đổi thẻ hướng dẫn viên du lịch', 'Cấp lại thẻ hướng dẫn viên du lịch',
                   'Công nhận hạng cơ sở lưu trú du lịch', 'Công nhận điểm du lịch',
                   'Công nhận khu du lịch cấp tỉnh',
                   'Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao', 'Xếp hạng di tích cấp tỉnh',
                   'Đăng ký di vật, cổ vật, bảo vật quốc gia', 'Cấp chứng chỉ hành nghề tu bổ di tích',
                   'Tiếp nhận thông báo tổ chức biểu diễn nghệ thuật',
                   'Tiếp nhận hồ sơ thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn',
                   'Đăng ký tổ chức giải thi đấu thể thao',
                   'Cấp giấy chứng nhận nghiệp vụ chăm sóc nạn nhân bạo lực gia đình',
                   'Công nhận bảo tàng ngoài công lập'],
            suffixes=[' đối với tổ chức', ' đối với cá nhân']),
        'district': dict(
            stems=['Cấp giấy phép kinh doanh karaoke', 'Điều chỉnh giấy phép kinh doanh karaoke',
                   'Thông báo thành lập thư viện đối với thư viện cấp xã',
                   'Công nhận lần đầu Cơ quan đạt chuẩn văn hóa',
                   'Công nhận Xã đạt chuẩn văn hóa nông thôn mới',
                   'Công nhận Phường, Thị trấn đạt chuẩn văn minh đô thị', 'Đăng ký tổ chức lễ hội',
                   'Thông báo tổ chức lễ hội', 'Xét tặng danh hiệu Khu dân cư văn hóa hằng năm',
                   'Xét tặng Giấy khen Khu dân cư văn hóa', 'Công nhận câu lạc bộ thể thao cơ sở'],
            suffixes=[' (trường hợp điều chỉnh)']),
        'commune': dict(
            stems=['Xét tặng danh hiệu Gia đình văn hóa hằng năm', 'Xét tặng Giấy khen Gia đình văn hóa',
                   'Thông báo tổ chức lễ hội cấp xã',
                   'Đăng ký hoạt động thư viện tư nhân có vốn sách ban đầu từ 500 bản đến dưới 1.000 bản',
                   'Công nhận câu lạc bộ thể thao cơ sở',
                   'Thông báo thành lập thư viện đối với thư viện cộng đồng',
                   'Thông báo sáp nhập, hợp nhất, chia, tách thư viện cộng đồng',
                   'Thông báo chấm dứt hoạt động thư viện cộng đồng', 'Xét tặng danh hiệu Ấp văn hóa',
                   'Đăng ký tổ chức hoạt động thể thao quần chúng',
                   'Thông báo tổ chức biểu diễn nghệ thuật tại địa phương'],
            suffixes=[' (trường hợp điều chỉnh)']),
    },
    'CONG_THUONG': {
        'province': dict(
            blocks=[(['Cấp', 'Cấp lại', 'Cấp sửa đổi, bổ sung'],
                     ['Giấy phép bán buôn rượu', 'Giấy phép bán buôn sản phẩm thuốc lá',
                      'Giấy phép sản xuất rượu công nghiệp',
                      'Giấy chứng nhận đủ điều kiện làm thương nhân phân phối xăng dầu',
                      'Giấy xác nhận đủ điều kiện làm tổng đại lý kinh doanh xăng dầu',
                      'Giấy xác nhận đủ điều kiện làm đại lý bán lẻ xăng dầu',
                      'Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu',
                      'Giấy chứng nhận đủ điều kiện thương nhân kinh doanh mua bán LPG',
                      'Giấy chứng nhận đủ điều kiện cấp LPG vào chai',
                      'Giấy phép kinh doanh bán lẻ hàng hóa cho tổ chức kinh tế có vốn đầu tư nước ngoài',
                      'Giấy phép lập cơ sở bán lẻ',
                      'Giấy chứng nhận đủ điều kiện sản xuất hóa chất sản xuất, kinh doanh có điều kiện',
                      'Giấy phép sử dụng vật liệu nổ công nghiệp', 'Giấy phép kinh doanh tiền chất thuốc nổ',
                      'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm thuộc lĩnh vực công thương',
                      'Giấy xác nhận kiến thức an toàn thực phẩm thuộc lĩnh vực công thương',
                      'Giấy phép hoạt động điện lực',
                      'Giấy phép thành lập Văn phòng đại diện của thương nhân nước ngoài tại Việt Nam',
                      'Giấy phép mua bán nguyên liệu thuốc lá',
                      'Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp'])],
            stems=['Đăng ký thực hiện khuyến mại', 'Thông báo thực hiện khuyến mại',
                   'Đăng ký tổ chức hội chợ, triển lãm thương mại', 'Đăng ký dấu nghiệp vụ giám định thương mại',
                   'Đăng ký hoạt động bán hàng đa cấp tại địa phương',
                   'Tiếp nhận thông báo tổ chức hội nghị, hội thảo, đào tạo về bán hàng đa cấp',
                   'Cấp Giấy chứng nhận xuất xứ hàng hóa ưu đãi mẫu S',
                   'Thẩm định thiết kế xây dựng công trình điện', 'Huấn luyện kỹ thuật an toàn hóa chất',
                   'Xác nhận biện pháp phòng ngừa, ứng phó sự cố hóa chất', 'Đăng ký thành lập cụm công nghiệp',
                   'Hỗ trợ kinh phí khuyến công địa phương', 'Cấp thẻ kiểm tra viên điện lực',
                   'Đăng ký hợp đồng theo mẫu, điều kiện giao dịch chung'],
            suffixes=[' đối với thương nhân', ' trên địa bàn tỉnh']),
        'district': dict(
            blocks=[(['Cấp', 'Cấp lại', 'Cấp sửa đổi, bổ sung'],
                     ['Giấy phép bán lẻ rượu', 'Giấy phép bán lẻ sản phẩm thuốc lá',
                      'Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh',
                      'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh thực phẩm '
                      'nhỏ lẻ',
                      'Giấy chứng nhận cửa hàng đủ điều kiện bán LPG chai'])],
            stems=['Đăng ký tổ chức phiên chợ', 'Chuyển đổi mô hình quản lý, kinh doanh chợ'],
            suffixes=[' đối với hộ kinh doanh']),
    },
    'KHCN': {
        'province': dict(
            stems=['Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước',
                   'Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ cấp tỉnh sử dụng ngân sách nhà nước',
                   'Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ',
                   'Cấp lại Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ',
                   'Thay đổi, bổ sung nội dung Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ',
                   'Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ', 'Đăng ký chuyển giao công nghệ',
                   'Đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ',
                   'Xác định nhiệm vụ khoa học và công nghệ cấp tỉnh',
                   'Tuyển chọn, giao trực tiếp tổ chức và cá nhân chủ trì nhiệm vụ khoa học và công nghệ cấp tỉnh',
                   'Đánh giá, nghiệm thu và công nhận kết quả nhiệm vụ khoa học và công nghệ cấp tỉnh',
                   'Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế',
                   'Cấp chứng chỉ nhân viên bức xạ cho người phụ trách an toàn cơ sở X-quang chẩn đoán trong y tế',
                   'Khai báo thiết bị X-quang chẩn đoán trong y tế', 'Gia hạn giấy phép tiến hành công việc bức xạ',
                   'Sửa đổi, bổ sung giấy phép tiến hành công việc bức xạ',
                   'Phê duyệt kế hoạch ứng phó sự cố bức xạ, hạt nhân cấp cơ sở',
                   'Đăng ký công bố hợp chuẩn dựa trên kết quả chứng nhận hợp chuẩn của tổ chức chứng nhận',
                   'Đăng ký công bố hợp quy đối với sản phẩm, hàng hóa nhóm 2',
                   'Kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu',
                   'Chứng nhận chuẩn đo lường để kiểm định phương tiện đo',
                   'Đăng ký kiểm định phương tiện đo nhóm 2',
                   'Hỗ trợ doanh nghiệp xây dựng, áp dụng hệ thống quản lý chất lượng tiên tiến',
                   'Hỗ trợ đăng ký bảo hộ quyền sở hữu trí tuệ', 'Thẩm định công nghệ dự án đầu tư',
                   'Cho ý kiến về công nghệ của dự án đầu tư',
                   'Xét tặng giải thưởng sáng tạo khoa học và công nghệ cấp tỉnh'],
            suffixes=[' đối với tổ chức', ' đối với cá nhân']),
    },
    'NONG_NGHIEP': {
        'province': dict(
            blocks=[(['Cấp', 'Cấp lại', 'Gia hạn'],
                     ['Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản',
                      'Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật',
                      'Giấy xác nhận nội dung quảng cáo thuốc bảo vệ thực vật',
                      'Giấy chứng nhận đủ điều kiện buôn bán phân bón',
                      'Giấy chứng nhận đủ điều kiện sản xuất phân bón', 'Giấy chứng nhận điều kiện vệ sinh thú y',
                      'Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y', 'Giấy chứng chỉ hành nghề thú y',
                      'Giấy chứng nhận cơ sở an toàn dịch bệnh động vật',
                      'Giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn cấp tỉnh',
                      'Giấy phép khai thác thủy sản', 'Giấy chứng nhận đăng ký tàu cá',
                      'Giấy phép hoạt động trong phạm vi bảo vệ công trình thủy lợi',
                      'Giấy phép xả nước thải vào công trình thủy lợi',
                      'Giấy chứng nhận cơ sở đủ điều kiện sản xuất giống cây trồng',
                      'Giấy chứng nhận lưu hành giống cây trồng',
                      'Giấy chứng nhận đủ điều kiện chăn nuôi trang trại quy mô lớn',
                      'Giấy phép vận chuyển thuốc bảo vệ thực vật', 'Mã số vùng trồng',
                      'Giấy chứng nhận đăng ký trại nuôi sinh trưởng, sinh sản động vật hoang dã'])],
            stems=['Phê duyệt phương án khai thác thực vật rừng',
                   'Thẩm định, phê duyệt phương án trồng rừng thay thế', 'Công nhận làng nghề truyền thống',
                   'Hỗ trợ liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp',
                   'Công nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao', 'Xác nhận bảng kê lâm sản',
                   'Đăng ký mã số cơ sở nuôi, trồng các loài động vật, thực vật hoang dã',
                   'Phê duyệt quy trình vận hành hồ chứa nước',
                   'Kiểm tra nhà nước về chất lượng muối nhập khẩu',
                   'Công nhận xã đạt chuẩn nông thôn mới', 'Công nhận sản phẩm OCOP cấp tỉnh',
                   'Hỗ trợ đầu tư cơ sở giết mổ gia súc, gia cầm tập trung'],
            suffixes=[' đối với tổ chức', ' đối với cá nhân']),
        'district': dict(
            stems=['Phê duyệt kế hoạch khuyến nông địa phương',
                   'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh',
                   'Cấp Giấy chứng nhận kinh tế trang trại',
                   'Phê duyệt phương án khai thác thực vật rừng thông thường', 'Xác nhận nguồn gốc lâm sản',
                   'Thẩm định, phê duyệt phương án ứng phó thiên tai cấp huyện',
                   'Hỗ trợ dự án liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp',
                   'Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản cấp huyện',
                   'Công nhận nghề truyền thống', 'Công nhận làng nghề', 'Đánh giá, phân hạng sản phẩm OCOP'],
            suffixes=[' đối với hộ gia đình, cá nhân']),
        'commune': dict(
            stems=['Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai',
                   'Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do dịch bệnh',
                   'Đăng ký kê khai số lượng chăn nuôi tập trung và nuôi trồng thủy sản ban đầu',
                   'Phê duyệt kế hoạch khuyến nông địa phương cấp xã', 'Xác nhận nguồn gốc gỗ rừng trồng',
                   'Khai thác gỗ rừng trồng trong vườn nhà', 'Đăng ký nuôi chim yến',
                   'Xác nhận diện tích cây trồng bị thiệt hại', 'Hỗ trợ giống cây trồng, vật nuôi cho hộ nghèo',
                   'Kê khai hoạt động chăn nuôi', 'Hỗ trợ đầu tư xây dựng công trình thủy lợi nhỏ',
                   'Xác nhận hợp đồng tiêu thụ nông sản'],
            suffixes=[' đối với hộ gia đình, cá nhân']),
    },
    'TAI_CHINH': {
        'province': dict(
            stems=['Quyết định mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị',
                   'Quyết định thuê tài sản phục vụ hoạt động của cơ quan, tổ chức, đơn vị',
                   'Quyết định thu hồi tài sản công', 'Quyết định điều chuyển tài sản công',
                   'Quyết định bán tài sản công', 'Quyết định thanh lý tài sản công', 'Quyết định tiêu hủy tài sản công',
                   'Quyết định xử lý tài sản công trong trường hợp bị mất, bị hủy hoại',
                   'Quyết định sử dụng tài sản công để tham gia dự án đầu tư theo hình thức đối tác công tư',
                   'Quyết định xử lý tài sản phục vụ hoạt động của dự án khi dự án kết thúc',
                   'Phê duyệt đề án sử dụng tài sản công tại đơn vị sự nghiệp công lập vào mục đích kinh doanh, '
                   'cho thuê',
                   'Phê duyệt đề án sử dụng tài sản công vào mục đích liên doanh, liên kết',
                   'Xác lập quyền sở hữu toàn dân đối với tài sản',
                   'Phê duyệt phương án xử lý tài sản được xác lập quyền sở hữu toàn dân', 'Mua hóa đơn lẻ',
                   'Đăng ký giá của doanh nghiệp', 'Kê khai giá của doanh nghiệp', 'Thẩm định giá đất cụ thể',
                   'Cấp mã số đơn vị có quan hệ với ngân sách',
                   'Thẩm tra quyết toán vốn đầu tư dự án hoàn thành',
                   'Phê duyệt phương án sắp xếp lại, xử lý nhà, đất'],
            suffixes=[' cấp tỉnh', ' thuộc phạm vi quản lý của địa phương']),
        'district': dict(
            stems=['Quyết định mua sắm tài sản công', 'Quyết định thanh lý tài sản công',
                   'Quyết định điều chuyển tài sản công', 'Quyết định bán tài sản công',
                   'Thẩm tra quyết toán dự án hoàn thành sử dụng vốn ngân sách',
                   'Cấp mã số đơn vị có quan hệ với ngân sách'],
            suffixes=[' cấp huyện']),
    },
    'NOI_VU': {
        'province': dict(
            stems=['Đề nghị công nhận tổ chức tôn giáo có địa bàn hoạt động ở một tỉnh',
                   'Đăng ký hoạt động tôn giáo cho tổ chức có địa bàn hoạt động tôn giáo ở nhiều huyện thuộc một '
                   'tỉnh',
                   'Đề nghị thành lập, chia, tách, sáp nhập, hợp nhất tổ chức tôn giáo trực thuộc có địa bàn hoạt '
                   'động ở một tỉnh',
                   'Đăng ký thuyên chuyển chức sắc, chức việc, nhà tu hành',
                   'Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức '
                   'ở nhiều huyện thuộc một tỉnh',
                   'Đề nghị giảng đạo ngoài địa bàn phụ trách có quy mô tổ chức ở nhiều huyện thuộc một tỉnh',
                   'Đề nghị tổ chức hội nghị thường niên của tổ chức tôn giáo có địa bàn hoạt động ở một tỉnh',
                   'Đề nghị tổ chức đại hội của tổ chức tôn giáo có địa bàn hoạt động ở một tỉnh',
                   'Đề nghị sửa đổi hiến chương của tổ chức tôn giáo có địa bàn hoạt động ở một tỉnh',
                   'Đề nghị thay đổi tên của tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở một tỉnh',
                   'Đề nghị thay đổi trụ sở của tổ chức tôn giáo, tổ chức tôn giáo trực thuộc',
                   'Đề nghị cấp đăng ký pháp nhân phi thương mại cho tổ chức tôn giáo trực thuộc',
                   'Đề nghị mời tổ chức, cá nhân nước ngoài vào Việt Nam thực hiện hoạt động tôn giáo ở một tỉnh',
                   'Đề nghị sinh hoạt tôn giáo tập trung của người nước ngoài cư trú hợp pháp tại Việt Nam',
                   'Đề nghị tự giải thể tổ chức tôn giáo trực thuộc có địa bàn hoạt động ở một tỉnh',
                   'Đăng ký mở lớp bồi dưỡng về tôn giáo cho người chuyên hoạt động tôn giáo',
                   'Thông báo danh mục hoạt động tôn giáo bổ sung đối với tổ chức có địa bàn hoạt động ở nhiều '
                   'huyện',
                   'Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc của tổ chức tôn giáo',
                   'Thông báo tổ chức quyên góp ngoài địa bàn một huyện của cơ sở tín ngưỡng, tổ chức tôn giáo',
                   'Đề nghị cải tạo, nâng cấp, xây dựng mới công trình tín ngưỡng, công trình tôn giáo'],
            suffixes=[' (đối với tổ chức tôn giáo)',
                      ' (đối với tổ chức được cấp chứng nhận đăng ký hoạt động tôn giáo)']),
        'district': dict(
            stems=['Đăng ký thay đổi người đại diện của nhóm sinh hoạt tôn giáo tập trung',
                   'Đăng ký bổ sung hoạt động tôn giáo',
                   'Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo có quy mô tổ chức ở một huyện',
                   'Đề nghị giảng đạo ngoài địa bàn phụ trách có quy mô tổ chức ở một huyện',
                   'Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động ở nhiều xã thuộc '
                   'một huyện',
                   'Thông báo tổ chức quyên góp ngoài địa bàn một xã nhưng trong địa bàn một huyện',
                   'Đăng ký hoạt động tôn giáo cho tổ chức có địa bàn hoạt động ở nhiều xã thuộc một huyện',
                   'Đề nghị tổ chức đại hội của tổ chức tôn giáo có địa bàn hoạt động ở một huyện',
                   'Thông báo người được bổ nhiệm, bầu cử, suy cử làm chức việc',
                   'Thông báo thuyên chuyển chức sắc, chức việc, nhà tu hành',
                   'Đăng ký mở lớp bồi dưỡng về tôn giáo ở một huyện'],
            suffixes=[' (đối với tổ chức tôn giáo)']),
        'commune': dict(
            real=['Đăng ký hoạt động tín ngưỡng', 'Đăng ký bổ sung hoạt động tín ngưỡng',
                  'Đăng ký sinh hoạt tôn giáo tập trung'],
            stems=['Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động ở một xã',
                   'Thông báo danh mục hoạt động tôn giáo bổ sung đối với tổ chức có địa bàn hoạt động ở một xã',
                   'Đề nghị thay đổi địa điểm sinh hoạt tôn giáo tập trung trong địa bàn một xã',
                   'Thông báo tổ chức quyên góp trong địa bàn một xã của cơ sở tín ngưỡng, tổ chức tôn giáo',
                   'Thông báo về việc thay đổi địa điểm sinh hoạt tôn giáo tập trung',
                   'Đăng ký người đại diện cơ sở tín ngưỡng', 'Thông báo tổ chức lễ hội tín ngưỡng'],
            suffixes=[' (đối với cơ sở tín ngưỡng)', ' (đối với nhóm sinh hoạt tôn giáo tập trung)']),
    },
    'TTTT': {
        'province': dict(
            stems=['Cấp giấy phép hoạt động in', 'Cấp lại giấy phép hoạt động in',
                   'Điều chỉnh giấy phép hoạt động in', 'Cấp giấy xác nhận đăng ký hoạt động cơ sở in',
                   'Thay đổi thông tin đăng ký hoạt động cơ sở in',
                   'Cấp giấy phép xuất bản tài liệu không kinh doanh',
                   'Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh',
                   'Cấp giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm',
                   'Cấp lại giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm',
                   'Cấp giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm',
                   'Đăng ký sử dụng máy photocopy màu, máy in có chức năng photocopy màu',
                   'Chuyển nhượng máy photocopy màu, máy in có chức năng photocopy màu',
                   'Cấp giấy phép xuất bản bản tin', 'Đăng ký hoạt động xuất bản phẩm điện tử'],
            suffixes=[' đối với tổ chức', ' đối với cá nhân']),
    },
    'KHU_KINH_TE': {
        'province': dict(
            stems=['Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại doanh nghiệp trong khu công '
                   'nghiệp',
                   'Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc trong khu công nghiệp',
                   'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động tại khu công nghiệp',
                   'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu kinh tế, khu công nghiệp',
                   'Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án trong khu kinh tế, khu công nghiệp',
                   'Chấp thuận chủ trương đầu tư dự án trong khu công nghiệp',
                   'Chấm dứt hoạt động của dự án đầu tư trong khu công nghiệp',
                   'Cấp giấy phép xây dựng công trình trong khu công nghiệp',
                   'Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng công trình trong khu công nghiệp',
                   'Cấp Giấy chứng nhận xuất xứ hàng hóa',
                   'Cấp giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài trong khu công nghiệp',
                   'Đăng ký nội quy lao động của doanh nghiệp trong khu công nghiệp',
                   'Đăng ký thỏa ước lao động tập thể tại doanh nghiệp trong khu công nghiệp',
                   'Thẩm định báo cáo đánh giá tác động môi trường dự án trong khu công nghiệp',
                   'Xác nhận hoàn thành công trình bảo vệ môi trường',
                   'Cấp giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài trong khu công nghiệp',
                   'Cấp Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ',
                   'Cho phép doanh nghiệp chế xuất được thực hiện hoạt động mua bán hàng hóa',
                   'Gia hạn giấy phép lao động cho người lao động nước ngoài tại khu công nghiệp'],
            suffixes=[' đối với doanh nghiệp chế xuất', ' đối với nhà đầu tư nước ngoài']),
    },
}
GENERIC_SUFFIXES = [' (cấp lại)', ' (điều chỉnh)', ' (gia hạn)']

# Procedures first published in 2021-2023 (field, level, name, source, valid_from).
NEW_CURATED = [
    ('TU_PHAP', 'commune', 'Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo '
     'hiểm y tế cho trẻ em dưới 6 tuổi', SYN, '2023-07-01'),
    ('TU_PHAP', 'commune', 'Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế '
     'độ tử tuất, hỗ trợ chi phí mai táng', SYN, '2023-07-01'),
    ('CAN_CUOC', 'province', 'Cấp thẻ Căn cước công dân khi đã có thông tin trong Cơ sở dữ liệu quốc gia về dân cư',
     PUB, '2021-07-01'),
    ('CAN_CUOC', 'district', 'Cấp thẻ Căn cước công dân khi đã có thông tin trong Cơ sở dữ liệu quốc gia về dân cư',
     PUB, '2021-07-01'),
    ('CAN_CUOC', 'commune', 'Cấp thẻ Căn cước công dân khi đã có thông tin trong Cơ sở dữ liệu quốc gia về dân cư '
     '(thực hiện tại cấp xã)', SYN, '2022-01-15'),
    ('GIAO_THONG', 'province', 'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp (trực tuyến toàn trình)',
     SYN, '2022-06-01'),
    ('LY_LICH_TP', 'province', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại '
     'Việt Nam (trực tuyến toàn trình)', SYN, '2023-03-15'),
    ('DAT_DAI', 'district', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất (liên '
     'thông điện tử với cơ quan thuế)', SYN, '2023-10-01'),
    ('Y_TE', 'province', 'Cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh khi thay đổi người chịu '
     'trách nhiệm chuyên môn', SYN, '2022-11-01'),
]
PROC_HEADER = ['code', 'name', 'field_code', 'level', 'online_level', 'valid_from', 'valid_to',
               'portal_integrated', 'full_online_eligible', 'source']


def name_candidates(field, level):
    """Ordered, de-duplicated (name, source) candidates for one field and level."""
    spec = PROC_NAMES.get(field, {}).get(level)
    if not spec:
        return []
    real = list(spec.get('real', []))
    stems = list(spec.get('stems', []))
    for prefixes, objects in spec.get('blocks', []):
        stems += [f'{p} {o}' for p in prefixes for o in objects]
    out = [(n, PUB) for n in real] + [(n, SYN) for n in stems]
    base = real + stems
    for s in spec.get('suffixes', []):
        out += [(b + s, SYN) for b in base if not b.endswith(s)]
    for s in GENERIC_SUFFIXES:
        out += [(b + s, SYN) for b in base
                if b.startswith('Cấp ') and not b.startswith(('Cấp lại', 'Cấp đổi'))]
    seen, uniq = set(), []
    for n, src in out:
        if n not in seen:
            seen.add(n)
            uniq.append((n, src))
    return uniq


def rand_date(rng, lo, hi):
    lo, hi = D(lo) if isinstance(lo, str) else lo, D(hi) if isinstance(hi, str) else hi
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def build_procedures():
    rng = random.Random(SEED + 3)
    procs = []  # dicts
    seq = {}
    used = {lv: set() for lv in LEVELS}  # names in use per level (a replaced version shares its name)
    pools = {}

    def new_code(field, level):
        k = (field, level)
        seq[k] = seq.get(k, 0) + 1
        return f'TN-{field}-{LEVEL_LETTER[level]}-{seq[k]:03d}'

    def next_name(field, level):
        pool = pools[(field, level)]
        while pool:
            n, src = pool.pop(0)
            if n not in used[level]:
                used[level].add(n)
                return n, src
        raise SystemExit(f'not enough procedure names for {field}/{level}')

    # 1. the September-2020 catalogue
    for level in LEVELS:
        for field, *_ in FIELDS:
            pools[(field, level)] = name_candidates(field, level)
            n = CATALOGUE_2020[level].get(field, 0)
            if n and field_weight(field, level) == 0:
                raise SystemExit(f'{field} has procedures at {level} but weight 0')
            # a few decision dates per field and level (Quyết định công bố danh mục TTHC)
            dates = sorted([rand_date(rng, '2015-07-01', '2018-12-31') for _ in range(2)]
                           + [rand_date(rng, '2016-01-01', '2019-12-31')])
            for _ in range(n):
                name, src = next_name(field, level)
                vf = rng.choices(dates, weights=[4, 4, 2])[0]
                procs.append(dict(code=new_code(field, level), name=name, field=field, level=level,
                                  online=2, vf=vf, vt=None, src=src, base=True))
    # online levels of the 2020 catalogue: exact counts per level, drawn by field affinity
    for level in LEVELS:
        n4, n3 = ONLINE_2020[level]
        items = [p for p in procs if p['level'] == level]
        keyed = sorted(items, key=lambda p: -(rng.random() ** (1.0 / ONLINE_AFFINITY[p['field']])))
        for i, p in enumerate(keyed):
            p['online'] = 4 if i < n4 else 3 if i < n4 + n3 else 2

    def full_period_count(field, level):
        return sum(1 for p in procs if p['field'] == field and p['level'] == level
                   and p['vf'] <= D('2020-01-01') and (p['vt'] is None or p['vt'] > D('2024-12-31')))

    base = [p for p in procs if p['base']]
    order = base[:]
    rng.shuffle(order)

    # 2. 24 procedures re-published in 2019-2020: the older version expired that day
    reissue_dates = [D(x) for x in ('2019-03-15', '2019-06-03', '2019-09-16', '2019-12-02', '2020-03-02',
                                    '2020-06-15', '2020-08-03', '2020-09-21')]
    touched, old_versions = set(), []
    for p in order:
        if len(old_versions) == 24:
            break
        k = (p['field'], p['level'])
        if CATALOGUE_2020[p['level']][p['field']] < 8 or full_period_count(*k) <= 5 or p['code'] in touched:
            continue
        new_from = rng.choice(reissue_dates)
        old_from = min(p['vf'], new_from - dt.timedelta(days=rng.randint(400, 1100)))
        old_online = rng.randint(2, p['online'])
        p['vf'] = new_from
        touched.add(p['code'])
        old_versions.append(dict(code=None, name=p['name'], field=p['field'], level=p['level'], online=old_online,
                                 vf=old_from, vt=new_from, src=p['src'], base=False))

    # 3. 40 procedures of the 2020 catalogue that ended in 2021-2023; 30 were replaced by a new version
    forced = [('DKKD', 'province', 6, D('2021-01-04')), ('XAY_DUNG', 'province', 3, D('2021-03-03')),
              ('XAY_DUNG', 'district', 2, D('2021-03-03')), ('GIAO_THONG', 'province', 4, D('2021-06-01'))]
    end_dates = [D(x) for x in ('2021-07-01', '2021-10-15', '2022-01-01', '2022-07-01', '2022-12-15',
                                '2023-03-01', '2023-07-01', '2023-10-01')]
    ended = []
    for field, level, n, when in forced:
        for p in order:
            if n == 0:
                break
            if p['field'] == field and p['level'] == level and p['code'] not in touched \
                    and p['vf'] <= D('2020-01-01') and full_period_count(field, level) > 4:
                p['vt'] = when
                touched.add(p['code'])
                ended.append(p)
                n -= 1
    per_group = {}
    for p in order:
        if len(ended) == 40:
            break
        k = (p['field'], p['level'])
        if p['code'] in touched or p['vf'] > D('2020-01-01') or per_group.get(k, 0) >= 2 \
                or full_period_count(*k) <= 4:
            continue
        p['vt'] = rng.choice(end_dates)
        touched.add(p['code'])
        per_group[k] = per_group.get(k, 0) + 1
        ended.append(p)
    replaced = ended[:15] + rng.sample(ended[15:], 15)
    assert len(replaced) == 30, len(replaced)
    replacements = []
    for p in replaced:
        online = max(p['online'], 4 if rng.random() < 0.4 else 3 if rng.random() < 0.7 else p['online'])
        replacements.append(dict(code=None, name=p['name'], field=p['field'], level=p['level'], online=online,
                                 vf=p['vt'], vt=None, src=p['src'], base=False))

    # 4. 30 procedures new in 2021-2023
    new_dates = [D(x) for x in ('2021-04-01', '2021-07-01', '2022-01-15', '2022-06-01', '2022-11-01',
                                '2023-03-15', '2023-07-01', '2023-10-01')]
    news = []
    for field, level, name, src, vf in NEW_CURATED:
        assert field_weight(field, level) > 0
        used[level].add(name)
        news.append(dict(code=None, name=name, field=field, level=level, online=4, vf=D(vf), vt=None, src=src,
                         base=False))
    groups = [(f, lv) for lv in LEVELS for f, *_ in FIELDS if CATALOGUE_2020[lv].get(f)]
    weights = [CATALOGUE_2020[lv][f] for f, lv in groups]
    while len(news) < 30:
        field, level = rng.choices(groups, weights=weights)[0]
        name, src = next_name(field, level)
        r = rng.random()
        news.append(dict(code=None, name=name, field=field, level=level, online=4 if r < 0.55 else 3 if r < 0.9 else 2,
                         vf=rng.choice(new_dates), vt=None, src=src, base=False))

    for p in old_versions + replacements + news:
        p['code'] = new_code(p['field'], p['level'])
    procs += old_versions + replacements + news
    # integrated on the National Public Service Portal: most level-4, many level-3, no level-2
    for p in procs:
        chance = {4: 0.9, 3: 0.6, 2: 0.0}[p['online']] if p['vf'] < D('2021-01-01') else \
            {4: 1.0, 3: 0.8, 2: 0.0}[p['online']]
        p['portal'] = rng.random() < chance

    procs += continue_procedures(procs)
    field_rank = {f[0]: i for i, f in enumerate(FIELDS)}
    procs.sort(key=lambda p: (LEVELS.index(p['level']), field_rank[p['field']], p['code']))
    return [[p['code'], p['name'], p['field'], p['level'], p['online'], p['vf'], p['vt'], p['portal'], p['eligible'],
             p['src']] for p in procs]


# ----------------------------------------------------------------------------------------------
# 3b. The catalogue from 2025 on: the district level's procedures pass to the communes, and procedures move to
# full-process online service. Synthetic except the totals of F13 (2025-12-31: 1,192 procedures qualify for
# full-process online service, 1,134 of them are provided so).
# ----------------------------------------------------------------------------------------------
F13_DAY = D('2025-12-31')
F13_ELIGIBLE, F13_FULL = 1192, 1134
# Decisions that moved procedures to full-process online service (level 4), each a new version of the procedure
# from that day (the older version ends that day, as with the re-publications of 2019-2023). The first one, early
# in 2025, carries the old province's catalogue to where its indicator stood at the end of 2024 (CDS02).
RAISE_FIRST = D('2025-01-06')
RAISES_H1 = [D('2025-03-17'), D('2025-05-19')]
RAISES_H2 = [D('2025-08-18'), D('2025-10-06'), D('2025-11-17'), D('2025-12-15')]
RAISES_2026 = [D('2026-03-16'), D('2026-06-15'), D('2026-09-14')]
RAISED_IN_2026 = 30  # of the 58 qualifying procedures not yet fully online at the end of 2025
# Of the district procedures already moved to level 4, how many communes could offer fully online from their
# first day (the others were set up again on the communes' systems during the second half of 2025).
COUNTERPART_FULL_AT_START = 0.55
# A district procedure's name as the commune-level procedure that replaces it; a name that then equals one the
# communes already had merges into it (no new procedure).
COMMUNE_WORDING = [
    ('Chủ tịch Ủy ban nhân dân cấp huyện', 'Chủ tịch Ủy ban nhân dân cấp xã'),
    ('Phòng Lao động - Thương binh và Xã hội', 'Ủy ban nhân dân cấp xã'),
    ('của Phòng Tư pháp', 'của Ủy ban nhân dân cấp xã'),
    ('trên đường huyện, đường xã', 'trên đường xã'),
    ('đường huyện', 'đường xã'),
    ('ngoài địa bàn một xã nhưng trong địa bàn một huyện', 'trong địa bàn một xã'),
    ('ở nhiều xã thuộc một huyện', 'ở một xã'),
    ('ở một huyện', 'ở một xã'),
    ('cấp huyện', 'cấp xã'),
]


def commune_wording(name):
    for a, b in COMMUNE_WORDING:
        name = name.replace(a, b)
    assert 'huyện' not in name, name
    return name


def continue_procedures(procs):
    """Ends and adds rows for 2025-2026 (changing only valid_to of older rows) and sets every row's eligibility.

    A procedure keeps its key (level and name of its first row) through its versions; a commune counterpart keeps
    the key of the district procedure it replaces, so that both are alike in whether they qualify."""
    rng = random.Random(SEED + 8)
    reorg = D(REORG_DATE)
    seq = {}
    for p in procs:
        k = (p['field'], p['level'])
        seq[k] = max(seq.get(k, 0), int(p['code'].rsplit('-', 1)[1]))

    def new_code(field, level):
        k = (field, level)
        seq[k] = seq.get(k, 0) + 1
        assert seq[k] < 1000, k
        return f'TN-{field}-{LEVEL_LETTER[level]}-{seq[k]:03d}'

    def valid(p, d):
        return p['vf'] <= d and (p['vt'] is None or d < p['vt'])

    for p in procs:
        p['key'] = (p['level'], p['name'])
    by_key = {}
    for p in procs:
        by_key.setdefault(p['key'], []).append(p)

    # The district procedures valid at the end: their commune-level names, unless the communes had that one.
    districts = sorted((p for p in procs if p['level'] == 'district' and valid(p, reorg - dt.timedelta(days=1))),
                       key=lambda p: p['code'])
    taken = {p['name'] for p in procs if p['level'] == 'commune' and valid(p, reorg)}
    counterpart_name = {}
    for p in districts:
        name = commune_wording(p['name'])
        if name not in taken:
            taken.add(name)
            counterpart_name[p['key']] = name

    # Which procedures qualify: those already fully online, then by the field's affinity to online service.
    keys = sorted(by_key, key=lambda k: (LEVELS.index(k[0]), k[1]))
    score = {k: rng.random() ** (1.0 / ONLINE_AFFINITY[by_key[k][0]['field']]) for k in keys}
    full_before = {k for k in keys if any(p['online'] == 4 for p in by_key[k])}
    at_f13 = [k for k in keys if (k[0] != 'district' and any(valid(p, F13_DAY) for p in by_key[k]))
              or k in counterpart_name]
    ranked = sorted(at_f13, key=lambda k: (k not in full_before, -score[k]))
    eligible = set(ranked[:F13_ELIGIBLE])
    threshold = score[ranked[F13_ELIGIBLE - 1]]
    eligible |= {k for k in keys if k not in set(at_f13) and (k in full_before or score[k] >= threshold)}
    for p in procs:
        p['eligible'] = p['key'] in eligible

    # Which qualifying procedures are fully online on 2025-12-31, and when each of the others got there.
    behind = sorted((k for k in at_f13 if k in eligible and k not in full_before), key=lambda k: -score[k])
    raised = behind[:F13_FULL - sum(1 for k in at_f13 if k in eligible and k in full_before)]
    late = behind[len(raised):]
    assert len(late) == F13_ELIGIBLE - F13_FULL, len(late)
    raise_on = {}
    for k in raised:
        r = rng.random()
        raise_on[k] = RAISE_FIRST if r < 0.985 else rng.choice(RAISES_H1) if r < 0.995 else rng.choice(RAISES_H2)
    for k in rng.sample(late, RAISED_IN_2026):
        raise_on[k] = rng.choice(RAISES_2026)

    added = []

    def version(p, day):
        """The procedure at level 4 from `day`: the row valid then ends, a new one begins."""
        q = dict(p, code=new_code(p['field'], p['level']), online=4, vf=day, vt=None, src=SYN, portal=True)
        p['vt'] = day
        added.append(q)
        return q

    def current(k, day):
        rows = [p for p in by_key[k] + [q for q in added if q['key'] == k] if valid(p, day)]
        assert len(rows) == 1, (k, day, rows)
        return rows[0]

    # The first half of 2025, the old province: district rows included.
    for k in keys:
        day = raise_on.get(k)
        if day is not None and day < reorg and (k[0] != 'district' or k in counterpart_name):
            version(current(k, day), day)
    # 1 July 2025: the district level ends; its procedures pass to the communes under new codes.
    for p in districts:
        k = p['key']
        row = current(k, reorg - dt.timedelta(days=1))
        row['vt'] = reorg
        if k not in counterpart_name:
            continue
        online = row['online']
        day = raise_on.get(k)
        if day is not None and day < reorg and online == 4 and p['online'] != 4 \
                and rng.random() >= COUNTERPART_FULL_AT_START:
            online = p['online']
            raise_on[k] = rng.choice(RAISES_H2)
        c = dict(p, code=new_code(p['field'], 'commune'), name=counterpart_name[k], level='commune', online=online,
                 vf=reorg, vt=None, src=SYN, portal=None)
        added.append(c)
    # The second half of 2025 and 2026.
    for k in keys:
        day = raise_on.get(k)
        if day is not None and day >= reorg:
            version(current(k, day), day)

    for q in added:
        if q['portal'] is None:
            q['portal'] = q['online'] == 4 or (q['online'] == 3 and rng.random() < 0.8)
    return added


# ----------------------------------------------------------------------------------------------
# 4. Reform areas and 5. reform tasks
# ----------------------------------------------------------------------------------------------
REFORM_AREAS = [
    ('TC', 'Cải cách thể chế', True, PUB),
    ('TTHC', 'Cải cách thủ tục hành chính', True, PUB),
    ('TCBM', 'Cải cách tổ chức bộ máy hành chính nhà nước', True, PUB),
    ('CDCV', 'Cải cách chế độ công vụ', True, PUB),
    ('TCC', 'Cải cách tài chính công', True, PUB),
    ('CPS', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', True, PUB),
    ('CDDH', 'Công tác chỉ đạo, điều hành và thông tin, tuyên truyền', False, SYN),
]
AREA_LEAD = {'TC': 'STP', 'TTHC': 'VPUBND', 'TCBM': 'SNV', 'CDCV': 'SNV', 'TCC': 'STC', 'CPS': 'STTTT',
             'CDDH': 'SNV'}
AREA_COUNT = {'TC': 22, 'TTHC': 38, 'TCBM': 20, 'CDCV': 22, 'TCC': 18, 'CPS': 40, 'CDDH': 16}
# F3 on 2024-10-31
TASK_STATUS_COUNTS = {'inProgressOnTime': 49, 'inProgressOverdue': 5, 'completedOnTime': 89, 'completedLate': 4,
                      'completedAwaitingConfirmation': 29}
TASK_ASOF = D('2024-10-31')
TASK_LO = D('2021-07-15')

FIELD_LOWER = {
    'DAT_DAI': 'đất đai', 'XAY_DUNG': 'xây dựng', 'GIAO_THONG': 'giao thông vận tải', 'TU_PHAP': 'hộ tịch',
    'CHUNG_THUC': 'chứng thực', 'LY_LICH_TP': 'lý lịch tư pháp', 'DKKD': 'đăng ký doanh nghiệp',
    'CAN_CUOC': 'căn cước công dân', 'LAO_DONG': 'việc làm', 'BAO_TRO_XH': 'bảo trợ xã hội',
    'Y_TE': 'khám bệnh, chữa bệnh', 'GIAO_DUC': 'giáo dục và đào tạo', 'VAN_HOA': 'văn hóa, thể thao và du lịch',
    'CONG_THUONG': 'công thương', 'KHCN': 'khoa học và công nghệ', 'NONG_NGHIEP': 'nông nghiệp',
    'TAI_CHINH': 'quản lý công sản', 'NOI_VU': 'tín ngưỡng, tôn giáo', 'TTTT': 'xuất bản, in và phát hành',
    'KHU_KINH_TE': 'đầu tư vào khu kinh tế, khu công nghiệp',
}
DISTRICT_UBND = ['Ủy ban nhân dân thành phố Tây Ninh', 'Ủy ban nhân dân thị xã Hòa Thành',
                 'Ủy ban nhân dân thị xã Trảng Bàng', 'Ủy ban nhân dân huyện Tân Biên',
                 'Ủy ban nhân dân huyện Tân Châu', 'Ủy ban nhân dân huyện Dương Minh Châu',
                 'Ủy ban nhân dân huyện Châu Thành', 'Ủy ban nhân dân huyện Gò Dầu', 'Ủy ban nhân dân huyện Bến Cầu']
DISTRICT_SHORT = ['thành phố Tây Ninh', 'thị xã Hòa Thành', 'thị xã Trảng Bàng', 'huyện Tân Biên', 'huyện Tân Châu',
                  'huyện Dương Minh Châu', 'huyện Châu Thành', 'huyện Gò Dầu', 'huyện Bến Cầu']
AGENCY_NAME = {c: n for c, n, *_ in CENTRE_AGENCIES}
AGENCY_NAME.update(dict(OTHER_AGENCIES))


def task_title_pools():
    ag = [AGENCY_NAME[c] for c, *_ in CENTRE_AGENCIES]
    fl = [FIELD_LOWER[f[0]] for f in FIELDS]
    # (title, co-agency codes) – co-agencies where the title names one
    code_of = {v: k for k, v in AGENCY_NAME.items()}
    owner_of = {FIELD_LOWER[f[0]]: f[2] for f in FIELDS}
    P = {a: [] for a in AREA_COUNT}
    for t in ['Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành',
              'Xây dựng Kế hoạch kiểm tra, xử lý văn bản quy phạm pháp luật trên địa bàn tỉnh',
              'Nâng cao chất lượng thẩm định dự thảo văn bản quy phạm pháp luật của tỉnh',
              'Tổ chức lấy ý kiến người dân, doanh nghiệp đối với dự thảo văn bản quy phạm pháp luật của tỉnh',
              'Cập nhật văn bản quy phạm pháp luật của tỉnh lên Cơ sở dữ liệu quốc gia về pháp luật',
              'Xây dựng quy chế phối hợp trong xây dựng, ban hành văn bản quy phạm pháp luật của tỉnh',
              'Đổi mới công tác phổ biến, giáo dục pháp luật cho người dân vùng biên giới',
              'Kiện toàn đội ngũ báo cáo viên pháp luật cấp tỉnh, cấp huyện',
              'Đánh giá tác động chính sách trong đề nghị xây dựng nghị quyết của Hội đồng nhân dân tỉnh']:
        P['TC'].append((t, []))
    for f in ['đất đai', 'xây dựng', 'giao thông vận tải', 'đầu tư', 'tài nguyên nước', 'khoáng sản',
              'môi trường', 'y tế', 'giáo dục và đào tạo', 'lao động, việc làm', 'nông nghiệp', 'công thương']:
        P['TC'].append((f'Theo dõi tình hình thi hành pháp luật trong lĩnh vực {f}', [owner_of.get(f)]))
    for t, c in [('bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất', 'STNMT'),
                 ('hạn mức giao đất, công nhận quyền sử dụng đất', 'STNMT'),
                 ('điều kiện tách thửa, hợp thửa đất', 'STNMT'),
                 ('phân cấp quản lý nhà nước về xây dựng', 'SXD'), ('quản lý trật tự xây dựng', 'SXD'),
                 ('phân cấp quản lý tài sản công', 'STC'),
                 ('chính sách khuyến khích đầu tư vào nông nghiệp, nông thôn', 'SNNPTNT'),
                 ('quản lý cụm công nghiệp', 'SCT'), ('quản lý vận tải hành khách bằng xe buýt', 'SGTVT'),
                 ('hỗ trợ doanh nghiệp nhỏ và vừa', 'SKHDT')]:
        P['TC'].append((f'Rà soát, đề xuất sửa đổi quy định của tỉnh về {t}', [c]))

    for f in fl:
        P['TTHC'].append((f'Rà soát, đơn giản hóa TTHC lĩnh vực {f}', [owner_of[f]]))
    for f in ['đất đai', 'hộ tịch', 'đăng ký doanh nghiệp', 'giao thông vận tải', 'xây dựng', 'bảo trợ xã hội',
              'giáo dục và đào tạo', 'công thương']:
        P['TTHC'].append((f'Tái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình lĩnh vực {f}',
                          [owner_of[f], 'STTTT']))
    for a in ag:
        P['TTHC'].append((f'Số hóa hồ sơ, kết quả giải quyết TTHC tại {a}', [code_of[a], 'STTTT']))
    for u in DISTRICT_UBND:
        P['TTHC'].append((f'Số hóa hồ sơ, kết quả giải quyết TTHC tại {u}', ['STTTT']))
    for t in ['Triển khai liên thông TTHC về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ '
              'em dưới 6 tuổi',
              'Triển khai liên thông TTHC về đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất',
              'Nâng cao chất lượng hoạt động của Bộ phận Một cửa cấp huyện, cấp xã',
              'Thí điểm tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính',
              'Đánh giá chất lượng giải quyết TTHC theo Bộ chỉ số phục vụ người dân, doanh nghiệp',
              'Nâng cao hiệu quả tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính',
              'Công khai danh mục TTHC và quy trình nội bộ giải quyết TTHC trên Cổng Dịch vụ công của tỉnh',
              'Triển khai thanh toán trực tuyến phí, lệ phí giải quyết TTHC',
              'Cắt giảm thời gian giải quyết TTHC thuộc thẩm quyền của tỉnh']:
        P['TTHC'].append((t, ['STP', 'STTTT'] if 'liên thông' in t else []))

    for a in ag:
        P['TCBM'].append((f'Kiện toàn tổ chức bộ máy {a}', [code_of[a]]))
        P['TCBM'].append((f'Sắp xếp đơn vị sự nghiệp công lập thuộc {a}', [code_of[a], 'STC']))
    for d in DISTRICT_SHORT:
        P['TCBM'].append((f'Sắp xếp, sáp nhập ấp, khu phố trên địa bàn {d}', []))
    for t in ['Sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025',
              'Rà soát chức năng, nhiệm vụ các phòng chuyên môn thuộc Ủy ban nhân dân cấp huyện',
              'Giảm số lượng phòng, chi cục thuộc sở, ngành theo quy định']:
        P['TCBM'].append((t, []))

    for a in ag:
        P['CDCV'].append((f'Xây dựng, điều chỉnh vị trí việc làm công chức tại {a}', [code_of[a]]))
    for t in ['Đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã',
              'Đào tạo, bồi dưỡng nghiệp vụ cho công chức Bộ phận Một cửa các cấp',
              'Tổ chức thi tuyển công chức cấp xã', 'Thực hiện tinh giản biên chế theo quy định',
              'Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức theo kết quả công việc',
              'Triển khai Cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh',
              'Chuẩn bị thực hiện chế độ tiền lương mới theo Nghị quyết số 27-NQ/TW',
              'Tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ',
              'Thực hiện chính sách thu hút, trọng dụng nhân tài của tỉnh',
              'Đào tạo, bồi dưỡng lãnh đạo, quản lý cấp phòng']:
        P['CDCV'].append((t, []))

    for a in ag:
        P['TCC'].append((f'Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập thuộc {a}', [code_of[a]]))
    for t, c in [('y tế', 'SYT'), ('giáo dục và đào tạo', 'SGDDT'), ('văn hóa, thể thao', 'SVHTTDL'),
                 ('nông nghiệp', 'SNNPTNT'), ('thông tin và truyền thông', 'STTTT')]:
        P['TCC'].append((f'Ban hành định mức kinh tế - kỹ thuật dịch vụ sự nghiệp công lĩnh vực {t}', [c]))
    for t in ['Triển khai hóa đơn điện tử, biên lai điện tử tại các đơn vị sự nghiệp công lập',
              'Rà soát, sắp xếp lại cơ sở nhà, đất thuộc sở hữu nhà nước',
              'Công khai ngân sách nhà nước trên Cổng thông tin điện tử tỉnh',
              'Thực hiện cơ chế khoán chi hành chính tại cơ quan hành chính nhà nước',
              'Nâng cao hiệu quả quản lý, sử dụng tài sản công']:
        P['TCC'].append((t, []))

    for t, c in [('đất đai', 'STNMT'), ('xây dựng', 'SXD'), ('giáo dục', 'SGDDT'), ('y tế', 'SYT'),
                 ('nông nghiệp', 'SNNPTNT'), ('giao thông', 'SGTVT'), ('văn hóa, du lịch', 'SVHTTDL'),
                 ('lao động, việc làm', 'SLDTBXH'), ('tài nguyên nước', 'STNMT'), ('doanh nghiệp', 'SKHDT'),
                 ('công thương', 'SCT'), ('khoa học và công nghệ', 'SKHCN')]:
        P['CPS'].append((f'Xây dựng cơ sở dữ liệu chuyên ngành {t}', [c]))
    for a in ag:
        P['CPS'].append((f'Đánh giá, phê duyệt cấp độ an toàn hệ thống thông tin tại {a}', [code_of[a]]))
    for d in DISTRICT_SHORT:
        P['CPS'].append((f'Phát triển tổ công nghệ số cộng đồng tại {d}', []))
    for t in ['Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh Tây Ninh',
              'Kết nối, khai thác Cơ sở dữ liệu quốc gia về dân cư phục vụ giải quyết TTHC',
              'Mở rộng Trung tâm Giám sát điều hành thông minh (IOC) tỉnh',
              'Nâng cấp nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh (LGSP)',
              'Triển khai ký số trên thiết bị di động cho cán bộ, công chức cấp xã',
              'Xây dựng kho dữ liệu dùng chung của tỉnh', 'Triển khai nền tảng họp trực tuyến đến cấp xã',
              'Hoàn thiện Kiến trúc Chính quyền điện tử tỉnh Tây Ninh phiên bản 2.0',
              'Số hóa tài liệu lưu trữ lịch sử của tỉnh', 'Triển khai dữ liệu mở của tỉnh']:
        P['CPS'].append((t, ['CAT'] if 'dân cư' in t else []))

    for a in ag[:10]:
        P['CDDH'].append((f'Kiểm tra công tác cải cách hành chính tại {a}', [code_of[a]]))
    for u in DISTRICT_UBND[:6]:
        P['CDDH'].append((f'Kiểm tra công tác cải cách hành chính tại {u}', []))
    for t in ['Xây dựng, ban hành Kế hoạch cải cách hành chính hằng năm của tỉnh',
              'Tuyên truyền cải cách hành chính trên Báo Tây Ninh và Đài Phát thanh - Truyền hình tỉnh',
              'Tổ chức đánh giá, xếp hạng Chỉ số cải cách hành chính các sở, ngành, Ủy ban nhân dân cấp huyện',
              'Khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính',
              'Tổ chức Hội thi tìm hiểu về cải cách hành chính',
              'Sơ kết 3 năm thực hiện Chương trình tổng thể cải cách hành chính giai đoạn 2021 - 2030',
              'Xây dựng chuyên mục cải cách hành chính trên Cổng thông tin điện tử tỉnh',
              'Khắc phục các chỉ số thành phần đạt điểm thấp của Chỉ số cải cách hành chính']:
        P['CDDH'].append((t, ['STTTT'] if 'Tuyên truyền' in t or 'chuyên mục' in t else []))
    return P


def task_dates(rng, status):
    """(start, deadline, reported, confirmed) that give `status` on 2024-10-31."""
    d = TASK_ASOF
    while True:
        if rng.random() < 0.55:
            start = rand_date(rng, TASK_LO, '2022-03-31')
        else:
            start = rand_date(rng, '2022-04-01', '2024-06-30')
        qend = [month_end(y, m) for y in range(2021, 2027) for m in (3, 6, 9, 12)]
        rep = conf = None
        if status == 'completedOnTime':
            deadline = rng.choice([q for q in qend if start + dt.timedelta(days=90) <= q <= start + dt.timedelta(days=900)])
            lag = rng.randint(7, 75)
            hi = min(deadline, d - dt.timedelta(days=lag))
            lo = start + dt.timedelta(days=30)
            if hi < lo:
                continue
            rep = lo + dt.timedelta(days=int((hi - lo).days * rng.random() ** 0.6))
            conf = rep + dt.timedelta(days=lag)
        elif status == 'completedLate':
            deadline = rng.choice([q for q in qend if start + dt.timedelta(days=90) <= q <= d - dt.timedelta(days=120)]
                                  or [None])
            if deadline is None:
                continue
            lag = rng.randint(10, 60)
            rep = deadline + dt.timedelta(days=rng.randint(10, 150))
            conf = rep + dt.timedelta(days=lag)
            if conf > d:
                continue
        elif status == 'completedAwaitingConfirmation':
            deadline = rng.choice([q for q in qend if max(start + dt.timedelta(days=120), D('2024-03-31')) <= q
                                   <= D('2025-12-31')])
            lo = max(start + dt.timedelta(days=30), D('2024-01-15'))
            hi = min(d, deadline) if rng.random() < 0.85 else d
            if hi < lo:
                continue
            rep = rand_date(rng, lo, hi)
            conf = None if rng.random() < 0.45 else d + dt.timedelta(days=rng.randint(5, 150))
        elif status == 'inProgressOnTime':
            deadline = rng.choices([D('2024-11-30'), D('2024-12-31'), D('2025-06-30'), D('2025-12-31'),
                                    D('2026-06-30'), D('2026-12-31')], weights=[8, 22, 15, 30, 10, 15])[0]
            start = min(start, d - dt.timedelta(days=60))
            if rng.random() < 0.3:
                rep = rand_date(rng, d + dt.timedelta(days=1), min(deadline, D('2025-09-30')))
                if rng.random() < 0.6:
                    conf = rep + dt.timedelta(days=rng.randint(10, 90))
        elif status == 'inProgressOverdue':
            deadline = rng.choice([q for q in qend if D('2023-06-30') <= q <= D('2024-09-30') and q > start])
            if rng.random() < 0.4:
                rep = rand_date(rng, d + dt.timedelta(days=1), D('2025-03-31'))
                if rng.random() < 0.5:
                    conf = rep + dt.timedelta(days=rng.randint(10, 60))
        else:
            raise ValueError(status)
        if start <= deadline and (rep is None or rep >= start):
            return start, deadline, rep, conf


def build_reform_tasks():
    rng = random.Random(SEED + 5)
    pools = task_title_pools()
    statuses = [s for s, n in TASK_STATUS_COUNTS.items() for _ in range(n)]
    rng.shuffle(statuses)
    areas = [a for a, n in AREA_COUNT.items() for _ in range(n)]
    assert len(statuses) == len(areas) == 176
    chosen = {a: rng.sample(pools[a], AREA_COUNT[a]) for a in AREA_COUNT}
    centre = [c for c, *_ in CENTRE_AGENCIES] + ['VPUBND']
    rows, seqs = [], {}
    for i, (area, status) in enumerate(zip(areas, statuses)):
        title, cos = chosen[area][seqs.get(area, 0)]
        seqs[area] = seqs.get(area, 0) + 1
        lead = AREA_LEAD[area]
        co = [c for c in cos if c and c != lead]
        if rng.random() < 0.35:
            co.append(rng.choice([c for c in centre if c != lead and c not in co]))
        start, deadline, rep, conf = task_dates(rng, status)
        rows.append([f'CCHC-{area}-{seqs[area]:02d}', title, area, lead, ';'.join(dict.fromkeys(co)), start,
                     deadline, rep, conf, SYN])
    continue_reform_tasks(rows)
    extend_reform_tasks(rows)
    return rows


# The tasks from 2025 to the end of 2026: completions and confirmations that the rows above leave open, on days from
# 2025-01-02 on (the board up to the end of 2024, F3 included, stays as it was). Most tasks due in 2025-2026 finish,
# some on time and some late; a few stay overdue; part of those due at the end of 2026 are still running on its
# last day. Drawn from a random stream of their own.
TASK_CONTINUE_FROM, TASK_HORIZON = D('2025-01-02'), D('2026-12-31')


def continue_reform_tasks(rows):
    rng = random.Random(SEED + 10)

    def day_between(lo, hi):
        return rand_date(rng, lo, hi) if lo <= hi else None

    for r in rows:
        start, deadline, rep, conf = r[5], r[6], r[7], r[8]
        if rep is None:
            lo = max(start + dt.timedelta(days=30), TASK_CONTINUE_FROM)
            u = rng.random()
            if deadline >= D('2026-12-31'):
                # Due at the end of 2026: a few done early, more reported in its last month, the rest still running.
                rep = day_between(max(lo, D('2025-06-01')), D('2026-11-20')) if u < 0.25 \
                    else day_between(D('2026-12-01'), TASK_HORIZON) if u < 0.6 else None
            elif deadline >= D('2026-01-01'):
                rep = day_between(lo, deadline) if u < 0.8 else None
            elif deadline >= TASK_CONTINUE_FROM and u < 0.62:
                rep = day_between(lo, deadline)
            elif u < 0.93:
                late_lo = max(lo, deadline + dt.timedelta(days=15))
                rep = day_between(late_lo, min(late_lo + dt.timedelta(days=rng.randint(60, 420)), D('2026-10-31')))
            r[7] = rep
        if rep is not None and conf is None and rng.random() < 0.95:
            conf = max(rep, TASK_CONTINUE_FROM) + dt.timedelta(days=rng.randint(10, 90))
            r[8] = conf if conf <= TASK_HORIZON else None


# The programme's second phase (2026-2030). The tasks still running within their deadline at the end of 2024 (no event
# by then) that the continuation above does not finish late or leave overdue are the phase's: due in 2027-2030 (its
# milestones, most at its end) instead. Their events from 2025 on are drawn again: most are still running at the
# present, a few were finished early (some confirmed, some awaiting confirmation), none has an event after the
# present. Every status up to the end of 2024 stays as it was (F3 included): until then these tasks ran within their
# deadline, old or new. A random stream of its own: the other rows do not change.
TASK_PHASE2_DEADLINES = {'2027-06-30': 2, '2027-12-31': 5, '2028-06-30': 2, '2028-12-31': 4, '2029-06-30': 1,
                         '2029-12-31': 3, '2030-06-30': 2, '2030-12-31': 7}
TASK_PRESENT, TASK_YEAR_END = D('2026-11-30'), D('2024-12-31')
# Finished early: confirmed, and reported in the last two months, awaiting confirmation at the present.
TASK_PHASE2_EARLY, TASK_PHASE2_AWAITING = 3, 2


def extend_reform_tasks(rows):
    rng = random.Random(SEED + 12)

    def late_or_overdue(r):
        deadline, rep = r[6], r[7]
        return rep > deadline if rep is not None else deadline < TASK_PRESENT

    phase2 = [r for r in rows if r[6] >= TASK_YEAR_END and (r[7] is None or r[7] > TASK_YEAR_END)
              and not late_or_overdue(r)]
    deadlines = [D(x) for x, n in TASK_PHASE2_DEADLINES.items() for _ in range(n)]
    assert len(phase2) == len(deadlines), (len(phase2), len(deadlines))
    rng.shuffle(deadlines)
    for r, deadline in zip(phase2, deadlines):
        r[6], r[7], r[8] = deadline, None, None
    early = rng.sample(phase2, TASK_PHASE2_EARLY + TASK_PHASE2_AWAITING)
    for r in early[:TASK_PHASE2_EARLY]:
        r[7] = rand_date(rng, max(r[5] + dt.timedelta(days=30), D('2025-07-01')), D('2026-08-31'))
        r[8] = r[7] + dt.timedelta(days=rng.randint(10, 60))
    for r in early[TASK_PHASE2_EARLY:]:
        r[7] = rand_date(rng, D('2026-10-01'), TASK_PRESENT - dt.timedelta(days=5))


# ----------------------------------------------------------------------------------------------
# 6. Digital-transformation indicators
# ----------------------------------------------------------------------------------------------
PLAN = 'Kế hoạch CĐS tỉnh 2024'
NAT = 'Mục tiêu quốc gia'
PROG = 'Chương trình CĐS tỉnh 2021-2025'
# code, name, owner, origin, targets 2021..2024, which 2024 target is a published figure,
# anchors {YYYY-MM: value} (a '*' key suffix marks a published value)
INDICATORS = [
    ('CDS01', 'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến', 'VPUBND', PLAN, (15, 25, 40, 50), False,
     {'2021-01': 4.2, '2021-12': 11.5, '2022-06*': 17.65, '2022-12': 24.0, '2023-06': 31.0, '2023-11*': 43.08,
      '2023-12': 43.5, '2024-03': 44.2, '2024-09': 46.3, '2024-10': 46.8, '2024-12': 47.6}),
    ('CDS02', 'Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện', 'STTTT',
     PLAN, (15, 25, 40, 100), True,
     {'2021-01': 8.0, '2021-12': 14.5, '2022-12': 27.0, '2023-11*': 41.11, '2023-12': 42.0, '2024-03': 58.0,
      '2024-06': 78.0, '2024-09*': 92.0, '2024-10': 93.4, '2024-12': 96.1}),
    ('CDS03', 'Tỷ lệ biểu mẫu điện tử được điền sẵn dữ liệu người dân đã cung cấp', 'STTTT', PLAN,
     (20, 40, 60, 100), True,
     {'2021-01': 5.0, '2021-12': 22.0, '2022-12': 45.0, '2023-12': 66.0, '2024-06': 92.0, '2024-08': 100.0,
      '2024-12': 100.0}),
    ('CDS04', 'Tỷ lệ hồ sơ thanh toán phí, lệ phí trực tuyến', 'VPUBND', NAT, (10, 20, 30, 45), False,
     {'2021-01': 1.5, '2021-12': 6.0, '2022-12': 14.0, '2023-12': 22.5, '2024-09': 30.2, '2024-10': 31.1,
      '2024-12': 33.0}),
    ('CDS05', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'VPUBND', NAT, (10, 30, 50, 80), False,
     {'2021-01': 0.5, '2021-12': 4.0, '2022-06': 12.0, '2022-12': 28.0, '2023-12': 52.0, '2024-09': 66.5,
      '2024-10': 67.4, '2024-12': 70.0}),
    ('CDS06', 'Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 được tích hợp lên Cổng Dịch vụ công quốc gia', 'STTTT',
     PROG, (50, 70, 90, 100), True,
     {'2021-01': 30.0, '2021-12': 48.0, '2022-07': 55.06, '2022-12': 72.0, '2023-12': 91.0, '2024-05': 100.0,
      '2024-12': 100.0}),
    ('CDS07', 'Tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng', 'STTTT', NAT,
     (70, 80, 85, 90), True,
     {'2021-01': 62.0, '2021-12': 78.0, '2022-12': 86.0, '2023-12': 92.0, '2024-10': 96.2, '2024-12': 96.8}),
    ('CDS08', 'Tỷ lệ hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng', 'STTTT', NAT,
     (50, 60, 70, 80), True,
     {'2021-01': 45.0, '2021-12': 58.0, '2022-12': 69.0, '2023-12': 79.0, '2024-10': 88.5, '2024-12': 89.4}),
    ('CDS09', 'Tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng', 'STTTT', NAT,
     (30, 40, 50, 60), True,
     {'2021-01': 20.0, '2021-12': 31.0, '2022-12': 38.0, '2023-12': 51.0, '2024-06': 56.5, '2024-09': 59.6,
      '2024-10': 60.45, '2024-12': 62.1}),
    ('CDS10', 'Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn thông tin', 'STTTT', NAT,
     (30, 50, 70, 80), True,
     {'2021-01': 10.0, '2021-12': 28.0, '2022-12': 45.0, '2023-12': 55.0, '2024-09': 61.5, '2024-10': 62.5,
      '2024-12': 70.0}),
    ('CDS11', 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số', 'SKHDT', NAT, (10, 15, 20, 30), True,
     {'2021-01': 5.0, '2021-12': 9.0, '2022-12': 13.0, '2023-12': 16.5, '2024-10': 18.9, '2024-12': 19.4}),
    ('CDS12', 'Tỷ lệ người trưởng thành có danh tính điện tử', 'CAT', NAT, (5, 10, 20, 30), True,
     {'2021-01': 0.0, '2021-12': 0.5, '2022-06': 2.0, '2022-12': 9.0, '2023-06': 25.0, '2023-12': 42.0,
      '2024-10': 61.3, '2024-12': 63.0}),
    ('CDS13', 'Tỷ lệ hộ gia đình có kết nối Internet cáp quang băng rộng', 'STTTT', NAT, (60, 70, 80, 85), True,
     {'2021-01': 55.0, '2021-12': 63.0, '2022-12': 72.0, '2023-12': 81.0, '2024-10': 87.2, '2024-12': 87.9}),
    ('CDS14', 'Tỷ lệ người trưởng thành có tài khoản giao dịch thanh toán', 'STC', NAT, (60, 65, 70, 75), True,
     {'2021-01': 55.0, '2021-12': 61.0, '2022-12': 67.0, '2023-12': 74.0, '2024-10': 81.4, '2024-12': 82.3}),
    ('CDS15', 'Tỷ lệ dân số có hồ sơ sức khỏe điện tử', 'SYT', NAT, (10, 30, 60, 80), True,
     {'2021-01': 0.5, '2021-12': 5.0, '2022-12': 20.0, '2023-12': 55.0, '2024-06': 75.0, '2024-10': 84.6,
      '2024-12': 86.0}),
    ('CDS16', 'Tỷ trọng kinh tế số trong GRDP của tỉnh', 'STTTT', NAT, (8, 10, 12, 16), True,
     {'2021-01': 7.0, '2021-12': 7.8, '2022-01': 8.5, '2022-12': 9.6, '2023-01': 10.4, '2023-12': 11.8,
      '2024-01': 12.3, '2024-10': 13.1, '2024-12': 13.4}),
]
MONTHS = [f'{y}-{m:02d}' for y in range(2021, 2025) for m in range(1, 13)]


def build_indicators(procs):
    rng = random.Random(SEED + 6)
    ind_rows, tgt_rows, val_rows = [], [], []
    for code, name, owner, origin, targets, tpub, anchors in INDICATORS:
        ind_rows.append([code, name, 'percent', 'higher', owner, origin, PUB])
        for y, t in zip(range(2021, 2025), targets):
            tgt_rows.append([code, y, f'{t:.2f}', PUB if (y == 2024 and tpub) else SYN])
        pts = sorted((MONTHS.index(k.rstrip('*')), v, k.endswith('*')) for k, v in anchors.items())
        for i, month in enumerate(MONTHS):
            exact = [p for p in pts if p[0] == i]
            if exact:
                v, pub = exact[0][1], exact[0][2]
            else:
                lo = max((p for p in pts if p[0] < i), key=lambda p: p[0])
                hi = min((p for p in pts if p[0] > i), key=lambda p: p[0])
                v = lo[1] + (hi[1] - lo[1]) * (i - lo[0]) / (hi[0] - lo[0])
                # small month-to-month noise, none at a ceiling of 100 or a floor of 0
                v += rng.uniform(-1, 1) * min(0.4, (100 - v) * 0.1, v * 0.1)
                pub = False
            val_rows.append([code, month, f'{min(100.0, max(0.0, v)):.2f}', PUB if pub else SYN])
    tgt_more, val_more = build_indicators_present(val_rows, procs)
    by_code = lambda r: r[0]  # noqa: E731 - rows stay grouped by indicator, in year and month order
    return ind_rows, sorted(tgt_rows + tgt_more, key=by_code), sorted(val_rows + val_more, key=by_code)


# 2025 and 2026. No provincial indicator table was published for them: the targets are the national ones of the
# year (Resolution 01/NQ-CP for 2025; for 2026 the 2025 floor where nothing newer applies, Resolution 71/NQ-CP's
# 90% of services fully online, and steps towards the province's 2030 aims), all synthetic; None = no target that
# year. The values follow the merger of 1 July 2025: a larger province whose figures first drop where the Long An
# side lagged (fibre, security reviews) or the communes' systems were set up again, and the online dossier share
# near the dossier history's after the merger. CDS02 is not listed: it is the procedure catalogue's own rate.
# code: (target 2025, target 2026, anchors {YYYY-MM: value}; the indicator's 2024-12 value anchors the start)
INDICATORS_PRESENT = {
    'CDS01': (50, 80, {'2025-01': 47.9, '2025-06': 50.6, '2025-07': 79.2, '2025-12': 80.6, '2026-06': 81.4,
                       '2026-12': 82.3}),
    'CDS03': (100, 100, {'2025-06': 100.0, '2025-07': 88.0, '2025-08': 93.5, '2025-09': 97.0, '2025-10': 100.0,
                         '2026-12': 100.0}),
    'CDS04': (80, 80, {'2025-06': 38.5, '2025-07': 52.0, '2025-12': 64.8, '2026-06': 72.5, '2026-12': 78.6}),
    'CDS05': (90, 95, {'2025-06': 75.5, '2025-07': 78.0, '2025-12': 84.6, '2026-06': 90.8, '2026-11': 94.6,
                       '2026-12': 95.2}),
    'CDS06': (100, 100, {'2025-06': 100.0, '2025-07': 96.5, '2025-08': 98.2, '2025-09': 100.0, '2026-12': 100.0}),
    'CDS07': (90, 90, {'2025-06': 97.6, '2025-07': 97.0, '2025-12': 98.1, '2026-12': 98.9}),
    # The district level ended on 1 July 2025: its last month is June, and 2026 has no target for it.
    'CDS08': (80, None, {'2025-06': 90.4}),
    'CDS09': (60, 60, {'2025-06': 66.0, '2025-07': 70.5, '2025-12': 81.2, '2026-12': 90.4}),
    'CDS10': (80, 80, {'2025-06': 74.5, '2025-07': 63.0, '2025-12': 71.8, '2026-06': 76.5, '2026-11': 79.4,
                       '2026-12': 80.6}),
    'CDS11': (30, 30, {'2025-06': 21.8, '2025-12': 24.5, '2026-12': 28.6}),
    'CDS12': (30, 30, {'2025-06': 68.5, '2025-07': 66.0, '2025-12': 74.2, '2026-12': 83.5}),
    'CDS13': (85, 85, {'2025-06': 88.6, '2025-07': 84.1, '2025-12': 85.9, '2026-12': 89.2}),
    'CDS14': (75, 75, {'2025-06': 83.4, '2025-07': 82.0, '2025-12': 84.6, '2026-12': 87.5}),
    'CDS15': (80, 80, {'2025-06': 89.0, '2025-07': 86.5, '2025-12': 90.8, '2026-12': 94.6}),
    'CDS16': (18, 20, {'2025-06': 14.1, '2025-07': 14.6, '2025-12': 15.3, '2026-06': 16.2, '2026-12': 17.1}),
}
CDS02_TARGETS = (80, 90)
MONTHS_PRESENT = [f'{y}-{m:02d}' for y in (2025, 2026) for m in range(1, 13)]


def catalogue_rate(procs, day):
    """Per cent of the procedures valid on `day` that qualify for full-process online service and are provided so."""
    valid = [p for p in procs if p[5] <= day and (p[6] is None or day < p[6]) and p[8]]
    return 100.0 * sum(1 for p in valid if p[4] == 4) / len(valid)


def build_indicators_present(val_rows, procs):
    """Targets and monthly values of 2025-2026 (target rows, value rows), from a random stream of their own."""
    rng = random.Random(SEED + 9)
    tgt_rows, rows = [], []
    last = {r[0]: float(r[2]) for r in val_rows if r[1] == '2024-12'}
    for code, *_ in INDICATORS:
        if code == 'CDS02':
            targets = CDS02_TARGETS
            for month in MONTHS_PRESENT:
                y, m = map(int, month.split('-'))
                # The month's value is the catalogue at the month's end; December 2025 is the published F13 rate.
                v = catalogue_rate(procs, month_end(y, m))
                rows.append([code, month, f'{v:.2f}', PUB if month == '2025-12' else SYN])
        else:
            t2025, t2026, anchors = INDICATORS_PRESENT[code]
            targets = (t2025, t2026)
            pts = [(-1, last[code])] + sorted((MONTHS_PRESENT.index(k), v) for k, v in anchors.items())
            for i, month in enumerate(MONTHS_PRESENT):
                if i > pts[-1][0]:
                    break
                exact = [v for j, v in pts if j == i]
                if exact:
                    v = exact[0]
                else:
                    lo = max((p for p in pts if p[0] < i), key=lambda p: p[0])
                    hi = min((p for p in pts if p[0] > i), key=lambda p: p[0])
                    v = lo[1] + (hi[1] - lo[1]) * (i - lo[0]) / (hi[0] - lo[0])
                    v += rng.uniform(-1, 1) * min(0.4, (100 - v) * 0.1, v * 0.1)
                rows.append([code, month, f'{min(100.0, max(0.0, v)):.2f}', SYN])
        for y, t in zip((2025, 2026), targets):
            if t is not None:
                tgt_rows.append([code, y, f'{t:.2f}', SYN])
    return tgt_rows, rows


# ----------------------------------------------------------------------------------------------
# 7. Citizen feedback (PAKN)
# ----------------------------------------------------------------------------------------------
# (first day, last day, exact count): F9 and F2 fix the first two and the 2024 Jan-Sep windows;
# Jan-Sep 2023 = 155 makes 2024 "tăng trên 93%" (306 / 155 = +97%).
FEEDBACK_WINDOWS = [('2020-01-01', '2020-06-10', 62), ('2020-06-11', '2020-09-10', 70),
                    ('2020-09-11', '2020-12-31', 43), ('2021-01-01', '2021-12-31', 185),
                    ('2022-01-01', '2022-12-31', 202), ('2023-01-01', '2023-09-30', 155),
                    ('2023-10-01', '2023-12-31', 57), ('2024-01-01', '2024-09-30', 306),
                    ('2024-10-01', '2024-12-31', 101)]
F9_END = dt.datetime(2020, 9, 10, 23, 59)
F9_DIRECT = 95  # of the 132 received 2020-01-01 .. 2020-09-10; the other 37 were forwarded
SEED_END = dt.datetime(2024, 12, 31, 23, 59)
TET = {2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10',
       2025: '2025-01-29', 2026: '2026-02-17'}
HOLIDAYS = {'04-30', '05-01', '09-02', '01-01'}
CHANNEL_WEIGHTS = {2020: (30, 35, 20, 15), 2021: (30, 32, 18, 20), 2022: (30, 28, 16, 26),
                   2023: (30, 24, 16, 30), 2024: (30, 20, 15, 35), 2025: (31, 18, 13, 38), 2026: (32, 16, 12, 40)}
CHANNELS = ['nationalPortal', 'provincialPortal', 'hotline', 'zalo']
P_DIRECT = {2020: 0.72, 2021: 0.6, 2022: 0.45, 2023: 0.3, 2024: 0.045, 2025: 0.2, 2026: 0.3}
P_AGENCY_ANSWER = {2020: 0.9, 2021: 0.8, 2022: 0.65, 2023: 0.45, 2024: 0.02, 2025: 0.55, 2026: 0.75}
AGENCY_FEEDBACK_WEIGHT = {'STNMT': 10, 'SGTVT': 8, 'SKHDT': 6, 'SLDTBXH': 6, 'SXD': 5, 'STP': 5, 'CAT': 5,
                          'SYT': 4, 'SGDDT': 3, 'SNNPTNT': 2, 'SCT': 2, 'SVHTTDL': 1.5, 'STC': 1.5, 'SNV': 1.5,
                          'STTTT': 1.5, 'BQLKKT': 1.2, 'SKHCN': 0.7}
DISTRICT_FEEDBACK_WEIGHT = {'703': 1.3, '705': 0.9, '706': 1.0, '707': 1.0, '708': 1.1, '709': 1.2, '710': 1.2,
                            '711': 0.7, '712': 1.3}
SUBJECTS = [  # (template, weight before 2022, weight from 2022)
    ('Phản ánh việc chậm trả kết quả {t}.', 5, 5),
    ('Hỏi về thành phần hồ sơ thủ tục {t}.', 4, 3),
    ('Hỏi về thời hạn giải quyết thủ tục {t}.', 3, 2),
    ('Phản ánh việc yêu cầu nộp thêm giấy tờ ngoài quy định khi {t}.', 3, 3),
    ('Đề nghị hướng dẫn nộp hồ sơ trực tuyến thủ tục {t}.', 1, 3),
    ('Phản ánh không nộp được hồ sơ trực tuyến thủ tục {t} trên Cổng Dịch vụ công.', 1, 4),
    ('Kiến nghị rút ngắn thời gian giải quyết thủ tục {t}.', 2, 2),
    ('Hỏi về mức thu phí, lệ phí thủ tục {t}.', 2, 2),
    ('Phản ánh hồ sơ {t} bị trả lại nhiều lần.', 2, 2),
    ('Đề nghị cho biết tiến độ giải quyết hồ sơ {t}.', 3, 3),
    ('Phản ánh thái độ của công chức khi tiếp nhận hồ sơ {t}.', 2, 1),
    ('Phản ánh không thanh toán trực tuyến được lệ phí thủ tục {t}.', 0, 2),
]
FEEDBACK_HEADER = ['external_id', 'received_at', 'channel', 'unit_code', 'subject', 'forwarded_at', 'answered_at',
                   'answered_online', 'source']


def day_weight(day):
    w = {5: 0.35, 6: 0.2}.get(day.weekday(), 1.0)
    tet = D(TET[day.year])
    if -3 <= (day - tet).days <= 6:
        w *= 0.15
    if day.strftime('%m-%d') in HOLIDAYS:
        w *= 0.3
    return w


def office_time(rng, day):
    """A minute within office hours (07:30-11:30, 13:30-17:00)."""
    m = rng.randint(0, 239 + 210)
    m = 7 * 60 + 30 + m if m < 240 else 13 * 60 + 30 + (m - 240)
    return dt.datetime.combine(day, dt.time(m // 60, m % 60))


def next_office(rng, t):
    """t itself if inside office hours on a weekday, else a time early in the next office period."""
    day = t.date()
    mins = t.hour * 60 + t.minute
    if day.weekday() < 5 and (450 <= mins <= 690 or 810 <= mins <= 1020):
        return t
    if day.weekday() < 5 and mins < 450:
        start = dt.time(7, 30)
    elif day.weekday() < 5 and 690 < mins < 810:
        start = dt.time(13, 30)
    else:
        day += dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        start = dt.time(7, 30)
    return dt.datetime.combine(day, start) + dt.timedelta(minutes=rng.randint(0, 120))


def within(rng, received, t, bound):
    """t, or (when t would be after bound) the earliest office time, or failing that a time soon after
    receipt: items received just before a reporting cut-off are handled at once."""
    if t <= bound:
        return t
    t = next_office(rng, received + dt.timedelta(minutes=20))
    if t <= bound:
        return t
    span = int((bound - received).total_seconds() // 60)
    return received + dt.timedelta(minutes=rng.randint(min(15, span), min(90, span)))


def iso(t):
    return None if t is None else t.strftime('%Y-%m-%dT%H:%M:00+07:00')


def petition_arrival(rng, day):
    """The channel and instant of a petition received on `day`: portals and Zalo also in the evening and at weekends."""
    ch = rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS[day.year])[0]
    if day.weekday() >= 5 and ch == 'hotline':
        ch = rng.choice(['nationalPortal', 'provincialPortal', 'zalo'])
    if ch != 'hotline' and (day.weekday() >= 5 or rng.random() < 0.2):
        m = rng.randint(8 * 60, 21 * 60 + 59) if day.weekday() >= 5 else rng.randint(17 * 60 + 30, 21 * 60 + 59)
        received = dt.datetime.combine(day, dt.time(m // 60, m % 60))
    else:
        received = office_time(rng, day)
    return ch, received


def petition_steps(rng, received, direct, year, bound, horizon):
    """Answered online at once (`direct`), or forwarded to the agency concerned, which may answer by `horizon`."""
    fwd = ans = online = None
    if direct:
        t = next_office(rng, received + dt.timedelta(hours=rng.uniform(2, 24 * rng.choice([1, 2, 4, 7]))))
        ans, online = within(rng, received, t, bound), True
    else:
        t = next_office(rng, received + dt.timedelta(hours=rng.uniform(1, 72)))
        fwd = within(rng, received, t, bound)
        if rng.random() < P_AGENCY_ANSWER[year]:
            t = next_office(rng, fwd + dt.timedelta(days=rng.uniform(3, 45)))
            if t <= horizon:
                ans, online = t, False
    return dict(fwd=fwd, ans=ans, online=online)


def build_feedback(org_rows, proc_rows):
    rng = random.Random(SEED + 7)
    units = [dict(code=r[0], kind=r[2], parent=r[3], vf=D(r[4]), vt=D(r[5]) if r[5] else None) for r in org_rows]

    def valid(u, day):
        return u['vf'] <= day and (u['vt'] is None or day < u['vt'])

    # topics (short procedure names) per (field, level), from procedures valid throughout 2020-2024
    topics = {}
    for code, name, field, level, online, vf, vt, portal, eligible, src in proc_rows:
        if vf <= D('2020-01-01') and (vt is None or vt > D('2024-12-31')) and len(name) <= 60 and '(' not in name:
            topics.setdefault((field, level), []).append(name[0].lower() + name[1:])
    owner_fields = {}
    for f in FIELDS:
        if f[7] > 0:
            owner_fields.setdefault(f[2], []).append(f[0])

    def pick_unit(day):
        r = rng.random()
        if r < 0.5:
            codes = list(AGENCY_FEEDBACK_WEIGHT)
            return rng.choices(codes, weights=[AGENCY_FEEDBACK_WEIGHT[c] for c in codes])[0], 'agency'
        if r < 0.83:
            d = rng.choices(list(DISTRICT_FEEDBACK_WEIGHT), weights=list(DISTRICT_FEEDBACK_WEIGHT.values()))[0]
            cands = [u['code'] for u in units if u['kind'] == 'district' and u['code'][:3] == d and valid(u, day)]
            return cands[0], 'district'
        cands = [u['code'] for u in units if u['kind'] == 'commune' and valid(u, day)]
        return rng.choice(cands), 'commune'

    def subject(unit, kind, year):
        if kind == 'agency':
            field = rng.choice(owner_fields[unit])
            level = 'province'
        else:
            level = kind
            fs = [f for f in FIELDS if field_weight(f[0], level) > 0 and (f[0], level) in topics]
            field = rng.choices([f[0] for f in fs], weights=[field_weight(f[0], level) for f in fs])[0]
        t = rng.choice(topics[(field, level)])
        tpl = rng.choices(SUBJECTS, weights=[s[1] if year < 2022 else s[2] for s in SUBJECTS])[0][0]
        return tpl.format(t=t)

    items = []
    for first, last, n in FEEDBACK_WINDOWS:
        days = [D(first) + dt.timedelta(days=i) for i in range((D(last) - D(first)).days + 1)]
        picked = sorted(rng.choices(days, weights=[day_weight(x) for x in days], k=n))
        for day in picked:
            ch, received = petition_arrival(rng, day)
            unit, kind = pick_unit(day)
            items.append(dict(received=received, channel=ch, unit=unit, subject=subject(unit, kind, day.year)))
    items.sort(key=lambda x: x['received'])

    f9 = [x for x in items if x['received'] <= F9_END]
    direct_ids = set(rng.sample(range(len(f9)), F9_DIRECT))
    for i, x in enumerate(items):
        y = x['received'].year
        in_f9 = x['received'] <= F9_END
        bound = F9_END if in_f9 else SEED_END
        direct = (i in direct_ids) if in_f9 else rng.random() < P_DIRECT[y]
        x.update(petition_steps(rng, x['received'], direct, y, bound, SEED_END))

    rows, per_year = [], {}
    for x in items:
        y = x['received'].year
        per_year[y] = per_year.get(y, 0) + 1
        rows.append([f'PAKN-{y}-{per_year[y]:04d}', iso(x['received']), x['channel'], x['unit'], x['subject'],
                     iso(x['fwd']), iso(x['ans']), x['online'], SYN])
    return rows


# From 2025 to the end of 2026 (all synthetic): the old province's volume until the merger, then the new province's,
# about four times the old one's; units valid on each petition's day (the 96 communes and wards from 1 July 2025);
# answered far more often than in 2024, as the new province's handling of petitions improved.
FEEDBACK_PRESENT_WINDOWS = [('2025-01-01', '2025-06-30', 236), ('2025-07-01', '2025-12-31', 760),
                            ('2026-01-01', '2026-12-31', 1600)]
FEEDBACK_HORIZON = dt.datetime(2026, 12, 31, 23, 59)
AGENCY_SHARE_MERGED = 0.35  # the rest concern the communes and wards
COMMUNE_KIND_WEIGHT = {'Phường': 1.5, 'Xã': 1.0}
SUBJECTS_MERGED = [  # (template, weight) added to SUBJECTS' weights from 2022 after the merger
    ('Hỏi nơi tiếp nhận hồ sơ thủ tục {t} sau khi sắp xếp đơn vị hành chính.', 3),
    ('Phản ánh chưa tra cứu được hồ sơ {t} nộp trước ngày 01/7/2025.', 2),
    ('Đề nghị hướng dẫn nộp hồ sơ {t} tại Trung tâm Phục vụ hành chính công xã, phường.', 2),
]


def continue_feedback(rows, org_rows, proc_rows):
    """The petitions of 2025-2026 appended to `rows`, from a random stream of their own."""
    rng = random.Random(SEED + 11)
    reorg = D(REORG_DATE)
    units = [dict(code=r[0], name=r[1], kind=r[2], vf=D(r[4]), vt=D(r[5]) if r[5] else None) for r in org_rows]

    def valid(u, day):
        return u['vf'] <= day and (u['vt'] is None or day < u['vt'])

    def topics_on(day):
        out = {}
        for code, name, field, level, online, vf, vt, portal, eligible, src in proc_rows:
            if vf <= day and (vt is None or day < vt) and len(name) <= 60 and '(' not in name:
                out.setdefault((field, level), []).append(name[0].lower() + name[1:])
        return out

    eras = {False: topics_on(reorg - dt.timedelta(days=1)), True: topics_on(reorg)}
    owner_fields = {}
    for f in FIELDS:
        if f[7] > 0:
            owner_fields.setdefault(f[2], []).append(f[0])
    agencies = list(AGENCY_FEEDBACK_WEIGHT)

    def pick_unit(day):
        r = rng.random()
        merged = day >= reorg
        if r < (AGENCY_SHARE_MERGED if merged else 0.5):
            return rng.choices(agencies, weights=[AGENCY_FEEDBACK_WEIGHT[c] for c in agencies])[0], 'agency'
        if not merged and r < 0.83:
            d = rng.choices(list(DISTRICT_FEEDBACK_WEIGHT), weights=list(DISTRICT_FEEDBACK_WEIGHT.values()))[0]
            return next(u['code'] for u in units if u['kind'] == 'district' and u['code'][:3] == d and valid(u, day)), \
                'district'
        cands = [u for u in units if u['kind'] == 'commune' and valid(u, day)]
        weights = [COMMUNE_KIND_WEIGHT.get(u['name'].split(' ')[0], 1.0) for u in cands] if merged else None
        return rng.choices(cands, weights=weights)[0]['code'], 'commune'

    def subject(unit, kind, day):
        merged = day >= reorg
        topics = eras[merged]
        if kind == 'agency':
            field = rng.choice([f for f in owner_fields[unit] if (f, 'province') in topics])
            level = 'province'
        else:
            level = kind
            # After the merger the communes also handle what the district level did.
            weight = (lambda f: field_weight(f, 'district') + field_weight(f, 'commune')) if merged \
                else (lambda f: field_weight(f, level))
            fs = [f[0] for f in FIELDS if weight(f[0]) > 0 and (f[0], level) in topics]
            field = rng.choices(fs, weights=[weight(f) for f in fs])[0]
        t = rng.choice(topics[(field, level)])
        templates = [(x[0], x[2]) for x in SUBJECTS] + (SUBJECTS_MERGED if merged else [])
        return rng.choices(templates, weights=[w for _, w in templates])[0][0].format(t=t)

    items = []
    for first, last, n in FEEDBACK_PRESENT_WINDOWS:
        days = [D(first) + dt.timedelta(days=i) for i in range((D(last) - D(first)).days + 1)]
        for day in sorted(rng.choices(days, weights=[day_weight(x) for x in days], k=n)):
            ch, received = petition_arrival(rng, day)
            unit, kind = pick_unit(day)
            items.append(dict(received=received, channel=ch, unit=unit, subject=subject(unit, kind, day)))
    items.sort(key=lambda x: x['received'])
    per_year = {}
    for x in items:
        y = x['received'].year
        x.update(petition_steps(rng, x['received'], rng.random() < P_DIRECT[y], y, FEEDBACK_HORIZON, FEEDBACK_HORIZON))
        per_year[y] = per_year.get(y, 0) + 1
        rows.append([f'PAKN-{y}-{per_year[y]:04d}', iso(x['received']), x['channel'], x['unit'], x['subject'],
                     iso(x['fwd']), iso(x['ans']), x['online'], SYN])
    return rows


# ----------------------------------------------------------------------------------------------
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}
    org, successors, revisions = build_org_units()
    counts['org_units.csv'] = write_csv('org_units.csv', ORG_HEADER, org)
    counts['org_unit_successors.csv'] = write_csv('org_unit_successors.csv', SUCCESSOR_HEADER, successors)
    counts['org_unit_revisions.csv'] = write_csv('org_unit_revisions.csv', REVISION_HEADER, revisions)
    counts['fields.csv'] = write_csv(
        'fields.csv',
        ['code', 'name', 'owner_agency_code', 'due_days_min', 'due_days_max', 'speed', 'late_weight',
         'weight_province', 'weight_district', 'weight_commune', 'source'],
        [list(f) + [SYN] for f in FIELDS])
    procs = build_procedures()
    counts['procedures.csv'] = write_csv('procedures.csv', PROC_HEADER, procs)
    counts['reform_areas.csv'] = write_csv('reform_areas.csv', ['code', 'name', 'is_reform_area', 'source'],
                                           [list(a) for a in REFORM_AREAS])
    counts['reform_tasks.csv'] = write_csv(
        'reform_tasks.csv',
        ['code', 'title', 'area_code', 'lead_agency_code', 'co_agency_codes', 'start_date', 'deadline',
         'completion_reported_on', 'completion_confirmed_on', 'source'],
        build_reform_tasks())
    ind, tgt, val = build_indicators(procs)
    counts['indicators.csv'] = write_csv(
        'indicators.csv', ['code', 'name', 'unit', 'direction', 'owner_agency_code', 'origin', 'source'], ind)
    counts['indicator_targets.csv'] = write_csv('indicator_targets.csv',
                                                ['indicator_code', 'year', 'target', 'source'], tgt)
    counts['indicator_values.csv'] = write_csv('indicator_values.csv',
                                               ['indicator_code', 'period', 'value', 'source'], val)
    counts['feedback.csv'] = write_csv('feedback.csv', FEEDBACK_HEADER,
                                       continue_feedback(build_feedback(org, procs), org, procs))
    for name, n in counts.items():
        print(f'{name}: {n} rows')


if __name__ == '__main__':
    main()
