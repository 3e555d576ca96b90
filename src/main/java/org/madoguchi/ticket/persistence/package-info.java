/** Queries over tickets: by number and token, the filtered and sorted queue, requesters, affected systems. */
package org.madoguchi.ticket.persistence;
