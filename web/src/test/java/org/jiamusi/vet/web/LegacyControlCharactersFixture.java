package org.jiamusi.vet.web;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import org.jiamusi.vet.cms.account.Actor;
import org.jiamusi.vet.cms.content.ContentDraft;
import org.jiamusi.vet.cms.content.ContentItem;
import org.jiamusi.vet.cms.content.ContentService;
import org.jiamusi.vet.cms.content.ContentType;
import org.jiamusi.vet.cms.content.WorkflowStatus;
import org.jiamusi.vet.cms.event.EventProjection;
import org.jiamusi.vet.cms.news.NewsArticleProjection;
import org.jiamusi.vet.i18n.Formats;
import org.jiamusi.vet.i18n.Language;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Test data deployed with the feeds test only: a published news article and event whose public
 * texts hold control characters, as texts stored before the save refused them do. They are made
 * through the content service with clean texts, then the public rows are written beneath it with
 * SQL. POST puts them in and answers how many control characters the stored Russian news summary
 * holds (so a test sees the legacy state is real); DELETE archives them again, since every test
 * class of a run shares the server's database.
 */
@WebServlet("/it-fixture/legacy-control-characters")
public class LegacyControlCharactersFixture extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String NEWS_REF = "fixture-legacy-control-news";
    public static final String EVENT_REF = "fixture-legacy-control-event";
    public static final String NEWS_TITLE_RU = "Новость, перенесённая из старой системы";
    public static final String NEWS_SUMMARY_RU = "Сводка из старой системы.";
    /** The stored Russian summary: U+0001 as in the probe's finding, and U+001F. */
    public static final String NEWS_SUMMARY_RU_STORED = "Сводка\u0001 из старой\u001F системы.";
    /** The stored Russian title, with ESC and U+FFFF. */
    public static final String NEWS_TITLE_RU_STORED = "Новость, перенесённая\u001B из старой системы\uFFFF";
    /** The English text's slug as stored, with U+0001: it is written into the sitemap's addresses and the feed's links. */
    public static final String NEWS_SLUG_EN_STORED = "legacy-news\u0001";
    public static final String EVENT_TITLE_RU = "Ярмарка для поступающих из старой системы";
    public static final String EVENT_TITLE_RU_STORED = "Ярмарка для поступающих\u0007 из старой системы";
    public static final String EVENT_SUMMARY_RU_STORED = "Приходите\u0001 всей семьёй\u007F.";
    public static final String EVENT_VENUE_RU_STORED = "Главный\u000B кампус";

    @Inject
    transient ContentService content;

    @PersistenceContext(unitName = "vet")
    transient EntityManager em;

    @Resource
    transient UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        long controls = inTransaction(() -> {
            long news = content.findByRef(ContentType.NEWS_ARTICLE, NEWS_REF).map(ContentItem::getId).orElseGet(this::createNews);
            long event = content.findByRef(ContentType.EVENT, EVENT_REF).map(ContentItem::getId).orElseGet(this::createEvent);
            publish(news);
            publish(event);
            em.flush();
            update("update news_article_text set title = ?1, summary = ?2 where article_id = ?3 and lang = 'RU'",
                    NEWS_TITLE_RU_STORED, NEWS_SUMMARY_RU_STORED, news);
            update("update news_article_text set slug = ?1 where article_id = ?2 and lang = 'EN'", NEWS_SLUG_EN_STORED, news);
            update("update event_text set title = ?1, summary = ?2, venue = ?3 where event_id = ?4 and lang = 'RU'",
                    EVENT_TITLE_RU_STORED, EVENT_SUMMARY_RU_STORED, EVENT_VENUE_RU_STORED, event);
            String stored = (String) em.createNativeQuery("select summary from news_article_text where article_id = ?1 and lang = 'RU'")
                    .setParameter(1, news).getSingleResult();
            return stored.chars().filter(c -> c < 0x20).count();
        });
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().print(controls);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        inTransaction(() -> {
            for (ContentType type : new ContentType[] {ContentType.NEWS_ARTICLE, ContentType.EVENT}) {
                content.findByRef(type, type == ContentType.EVENT ? EVENT_REF : NEWS_REF)
                        .filter(ContentItem::isLive).ifPresent(item -> content.archive(Actor.system(), item.getId()));
            }
            return 0L;
        });
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void publish(long id) {
        ContentItem item = content.find(id).orElseThrow();
        if (item.getStatus() == WorkflowStatus.ARCHIVED) {
            content.backToDraft(Actor.system(), id);
        }
        if (item.getStatus() != WorkflowStatus.PUBLISHED) {
            content.publish(Actor.system(), id);
        }
    }

    private long createNews() {
        return content.create(Actor.system(), ContentType.NEWS_ARTICLE, NEWS_REF, null, true,
                new ContentDraft(Map.of(NewsArticleProjection.PUBLISHED_ON, LocalDate.now(Formats.CITY_ZONE).toString()), Map.of(
                        Language.ZH, Map.of("title", "旧系统迁移的新闻", NewsArticleProjection.SUMMARY, "旧系统的摘要。"),
                        Language.RU, Map.of("title", NEWS_TITLE_RU, NewsArticleProjection.SUMMARY, NEWS_SUMMARY_RU),
                        Language.EN, Map.of("title", "News carried over from the old system", NewsArticleProjection.SUMMARY, "A summary from the old system."))),
                "feeds test fixture").getId();
    }

    private long createEvent() {
        String day = LocalDate.now(Formats.CITY_ZONE).plusDays(30).toString();
        return content.create(Actor.system(), ContentType.EVENT, EVENT_REF, null, true,
                new ContentDraft(Map.of(EventProjection.KIND, "ADMISSIONS_FAIR", EventProjection.START_DATE, day), Map.of(
                        Language.ZH, Map.of("title", "旧系统迁移的招生咨询会"),
                        Language.RU, Map.of("title", EVENT_TITLE_RU, EventProjection.SUMMARY, "Приходите всей семьёй.",
                                EventProjection.VENUE, "Главный кампус"))),
                "feeds test fixture").getId();
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private long inTransaction(java.util.function.LongSupplier work) throws ServletException {
        try {
            transaction.begin();
            long result = work.getAsLong();
            transaction.commit();
            return result;
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // the transaction may already be over
            }
            throw new ServletException("Legacy fixture failed", e);
        }
    }
}
