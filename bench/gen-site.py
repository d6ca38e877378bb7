#!/usr/bin/env python3
"""Generate a deterministic Thai municipal test site for the crawl benchmark (stdlib only).

Usage: gen-site.py OUTDIR [--pages 5000] [--seed 2568] [--page-kb 25]

Writes the fixture format (fixtures/README.md): OUTDIR/site.json, OUTDIR/www/... and
OUTDIR/expected-depths.json = {"pages": {path: clicks}, "documents": {path: clicks}, "stats": {...}}.

Shape of the site (page 0 is the homepage "/"):
  * tree: page i links to its children 5i+1 .. 5i+5 (tree depth 6 for 5,000 pages);
  * 3 pseudo-random "related" links per page (seeded RNG), which make many pages reachable in
    fewer clicks than through the tree;
  * the same menu on every page: ~20 links (homepage, top sections, a few fixed deep pages,
    one PDF, an in-page skip link);
  * about one page in four links to a PDF (a small valid PDF file), some PDFs from two pages;
  * a footer with a few outbound links (never to be fetched);
  * about 25 KB of Thai UTF-8 HTML per page, <meta charset="utf-8">, no charset in the header.

Depths are computed here by breadth-first search over exactly the links written into the pages
(every link costs one click; the homepage is 0).
"""
import argparse
import json
import os
import random
import sys
from collections import deque

SECTIONS = [
    ("news", "ข่าวประชาสัมพันธ์"),
    ("procurement", "ประกาศจัดซื้อจัดจ้าง"),
    ("activity", "กิจกรรมเทศบาล"),
    ("announce", "ประกาศเทศบาล"),
    ("ita", "การเปิดเผยข้อมูลสาธารณะ (OIT)"),
    ("plan", "แผนพัฒนาท้องถิ่น"),
    ("budget", "ข้อบัญญัติงบประมาณ"),
    ("service", "คู่มือการให้บริการประชาชน"),
]

WORDS = (
    "เทศบาลตำบล องค์การบริหารส่วนตำบล ประกาศ ประชาสัมพันธ์ โครงการ ก่อสร้าง ถนนคอนกรีตเสริมเหล็ก "
    "หมู่ที่ งบประมาณ ประจำปี พ.ศ. การจัดซื้อจัดจ้าง วิธีเฉพาะเจาะจง ราคากลาง ผู้ชนะการเสนอราคา "
    "ประชาชน ผู้สูงอายุ เบี้ยยังชีพ คนพิการ การจัดเก็บภาษี ภาษีที่ดินและสิ่งปลูกสร้าง ป้าย "
    "สำนักปลัด กองคลัง กองช่าง กองการศึกษา กองสาธารณสุขและสิ่งแวดล้อม ศูนย์พัฒนาเด็กเล็ก "
    "รายงานผลการดำเนินงาน แผนการดำเนินงาน แผนพัฒนาท้องถิ่น ข้อบัญญัติ การประชุมสภา "
    "นายกเทศมนตรี ปลัดเทศบาล รองนายก สมาชิกสภา ผู้บริหาร คณะกรรมการ ตรวจรับพัสดุ "
    "การป้องกันการทุจริต มาตรการส่งเสริมคุณธรรม ความโปร่งใส การเปิดเผยข้อมูล ช่องทางแจ้งเรื่องร้องเรียน "
    "การบริหารทรัพยากรบุคคล การประเมินผลการปฏิบัติราชการ สถิติการให้บริการ ความพึงพอใจ "
    "ไตรมาส ตุลาคม พฤศจิกายน ธันวาคม มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน "
    "กรกฎาคม สิงหาคม กันยายน ดาวน์โหลด รายละเอียด เพิ่มเติม คลิก ที่นี่ เอกสารแนบ "
    "ระบบประปา ไฟฟ้าสาธารณะ การระบายน้ำ ขยะมูลฝอย การป้องกันและบรรเทาสาธารณภัย "
    "วันเด็กแห่งชาติ ประเพณีลอยกระทง สงกรานต์ รดน้ำดำหัวผู้สูงอายุ ฉีดวัคซีน ไข้เลือดออก "
    "ได้ดำเนินการ เรียบร้อยแล้ว จึงประกาศมาเพื่อทราบโดยทั่วกัน ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป "
    "ณ สำนักงาน ในวันและเวลาราชการ สอบถามรายละเอียด โทรศัพท์ ตำบล อำเภอ จังหวัด"
).split()

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
          "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]

PDF_TEMPLATE = (
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
    "4 0 obj<</Length {n}>>stream\n{s}\nendstream endobj\n"
    "trailer<</Root 1 0 R>>\n%%EOF\n"
)


def page_path(i):
    """URL path of page i: '/', '/sec/i/' (a folder with index.html) or '/sec/sec-i.html'."""
    if i == 0:
        return "/"
    sec = SECTIONS[i % len(SECTIONS)][0]
    if i % 3 == 0:
        return f"/{sec}/{i}/"
    return f"/{sec}/{sec}-{i}.html"


def page_file(path):
    rel = path.lstrip("/")
    return rel + "index.html" if path.endswith("/") else rel


def pdf_path(k):
    return f"/files/doc-{k:05d}.pdf"


def thai_date(rng):
    d = rng.randint(1, 28)
    m = rng.choice(MONTHS)
    y = rng.choice([2566, 2567, 2568])
    return f"{d} {m} {y}".translate(THAI_DIGITS) if rng.random() < 0.3 else f"{d} {m} {y}"


def sentence(rng):
    n = rng.randint(8, 18)
    return " ".join(rng.choice(WORDS) for _ in range(n))


def title_of(i, rng_title):
    sec_th = SECTIONS[i % len(SECTIONS)][1]
    return f"{sec_th} เรื่องที่ {i} {rng_title.choice(WORDS)} {rng_title.choice(WORDS)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=2568)
    ap.add_argument("--page-kb", type=int, default=25)
    ap.add_argument("--children", type=int, default=5)
    ap.add_argument("--random-links", type=int, default=3)
    a = ap.parse_args()
    n = a.pages
    rng = random.Random(a.seed)

    # ---- link structure --------------------------------------------------------------------
    titles = {}
    trng = random.Random(a.seed + 1)
    for i in range(n):
        titles[i] = title_of(i, trng) if i else "หน้าหลัก"
    children = {i: [c for c in range(a.children * i + 1, a.children * i + a.children + 1) if c < n]
                for i in range(n)}
    tree_depth = {0: 0}
    for i in range(1, n):
        tree_depth[i] = tree_depth[(i - 1) // a.children] + 1
    randoms = {i: [rng.randrange(1, n) for _ in range(a.random_links)] for i in range(n)}
    # menu: homepage, the top sections (pages 1..5), a few fixed deeper pages (like ITA hubs)
    menu_pages = [0] + list(range(1, min(n, 6)))
    for j in range(12):
        p = (n // 13) * (j + 1) + 7 + j
        if p < n and p not in menu_pages:
            menu_pages.append(p)
    n_pdf = max(1, n // 4)
    menu_pdf = 0
    pdfs = {}
    for i in range(n):
        if i % 4 == 1:
            ks = [i // 4 % n_pdf]
            if i % 20 == 1:
                ks.append(rng.randrange(n_pdf))  # some PDFs are linked from two pages
            pdfs[i] = ks
        else:
            pdfs[i] = []

    def out_links(i):
        pages = list(menu_pages) + children[i] + randoms[i]
        docs = [menu_pdf] + pdfs[i]
        return pages, docs

    # ---- exact BFS depths over exactly these links ------------------------------------------
    depth = {0: 0}
    doc_depth = {}
    q = deque([0])
    while q:
        u = q.popleft()
        pages, docs = out_links(u)
        for v in pages:
            if v not in depth:
                depth[v] = depth[u] + 1
                q.append(v)
        for k in docs:
            if k not in doc_depth:
                doc_depth[k] = depth[u] + 1
    unreachable = [i for i in range(n) if i not in depth]
    if unreachable:
        sys.exit(f"generator bug: {len(unreachable)} pages unreachable")
    via_random = sum(1 for i in range(n) if depth[i] < tree_depth[i])
    # pages every one of whose shortest paths ends with a random ("related") link
    last_kind = {}
    for u in range(n):
        for kind, vs in (("menu", menu_pages), ("tree", children[u]), ("random", randoms[u])):
            for v in vs:
                if depth[u] + 1 == depth[v]:
                    last_kind.setdefault(v, set()).add(kind)
    via_random_only = sum(1 for ks in last_kind.values() if ks == {"random"})

    # ---- text pool -------------------------------------------------------------------------
    prng = random.Random(a.seed + 2)
    paragraphs = [" ".join(sentence(prng) for _ in range(prng.randint(3, 6))) for _ in range(400)]

    os.makedirs(os.path.join(a.outdir, "www", "files"), exist_ok=True)
    site = {"hosts": [{"name": "www", "dir": "www"}], "homepage": {"host": "www", "path": "/"}, "routes": []}
    with open(os.path.join(a.outdir, "site.json"), "w", encoding="utf-8") as f:
        json.dump(site, f)

    target = a.page_kb * 1024
    menu_html = ['<ul class="nav" id="menu">',
                 '<li><a href="#content">ข้ามไปยังเนื้อหา</a></li>',
                 '<li><a href="/">หน้าหลัก</a></li>']
    for p in menu_pages[1:]:
        href = page_path(p)
        if p % 2 == 0:
            href = "{{host:www}}" + href  # absolute URL form, expanded by the fixture server
        menu_html.append(f'<li><a href="{href}">{titles[p].split(" เรื่องที่")[0]} {p}</a></li>')
    menu_html.append(f'<li><a href="{pdf_path(menu_pdf)}">คู่มือประชาชน (PDF)</a></li>')
    menu_html.append("</ul>")
    menu_html = "\n".join(menu_html)
    footer = ('<div class="footer"><p>เทศบาลตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง โทรศัพท์ ๐-๔๔๑๒-๓๔๕๖</p>'
              '<a href="https://www.facebook.com/example.municipality">Facebook</a> '
              '<a href="https://www.nacc.go.th/">สำนักงาน ป.ป.ช.</a> '
              '<a href="http://www.dla.go.th/">กรมส่งเสริมการปกครองท้องถิ่น</a>'
              '<a href="mailto:saraban@example.go.th">ติดต่อเรา</a></div>')

    total = 0
    for i in range(n):
        r = random.Random(a.seed * 100003 + i)
        path = page_path(i)
        parts = [
            "<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n",
            f"<title>{titles[i]} - เทศบาลตำบลตัวอย่าง</title>\n",
            '<link rel="stylesheet" href="/css/style.css">\n</head>\n<body>\n',
            '<div class="header"><h1>เทศบาลตำบลตัวอย่าง</h1></div>\n', menu_html, "\n",
            f'<div id="content"><h2>{titles[i]}</h2>\n',
            f"<p class=\"date\">ประกาศเมื่อ {thai_date(r)}</p>\n",
        ]
        # table of child / related pages, as a municipality's list of announcements
        parts.append('<table class="list"><tr><th>ลำดับ</th><th>เรื่อง</th><th>วันที่</th></tr>\n')
        for k, c in enumerate(children[i], 1):
            parts.append(f'<tr><td>{k}</td><td><a href="{page_path(c)}">{titles[c]}</a></td>'
                         f"<td>{thai_date(r)}</td></tr>\n")
        parts.append("</table>\n")
        for k in pdfs[i]:
            parts.append(f'<p>เอกสารแนบ: <a href="{pdf_path(k)}">ดาวน์โหลดเอกสาร {k} (PDF)</a></p>\n')
        body_len = sum(len(p.encode("utf-8")) for p in parts) + len(footer.encode("utf-8")) + 2500
        rel_html = ['<div class="related"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>']
        for v in randoms[i]:
            rel_html.append(f'<li><a href="{page_path(v)}">{titles[v]}</a></li>')
        rel_html.append("</ul></div>\n")
        rel_html = "\n".join(rel_html)
        body_len += len(rel_html.encode("utf-8"))
        while body_len < target:
            para = r.choice(paragraphs)
            parts.append(f"<p>{para}</p>\n")
            body_len += len(para.encode("utf-8")) + 8
        parts.append(rel_html)
        parts.append("</div>\n")
        parts.append(footer)
        parts.append("\n</body>\n</html>\n")
        data = "".join(parts).encode("utf-8")
        total += len(data)
        fpath = os.path.join(a.outdir, "www", page_file(path))
        os.makedirs(os.path.dirname(fpath), exist_ok=True)
        with open(fpath, "wb") as f:
            f.write(data)

    for k in range(n_pdf):
        s = f"BT /F1 12 Tf 72 720 Td (document {k}) Tj ET"
        with open(os.path.join(a.outdir, "www", page_file(pdf_path(k))), "w", encoding="ascii") as f:
            f.write(PDF_TEMPLATE.replace("{n}", str(len(s))).replace("{s}", s))
    os.makedirs(os.path.join(a.outdir, "www", "css"), exist_ok=True)
    with open(os.path.join(a.outdir, "www", "css", "style.css"), "w") as f:
        f.write("body{font-family:sans-serif}\n")

    hist = {}
    for d in depth.values():
        hist[d] = hist.get(d, 0) + 1
    expected = {
        "pages": {page_path(i): depth[i] for i in range(n)},
        "documents": {pdf_path(k): d for k, d in sorted(doc_depth.items())},
        "stats": {
            "pages": n, "pdfs_linked": len(doc_depth), "html_bytes": total,
            "tree_depth_max": max(tree_depth.values()),
            "bfs_depth_histogram": {str(k): hist[k] for k in sorted(hist)},
            "pages_shorter_than_tree": via_random,
            "pages_shortcut_by_random_link": via_random_only,
            "menu_pages": len(menu_pages),
        },
    }
    with open(os.path.join(a.outdir, "expected-depths.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=0)
    print(json.dumps(expected["stats"], ensure_ascii=False))


if __name__ == "__main__":
    main()
