/** The datasource (H2 by default, Oracle in production) and the Flyway migrations run at start. */
package org.madoguchi.platform.persistence;
