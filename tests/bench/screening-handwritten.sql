-- Hand-written SQL for each built-in model, as an analyst would write it in the sqlite3 shell
-- against the pool's tables. Each returns the number of subjects (persons, cases or lots). The keyword tests use plain
-- instr(): the sqlite3 shell has no negation-aware matching, so these queries are a little
-- cruder than the models (they treat "未达成调解协议" as a mention).

-- model: uncompensated-victims-in-hardship
-- (an order to compensate, 予以赔偿, does not exclude a victim; only texts saying it was paid or agreed)
WITH cur AS (SELECT id, type FROM current_datasets),
v AS (SELECT rp.person_key pk FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'victims') AND rp.role IN ('victim', 'relative')
        AND (instr(json_extract(r.data, '$.charge'), '故意伤害') OR instr(json_extract(r.data, '$.charge'), '交通肇事'))
        AND NOT (instr(coalesce(json_extract(r.data, '$.summary'), ''), '调解协议') OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '和解')
                 OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '赔偿到位') OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '已赔偿')
                 OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '已予') OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '赔偿完毕')
                 OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '谅解'))),
h AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type IN
      ('subsistence','disabled','poverty-monitoring','children-in-distress','women-in-need','workers-in-difficulty','medical-aid'))),
a AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid'))
SELECT count(DISTINCT pk) FROM v WHERE pk IN (SELECT pk FROM h) AND pk NOT IN (SELECT pk FROM a);

-- model: unpaid-judgments-in-hardship
-- applicants who are victims of a crime or plaintiffs of a personal-injury, labour or maintenance suit
WITH cur AS (SELECT id, type FROM current_datasets),
e AS (SELECT rp.person_key pk FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'execution') AND rp.role = 'applicant'
        AND (instr(json_extract(r.data, '$.closure_mode'), '终结本次执行程序') OR instr(json_extract(r.data, '$.closure_mode'), '终结执行'))),
victim AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'victims')
             AND role IN ('victim', 'relative')
           UNION SELECT rp.person_key FROM record_persons rp JOIN records r ON r.id = rp.record_id
             WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'civil-cases') AND rp.role = 'plaintiff'
               AND (instr(json_extract(r.data, '$.cause'), '人身损害') OR instr(json_extract(r.data, '$.cause'), '生命权')
                    OR instr(json_extract(r.data, '$.cause'), '健康权') OR instr(json_extract(r.data, '$.cause'), '身体权')
                    OR instr(json_extract(r.data, '$.cause'), '交通事故') OR instr(json_extract(r.data, '$.cause'), '劳动')
                    OR instr(json_extract(r.data, '$.cause'), '工伤') OR instr(json_extract(r.data, '$.cause'), '赡养')
                    OR instr(json_extract(r.data, '$.cause'), '扶养') OR instr(json_extract(r.data, '$.cause'), '抚养')
                    OR instr(json_extract(r.data, '$.cause'), '抚育'))),
h AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type IN
      ('subsistence','disabled','poverty-monitoring','children-in-distress','women-in-need','workers-in-difficulty','medical-aid'))),
a AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid'))
SELECT count(DISTINCT pk) FROM e WHERE pk IN (SELECT pk FROM victim) AND pk IN (SELECT pk FROM h) AND pk NOT IN (SELECT pk FROM a);

-- model: social-assistance-recipients-eligible
WITH cur AS (SELECT id, type FROM current_datasets),
v AS (SELECT rp.person_key pk FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'victims') AND rp.role IN ('victim', 'relative')
        AND (instr(json_extract(r.data, '$.charge'), '故意伤害') OR instr(json_extract(r.data, '$.charge'), '交通肇事'))
        AND NOT (instr(coalesce(json_extract(r.data, '$.summary'), ''), '调解协议') OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '和解')
                 OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '赔偿到位') OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '已赔偿')
                 OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '已予') OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '赔偿完毕')
                 OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '谅解'))),
e AS (SELECT rp.person_key pk FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'execution') AND rp.role = 'applicant'
        AND (instr(json_extract(r.data, '$.closure_mode'), '终结本次执行程序') OR instr(json_extract(r.data, '$.closure_mode'), '终结执行'))),
s AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'social-assistance')),
a AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid'))
SELECT count(DISTINCT pk) FROM s WHERE pk IN (SELECT pk FROM v UNION SELECT pk FROM e) AND pk NOT IN (SELECT pk FROM a);

-- model: aided-without-social-assistance
WITH cur AS (SELECT id, type FROM current_datasets)
SELECT count(DISTINCT person_key) FROM record_persons
WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid')
  AND person_key NOT IN (SELECT person_key FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'social-assistance'));

-- model: key-groups-in-proceedings
WITH cur AS (SELECT id, type FROM current_datasets),
p AS (SELECT rp.person_key pk, json_extract(r.data, '$.accepted_date') d FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type IN ('victims', 'petitions'))
        AND rp.role IN ('victim', 'relative', 'petitioner')),
minors AS (SELECT pk FROM p WHERE d IS NOT NULL AND
      (CAST(substr(d, 1, 4) AS INTEGER) - CAST(substr(pk, 7, 4) AS INTEGER) - (substr(d, 6, 2) || substr(d, 9, 2) < substr(pk, 11, 4))) < 18),
k AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type IN
      ('subsistence','poverty-monitoring','disabled','children-in-distress'))),
a AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid'))
SELECT count(*) FROM (SELECT pk FROM minors UNION SELECT pk FROM p WHERE pk IN (SELECT pk FROM k))
WHERE pk NOT IN (SELECT pk FROM a);

-- model: pension-during-imprisonment
-- prison and detention (死缓 too), unless a correction type says otherwise; months touched by a
-- parole do not count; a fixed-term row without an end date is listed (for review) as well
WITH cur AS (SELECT id, type FROM current_datasets),
pay AS (SELECT rp.person_key pk, substr(json_extract(r.data, '$.month'), 1, 7) m FROM record_persons rp JOIN records r ON r.id = rp.record_id
        WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'pension')),
c AS (SELECT rp.person_key pk, json_extract(r.data, '$.start') s, json_extract(r.data, '$.end') e,
             coalesce(json_extract(r.data, '$.sentence_type'), '') t, coalesce(json_extract(r.data, '$.correction_type'), '') k
      FROM record_persons rp JOIN records r ON r.id = rp.record_id WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'custody')),
jail AS (SELECT * FROM c WHERE NOT (instr(k, '缓刑') OR instr(k, '管制') OR instr(k, '监外执行') OR instr(k, '假释'))
           AND (instr(t, '有期徒刑') OR instr(t, '拘役') OR instr(t, '无期徒刑') OR instr(t, '死刑缓期') OR instr(t, '死缓'))
           AND NOT (instr(t, '缓刑') OR instr(t, '管制') OR instr(t, '监外执行'))),
parole AS (SELECT * FROM c WHERE instr(k, '假释'))
SELECT count(DISTINCT pay.pk) FROM pay JOIN jail ON jail.pk = pay.pk
WHERE jail.s <= pay.m || '-01' AND (jail.e IS NULL OR jail.e = '' OR jail.e >= date(pay.m || '-01', '+1 month', '-1 day'))
  AND NOT EXISTS (SELECT 1 FROM parole p WHERE p.pk = pay.pk AND p.s <= date(pay.m || '-01', '+1 month', '-1 day')
                  AND (p.e IS NULL OR p.e = '' OR p.e >= pay.m || '-01'));

-- model: bigamy
-- a court's divorce between the two ends a marriage as a registered one does
WITH cur AS (SELECT id, type FROM current_datasets),
reg AS (SELECT x.person_key p, y.person_key q, x.record_id rid, json_extract(r.data, '$.reg_date') d,
               instr(json_extract(r.data, '$.reg_type'), '结婚') > 0 AND instr(json_extract(r.data, '$.reg_type'), '离婚') = 0 st,
               instr(json_extract(r.data, '$.reg_type'), '离婚') > 0 en
        FROM record_persons x JOIN record_persons y ON y.record_id = x.record_id AND y.person_key <> x.person_key
        JOIN records r ON r.id = x.record_id
        WHERE x.dataset_id IN (SELECT id FROM cur WHERE type = 'marriage')
        UNION ALL
        SELECT x.person_key, y.person_key, x.record_id, json_extract(r.data, '$.effective_on'), 0, 1
        FROM record_persons x JOIN record_persons y ON y.record_id = x.record_id AND y.person_key <> x.person_key
        JOIN records r ON r.id = x.record_id
        WHERE x.dataset_id IN (SELECT id FROM cur WHERE type = 'divorce-judgments')
          AND (instr(json_extract(r.data, '$.outcome'), '离婚') OR instr(json_extract(r.data, '$.outcome'), '解除婚姻'))
          AND NOT (instr(json_extract(r.data, '$.outcome'), '不准') OR instr(json_extract(r.data, '$.outcome'), '驳回')
                   OR instr(json_extract(r.data, '$.outcome'), '撤诉')))
SELECT count(DISTINCT s1.p) FROM reg s1 JOIN reg s2 ON s2.p = s1.p AND s2.q <> s1.q AND s2.rid <> s1.rid AND s2.st AND s2.d >= s1.d
WHERE s1.st AND NOT EXISTS (SELECT 1 FROM reg e WHERE e.p = s1.p AND e.q = s1.q AND e.en AND e.d BETWEEN s1.d AND s2.d);

-- model: frequent-litigants
WITH cur AS (SELECT id, type FROM current_datasets),
p AS (SELECT rp.person_key pk, rp.record_id rid, json_extract(r.data, '$.filed_date') d,
             replace(replace(replace(json_extract(r.data, '$.case_no'), '（', '('), '）', ')'), ' ', '') c
      FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'civil-cases') AND rp.role = 'plaintiff'),
-- an enforcement of the person's own lawsuit is the same case
e AS (SELECT rp.person_key pk, rp.record_id rid, json_extract(r.data, '$.filed_date') d FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'execution') AND rp.role = 'applicant'
        AND NOT EXISTS (SELECT 1 FROM p WHERE p.pk = rp.person_key AND p.c = json_extract(r.data, '$.basis_case_no'))),
l AS (SELECT pk, rid, d FROM p UNION ALL SELECT pk, rid, d FROM e)
SELECT count(DISTINCT x.pk) FROM l x WHERE x.d IS NOT NULL AND
  (SELECT count(*) FROM l y WHERE y.pk = x.pk AND y.d >= x.d AND y.d < date(x.d, '+5 years')) >= 5;

-- model: double-household-registration
WITH cur AS (SELECT id, type FROM current_datasets),
m AS (SELECT rp.person_key pk,
             rp.name || '|' || substr(rp.person_key, 7, 8) || '|' || (CAST(substr(rp.person_key, 17, 1) AS INTEGER) % 2) k
      FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'household-registrations') AND rp.name <> ''
        AND NOT (coalesce(json_extract(r.data, '$.state'), '') GLOB '*注销*' OR coalesce(json_extract(r.data, '$.state'), '') GLOB '*迁出*'
                 OR coalesce(json_extract(r.data, '$.state'), '') GLOB '*死亡*' OR coalesce(json_extract(r.data, '$.state'), '') GLOB '*失踪*'
                 OR coalesce(json_extract(r.data, '$.state'), '') GLOB '*出国*' OR coalesce(json_extract(r.data, '$.state'), '') GLOB '*服兵役*'))
SELECT count(*) FROM (SELECT k FROM m GROUP BY k HAVING count(DISTINCT pk) >= 2 AND count(DISTINCT substr(pk, 1, 6)) >= 2);

-- model: organised-false-litigation
WITH cur AS (SELECT id, type FROM current_datasets),
c AS (SELECT rp.person_key pk, rp.record_id rid, json_extract(r.data, '$.repair_shop') shop,
             json_extract(r.data, '$.assessor') asr, json_extract(r.data, '$.filed_date') d
      FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'insurance-claims') AND rp.role = 'claimant'),
t AS (SELECT pk, count(DISTINCT rid) n FROM c GROUP BY pk),
shop AS (SELECT c.pk FROM c JOIN t ON t.pk = c.pk WHERE trim(coalesce(shop, '')) <> '' GROUP BY c.pk, shop
         HAVING count(DISTINCT rid) >= 3 AND max(t.n) >= 4 AND count(DISTINCT rid) >= 0.6 * max(t.n)),
asr AS (SELECT c.pk FROM c JOIN t ON t.pk = c.pk WHERE trim(coalesce(asr, '')) <> '' GROUP BY c.pk, asr
        HAVING count(DISTINCT rid) >= 3 AND max(t.n) >= 4 AND count(DISTINCT rid) >= 0.6 * max(t.n)),
ag AS (SELECT c.pk, c.rid, json_extract(r.data, '$.agent') a, c.shop FROM c JOIN records r ON r.id = c.rid
       WHERE trim(coalesce(json_extract(r.data, '$.agent'), '')) <> ''),
at AS (SELECT a, count(DISTINCT rid) n FROM ag GROUP BY a),
agent AS (SELECT ag.pk FROM ag JOIN (SELECT ag.a, ag.shop FROM ag JOIN at ON at.a = ag.a WHERE trim(coalesce(ag.shop, '')) <> ''
            GROUP BY ag.a, ag.shop
            HAVING count(DISTINCT ag.rid) >= 3 AND count(DISTINCT ag.pk) >= 2 AND max(at.n) >= 4
               AND count(DISTINCT ag.rid) >= 0.6 * max(at.n)) g ON g.a = ag.a AND g.shop = ag.shop),
oth AS (SELECT DISTINCT c.pk FROM c
        WHERE EXISTS (SELECT 1 FROM record_persons o WHERE o.record_id = c.rid AND o.role IN ('insured', 'owner'))
          AND NOT EXISTS (SELECT 1 FROM record_persons o WHERE o.record_id = c.rid AND o.role IN ('insured', 'owner') AND o.person_key = c.pk)),
freq AS (SELECT DISTINCT x.pk FROM c x WHERE x.d IS NOT NULL
         AND (SELECT count(DISTINCT y.rid) FROM c y WHERE y.pk = x.pk AND y.d >= x.d AND y.d < date(x.d, '+5 years')) >= 5)
SELECT count(*) FROM (SELECT pk FROM shop UNION SELECT pk FROM asr UNION SELECT pk FROM agent
                      UNION SELECT pk FROM (SELECT pk FROM oth INTERSECT SELECT pk FROM freq));

-- model: forest-subsidy-irregularities
WITH cur AS (SELECT id, type FROM current_datasets),
p AS (SELECT rp.person_key pk, CAST(substr(json_extract(r.data, '$.subsidy_year'), 1, 4) AS INTEGER) y,
             json_extract(r.data, '$.village') v, json_extract(r.data, '$.area') a
      FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'forest-subsidies') AND rp.role = 'recipient'),
d AS (SELECT rp.person_key pk, min(CAST(substr(json_extract(r.data, '$.death_date'), 1, 4) AS INTEGER)) y
      FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'deaths') GROUP BY rp.person_key),
g AS (SELECT rp.person_key pk, json_extract(r.data, '$.village') v, total(json_extract(r.data, '$.area')) a
      FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'forest-register') GROUP BY 1, 2)
SELECT count(*) FROM (
  SELECT p.pk FROM p JOIN d ON d.pk = p.pk WHERE p.y > d.y
  UNION SELECT p.pk FROM p JOIN g ON g.pk = p.pk AND g.v = p.v WHERE p.a > g.a
  UNION SELECT p.pk FROM p JOIN p q ON q.pk = p.pk AND q.y = p.y AND q.v <> p.v);

-- model: admin-cases-not-transferred
WITH cur AS (SELECT id, type FROM current_datasets),
pen AS (SELECT r.id rid, nullif(trim(json_extract(r.data, '$.case_no')), '') c, coalesce(json_extract(r.data, '$.violation'), '') v,
               json_extract(r.data, '$.amount_involved') amt, json_extract(r.data, '$.decided_on') d,
               nullif(trim(json_extract(r.data, '$.party_code')), '') code
        FROM records r WHERE r.dataset_id IN (SELECT id FROM cur WHERE type = 'admin-penalties')),
party AS (SELECT rp.record_id rid, rp.person_key p FROM record_persons rp
          WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'admin-penalties') AND rp.role = 'party'
          UNION ALL SELECT rid, code FROM pen WHERE code IS NOT NULL),
over AS (SELECT rid FROM pen WHERE
           ((instr(v, '伪劣产品') OR instr(v, '以假充真') OR instr(v, '以次充好') OR instr(v, '不合格产品冒充合格产品')) AND amt >= 50000)
        OR (instr(v, '假冒注册商标') AND amt >= 50000) OR (instr(v, '非法经营') AND amt >= 50000)
        OR ((instr(v, '逃税') OR instr(v, '偷税') OR instr(v, '逃避缴纳税款')) AND amt >= 100000)
        OR (instr(v, '合同诈骗') AND amt >= 20000) OR ((instr(v, '非法吸收公众存款') OR instr(v, '变相吸收公众存款')) AND amt >= 1000000)
        OR (instr(v, '侵权复制品') AND amt >= 100000) OR ((instr(v, '非法采矿') OR instr(v, '无证开采') OR instr(v, '无证采矿')) AND amt >= 100000)),
pp AS (SELECT party.p, pen.rid, pen.v, pen.d FROM party JOIN pen ON pen.rid = party.rid),
starts AS (SELECT x.p, x.v, x.d FROM pp x WHERE x.d IS NOT NULL
           AND (SELECT count(DISTINCT z.rid) FROM pp z WHERE z.p = x.p AND z.v = x.v AND z.d >= x.d AND z.d < date(x.d, '+2 years')) >= 3),
flagged AS (SELECT party.p, over.rid FROM over JOIN party ON party.rid = over.rid
            UNION SELECT y.p, y.rid FROM starts s JOIN pp y ON y.p = s.p AND y.v = s.v AND y.d >= s.d AND y.d < date(s.d, '+2 years')),
police AS (SELECT person_key p FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'police-cases') AND role = 'suspect'
           UNION SELECT nullif(trim(json_extract(data, '$.suspect_code')), '') FROM records
           WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'police-cases'))
SELECT count(DISTINCT pen.c) FROM flagged f JOIN pen ON pen.rid = f.rid WHERE pen.c IS NOT NULL AND f.p NOT IN (SELECT p FROM police WHERE p IS NOT NULL);

-- model: false-labour-claims-in-bankruptcy
WITH cur AS (SELECT id, type FROM current_datasets),
c AS (SELECT rp.person_key pk, json_extract(r.data, '$.debtor_code') dc, json_extract(r.data, '$.claimant_name') nm,
             json_extract(r.data, '$.claimant_address') ad, json_extract(r.data, '$.amount') amt,
             json_extract(r.data, '$.employed_from') f, json_extract(r.data, '$.employed_to') t
      FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'bankruptcy-claims') AND rp.role = 'claimant'),
k AS (SELECT rp.person_key pk, json_extract(r.data, '$.employer_code') ec, json_extract(r.data, '$.month') m
      FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'social-insurance') AND rp.role = 'insured'),
e AS (SELECT json_extract(r.data, '$.code') code, json_extract(r.data, '$.shareholders') sh,
             json_extract(r.data, '$.legal_rep_address') ra, json_extract(r.data, '$.revoked_on') rv
      FROM records r WHERE r.dataset_id IN (SELECT id FROM cur WHERE type = 'enterprises')),
rep AS (SELECT rp.person_key pk, json_extract(r.data, '$.code') code FROM record_persons rp JOIN records r ON r.id = rp.record_id
        WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'enterprises') AND rp.role = 'legal_rep'),
last AS (SELECT ec, max(m) m FROM k GROUP BY ec),
s AS (SELECT dc, amt FROM c WHERE trim(coalesce(dc, '')) <> '' AND trim(coalesce(amt, '')) <> '' GROUP BY dc, amt HAVING count(DISTINCT pk) >= 3)
SELECT count(DISTINCT c.pk) FROM c WHERE
   (c.dc IN (SELECT ec FROM last) AND NOT EXISTS (SELECT 1 FROM k WHERE k.pk = c.pk AND k.ec = c.dc
        AND (trim(coalesce(c.f, '')) = '' OR k.m >= substr(c.f, 1, 7)) AND (trim(coalesce(c.t, '')) = '' OR k.m <= substr(c.t, 1, 7))))
OR EXISTS (SELECT 1 FROM rep WHERE rep.pk = c.pk AND rep.code = c.dc)
OR EXISTS (SELECT 1 FROM e WHERE e.code = c.dc AND ((trim(coalesce(c.nm, '')) <> '' AND instr(coalesce(e.sh, ''), trim(c.nm)) > 0)
                                                    OR (trim(coalesce(c.ad, '')) <> '' AND e.ra = c.ad)))
OR EXISTS (SELECT 1 FROM e WHERE e.code = c.dc AND trim(coalesce(e.rv, '')) <> '' AND c.f > e.rv)
OR (trim(coalesce(c.f, '')) <> '' AND EXISTS (SELECT 1 FROM last WHERE last.ec = c.dc AND last.m < substr(c.f, 1, 7)))
OR (c.dc, c.amt) IN (SELECT dc, amt FROM s);

-- model: judicial-auction-irregularities
WITH cur AS (SELECT id, type FROM current_datasets),
l AS (SELECT r.id rid, nullif(trim(json_extract(r.data, '$.case_no')), '') || ' / ' || nullif(trim(json_extract(r.data, '$.lot')), '') k,
             coalesce(json_extract(r.data, '$.round'), '') rd, coalesce(json_extract(r.data, '$.asset_kind'), '') ak,
             json_extract(r.data, '$.appraised_value') av, json_extract(r.data, '$.start_price') sp, json_extract(r.data, '$.auction_start') st,
             julianday(json_extract(r.data, '$.auction_start')) - julianday(json_extract(r.data, '$.announced_on')) days
      FROM records r WHERE r.dataset_id IN (SELECT id FROM cur WHERE type = 'auctions')),
w AS (SELECT k, rd, sp, lag(sp) OVER (PARTITION BY k ORDER BY st, rid) psp FROM l WHERE k IS NOT NULL),
staff AS (SELECT person_key FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'court-staff') AND role = 'staff'),
buy AS (SELECT record_id rid, person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'auctions') AND role = 'buyer')
SELECT count(*) FROM (
  SELECT k FROM l WHERE k IS NOT NULL AND instr(rd, '一') > 0 AND sp < 0.7 * av
  UNION SELECT k FROM w WHERE NOT instr(rd, '一') > 0 AND sp < 0.8 * psp
  UNION SELECT k FROM l WHERE k IS NOT NULL AND instr(rd, '一') > 0
        AND ((instr(ak, '不动产') > 0 AND days < 30) OR (NOT instr(ak, '不动产') > 0 AND days < 15))
  UNION SELECT k FROM l WHERE k IS NOT NULL AND NOT instr(rd, '一') > 0 AND NOT instr(rd, '变卖') > 0
        AND ((instr(ak, '不动产') > 0 AND days < 15) OR (NOT instr(ak, '不动产') > 0 AND days < 7))
  UNION SELECT l.k FROM buy b JOIN l ON l.rid = b.rid WHERE l.k IS NOT NULL AND (b.pk IN (SELECT person_key FROM staff)
        OR EXISTS (SELECT 1 FROM record_persons o WHERE o.record_id = b.rid AND o.role = 'debtor' AND o.person_key = b.pk)));

-- model: pension-increase-during-correction
WITH cur AS (SELECT id, type FROM current_datasets),
pay AS (SELECT rp.person_key pk, substr(json_extract(r.data, '$.month'), 1, 7) m, json_extract(r.data, '$.amount') a
        FROM record_persons rp JOIN records r ON r.id = rp.record_id WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'pension')),
up AS (SELECT pk, m FROM (SELECT pk, m, a, lag(a) OVER (PARTITION BY pk ORDER BY m) prev FROM pay) WHERE a > prev),
c AS (SELECT rp.person_key pk, json_extract(r.data, '$.start') s, json_extract(r.data, '$.end') e,
             coalesce(json_extract(r.data, '$.sentence_type'), '') t, coalesce(json_extract(r.data, '$.correction_type'), '') k
      FROM record_persons rp JOIN records r ON r.id = rp.record_id WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'custody')),
corr AS (SELECT * FROM c WHERE instr(k, '缓刑') OR instr(k, '管制') OR instr(k, '监外执行')
         OR (trim(k) = '' AND (instr(t, '缓刑') OR instr(t, '管制') OR instr(t, '监外执行'))))
SELECT count(DISTINCT up.pk) FROM up JOIN corr ON corr.pk = up.pk
WHERE corr.s <= up.m || '-01' AND (corr.e IS NULL OR corr.e = '' OR corr.e >= date(up.m || '-01', '+1 month', '-1 day'));

-- model: marriage-certificates-unknown-to-the-registry
WITH cur AS (SELECT id, type FROM current_datasets)
SELECT count(DISTINCT trim(json_extract(data, '$.cert_no'))) FROM records
WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'divorce-judgments') AND trim(coalesce(json_extract(data, '$.cert_no'), '')) <> ''
  AND trim(json_extract(data, '$.cert_no')) NOT IN (SELECT trim(json_extract(data, '$.cert_no')) FROM records
      WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'marriage') AND json_extract(data, '$.cert_no') IS NOT NULL);

-- model: petitioners-with-unfinished-executions
WITH cur AS (SELECT id, type FROM current_datasets),
p AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'petitions')),
e AS (SELECT rp.person_key pk FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'execution') AND rp.role = 'applicant'
        AND NOT (instr(coalesce(json_extract(r.data, '$.closure_mode'), ''), '执行完毕') OR instr(coalesce(json_extract(r.data, '$.closure_mode'), ''), '履行完毕')
                 OR instr(coalesce(json_extract(r.data, '$.closure_mode'), ''), '撤回') OR instr(coalesce(json_extract(r.data, '$.closure_mode'), ''), '撤销')
                 OR instr(coalesce(json_extract(r.data, '$.closure_mode'), ''), '驳回') OR instr(coalesce(json_extract(r.data, '$.closure_mode'), ''), '不予执行'))),
a AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid'))
SELECT count(DISTINCT pk) FROM p WHERE pk IN (SELECT pk FROM e) AND pk NOT IN (SELECT pk FROM a);

-- model: victims-of-insolvent-offenders
WITH cur AS (SELECT id, type FROM current_datasets),
resp AS (SELECT rp.person_key pk FROM record_persons rp JOIN records r ON r.id = rp.record_id
         WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'execution') AND rp.role = 'respondent'
           AND NOT (instr(coalesce(json_extract(r.data, '$.closure_mode'), ''), '执行完毕') OR instr(coalesce(json_extract(r.data, '$.closure_mode'), ''), '履行完毕'))),
a AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid'))
SELECT count(DISTINCT v.person_key) FROM record_persons s JOIN record_persons v ON v.record_id = s.record_id AND v.role = 'victim'
WHERE s.dataset_id IN (SELECT id FROM cur WHERE type = 'victims') AND s.role = 'suspect' AND s.person_key IN (SELECT pk FROM resp)
  AND v.person_key NOT IN (SELECT pk FROM a);
