/** The tickets API ({@code /api/v1/tickets}) and its JSON shapes. */
package org.madoguchi.ticket.rest;
