-- An event never has more registered people than its capacity, whatever code path writes the
-- registration: the trigger locks the event row, so parallel registrations are counted one after another.
-- The service takes the same lock first and puts the registrant on the waitlist when the seats are gone.
CREATE FUNCTION enforce_event_capacity() RETURNS trigger AS $$
DECLARE
  event_capacity integer;
  taken integer;
BEGIN
  IF NEW.status <> 'registered' OR (TG_OP = 'UPDATE' AND OLD.status = 'registered') THEN
    RETURN NEW;
  END IF;
  SELECT capacity INTO event_capacity FROM events WHERE id = NEW.event_id FOR UPDATE;
  IF event_capacity IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT count(*) INTO taken FROM event_registrations
    WHERE event_id = NEW.event_id AND id <> NEW.id AND status = 'registered';
  IF taken >= event_capacity THEN
    RAISE EXCEPTION 'event % is full (% seats)', NEW.event_id, event_capacity
      USING ERRCODE = 'check_violation', CONSTRAINT = 'event_registrations_within_capacity';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER event_registrations_within_capacity
  BEFORE INSERT OR UPDATE OF status ON event_registrations
  FOR EACH ROW EXECUTE FUNCTION enforce_event_capacity();
--> statement-breakpoint
-- Lowering an event's capacity below the people already registered would silently overbook it.
CREATE FUNCTION enforce_event_capacity_above_registrations() RETURNS trigger AS $$
DECLARE
  taken integer;
BEGIN
  IF NEW.capacity IS NULL OR NEW.capacity IS NOT DISTINCT FROM OLD.capacity THEN
    RETURN NEW;
  END IF;
  SELECT count(*) INTO taken FROM event_registrations WHERE event_id = NEW.id AND status = 'registered';
  IF taken > NEW.capacity THEN
    RAISE EXCEPTION 'event % has % registered, more than % seats', NEW.id, taken, NEW.capacity
      USING ERRCODE = 'check_violation', CONSTRAINT = 'events_capacity_above_registrations';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER events_capacity_above_registrations
  BEFORE UPDATE OF capacity ON events
  FOR EACH ROW EXECUTE FUNCTION enforce_event_capacity_above_registrations();
