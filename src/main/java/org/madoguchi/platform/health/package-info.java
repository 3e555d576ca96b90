/** MicroProfile Health checks (served at {@code /health}). */
package org.madoguchi.platform.health;
