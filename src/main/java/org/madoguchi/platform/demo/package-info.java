/** Demo mode: demo accounts and a year of realistic sewer-system desk tickets, for trying Madoguchi out. */
package org.madoguchi.platform.demo;
