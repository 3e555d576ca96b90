/** Settings from MicroProfile Config and the injectable clock. */
package org.madoguchi.platform.config;
