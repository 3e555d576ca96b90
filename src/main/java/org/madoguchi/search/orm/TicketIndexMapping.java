package org.madoguchi.search.orm;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.madoguchi.ticket.domain.Ticket;

/** Indexes tickets for triage, without a search annotation on the entity: the layout is {@link TicketTriageBinder}'s. */
public class TicketIndexMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String TICKET_INDEX = "Ticket";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var ticket = context.programmaticMapping().type(Ticket.class);
        ticket.indexed().index(TICKET_INDEX);
        ticket.binder(new TicketTriageBinder());
        // a system's code never changes: moving a ticket to another system reindexes it, editing a system need not
        ticket.property("system").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
    }
}
