-- Hand-written SQL for each built-in model, as an analyst would write it in the sqlite3 shell
-- against the pool's tables. Each returns the number of persons. The keyword tests use plain
-- instr(): the sqlite3 shell has no negation-aware matching, so these queries are a little
-- cruder than the models (they treat "未达成调解协议" as a mention).

-- model: uncompensated-victims-in-hardship
WITH cur AS (SELECT id, type FROM current_datasets),
v AS (SELECT rp.person_key pk FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'victims') AND rp.role = 'victim'
        AND (instr(json_extract(r.data, '$.charge'), '故意伤害') OR instr(json_extract(r.data, '$.charge'), '交通肇事'))
        AND NOT (instr(coalesce(json_extract(r.data, '$.summary'), ''), '调解协议') OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '和解')
                 OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '赔偿到位') OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '已赔偿')
                 OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '谅解'))),
h AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type IN
      ('subsistence','disabled','poverty-monitoring','children-in-distress','women-in-need','workers-in-difficulty','medical-aid'))),
a AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid'))
SELECT count(DISTINCT pk) FROM v WHERE pk IN (SELECT pk FROM h) AND pk NOT IN (SELECT pk FROM a);

-- model: unpaid-judgments-in-hardship
WITH cur AS (SELECT id, type FROM current_datasets),
e AS (SELECT rp.person_key pk FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'execution') AND rp.role = 'applicant'
        AND (instr(json_extract(r.data, '$.closure_mode'), '终结本次执行程序') OR instr(json_extract(r.data, '$.closure_mode'), '终结执行'))),
h AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type IN
      ('subsistence','disabled','poverty-monitoring','children-in-distress','women-in-need','workers-in-difficulty','medical-aid'))),
a AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid'))
SELECT count(DISTINCT pk) FROM e WHERE pk IN (SELECT pk FROM h) AND pk NOT IN (SELECT pk FROM a);

-- model: social-assistance-recipients-eligible
WITH cur AS (SELECT id, type FROM current_datasets),
v AS (SELECT rp.person_key pk FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'victims') AND rp.role = 'victim'
        AND (instr(json_extract(r.data, '$.charge'), '故意伤害') OR instr(json_extract(r.data, '$.charge'), '交通肇事'))
        AND NOT (instr(coalesce(json_extract(r.data, '$.summary'), ''), '调解协议') OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '谅解')
                 OR instr(coalesce(json_extract(r.data, '$.summary'), ''), '已赔偿'))),
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
      WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type IN ('victims', 'petitions'))),
minors AS (SELECT pk FROM p WHERE d IS NOT NULL AND
      (CAST(substr(d, 1, 4) AS INTEGER) - CAST(substr(pk, 7, 4) AS INTEGER) - (substr(d, 6, 2) || substr(d, 9, 2) < substr(pk, 11, 4))) < 18),
k AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type IN
      ('subsistence','poverty-monitoring','disabled','children-in-distress'))),
a AS (SELECT person_key pk FROM record_persons WHERE dataset_id IN (SELECT id FROM cur WHERE type = 'judicial-aid'))
SELECT count(*) FROM (SELECT pk FROM minors UNION SELECT pk FROM p WHERE pk IN (SELECT pk FROM k))
WHERE pk NOT IN (SELECT pk FROM a);

-- model: pension-during-imprisonment
WITH cur AS (SELECT id, type FROM current_datasets),
pay AS (SELECT rp.person_key pk, substr(json_extract(r.data, '$.month'), 1, 7) m FROM record_persons rp JOIN records r ON r.id = rp.record_id
        WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'pension')),
jail AS (SELECT rp.person_key pk, json_extract(r.data, '$.start') s, json_extract(r.data, '$.end') e FROM record_persons rp JOIN records r ON r.id = rp.record_id
         WHERE rp.dataset_id IN (SELECT id FROM cur WHERE type = 'custody')
           AND (instr(json_extract(r.data, '$.sentence_type'), '有期徒刑') OR instr(json_extract(r.data, '$.sentence_type'), '拘役')
                OR instr(json_extract(r.data, '$.sentence_type'), '无期徒刑'))
           AND NOT (instr(json_extract(r.data, '$.sentence_type'), '缓刑') OR instr(json_extract(r.data, '$.sentence_type'), '管制')))
SELECT count(DISTINCT pay.pk) FROM pay JOIN jail ON jail.pk = pay.pk
WHERE jail.s <= pay.m || '-01' AND (jail.e IS NULL OR jail.e = '' OR jail.e >= date(pay.m || '-01', '+1 month', '-1 day'));

-- model: bigamy
WITH cur AS (SELECT id, type FROM current_datasets),
reg AS (SELECT x.person_key p, y.person_key q, x.record_id rid, json_extract(r.data, '$.reg_date') d,
               instr(json_extract(r.data, '$.reg_type'), '结婚') > 0 AND instr(json_extract(r.data, '$.reg_type'), '离婚') = 0 st,
               instr(json_extract(r.data, '$.reg_type'), '离婚') > 0 en
        FROM record_persons x JOIN record_persons y ON y.record_id = x.record_id AND y.person_key <> x.person_key
        JOIN records r ON r.id = x.record_id
        WHERE x.dataset_id IN (SELECT id FROM cur WHERE type = 'marriage'))
SELECT count(DISTINCT s1.p) FROM reg s1 JOIN reg s2 ON s2.p = s1.p AND s2.q <> s1.q AND s2.rid <> s1.rid AND s2.st AND s2.d >= s1.d
WHERE s1.st AND NOT EXISTS (SELECT 1 FROM reg e WHERE e.p = s1.p AND e.q = s1.q AND e.en AND e.d BETWEEN s1.d AND s2.d);

-- model: frequent-litigants
WITH cur AS (SELECT id, type FROM current_datasets),
l AS (SELECT rp.person_key pk, rp.record_id rid, json_extract(r.data, '$.filed_date') d FROM record_persons rp JOIN records r ON r.id = rp.record_id
      WHERE (rp.dataset_id IN (SELECT id FROM cur WHERE type = 'civil-cases') AND rp.role = 'plaintiff')
         OR (rp.dataset_id IN (SELECT id FROM cur WHERE type = 'execution') AND rp.role = 'applicant'))
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
oth AS (SELECT DISTINCT c.pk FROM c
        WHERE EXISTS (SELECT 1 FROM record_persons o WHERE o.record_id = c.rid AND o.role IN ('insured', 'owner'))
          AND NOT EXISTS (SELECT 1 FROM record_persons o WHERE o.record_id = c.rid AND o.role IN ('insured', 'owner') AND o.person_key = c.pk)),
freq AS (SELECT DISTINCT x.pk FROM c x WHERE x.d IS NOT NULL
         AND (SELECT count(DISTINCT y.rid) FROM c y WHERE y.pk = x.pk AND y.d >= x.d AND y.d < date(x.d, '+5 years')) >= 5)
SELECT count(*) FROM (SELECT pk FROM shop UNION SELECT pk FROM asr UNION SELECT pk FROM (SELECT pk FROM oth INTERSECT SELECT pk FROM freq));
