package org.madoguchi.search.orm;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.madoguchi.kb.domain.Article;
import org.madoguchi.ticket.domain.Ticket;

/**
 * Indexes tickets and knowledge-base articles for triage and search, without a search annotation on the
 * entities: the layouts are {@link TicketTriageBinder}'s and {@link ArticleTriageBinder}'s.
 */
public class DeskIndexMapping implements HibernateOrmSearchMappingConfigurer {

    public static final String TICKET_INDEX = "Ticket";
    public static final String ARTICLE_INDEX = "Article";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var ticket = context.programmaticMapping().type(Ticket.class);
        ticket.indexed().index(TICKET_INDEX);
        ticket.binder(new TicketTriageBinder());
        // a system's code never changes: moving a ticket to another system reindexes it, editing a system need not
        ticket.property("system").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        var article = context.programmaticMapping().type(Article.class);
        article.indexed().index(ARTICLE_INDEX);
        article.binder(new ArticleTriageBinder());
    }
}
