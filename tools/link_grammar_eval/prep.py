#!/usr/bin/env python3
"""Builds the sentence files: dev_sents.txt (gold dev event sentences, split
into single sentences) and news_sents.txt (200 random longer sentences from
20news sci.space)."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', '..', 'corpus', 'gold', 'dev')   # dev third only
NEWS = os.path.join(HERE, '..', '..', '..', 'shared', 'corpora', '20news', 'sci.space')
ABBR = set('''jan feb mar apr jun jul aug sep sept oct nov dec fla calif ariz tex mass md va wash
mr mrs ms dr st gen col lt sen rep gov jr sr no inc corp co ltd vs etc approx est dept univ'''.split())

def split_sentences(text):
    text = re.sub(r'\s+', ' ', text).strip()
    out, start = [], 0
    for m in re.finditer(r'[.!?]["\')]*\s+(?=["\'(]?[A-Z0-9])', text):
        end = m.start() + 1
        word = re.findall(r'(\S+)$', text[start:end])
        w = word[0] if word else ''
        core = w.rstrip('.').lower().lstrip('"(\'')
        if text[m.start()] == '.' and (core in ABBR or re.fullmatch(r'([a-z]\.)*[a-z]', core)):
            continue  # Feb. / U.S. / a.m.
        out.append(text[start:m.end()].strip()); start = m.end()
    if text[start:].strip(): out.append(text[start:].strip())
    return out

def dev():
    sents = []
    for f in sorted(glob.glob(GOLD + '/*.json')):
        d = json.load(open(f))
        for e in d['events']:
            if e.get('sentence'):
                sents.extend(split_sentences(e['sentence']))
    return list(dict.fromkeys(sents))

def news(n=200, seed=7):
    pool = []
    for f in sorted(glob.glob(NEWS + '/*')):
        raw = open(f, errors='replace').read()
        body = raw.split('\n\n', 1)[1] if '\n\n' in raw else raw
        lines = [l for l in body.split('\n') if not re.match(r'\s*(>|\||:|[A-Za-z]+>|In article|--\s*$)', l)]
        for para in '\n'.join(lines).split('\n\n'):
            for s in split_sentences(para):
                n_words = len(s.split())
                if 20 <= n_words <= 80 and sum(c.isalpha() for c in s) > 0.7 * len(s.replace(' ', '')):
                    pool.append(s)
    pool = sorted(set(pool))
    random.Random(seed).shuffle(pool)
    return pool[:n]

if __name__ == '__main__':
    d = dev(); open('dev_sents.txt', 'w').write('\n'.join(d) + '\n')
    n = news(); open('news_sents.txt', 'w').write('\n'.join(n) + '\n')
    print(len(d), 'dev sentences;', len(n), 'news sentences')
