-- Spring Modulith 2.0's event publication registry also tracks a publication's status and resubmissions.
ALTER TABLE event_publication ADD COLUMN status VARCHAR(20);
ALTER TABLE event_publication ADD COLUMN completion_attempts INTEGER;
ALTER TABLE event_publication ADD COLUMN last_resubmission_date TIMESTAMP WITH TIME ZONE;
