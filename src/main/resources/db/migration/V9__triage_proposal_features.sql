-- The measures the known/new proposal was computed from when the agent decided (its features, comma-separated, in
-- the order the search package names them), so that the proposal can be refitted on this desk's own decisions.
-- Null for decisions recorded before.
ALTER TABLE triage_decision ADD proposal_features VARCHAR2(200 ${chars});
