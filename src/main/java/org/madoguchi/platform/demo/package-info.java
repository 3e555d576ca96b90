/**
 * Demo mode: demo accounts and a year of realistic sewer-system desk tickets, with the agents' triage decisions on
 * them, for trying Madoguchi out.
 */
package org.madoguchi.platform.demo;
