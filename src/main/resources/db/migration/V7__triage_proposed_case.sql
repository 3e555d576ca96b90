-- The case the triage proposal put first when the agent decided, so that the review of proposals can tell how
-- often the agent linked the very case the desk was offered first (null for decisions recorded before).
ALTER TABLE triage_decision ADD proposed_kind VARCHAR2(10 ${chars});
ALTER TABLE triage_decision ADD proposed_id VARCHAR2(40 ${chars});
CREATE INDEX ix_triage_decision_decided ON triage_decision (decided_at);
