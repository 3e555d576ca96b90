/** Triage decisions: known or new, the link, and who decided when. */
package org.madoguchi.triage.domain;
