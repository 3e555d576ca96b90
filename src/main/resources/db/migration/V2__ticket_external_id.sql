-- History imported from a previous system keeps that system's id, so that importing the same file again
-- changes nothing. Both Oracle and H2 allow any number of NULLs under a unique constraint.
ALTER TABLE ticket ADD external_id VARCHAR2(100 ${chars});
ALTER TABLE ticket ADD CONSTRAINT uq_ticket_external_id UNIQUE (external_id);
