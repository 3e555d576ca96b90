/** The public status API. */
package org.madoguchi.intake.rest;
