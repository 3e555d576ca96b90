/** The triage API for agents. */
package org.madoguchi.triage.rest;
