/**
 * Days on the desk's calendar: the range of days that the queue and the history search filter by, read the same
 * way in both (from the start of the first day to the end of the last, in the desk's time zone).
 */
package org.madoguchi.platform.time;
