-- duty_score_tallies follows duty_scores in the writing statement's transaction: each statement's
-- rows are added (inserted, an update's new rows) or taken away (deleted, an update's old rows) by
-- committee, year and grade. Deltas commute, so two transactions writing the same committee's year
-- both count; rows in key order, so they wait for each other rather than deadlock.
CREATE OR REPLACE FUNCTION duty_score_tallies_add() RETURNS trigger AS $$
BEGIN
  INSERT INTO duty_score_tallies AS t (committee_id, year, grade, scored, total_sum, flagged)
  SELECT committee_id, year, grade, count(*)::int, coalesce(sum(total), 0)::int,
    (count(*) FILTER (WHERE consequence_count > 0))::int
  FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (committee_id, year, grade) DO UPDATE SET scored = t.scored + excluded.scored,
    total_sum = t.total_sum + excluded.total_sum, flagged = t.flagged + excluded.flagged;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION duty_score_tallies_subtract() RETURNS trigger AS $$
BEGIN
  -- Locked in key order first (an UPDATE … FROM takes its rows in no set order).
  PERFORM 1 FROM duty_score_tallies t
  WHERE (t.committee_id, t.year, t.grade) IN (SELECT committee_id, year, grade FROM old_rows)
  ORDER BY t.committee_id, t.year, t.grade FOR UPDATE;
  UPDATE duty_score_tallies t SET scored = t.scored - o.scored, total_sum = t.total_sum - o.total_sum,
    flagged = t.flagged - o.flagged
  FROM (SELECT committee_id, year, grade, count(*)::int AS scored, coalesce(sum(total), 0)::int AS total_sum,
      (count(*) FILTER (WHERE consequence_count > 0))::int AS flagged
    FROM old_rows GROUP BY 1, 2, 3) o
  WHERE t.committee_id = o.committee_id AND t.year = o.year AND t.grade = o.grade;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION duty_score_tallies_clear() RETURNS trigger AS $$
BEGIN
  DELETE FROM duty_score_tallies;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS duty_scores_tally_insert ON duty_scores;
--> statement-breakpoint
CREATE TRIGGER duty_scores_tally_insert AFTER INSERT ON duty_scores REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION duty_score_tallies_add();
--> statement-breakpoint
DROP TRIGGER IF EXISTS duty_scores_tally_update_old ON duty_scores;
--> statement-breakpoint
CREATE TRIGGER duty_scores_tally_update_old AFTER UPDATE ON duty_scores REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION duty_score_tallies_subtract();
--> statement-breakpoint
DROP TRIGGER IF EXISTS duty_scores_tally_update_new ON duty_scores;
--> statement-breakpoint
CREATE TRIGGER duty_scores_tally_update_new AFTER UPDATE ON duty_scores REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION duty_score_tallies_add();
--> statement-breakpoint
DROP TRIGGER IF EXISTS duty_scores_tally_delete ON duty_scores;
--> statement-breakpoint
CREATE TRIGGER duty_scores_tally_delete AFTER DELETE ON duty_scores REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION duty_score_tallies_subtract();
--> statement-breakpoint
DROP TRIGGER IF EXISTS duty_scores_tally_truncate ON duty_scores;
--> statement-breakpoint
CREATE TRIGGER duty_scores_tally_truncate AFTER TRUNCATE ON duty_scores
  FOR EACH STATEMENT EXECUTE FUNCTION duty_score_tallies_clear();
