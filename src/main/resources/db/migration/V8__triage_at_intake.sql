-- What triage proposed for an inquiry as it came in (from any channel), so that the queue shows which new
-- inquiries look like known issues before anyone opens them. One row per ticket; the agent's decision, when it
-- comes, is recorded in triage_decision as before.
CREATE TABLE triage_at_intake (
  ticket_id    NUMBER(19)               NOT NULL,
  proposed     VARCHAR2(10 ${chars})    NOT NULL,
  confidence   NUMBER(5, 4)             NOT NULL,
  case_kind    VARCHAR2(10 ${chars}),
  case_id      VARCHAR2(40 ${chars}),
  triaged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_triage_at_intake PRIMARY KEY (ticket_id),
  CONSTRAINT fk_triage_at_intake_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_triage_at_intake CHECK (proposed IN ('KNOWN', 'NEW')),
  CONSTRAINT ck_triage_at_intake_case CHECK (proposed = 'NEW' OR (case_kind IS NOT NULL AND case_id IS NOT NULL))
);
