#include "pool/Schema.h"

#include "pool/Database.h"
#include "pool/ProgressHandler.h"

#include <QCoreApplication>

namespace cluedesk {

// Never edit a step that has shipped; add a new one.
const std::vector<const char*>& Schema::steps()
{
    static const std::vector<const char*> all = {
        // 1: datasets, their files, records, the persons in them, and import issues.
        R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE dataset_types(
  id TEXT PRIMARY KEY,
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL);
CREATE TABLE datasets(
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  stream TEXT NOT NULL DEFAULT '',
  as_of TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK(status IN ('active','withdrawn')),
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_imported INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  rows_skipped INTEGER NOT NULL DEFAULT 0,
  rows_warned INTEGER NOT NULL DEFAULT 0,
  options TEXT NOT NULL DEFAULT '{}');
CREATE INDEX datasets_current ON datasets(type, stream, status, as_of, id);
CREATE TABLE dataset_files(
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES datasets(id),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL DEFAULT '');
CREATE INDEX dataset_files_dataset ON dataset_files(dataset_id);
CREATE TABLE records(
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL,
  file_id INTEGER NOT NULL,
  sheet TEXT NOT NULL DEFAULT '',
  row_no INTEGER NOT NULL,
  data TEXT NOT NULL);
CREATE INDEX records_dataset ON records(dataset_id);
CREATE TABLE record_persons(
  record_id INTEGER NOT NULL,
  dataset_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  person_key TEXT NOT NULL,
  id_written TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  name_written TEXT NOT NULL DEFAULT '',
  PRIMARY KEY(record_id, role)) WITHOUT ROWID;
CREATE INDEX record_persons_person ON record_persons(person_key);
CREATE INDEX record_persons_dataset ON record_persons(dataset_id, role, person_key);
CREATE TABLE import_issues(
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL,
  file_id INTEGER,
  sheet TEXT NOT NULL DEFAULT '',
  row_no INTEGER,
  column_name TEXT NOT NULL DEFAULT '',
  original TEXT NOT NULL DEFAULT '',
  severity TEXT NOT NULL CHECK(severity IN ('rejected','skipped','warning')),
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  row_data TEXT NOT NULL DEFAULT '[]');
CREATE INDEX import_issues_dataset ON import_issues(dataset_id, severity);
CREATE TABLE column_mappings(
  signature TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  mapping TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE VIEW current_datasets AS
  SELECT d.* FROM datasets d
  WHERE d.status = 'active' AND d.id = (
    SELECT d2.id FROM datasets d2
    WHERE d2.type = d.type AND d2.stream = d.stream AND d2.status = 'active'
    ORDER BY d2.as_of DESC, d2.id DESC LIMIT 1);
)SQL",
        // 2: screening models of the office, runs, clues and their evidence.
        R"SQL(
CREATE TABLE models(
  id TEXT PRIMARY KEY,
  definition TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL);
CREATE TABLE screening_runs(
  id INTEGER PRIMARY KEY,
  model_id TEXT NOT NULL,
  model_hash TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  run_by TEXT NOT NULL,
  datasets TEXT NOT NULL DEFAULT '[]',
  clues INTEGER NOT NULL DEFAULT 0,
  new_clues INTEGER NOT NULL DEFAULT 0,
  still_present INTEGER NOT NULL DEFAULT 0,
  gone INTEGER NOT NULL DEFAULT 0,
  millis INTEGER NOT NULL DEFAULT 0);
CREATE INDEX screening_runs_model ON screening_runs(model_id, id);
CREATE TABLE clues(
  id INTEGER PRIMARY KEY,
  model_id TEXT NOT NULL,
  person_key TEXT NOT NULL,
  names TEXT NOT NULL DEFAULT '[]',
  grade TEXT NOT NULL CHECK(grade IN ('red','orange','yellow')),
  reason_zh TEXT NOT NULL DEFAULT '',
  reason_en TEXT NOT NULL DEFAULT '',
  town TEXT NOT NULL DEFAULT '',
  presence TEXT NOT NULL CHECK(presence IN ('new','present','gone')),
  first_run INTEGER NOT NULL,
  last_run INTEGER NOT NULL,
  first_seen_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new',
  status_changed_at TEXT,
  status_changed_by TEXT,
  UNIQUE(model_id, person_key));
CREATE INDEX clues_person ON clues(person_key);
CREATE INDEX clues_filter ON clues(status, grade, model_id);
CREATE TABLE clue_evidence(
  id INTEGER PRIMARY KEY,
  clue_id INTEGER NOT NULL REFERENCES clues(id) ON DELETE CASCADE,
  run_id INTEGER NOT NULL,
  steps TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  dataset_id INTEGER NOT NULL,
  dataset_type TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sheet TEXT NOT NULL,
  row_no INTEGER NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  name_written TEXT NOT NULL DEFAULT '',
  id_written TEXT NOT NULL DEFAULT '',
  fields TEXT NOT NULL DEFAULT '{}');
CREATE INDEX clue_evidence_clue ON clue_evidence(clue_id);
)SQL",
        // 3: case files (the original file, its pages' text, the facts read from it).
        R"SQL(
CREATE TABLE casefiles(
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  format TEXT NOT NULL,
  pages INTEGER NOT NULL,
  text_pages INTEGER NOT NULL,
  ocr_pages INTEGER NOT NULL,
  seconds REAL NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  case_no TEXT NOT NULL DEFAULT '',
  doc_type TEXT NOT NULL DEFAULT '',
  charge TEXT NOT NULL DEFAULT '',
  injury TEXT NOT NULL DEFAULT '',
  grade TEXT NOT NULL DEFAULT '',
  score REAL NOT NULL DEFAULT 0,
  grade_reasons TEXT NOT NULL DEFAULT '[]',
  content BLOB NOT NULL);
CREATE TABLE casefile_pages(
  casefile_id INTEGER NOT NULL REFERENCES casefiles(id) ON DELETE CASCADE,
  page INTEGER NOT NULL,
  source TEXT NOT NULL,
  confidence REAL NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY(casefile_id, page)) WITHOUT ROWID;
CREATE TABLE casefile_facts(
  id INTEGER PRIMARY KEY,
  casefile_id INTEGER NOT NULL REFERENCES casefiles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '{}',
  page INTEGER NOT NULL,
  snippet TEXT NOT NULL DEFAULT '',
  confidence REAL NOT NULL DEFAULT 100,
  needs_review INTEGER NOT NULL DEFAULT 0,
  review_reason TEXT NOT NULL DEFAULT '',
  record_id INTEGER,
  reviewed_by TEXT,
  reviewed_at TEXT);
CREATE INDEX casefile_facts_file ON casefile_facts(casefile_id, kind);
CREATE INDEX casefile_facts_review ON casefile_facts(needs_review);
)SQL",
        // 4: review (events, notes, attachments), household visits, assistance parameter sets and
        // calculations, letters and their register.
        R"SQL(
CREATE TABLE clue_events(
  id INTEGER PRIMARY KEY,
  clue_id INTEGER NOT NULL REFERENCES clues(id),
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '');
CREATE INDEX clue_events_clue ON clue_events(clue_id, id);
CREATE TABLE clue_notes(
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  clue_id INTEGER NOT NULL REFERENCES clues(id),
  at TEXT NOT NULL,
  by TEXT NOT NULL,
  text TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT 'office');
CREATE INDEX clue_notes_clue ON clue_notes(clue_id, id);
CREATE TABLE clue_attachments(
  id INTEGER PRIMARY KEY,
  clue_id INTEGER NOT NULL REFERENCES clues(id),
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  data BLOB NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL);
CREATE INDEX clue_attachments_clue ON clue_attachments(clue_id);
CREATE TABLE visits(
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  person_key TEXT NOT NULL,
  clue_id INTEGER REFERENCES clues(id),
  visit_date TEXT NOT NULL,
  visitors TEXT NOT NULL DEFAULT '',
  family TEXT NOT NULL DEFAULT '[]',
  income TEXT NOT NULL DEFAULT '',
  monthly_income REAL,
  illness TEXT NOT NULL DEFAULT '',
  housing TEXT NOT NULL DEFAULT '',
  urgent_needs TEXT NOT NULL DEFAULT '',
  conclusion TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL DEFAULT 1,
  origin TEXT NOT NULL DEFAULT 'office',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL);
CREATE INDEX visits_person ON visits(person_key);
CREATE TABLE parameter_sets(
  id TEXT PRIMARY KEY,
  region TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  definition TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL);
CREATE TABLE calculations(
  id INTEGER PRIMARY KEY,
  clue_id INTEGER REFERENCES clues(id),
  person_key TEXT NOT NULL,
  parameter_set TEXT NOT NULL,
  parameters TEXT NOT NULL,
  inputs TEXT NOT NULL,
  steps TEXT NOT NULL,
  case_type TEXT NOT NULL,
  amount_fen INTEGER NOT NULL,
  warnings TEXT NOT NULL DEFAULT '[]',
  decided INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL);
CREATE INDEX calculations_clue ON calculations(clue_id);
CREATE INDEX calculations_type ON calculations(case_type, decided);
CREATE TABLE letters(
  id INTEGER PRIMARY KEY,
  template TEXT NOT NULL,
  prefix TEXT NOT NULL,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  department TEXT NOT NULL,
  letter_date TEXT NOT NULL,
  clue_ids TEXT NOT NULL,
  content TEXT NOT NULL,
  pdf BLOB,
  status TEXT NOT NULL DEFAULT 'issued' CHECK(status IN ('issued','void')),
  void_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  UNIQUE(prefix, year, seq));
)SQL",
        // 5: users and roles; the append-only, hash-chained audit log
        R"SQL(
CREATE TABLE users(
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK(role IN ('administrator','prosecutor','assistant')),
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT NOT NULL DEFAULT '',
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL);
CREATE TABLE audit_log(
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL);
CREATE INDEX audit_log_action ON audit_log(action, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL",
        // 6: field visit packages and the conflicts found when they come back
        R"SQL(
CREATE TABLE field_packages(
  id TEXT PRIMARY KEY,
  clue_ids TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  exported_by TEXT NOT NULL,
  imported_at TEXT NOT NULL DEFAULT '',
  imported_by TEXT NOT NULL DEFAULT '');
CREATE TABLE field_conflicts(
  id INTEGER PRIMARY KEY,
  package_id TEXT NOT NULL,
  clue_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK(kind IN ('visit','clue-status')),
  item TEXT NOT NULL,
  office TEXT NOT NULL,
  field TEXT NOT NULL,
  found_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open','resolved')),
  resolution TEXT NOT NULL DEFAULT '',
  resolved_at TEXT NOT NULL DEFAULT '',
  resolved_by TEXT NOT NULL DEFAULT '',
  UNIQUE(package_id, kind, item));
)SQL",
        // 7: when a user last failed to log in (lock-out survives a clock set back); what a visit
        // package carried out (each clue's revision) and for whom, so only that comes back
        R"SQL(
ALTER TABLE users ADD COLUMN last_failed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE field_packages ADD COLUMN revisions TEXT NOT NULL DEFAULT '{}';
ALTER TABLE field_packages ADD COLUMN field_user TEXT NOT NULL DEFAULT '';
)SQL",
        // 8: each user's public key, to which a new pool key is sealed (see security/Keyring.h)
        R"SQL(
ALTER TABLE users ADD COLUMN public_key TEXT NOT NULL DEFAULT '';
)SQL",
        // 9: what a clue is about: a person (the key is the resident ID), an organisation (its
        // credit code or normalised name), a case (its normalised number) or an item (an auction lot)
        R"SQL(
ALTER TABLE clues ADD COLUMN subject_kind TEXT NOT NULL DEFAULT 'person';
)SQL",
        // 10: the review path a clue follows (its model's: aid or supervision) and, for a
        // supervision clue the other department corrected, the money recovered (in fen)
        R"SQL(
ALTER TABLE clues ADD COLUMN workflow TEXT NOT NULL DEFAULT 'aid';
ALTER TABLE clues ADD COLUMN recovered_fen INTEGER;
ALTER TABLE clue_events ADD COLUMN recovered_fen INTEGER;
)SQL",
        // 11: letters are followed up: the date a reply is due, and the replies received (the
        // department's text and, when given, its file)
        R"SQL(
ALTER TABLE letters ADD COLUMN due_date TEXT NOT NULL DEFAULT '';
CREATE TABLE letter_replies(
  id INTEGER PRIMARY KEY,
  letter_id INTEGER NOT NULL REFERENCES letters(id),
  reply_date TEXT NOT NULL,
  text TEXT NOT NULL,
  file_name TEXT NOT NULL DEFAULT '',
  file BLOB,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL);
CREATE INDEX letter_replies_letter ON letter_replies(letter_id);
)SQL",
        // 12: possible matches for broken IDs: what an import issue about an invalid ID needs to
        // link its row once the officer confirms a match (the person's name, the record that
        // would have been stored), and the officer's decisions
        R"SQL(
ALTER TABLE import_issues ADD COLUMN repair TEXT NOT NULL DEFAULT '';
CREATE TABLE reject_matches(
  issue_id INTEGER PRIMARY KEY REFERENCES import_issues(id),
  state TEXT NOT NULL CHECK(state IN ('matched','dismissed')),
  person_key TEXT NOT NULL DEFAULT '',
  record_id INTEGER,
  decided_at TEXT NOT NULL,
  decided_by TEXT NOT NULL);
)SQL",
        // 13: re-runs skip what did not change: a dataset version's revision counts the changes
        // made to its rows after the import (a confirmed match, a corrected case file), and a
        // screening run keeps a digest of everything its clues were computed from
        R"SQL(
ALTER TABLE datasets ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE screening_runs ADD COLUMN inputs TEXT NOT NULL DEFAULT '';
)SQL",
        // 14: a person's ID and name as written are kept only where they differ from the key and
        // the normalised name (DatasetStore::idWrittenSql gives them back)
        R"SQL(
UPDATE record_persons SET id_written = '' WHERE id_written = person_key;
UPDATE record_persons SET name_written = '' WHERE name_written = name;
)SQL",
        // 15: one index on persons instead of two. Screening reads a version's persons, a
        // person's screen searches each version for the key (DatasetStore::personRowsSql); the
        // index on the key alone was a seventh of a pool's size and of a first import's time.
        R"SQL(
DROP INDEX IF EXISTS record_persons_person;
DROP INDEX IF EXISTS record_persons_dataset;
CREATE INDEX record_persons_dataset_person ON record_persons(dataset_id, person_key, role);
)SQL",
        // 16: reasons are rendered when a clue is read, not when it is found. A run keeps what
        // its reasons are rendered with (the model's templates, the county as set then); an
        // evidence row keeps the number it is about when that is not the clue's (NULL: the
        // clue's). Clues found before keep the texts stored with them.
        R"SQL(
ALTER TABLE screening_runs ADD COLUMN reasons TEXT NOT NULL DEFAULT '';
ALTER TABLE clue_evidence ADD COLUMN person_key TEXT;
)SQL",
    };
    return all;
}

int Schema::latestVersion()
{
    return int(steps().size());
}

int Schema::versionOf(Database& db)
{
    const QVariant hasMeta = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'"));
    if (hasMeta.toInt() == 0)
        return 0;
    return db.scalar(QStringLiteral("SELECT value FROM meta WHERE key='schema_version'")).toInt();
}

void Schema::migrate(Database& db, int targetVersion, const Upgrading& upgrading)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    Transaction tx(db);
    const int from = versionOf(db);
    if (from > latestVersion())
        throw DbError(QCoreApplication::translate("Schema",
                          "This pool was written by a newer ClueDesk (schema %1; this "
                          "program knows up to %2). Update ClueDesk to open it.")
                          .arg(from)
                          .arg(latestVersion()),
            0);
    // An upgrade is told before its first step and then every 20,000 steps of SQLite's machine
    // (rebuilding an index over two million rows took 8 s), never interrupted: it is one
    // transaction either way. A new, empty pool is made in a moment: nothing to say.
    std::optional<ProgressHandler> ticks;
    if (upgrading && from > 0 && targetVersion > from) {
        upgrading(from, targetVersion);
        ticks.emplace(db, 20000, [&] {
            upgrading(from, targetVersion);
            return false;
        });
    }
    for (int v = from; v < targetVersion; ++v)
        db.exec(QString::fromUtf8(steps()[size_t(v)]));
    ticks.reset();
    if (targetVersion > from) {
        db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('schema_version', ?1) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
            .bind(1, QString::number(targetVersion))
            .run();
    }
    tx.commit();
}

} // namespace cluedesk
