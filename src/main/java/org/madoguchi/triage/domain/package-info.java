/** Triage decisions (known or new, the link, who decided when, what was proposed) and the review of proposals. */
package org.madoguchi.triage.domain;
