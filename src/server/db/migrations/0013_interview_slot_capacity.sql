-- An interview slot never holds more applicants than its capacity, whatever code path writes the booking:
-- the trigger locks the slot row, so parallel bookings into one slot are counted one after another.
CREATE FUNCTION enforce_slot_capacity() RETURNS trigger AS $$
DECLARE
  slot_capacity integer;
  taken integer;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.slot_id = NEW.slot_id THEN
    RETURN NEW;
  END IF;
  SELECT capacity INTO slot_capacity FROM interview_slots WHERE id = NEW.slot_id FOR UPDATE;
  SELECT count(*) INTO taken FROM interview_bookings WHERE slot_id = NEW.slot_id AND id <> NEW.id;
  IF taken >= slot_capacity THEN
    RAISE EXCEPTION 'interview slot % is full (% places)', NEW.slot_id, slot_capacity
      USING ERRCODE = 'check_violation', CONSTRAINT = 'interview_bookings_within_slot_capacity';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER interview_bookings_within_slot_capacity
  BEFORE INSERT OR UPDATE OF slot_id ON interview_bookings
  FOR EACH ROW EXECUTE FUNCTION enforce_slot_capacity();
