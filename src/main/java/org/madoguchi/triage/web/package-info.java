/** The triage panel of the console's ticket page. */
package org.madoguchi.triage.web;
