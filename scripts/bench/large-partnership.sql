-- A partnership of 10,000 generated initiatives with two funding lines each, for the benchmarks (the same shape
-- as the integration tests' LargeScoreboardFixture). Run once on a database with the reference data loaded.
BEGIN;
CREATE TEMP TABLE generated ON COMMIT DROP AS SELECT gen_random_uuid() AS id;

INSERT INTO partnerships (id, name, kind, status, signed_on, priorities)
SELECT id, 'Generated partnership of 10,000 initiatives', 'MobilityPartnership', 'InImplementation', DATE '2009-01-01', '{}' FROM generated;

INSERT INTO partnership_participants (id, partnership_id, organisation_id, basis, joined_on)
SELECT gen_random_uuid(), g.id, o.id, 'OriginalSignatory', DATE '2009-01-01'
FROM generated g CROSS JOIN organisations o
WHERE o.kind = 'MemberState' AND o.member_from <= DATE '2009-01-01' AND o.country_code IN ('DE', 'FR', 'SE', 'PL', 'IT');

INSERT INTO initiatives (id, partnership_id, reference_code, title, summary, pillar, lead_organisation_id, status, novelty, is_shareable, location, period_start_month, period_end_month)
SELECT gen_random_uuid(), g.id, 'GEN-' || lpad(n::text, 5, '0'),
       'Initiative ' || lpad(((n * 7919) % 10000)::text, 5, '0'),
       'Generated row ' || n,
       (ARRAY['LegalMigration','MigrationAndDevelopment','IllegalMigration','InternationalProtectionAndAsylum'])[1 + n % 4],
       CASE WHEN n % 6 = 0 THEN NULL ELSE (SELECT organisation_id FROM partnership_participants p WHERE p.partnership_id = g.id ORDER BY organisation_id OFFSET n % 5 LIMIT 1) END,
       (ARRAY['Proposed','Planned','Ongoing','Completed','Cancelled'])[1 + n % 5],
       'New', true, 'Place ' || (n % 13),
       DATE '2010-01-01' + ((n % 36) || ' months')::interval,
       DATE '2012-01-01' + ((n % 24) || ' months')::interval
FROM generated g CROSS JOIN generate_series(1, 10000) AS n;

INSERT INTO funding_lines (id, initiative_id, source_kind, programme, total_budget, eu_contribution)
SELECT gen_random_uuid(), i.id, 'EuProgramme', (ARRAY['AENEAS','Thematic Programme','MEDA'])[1 + (abs(hashtext(i.id::text)) % 3)],
       round((abs(hashtext(i.title || k)) % 10000000) / 100.0 + 1000, 2),
       round((abs(hashtext(i.title || k)) % 10000000) / 100.0 * 0.8, 2)
FROM generated g JOIN initiatives i ON i.partnership_id = g.id CROSS JOIN generate_series(1, 2) AS k;
COMMIT;
