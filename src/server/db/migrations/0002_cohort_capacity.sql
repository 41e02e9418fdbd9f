-- A cohort never holds more participants (people or teams, invited or active) than its capacity,
-- whatever code path writes the enrollment: the trigger locks the cohort row, so concurrent
-- enrollments into one cohort are counted one after another.
CREATE FUNCTION enforce_cohort_capacity() RETURNS trigger AS $$
DECLARE
  cohort_capacity integer;
  taken integer;
BEGIN
  IF NEW.role NOT IN ('participant', 'team') OR NEW.status NOT IN ('invited', 'active') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.role IN ('participant', 'team') AND OLD.status IN ('invited', 'active') THEN
    RETURN NEW;
  END IF;
  SELECT capacity INTO cohort_capacity FROM cohorts WHERE id = NEW.cohort_id FOR UPDATE;
  SELECT count(*) INTO taken FROM enrollments
    WHERE cohort_id = NEW.cohort_id AND id <> NEW.id
      AND role IN ('participant', 'team') AND status IN ('invited', 'active');
  IF taken >= cohort_capacity THEN
    RAISE EXCEPTION 'cohort % is full (% places)', NEW.cohort_id, cohort_capacity
      USING ERRCODE = 'check_violation', CONSTRAINT = 'enrollments_within_cohort_capacity';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER enrollments_within_cohort_capacity
  BEFORE INSERT OR UPDATE OF status, role ON enrollments
  FOR EACH ROW EXECUTE FUNCTION enforce_cohort_capacity();
