/** The public inquiry form, confirmation and status pages, and the agent's phone log. */
package org.madoguchi.intake.web;
