-- First-line triage: what agents decided for each inquiry, and the wordings learnt from their links.

-- Inquiries that agents linked to this ticket as "the same issue": the ticket is found by them too.
ALTER TABLE ticket ADD asked_as CLOB;

CREATE SEQUENCE triage_decision_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE triage_decision (
  id               NUMBER(19)               NOT NULL,
  ticket_id        NUMBER(19)               NOT NULL,
  decision         VARCHAR2(10 ${chars})    NOT NULL,
  target_kind      VARCHAR2(10 ${chars}),
  target_id        VARCHAR2(40 ${chars}),
  proposed         VARCHAR2(10 ${chars}),
  confidence       NUMBER(5, 4),
  decided_by       VARCHAR2(64 ${chars})    NOT NULL,
  decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_triage_decision PRIMARY KEY (id),
  CONSTRAINT fk_triage_decision_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  CONSTRAINT ck_triage_decision CHECK (decision IN ('KNOWN', 'NEW')),
  CONSTRAINT ck_triage_target CHECK (decision = 'NEW' OR (target_kind IS NOT NULL AND target_id IS NOT NULL))
);
CREATE INDEX ix_triage_decision_ticket ON triage_decision (ticket_id);
