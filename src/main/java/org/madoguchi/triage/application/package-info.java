/** Triage use cases: suggest candidates with a proposal, record the agent's decision and learn from links. */
package org.madoguchi.triage.application;
