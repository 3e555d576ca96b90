/**
 * Cross-cutting infrastructure every feature leans on: configuration, the datasource and Flyway migrations,
 * the clock and days on the desk's calendar, localisation, the REST error model (RFC 9457 problem details),
 * security headers, health checks and the demo data set. Nothing here knows about a particular feature's rules.
 */
package org.madoguchi.platform;
