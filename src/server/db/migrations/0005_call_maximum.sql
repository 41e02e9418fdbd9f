-- A call never accepts more applications than its maximum, whatever code path writes the status:
-- the trigger locks the call row, so two staff accepting at once are counted one after the other.
CREATE FUNCTION enforce_call_maximum() RETURNS trigger AS $$
DECLARE
  maximum integer;
  accepted integer;
BEGIN
  IF NEW.status <> 'accepted' OR (TG_OP = 'UPDATE' AND OLD.status = 'accepted') THEN
    RETURN NEW;
  END IF;
  SELECT max_acceptances INTO maximum FROM calls WHERE id = NEW.call_id FOR UPDATE;
  IF maximum IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT count(*) INTO accepted FROM applications
    WHERE call_id = NEW.call_id AND id <> NEW.id AND status = 'accepted';
  IF accepted >= maximum THEN
    RAISE EXCEPTION 'call % has accepted its maximum (%)', NEW.call_id, maximum
      USING ERRCODE = 'check_violation', CONSTRAINT = 'applications_within_call_maximum';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER applications_within_call_maximum
  BEFORE INSERT OR UPDATE OF status ON applications
  FOR EACH ROW EXECUTE FUNCTION enforce_call_maximum();
