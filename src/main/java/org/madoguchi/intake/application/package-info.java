/** Importing the history of a previous system: reading CSV and JSON Lines, and storing record by record. */
package org.madoguchi.intake.application;
