#!/usr/bin/env python3
"""Makes name-pairs.csv, the labelled enterprise-name pairs the matcher is measured on (seeded, reproducible).

Each pair is (name as a record writes it, name in the registry, same enterprise 1/0, variation). Registered names
follow the legal structure 行政区划 + 字号 + 行业 + 组织形式 (企业名称登记管理规定); the written forms reproduce what
complaints, cases, recalls and listings contain: width and bracket variants, spaces, 有限公司/有限责任公司/股份公司
variants, the region left out or put in brackets, the legal form left out, trade name plus industry only. Negatives
are the hard cases a registry holds: a trade name one character apart, the same trade name in another industry or
another region, and the branch (分公司/门店) of the same company, which is a registrant of its own.
"""
import csv, random, unicodedata

random.seed(20261129)
regions = list(csv.DictReader(open('regions-hunan.csv', encoding='utf-8')))
prefs = [r for r in regions if r['level'] == 'prefecture']
counties = [r for r in regions if r['level'] == 'county']
def short(n):
    return '湘西' if n.endswith('土家族苗族自治州') else n[:-1]
TRADE = '鑫华盛达兴隆宏源泰恒瑞丰祥福康嘉和信诚德顺利金宇天海东南湘楚岳韶潇沅澧衡星辰湖光明新远景创佳优美安润益聚博福万通永昌友谊三联正大'
INDUSTRY = ['食品', '玩具', '电器', '建材', '纺织', '陶瓷', '烟花', '鞭炮', '化妆品', '家具', '电线电缆', '机械', '科技', '农业开发',
            '医药', '电动车', '服饰', '塑料制品', '五金', '茶业', '米业', '油脂', '酒业', '乳业', '饮料', '包装材料']
FORMS = ['有限公司'] * 6 + ['有限责任公司'] * 2 + ['股份有限公司']

def trade():
    return ''.join(random.sample(TRADE, 2))

def registered():
    p = random.choice(prefs)
    c = random.choice([x for x in counties if x['parent_code'] == p['code']])
    where = random.choice(['湖南', '湖南省', short(p['name']), p['name'], c['name']])
    return dict(region=where, pref=p, county=c, trade=trade(), industry=random.choice(INDUSTRY), form=random.choice(FORMS))

def name(e, region=None, form=None):
    return (e['region'] if region is None else region) + e['trade'] + e['industry'] + (e['form'] if form is None else form)

def fullwidth(s):
    return ''.join(chr(ord(ch) + 0xFEE0) if '!' <= ch <= '~' else ch for ch in s)

def positive(e):
    n = name(e)
    kind = random.choice(['exact', 'width', 'space', 'form', 'noregion', 'noform', 'bracketregion', 'short', 'prefix',
                          'noindustry', 'homophone'])
    if kind == 'exact':
        w = n
    elif kind == 'width':
        w = fullwidth(n).replace('(', '（').replace(')', '）')
        w = w if w != n else n + ' '
    elif kind == 'space':
        w = n[:2] + ' ' + n[2:] + ' '
    elif kind == 'form':
        swap = {'有限公司': '有限责任公司', '有限责任公司': '有限公司', '股份有限公司': '股份公司'}
        w = name(e, form=swap[e['form']])
    elif kind == 'noregion':
        w = name(e, region='')
    elif kind == 'noform':
        w = name(e, form=random.choice(['', '公司']))
    elif kind == 'bracketregion':
        w = e['trade'] + e['industry'] + '（' + e['region'].replace('省', '') + '）' + e['form']
    elif kind == 'short':
        w = e['trade'] + e['industry']
    elif kind == 'noindustry':  # 湖南鑫华有限公司 for 湖南鑫华食品有限公司: the industry word left out
        w = e['region'] + e['trade'] + e['form']
    elif kind == 'homophone':  # the industry word as people often write it: 茶叶 for 茶业, 电气 for 电器 …
        written = {'茶业': '茶叶', '电器': '电气', '家具': '家俱', '化妆品': '化装品', '米业': '米叶', '酒业': '酒叶',
                   '乳业': '乳叶', '五金': '五今', '陶瓷': '陶磁', '烟花': '焰花'}.get(e['industry'], e['industry'][:-1] + '业')
        w = name(dict(e, industry=written))
    else:  # the province written before a prefecture or county prefix
        w = ('湖南' + n) if not e['region'].startswith('湖南') else n.replace('湖南省', '湖南', 1)
    return w, n, 1, kind

def negative(e):
    n = name(e)
    kind = random.choice(['trade1', 'trade1', 'industry', 'region', 'branch', 'branch', 'other', 'noindustry'])
    if kind == 'noindustry':  # the record leaves the industry out and the registry has the trade name in two trades
        other = random.choice([i for i in INDUSTRY if i != e['industry']])
        return e['region'] + e['trade'] + e['form'], name(dict(e, industry=other)), 0, kind
    if kind == 'trade1':
        t = e['trade']
        other = t[0] + random.choice([c for c in TRADE if c != t[1]]) if random.random() < .5 else \
            random.choice([c for c in TRADE if c != t[0]]) + t[1]
        reg = name(dict(e, trade=other))
        w = random.choice([n, positive(e)[0]])
        return w, reg, 0, kind
    if kind == 'industry':
        reg = name(dict(e, industry=random.choice([i for i in INDUSTRY if i != e['industry']])))
        return positive(e)[0], reg, 0, kind
    if kind == 'region':
        p2 = random.choice([p for p in prefs if p['code'] != e['pref']['code']])
        reg = name(e, region=short(p2['name']))
        w = name(e, region=random.choice([short(e['pref']['name']), e['pref']['name']]))
        return w, reg, 0, kind
    if kind == 'branch':
        branch = random.choice([e['county']['name'] + '分公司', short(e['pref']['name']) + '分公司', e['county']['name'] + '店',
                                '第一分店', e['county']['name'] + '经营部'])
        if random.random() < .5:
            return n + branch, n, 0, kind  # the branch written, the head office registered
        return n, n + branch, 0, kind
    f = registered()
    return positive(e)[0], name(f), 0, kind

rows = []
while len(rows) < 700:
    e = registered()
    rows.append(positive(e) if random.random() < .5 else negative(e))
with open('name-pairs.csv', 'w', encoding='utf-8', newline='') as out:
    w = csv.writer(out)
    w.writerow(['written', 'registered', 'same', 'variation'])
    w.writerows(rows)
print(len(rows), sum(r[2] for r in rows))
