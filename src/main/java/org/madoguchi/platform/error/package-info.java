/** The exceptions that features throw to say what went wrong, mapped to UI messages and to problem details. */
package org.madoguchi.platform.error;
