/**
 * Triage use cases: suggest candidates with a proposal, triage each new ticket as it comes in, record the agent's
 * decision and learn from links.
 */
package org.madoguchi.triage.application;
