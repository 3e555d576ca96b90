-- A decision that changes an earlier link looks for other inquiries still linked to the same case or article in the
-- same words before that case forgets them: those lookups go by the link's target.
CREATE INDEX ix_triage_decision_target ON triage_decision (target_kind, target_id);
